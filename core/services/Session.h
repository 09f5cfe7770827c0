// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Clock.h"
#include "core/services/Accounts.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <memory>
#include <optional>

namespace dc::core::store {
class Database;
}

namespace dc::core {

// Where a site's files are: the database, and beside it the keyring and the sign-in counts.
struct SitePaths {
    QString database;
    QString keyring;     // <database>.keyring
    QString signInState; // <database>.signin
    [[nodiscard]] static SitePaths forDatabase(const QString& databasePath);
};

// An unlocked site and the people signed in to it: one account, or a pair (the second joins with their own
// password). Holds the open database and its key (needed to give a new account a slot); both are gone when the
// session is destroyed (sign-out, idle lock).
class Session {
public:
    Session(SitePaths paths, QString databaseId, QString siteName, store::Database database,
            crypto::SecureBuffer databaseKey, UserAccount user, Clock clock = systemClock());
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    [[nodiscard]] const SitePaths& paths() const { return m_paths; }
    [[nodiscard]] const QString& databaseId() const { return m_databaseId; }
    [[nodiscard]] const QString& siteName() const { return m_siteName; }
    // The open database, for core's gateways and services only: app/ never includes the store (tests/layering), so it
    // cannot use this; it calls services.
    [[nodiscard]] store::Database& database() { return *m_database; }
    [[nodiscard]] const crypto::SecureBuffer& databaseKey() const { return m_databaseKey; }
    [[nodiscard]] const UserAccount& user() const { return m_user; }
    // The second member of a pair, once they signed in (SignIn::addPartner).
    [[nodiscard]] const std::optional<UserAccount>& partner() const { return m_partner; }
    void setPartner(UserAccount partner) { m_partner = std::move(partner); }
    // The account with this id among those signed in, or nullptr.
    [[nodiscard]] const UserAccount* signedIn(qint64 userId) const;
    // The running work session of the pair (WorkSessionService), if any.
    [[nodiscard]] std::optional<qint64> workSessionId() const { return m_workSessionId; }
    void setWorkSessionId(std::optional<qint64> id) { m_workSessionId = id; }
    [[nodiscard]] QDateTime now() const { return m_clock(); }

    // After a re-key the session continues on the re-encrypted database.
    void replaceDatabase(store::Database database, crypto::SecureBuffer databaseKey);

private:
    SitePaths m_paths;
    QString m_databaseId;
    QString m_siteName;
    std::unique_ptr<store::Database> m_database;
    crypto::SecureBuffer m_databaseKey;
    UserAccount m_user;
    std::optional<UserAccount> m_partner;
    std::optional<qint64> m_workSessionId;
    Clock m_clock;
};

} // namespace dc::core
