// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/store/Transaction.h"

#include "core/store/Database.h"

#include <sqlite3.h>

namespace dc::core::store {

Transaction::Transaction(Database& database) : m_database(database) {
    m_database.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() noexcept {
    if (!m_done) {
        // Nothing may escape a destructor; a failed rollback leaves SQLite to roll back on close.
        sqlite3_exec(m_database.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    m_database.exec("COMMIT");
    m_done = true;
}

Savepoint::Savepoint(Database& database) : m_database(database) {
    m_database.exec("SAVEPOINT doichieu_part");
}

Savepoint::~Savepoint() noexcept {
    if (!m_done) {
        sqlite3_exec(m_database.handle(), "ROLLBACK TO doichieu_part; RELEASE doichieu_part", nullptr, nullptr,
                     nullptr);
    }
}

void Savepoint::commit() {
    m_database.exec("RELEASE doichieu_part");
    m_done = true;
}

} // namespace dc::core::store
