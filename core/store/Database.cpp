// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/store/Database.h"

#include "core/store/StoreError.h"
#include "crypto/Encoding.h"

#include <sqlite3.h>

#include <QFileInfo>

#include <atomic>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>

// The benchmarks' plain-SQLite floor (tests/bench/PlainSqlite.cpp; tests/bench/README.md, "Plain SQLite"): a weak
// reference that only the benchmark program, doichieu-bench, defines. In every other program (doichieu,
// doichieu-admin, the tests) nothing defines it, its address is null and every database is keyed: no setting,
// environment variable or argument can turn it on. Where weak symbols do not exist (not GCC or Clang), neither does
// the seam.
#if defined(__GNUC__)
extern "C" bool doichieu_bench_plain_database(const char* path) __attribute__((weak));
#endif

namespace dc::core::store {

namespace {

// Whether the database at `path` is one of the benchmarks' unencrypted ones (above): never outside doichieu-bench.
bool plainForBenchmarks(const QString& path) {
#if defined(__GNUC__)
    return doichieu_bench_plain_database != nullptr && doichieu_bench_plain_database(path.toUtf8().constData());
#else
    (void)path;
    return false;
#endif
}

// SQLite keeps memory statistics unless told not to, and to keep them takes a process-wide mutex around every
// allocation and every free (a hub's import makes dozens of each per check: a few per cent of its writing thread's
// time went to that lock). Nothing here reads the statistics (sqlite3_memory_used, sqlite3_status), so they are
// switched off once, before the library is first initialised by the first open. sqlite3_config refuses once SQLite is
// initialised; then the setting is simply what it was, and nothing else changes.
void configureSqliteOnce() {
    static const int once = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }();
    (void)once;
}

// SQLCipher takes a raw key when the key material is exactly the 67 characters x'<64 hex digits>'; any
// other length is silently run through its passphrase KDF (SQLCipher API docs, "Raw Key Data").
constexpr std::size_t kRawKeySpecSize = 3 + 2 * kDatabaseKeySize;
// SQLCipher 4 defaults, which cipher_compatibility = 4 pins (SQLCipher "PRAGMA cipher_compatibility").
constexpr int kExpectedPageSize = 4096;
constexpr const char* kExpectedHmac = "HMAC_SHA512";
constexpr int kBusyTimeoutMs = 5000;

crypto::SecureBuffer rawKeySpec(const crypto::SecureBuffer& key) {
    if (key.size() != kDatabaseKeySize) {
        throw std::invalid_argument("database key must be 32 bytes");
    }
    crypto::SecureBuffer spec(kRawKeySpecSize);
    auto* out = reinterpret_cast<char*>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    crypto::toHexInto(key.bytes(), std::span<char>(out + 2, 2 * kDatabaseKeySize));
    out[kRawKeySpecSize - 1] = '\'';
    return spec;
}

QString pragmaText(Database& db, std::string_view sql) {
    auto statement = db.prepare(sql);
    return statement.step() ? statement.text(0) : QString();
}

std::int64_t pragmaInt(Database& db, std::string_view sql) {
    auto statement = db.prepare(sql);
    return statement.step() ? statement.int64(0) : -1;
}

void expect(bool condition, const std::string& what) {
    if (!condition) {
        throw StoreError(SQLITE_ERROR, SQLITE_ERROR, "database setting not as required: " + what);
    }
}

} // namespace

// Pages in the write-ahead log after the last commit, as SQLite's WAL hook reports them. Atomic: a partner's
// sign-in commits on a worker thread while the interface thread may ask.
struct Database::WalState {
    std::atomic<int> frames{0};

    static int hook(void* self, sqlite3* db, const char* schema, int frames) {
        auto* state = static_cast<WalState*>(self);
        state->frames.store(frames);
        if (frames >= kWalBackstopFrames) {
            // What SQLite's automatic checkpoint does, at a much larger size; a busy reader just defers it.
            int logged = 0;
            int copied = 0;
            if (sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied) == SQLITE_OK &&
                logged == copied) {
                state->frames.store(0);
            }
        }
        return SQLITE_OK;
    }
};

// The connection's reusable statements, by their SQL text. Looked up by the caller's text itself (a transparent
// hash): the hot paths ask for a statement several times a check, and a key string made each time was a heap copy of
// a few hundred bytes.
struct Database::StatementCache {
    struct Entry {
        Statement statement;
        bool busy = false;
    };
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, std::unique_ptr<Entry>, TextHash, std::equal_to<>> entries;
};

struct Database::Tracer {
    std::function<void(std::string_view)> observer;

    static int callback(unsigned type, void* self, void* statement, void*) {
        auto* tracer = static_cast<Tracer*>(self);
        if (type == SQLITE_TRACE_STMT && tracer->observer) {
            const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement));
            tracer->observer(sql ? std::string_view(sql) : std::string_view());
        }
        return 0;
    }
};

CachedStatement::CachedStatement(Statement* statement, bool* busy, std::unique_ptr<Statement> owned) noexcept
    : m_statement(statement), m_busy(busy), m_owned(std::move(owned)) {}

CachedStatement::CachedStatement(CachedStatement&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_busy(std::exchange(other.m_busy, nullptr)),
      m_owned(std::move(other.m_owned)) {}

CachedStatement::~CachedStatement() {
    if (m_statement && !m_owned) {
        m_statement->reset();
    }
    if (m_busy) {
        *m_busy = false;
    }
}

void throwIfError(sqlite3* db, int rc, std::string_view what) {
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) {
        return;
    }
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    std::string message(what);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw StoreError(rc & 0xff, extended, message);
}

void Database::Closer::operator()(sqlite3* db) const noexcept {
    sqlite3_close_v2(db);
}

Database::Database(std::unique_ptr<sqlite3, Closer> db, QString path)
    : m_wal(std::make_unique<WalState>()), m_tracer(std::make_unique<Tracer>()), m_db(std::move(db)),
      m_path(std::move(path)), m_cache(std::make_unique<StatementCache>()) {}
Database::Database(Database&&) noexcept = default;

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_wal = std::move(other.m_wal);
        m_tracer = std::move(other.m_tracer);
        m_db = std::move(other.m_db);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

// A connection that close() has to leave open lazily must not call back into freed WAL state.
Database::~Database() {
    close();
}

Database Database::open(const QString& path, const crypto::SecureBuffer& key, Mode mode) {
    if (key.size() != kDatabaseKeySize) {
        throw std::invalid_argument("database key must be 32 bytes");
    }
    configureSqliteOnce();
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting && !info.isFile()) {
        throw StoreError(SQLITE_CANTOPEN, SQLITE_CANTOPEN, "database file does not exist");
    }
    // SQLite takes an empty file for a new database and would set it up in place. Every site database holds at least
    // its first page (the header, written when WAL is switched on at set-up), so a shorter file is refused before
    // SQLite opens it, and nothing is written to it.
    if (mode == Mode::OpenExisting && info.size() < kExpectedPageSize) {
        throw StoreError(SQLITE_NOTADB, SQLITE_NOTADB,
                         "the database file is empty or shorter than one page: it is not a site database");
    }
    if (mode == Mode::Create && info.exists()) {
        throw StoreError(SQLITE_CANTOPEN, SQLITE_CANTOPEN, "refusing to create a database over an existing file");
    }
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE;
    if (mode == Mode::Create) {
        flags |= SQLITE_OPEN_CREATE;
    }
    sqlite3* raw = nullptr;
    const QByteArray nativePath = path.toUtf8();
    const int openRc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    std::unique_ptr<sqlite3, Closer> handle(raw);
    throwIfError(handle.get(), openRc, "cannot open database");

    const bool plain = plainForBenchmarks(path);
    if (!plain) {
        const crypto::SecureBuffer spec = rawKeySpec(key);
        throwIfError(handle.get(), sqlite3_key_v2(handle.get(), "main", spec.data(), static_cast<int>(spec.size())),
                     "cannot key database");
    }
    // SQLCipher logs failed page decryptions to stderr; our callers report them as errors instead, and the
    // command-line tool's output must stay readable. (The pragma only takes effect once a key is set.)
    sqlite3_exec(handle.get(), "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
    Database db(std::move(handle), path);
    if (!plain) {
        db.exec("PRAGMA cipher_compatibility = 4");
    }
    // The first real read decrypts page 1: a wrong key (or a damaged first page) fails here with SQLITE_NOTADB.
    (void)pragmaInt(db, "SELECT count(*) FROM sqlite_schema");
    db.configure();
    return db;
}

void Database::configure() {
    const QString version = pragmaText(*this, "PRAGMA cipher_version");
    expect(version.startsWith(QLatin1String("4.")), "SQLCipher 4 is required");
    if (plainForBenchmarks(m_path)) {
        // The same engine without its codec: the page size SQLCipher would use, everything below the same.
        expect(pragmaInt(*this, "PRAGMA page_size") == kExpectedPageSize, "page_size 4096");
    } else {
        expect(pragmaInt(*this, "PRAGMA cipher_page_size") == kExpectedPageSize, "cipher_page_size 4096");
        expect(pragmaText(*this, "PRAGMA cipher_hmac_algorithm") == QLatin1String(kExpectedHmac),
               "cipher_hmac_algorithm HMAC_SHA512");
    }

    // Temporary tables and sort spills stay in memory, never in unencrypted temp files.
    exec("PRAGMA temp_store = MEMORY");
    expect(pragmaInt(*this, "PRAGMA temp_store") == 2, "temp_store MEMORY");
    exec("PRAGMA foreign_keys = ON");
    expect(pragmaInt(*this, "PRAGMA foreign_keys") == 1, "foreign_keys ON");
    expect(pragmaText(*this, "PRAGMA journal_mode = WAL") == QLatin1String("wal"), "journal_mode WAL");
    // FULL in WAL mode syncs the WAL on every commit: an acknowledged write survives a power cut.
    exec("PRAGMA synchronous = FULL");
    expect(pragmaInt(*this, "PRAGMA synchronous") == 2, "synchronous FULL");
    exec("PRAGMA secure_delete = ON");
    expect(pragmaInt(*this, "PRAGMA secure_delete") == 1, "secure_delete ON");
    // Replaces SQLite's automatic checkpoint (see checkpointIfDue).
    sqlite3_wal_hook(handle(), &WalState::hook, m_wal.get());
    throwIfError(handle(), sqlite3_busy_timeout(handle(), kBusyTimeoutMs), "cannot set busy timeout");
}

void Database::exec(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(handle(), text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    throwIfError(handle(), rc, "statement failed");
}

Statement Database::prepare(std::string_view sql) {
    return Statement(handle(), sql);
}

CachedStatement Database::cached(std::string_view sql) {
    auto found = m_cache->entries.find(sql);
    if (found == m_cache->entries.end()) {
        found = m_cache->entries
                    .emplace(std::string(sql), std::make_unique<StatementCache::Entry>(
                                                   StatementCache::Entry{Statement(handle(), sql, true), false}))
                    .first;
    }
    auto& entry = found->second;
    if (entry->busy) {
        // Lent already (a caller is still reading from it): this use gets its own.
        auto own = std::make_unique<Statement>(handle(), sql);
        Statement* raw = own.get();
        return CachedStatement(raw, nullptr, std::move(own));
    }
    entry->busy = true;
    return CachedStatement(&entry->statement, &entry->busy, nullptr);
}

void Database::traceStatements(std::function<void(std::string_view sql)> observer) {
    m_tracer->observer = std::move(observer);
    if (m_tracer->observer) {
        sqlite3_trace_v2(handle(), SQLITE_TRACE_STMT, &Tracer::callback, m_tracer.get());
    } else {
        sqlite3_trace_v2(handle(), 0, nullptr, nullptr);
    }
}

bool Database::inAutocommit() const noexcept {
    return m_db && sqlite3_get_autocommit(m_db.get()) != 0;
}

int Database::userVersion() {
    return static_cast<int>(pragmaInt(*this, "PRAGMA user_version"));
}

CipherSettings Database::cipherSettings() {
    CipherSettings s;
    s.cipherVersion = pragmaText(*this, "PRAGMA cipher_version");
    s.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    s.provider = pragmaText(*this, "PRAGMA cipher_provider");
    s.pageSize = static_cast<int>(pragmaInt(*this, "PRAGMA cipher_page_size"));
    s.hmacAlgorithm = pragmaText(*this, "PRAGMA cipher_hmac_algorithm");
    s.kdfAlgorithm = pragmaText(*this, "PRAGMA cipher_kdf_algorithm");
    s.journalMode = pragmaText(*this, "PRAGMA journal_mode");
    s.synchronous = static_cast<int>(pragmaInt(*this, "PRAGMA synchronous"));
    s.foreignKeys = pragmaInt(*this, "PRAGMA foreign_keys") == 1;
    s.secureDelete = pragmaInt(*this, "PRAGMA secure_delete") == 1;
    s.tempStore = static_cast<int>(pragmaInt(*this, "PRAGMA temp_store"));
    return s;
}

IntegrityReport Database::checkIntegrity() {
    IntegrityReport report;
    // Each check is read to the end; a page that cannot be decrypted can also make the check itself fail,
    // which is reported as a problem, not thrown.
    const auto collect = [this](std::string_view sql, QStringList& problems, bool okRowMeansSound) {
        try {
            auto statement = prepare(sql);
            while (statement.step()) {
                const QString line = statement.text(0);
                if (okRowMeansSound && line == QLatin1String("ok")) {
                    continue;
                }
                problems.append(line);
            }
        } catch (const StoreError& e) {
            problems.append(QString::fromStdString(e.what()));
        }
    };
    // cipher_integrity_check reads the pages of the main file only. A crash while a checkpoint copied the write-ahead
    // log into it can leave a torn page there whose good copy still waits in the log (and is what every read sees):
    // the check first finishes that copy, as the next checkpoint would, so it reports what is really lost (found by the
    // torn-page runs of issue 17). Busy readers may keep it from finishing; the check runs anyway.
    try {
        auto checkpoint = prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        while (checkpoint.step()) {
        }
    } catch (const StoreError&) {
        // a damaged log or a busy site: the checks below say what matters
    }
    collect("PRAGMA cipher_integrity_check", report.cipherProblems, false);
    collect("PRAGMA quick_check", report.structureProblems, true);
    return report;
}

bool Database::takeExclusiveJournal() {
    try {
        return pragmaText(*this, "PRAGMA journal_mode = DELETE") == QLatin1String("delete");
    } catch (const StoreError& e) {
        if ((e.resultCode() == SQLITE_BUSY) || (e.resultCode() == SQLITE_LOCKED)) {
            return false;
        }
        throw;
    }
}

void Database::rekey(const crypto::SecureBuffer& newKey) {
    const crypto::SecureBuffer spec = rawKeySpec(newKey);
    throwIfError(handle(), sqlite3_rekey_v2(handle(), "main", spec.data(), static_cast<int>(spec.size())),
                 "cannot re-key database");
}

void Database::backupTo(const QString& path, const crypto::SecureBuffer& key) {
    Database target = Database::open(path, key, Mode::Create);
    sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", handle(), "main");
    if (!backup) {
        throwIfError(target.handle(), sqlite3_errcode(target.handle()), "cannot start the backup");
    }
    // All pages in one step: the source is read in one transaction, so the copy is one consistent state.
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE) {
        throwIfError(target.handle(), stepped, "backup failed");
    }
    throwIfError(target.handle(), finished, "backup failed");
    target.close();
}

bool Database::checkpointIfDue() {
    if (!m_db || m_wal->frames.load() < kWalCheckpointFrames) {
        return false;
    }
    int logged = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(handle(), "main", SQLITE_CHECKPOINT_PASSIVE, &logged, &copied);
    if (rc != SQLITE_OK) {
        return false; // busy: another connection is writing; the next call tries again
    }
    if (logged == copied) {
        m_wal->frames.store(0);
    }
    return true;
}

int Database::walFrames() const noexcept {
    return m_wal ? m_wal->frames.load() : 0;
}

void Database::close() {
    if (!m_db) {
        return;
    }
    if (m_cache) {
        m_cache->entries.clear(); // finalizes the cached statements
    }
    sqlite3* raw = m_db.release();
    sqlite3_wal_hook(raw, nullptr, nullptr);
    sqlite3_trace_v2(raw, 0, nullptr, nullptr);
    const int rc = sqlite3_close(raw);
    if (rc != SQLITE_OK) {
        // A statement is still open somewhere: close lazily instead of leaking the connection.
        sqlite3_close_v2(raw);
    }
}

} // namespace dc::core::store
