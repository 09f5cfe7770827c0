// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <span>

namespace dc::core::store {

class Database;

// One numbered schema step. Steps run in order, each in its own transaction together with the
// `PRAGMA user_version` that records it, so a crash leaves the database at a whole step.
struct Migration {
    int version;
    const char* sql;
};

// The project's migrations, in order, numbered from 1 and rising (16 was never used).
[[nodiscard]] std::span<const Migration> siteMigrations();
[[nodiscard]] int latestSchemaVersion();

// Brings the database up to the newest step. Throws SchemaTooNewError, without touching the file, when the
// database records a version above the newest step this program knows.
void migrate(Database& database);
void migrate(Database& database, std::span<const Migration> migrations);

} // namespace dc::core::store
