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

// The SQL of the site and users tables, used by the services. Not a public API: callers hold a transaction
// where they need one. Functions throw store::StoreError.
namespace dc::core::records {

struct SiteRow {
    QString uuid;
    QString name;
    crypto::Argon2Params kdf;
    QString createdAt;
};

void insertSite(store::Database& db, const SiteRow& site);
[[nodiscard]] std::optional<SiteRow> loadSite(store::Database& db);

void insertUser(store::Database& db, const QString& siteUuid, UserAccount& user); // fills user.id
[[nodiscard]] std::optional<UserAccount> findUser(store::Database& db, const QString& userName);
[[nodiscard]] std::vector<UserAccount> listUsers(store::Database& db);
void deactivateUser(store::Database& db, qint64 userId, const QString& removedAt);
[[nodiscard]] int countActiveSupervisors(store::Database& db);

} // namespace dc::core::records
