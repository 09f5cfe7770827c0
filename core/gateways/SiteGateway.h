// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/exchange/RosterPackage.h"
#include "core/services/Accounts.h"
#include "crypto/Argon2id.h"

#include <QString>

#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The site row.
struct SiteRow {
    QString uuid;
    QString name;
    crypto::Argon2Params kdf;
    QString createdAt;
    SiteKind kind = SiteKind::Commune;
};

// The only SQL of the tables `site` and `users`. Callers hold the transaction where they need one; functions throw
// store::StoreError.
class SiteGateway {
public:
    explicit SiteGateway(store::Database& db) : m_db(db) {}

    void insertSite(const SiteRow& site);
    [[nodiscard]] std::optional<SiteRow> site();

    void insertUser(const QString& siteUuid, UserAccount& user); // fills user.id
    [[nodiscard]] std::optional<UserAccount> findUser(const QString& userName);
    [[nodiscard]] std::optional<UserAccount> userById(qint64 id);
    // By user name.
    [[nodiscard]] std::vector<UserAccount> users();
    // "User name by id": the one place it is read. Empty when there is no such account.
    [[nodiscard]] QString userName(qint64 id);
    [[nodiscard]] QString userUuid(qint64 id);
    void deactivateUser(qint64 userId, const QString& removedAt);
    // Active accounts of `role` (the last key holder of a site cannot be removed).
    [[nodiscard]] int countActive(Role role);

    // Accounts made by roster packages (issue 14; docs/HUB.md "Roster packages").
    [[nodiscard]] std::optional<UserAccount> userByPerson(const QString& personUuid);
    [[nodiscard]] std::vector<UserAccount> rosteredAccounts(); // every account with a person, by user name
    // A volunteer awaiting activation: inactive, no slot, the code's hash kept until used. Fills user.id.
    void insertAwaitingUser(const QString& siteUuid, UserAccount& user, const exchange::ActivationHash& activation);
    void setActivation(qint64 userId, const exchange::ActivationHash& activation); // awaiting accounts only
    // The hash of an account still awaiting activation, or nullopt.
    [[nodiscard]] std::optional<exchange::ActivationHash> activation(qint64 userId);
    // Active, no longer awaiting, the hash cleared (single use).
    void completeActivation(qint64 userId);
    // An awaiting account dropped from the roster: the hash cleared, the row kept as removed.
    void withdrawActivation(qint64 userId, const QString& removedAt);
    void setDisplayName(qint64 userId, const QString& displayName);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
