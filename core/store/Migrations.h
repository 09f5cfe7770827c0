// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <span>

namespace dc::core::store {

class Database;

// One numbered schema step. Steps run in order, each in its own transaction together with the
// `PRAGMA user_version` that records it, so a crash leaves the database at a whole step.
//
// `afterCommit` (optional): SQL run outside any transaction once the database is at or past the step — right after
// the step commits, and again at every later migrate() (it must be idempotent: `DROP TABLE IF EXISTS`), so that what a
// crash between the two left behind goes at the next open. For dropping a large table the step replaced: dropped
// inside the step's transaction, every page `secure_delete` overwrites would first be kept for the statement's
// rollback, in memory (`temp_store = MEMORY`) — 1.2 GB for a hub of 3,000,000 checks; on its own, each statement is
// its own transaction and needs no such copy.
struct Migration {
    int version;
    const char* sql;
    const char* afterCommit = nullptr;
};

// The project's migrations, in order, numbered from 1 and rising (16 was never used).
[[nodiscard]] std::span<const Migration> siteMigrations();
[[nodiscard]] int latestSchemaVersion();

// Brings the database up to the newest step. Throws SchemaTooNewError, without touching the file, when the
// database records a version above the newest step this program knows.
void migrate(Database& database);
void migrate(Database& database, std::span<const Migration> migrations);

} // namespace dc::core::store
