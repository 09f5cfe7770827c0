// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

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

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
