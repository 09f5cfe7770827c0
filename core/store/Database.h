// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/store/Statement.h"
#include "crypto/SecureBuffer.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <string_view>

struct sqlite3;

namespace dc::core::store {

inline constexpr std::size_t kDatabaseKeySize = 32; // a raw 256-bit SQLCipher key

struct CipherSettings {
    QString cipherVersion; // PRAGMA cipher_version, e.g. "4.6.1 community"
    QString sqliteVersion; // sqlite3_libversion()
    QString provider;      // PRAGMA cipher_provider, e.g. "openssl"
    int pageSize = 0;      // PRAGMA cipher_page_size
    QString hmacAlgorithm; // PRAGMA cipher_hmac_algorithm
    QString kdfAlgorithm;  // PRAGMA cipher_kdf_algorithm (unused with a raw key, reported for completeness)
    QString journalMode;   // "wal"
    int synchronous = 0;   // 2 = FULL
    bool foreignKeys = false;
    bool secureDelete = false;
    int tempStore = 0; // 2 = MEMORY
};

// The result of PRAGMA cipher_integrity_check (page HMACs) and PRAGMA quick_check (b-tree structure).
// Empty problem lists mean the database is sound.
struct IntegrityReport {
    QStringList cipherProblems;
    QStringList structureProblems;
    [[nodiscard]] bool ok() const { return cipherProblems.isEmpty() && structureProblems.isEmpty(); }
};

class Database;

// A statement from the connection's cache (Database::cached), lent for one use: reset and its bindings cleared when
// the lease ends, so the next user finds it as new. Move-only.
class CachedStatement {
public:
    CachedStatement(CachedStatement&& other) noexcept;
    CachedStatement& operator=(CachedStatement&&) = delete;
    CachedStatement(const CachedStatement&) = delete;
    ~CachedStatement();

    Statement* operator->() noexcept { return m_statement; }
    Statement& operator*() noexcept { return *m_statement; }

private:
    friend class Database;
    CachedStatement(Statement* statement, bool* busy, std::unique_ptr<Statement> owned) noexcept;
    Statement* m_statement = nullptr;
    bool* m_busy = nullptr;             // the cache's "in use" flag, cleared when the lease ends
    std::unique_ptr<Statement> m_owned; // a fresh statement when the cached one was already lent (re-entrant use)
};

// One connection to an encrypted site database, opened through the sequence of DESIGN.md "Storage":
// raw 32-byte key through sqlite3_key_v2 as the 67-character spec x'<64 hex>' built in wiped memory (so
// SQLCipher's own passphrase KDF never runs) → cipher_compatibility pinned to 4 → a real read proves the key
// → cipher settings checked → temp_store MEMORY, foreign keys, WAL, synchronous FULL, secure_delete, busy
// timeout, each read back. Migrations are separate (Migrations.h). Errors throw StoreError.
class Database {
public:
    enum class Mode { OpenExisting, Create };

    static Database open(const QString& path, const crypto::SecureBuffer& key, Mode mode = Mode::OpenExisting);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    [[nodiscard]] sqlite3* handle() const noexcept { return m_db.get(); }
    [[nodiscard]] const QString& path() const noexcept { return m_path; }

    void exec(std::string_view sql);
    [[nodiscard]] Statement prepare(std::string_view sql);
    // The same statement prepared once per connection and reused: for the queries of the hot paths (a save runs a
    // dozen), where parsing and planning each time would cost more than the work itself. `sql` must be constant
    // text (the cache is keyed by it), never built from data.
    [[nodiscard]] CachedStatement cached(std::string_view sql);
    // Calls `observer` with the text of every statement as it starts running (SQLite's trace, SQLITE_TRACE_STMT),
    // or stops when it is empty. For tests that count what an operation asks of the database.
    void traceStatements(std::function<void(std::string_view sql)> observer);
    [[nodiscard]] int userVersion();
    // True when no transaction is open on the connection (SQLite's autocommit mode).
    [[nodiscard]] bool inAutocommit() const noexcept;
    [[nodiscard]] CipherSettings cipherSettings();
    [[nodiscard]] IntegrityReport checkIntegrity();
    // Leaves WAL mode for a rollback journal, which SQLite allows only when no other connection has the database
    // open: false means another program is using the site. Used before a re-key, so that no other connection
    // keeps reading pages under the old key while the WAL fills with pages under the new one. The next open
    // returns to WAL.
    [[nodiscard]] bool takeExclusiveJournal();
    // Re-encrypts every page under newKey (PRAGMA rekey through sqlite3_rekey_v2 with a raw key spec).
    // SQLCipher can report success when the rewrite failed: callers reopen with the new key and check
    // integrity before they forget the old key (see RekeyService).
    void rekey(const crypto::SecureBuffer& newKey);
    // Copies the write-ahead log into the main file when it has grown past kWalCheckpointFrames pages; returns
    // whether it did. SQLite would otherwise do this inside the commit that crosses the threshold, adding several
    // disk flushes to that one commit; the program calls this after a write was acknowledged instead (the GUI a
    // moment after a saved entry, the CLI between lines). A commit that finds the log at kWalBackstopFrames
    // checkpoints by itself, so the log stays bounded when nobody calls this. Durability is the same either way:
    // every commit is already in the synced log.
    bool checkpointIfDue();
    [[nodiscard]] int walFrames() const noexcept;
    static constexpr int kWalCheckpointFrames = 1000; // SQLite's own default for wal_autocheckpoint
    static constexpr int kWalBackstopFrames = 10000;  // about 40 MiB of log
    // Writes a copy of the whole database to `path` (a new file) with SQLite's online backup, under the same raw key:
    // the copy is encrypted like the original, and writers are not stopped while it is taken. Throws StoreError.
    void backupTo(const QString& path, const crypto::SecureBuffer& key);
    // Checkpoints the WAL into the main file and closes; the object is empty afterwards.
    void close();

private:
    struct Closer {
        void operator()(sqlite3* db) const noexcept;
    };
    struct WalState;
    struct StatementCache;
    struct Tracer;
    Database(std::unique_ptr<sqlite3, Closer> db, QString path);
    void configure();

    // Declared before m_db so that they outlive the connection whose hooks point at them.
    std::unique_ptr<WalState> m_wal;
    std::unique_ptr<Tracer> m_tracer;
    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
    // Declared after m_db: its statements are finalized before the connection closes.
    std::unique_ptr<StatementCache> m_cache;
};

// Throws StoreError with the connection's current error when rc is not one of the accepted codes.
void throwIfError(sqlite3* db, int rc, std::string_view what);

} // namespace dc::core::store
