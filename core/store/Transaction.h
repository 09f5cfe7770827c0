// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

namespace dc::core::store {

class Database;

// Begins in its constructor (IMMEDIATE: the write lock is taken now, so a busy database fails here and
// not half-way), commits only when commit() is called, and rolls back in its destructor otherwise.
class Transaction {
public:
    explicit Transaction(Database& database);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction() noexcept;

    void commit();

private:
    Database& m_database;
    bool m_done = false;
};

// A nested transaction (SQL SAVEPOINT) inside an open Transaction: commit() releases it into the enclosing transaction;
// its destructor otherwise undoes everything done since it began and leaves the enclosing transaction open. The hub's
// import applies each file under one, so that a refused file leaves nothing while the import as a whole is one
// transaction.
class Savepoint {
public:
    explicit Savepoint(Database& database);
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint() noexcept;
    void commit();

private:
    Database& m_database;
    bool m_done = false;
};

} // namespace dc::core::store
