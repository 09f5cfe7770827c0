// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/Session.h"

#include "core/keyring/SiteKeys.h"
#include "core/services/SiteAccess.h"
#include "core/store/Database.h"

namespace dc::core {

SitePaths SitePaths::forDatabase(const QString& databasePath) {
    return SitePaths{databasePath, databasePath + QStringLiteral(".keyring"), databasePath + QStringLiteral(".signin"),
                     databasePath + QStringLiteral(".mark")};
}

Session::Session(SitePaths paths, QString databaseId, QString siteName, store::Database database,
                 crypto::SecureBuffer databaseKey, UserAccount user, Clock clock)
    : m_paths(std::move(paths)), m_databaseId(std::move(databaseId)), m_siteName(std::move(siteName)),
      m_database(std::make_unique<store::Database>(std::move(database))), m_databaseKey(std::move(databaseKey)),
      m_user(std::move(user)), m_clock(std::move(clock)) {}

const UserAccount* Session::signedIn(qint64 userId) const {
    if (m_user.id == userId) {
        return &m_user;
    }
    return m_partner && m_partner->id == userId ? &*m_partner : nullptr;
}

Session::~Session() {
    // The session's last writes raise the high-water mark (never past a chain that is behind it).
    if (m_database && m_database->handle()) {
        access::raiseMark(*this, true);
    }
}

void Session::setSiteKeys(std::unique_ptr<keyring::SiteKeys> keys) {
    m_siteKeys = std::move(keys);
}

void Session::replaceDatabase(store::Database database, crypto::SecureBuffer databaseKey) {
    *m_database = std::move(database);
    m_databaseKey = std::move(databaseKey);
}

} // namespace dc::core
