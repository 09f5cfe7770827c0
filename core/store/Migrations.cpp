// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/store/Migrations.h"

#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <sqlite3.h>

#include <string>

namespace dc::core::store {

namespace {

// Version 1: the site, its accounts and its register books. Every row that may travel between sites
// carries a UUID and the site that created it (DESIGN.md "Storage"). Times are UTC, ISO 8601.
constexpr const char* kSchema1 = R"sql(
CREATE TABLE site (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uuid        TEXT NOT NULL,
    name        TEXT NOT NULL,
    -- The Argon2id parameters calibrated at set-up, so a keyring rebuilt from the recovery code keeps them.
    kdf_memory_kib   INTEGER NOT NULL,
    kdf_iterations   INTEGER NOT NULL,
    kdf_parallelism  INTEGER NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    site_uuid     TEXT NOT NULL,
    user_name     TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('volunteer', 'supervisor', 'district', 'province')),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    removed_at    TEXT
) STRICT;

CREATE TABLE books (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    site_uuid    TEXT NOT NULL,
    commune      TEXT NOT NULL,
    record_type  TEXT NOT NULL CHECK (record_type IN ('birth', 'marriage', 'death')),
    book_number  TEXT NOT NULL,
    year_from    INTEGER NOT NULL,
    year_to      INTEGER NOT NULL CHECK (year_to >= year_from),
    first_entry  INTEGER,
    last_entry   INTEGER,
    status       TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_by   INTEGER NOT NULL REFERENCES users (id),
    created_at   TEXT NOT NULL,
    UNIQUE (commune, record_type, book_number, year_from)
) STRICT;
)sql";

constexpr Migration kSiteMigrations[] = {
    {1, kSchema1},
};

} // namespace

std::span<const Migration> siteMigrations() { return kSiteMigrations; }

int latestSchemaVersion() { return siteMigrations().back().version; }

void migrate(Database& database) { migrate(database, siteMigrations()); }

void migrate(Database& database, std::span<const Migration> migrations) {
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    const int current = database.userVersion();
    if (current > newest) {
        throw SchemaTooNewError(current, newest);
    }
    for (const Migration& step : migrations) {
        if (step.version <= current) {
            continue;
        }
        Transaction transaction(database);
        // Another process may have applied this step while we waited for the write lock.
        if (database.userVersion() >= step.version) {
            continue;
        }
        database.exec(step.sql);
        // PRAGMA takes no bound parameters; the version is our own constant, never data.
        database.exec("PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
    }
}

} // namespace dc::core::store
