// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Migration 4 on a log written before it: every logged entry learns the first row of its line, and the counts per
// day, book and pair are what the log says — amendments count once, on the first day, for the first pair; voided
// entries not at all; an entry logged again after a void, on the day of the new log.
#include "core/gateways/ExchangeGateway.h"
#include "core/gateways/HubGateway.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/StoreError.h"
#include "crypto/Random.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

using dc::core::store::Database;

namespace {

// The site's migrations before `version`: for a test that writes rows as an older schema held them and migrates them
// no further than the steps it is about (migration 28 turns the hub's check UUIDs into 16 bytes, which the fake UUIDs
// such a test writes are not).
std::span<const dc::core::store::Migration> migrationsBefore(int version) {
    const auto all = dc::core::store::siteMigrations();
    std::size_t count = 0;
    while (count < all.size() && all[count].version < version) {
        ++count;
    }
    return all.first(count);
}

TEST(MigrationTest, LoggedOnADayIsCountedFromAnExistingLog) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("site.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    dc::core::store::migrate(db, all.first(3));
    ASSERT_EQ(db.userVersion(), 3);
    db.exec(R"sql(
INSERT INTO site VALUES (1, 's', 'Xã', 65536, 3, 4, '2022-11-01T00:00:00Z');
INSERT INTO users (id, uuid, site_uuid, user_name, display_name, role, created_at) VALUES
    (1, 'u1', 's', 'giamsat', '', 'supervisor', '2022-11-01T00:00:00Z'),
    (2, 'u2', 's', 'lan', '', 'volunteer', '2022-11-01T00:00:00Z'),
    (3, 'u3', 's', 'minh', '', 'volunteer', '2022-11-01T00:00:00Z'),
    (4, 'u4', 's', 'hoa', '', 'volunteer', '2022-11-01T00:00:00Z');
INSERT INTO books (id, uuid, site_uuid, commune, record_type, book_number, year_from, year_to, status, created_by,
                   created_at) VALUES (1, 'b1', 's', 'Xã', 'birth', '01', 1998, 1998, 'open', 1, '2022-11-01T00:00:00Z');
-- entry 1: logged by lan+minh on 01/12 (09:00 local), amended by minh+hoa on 02/12 as corrected
INSERT INTO checks (id, uuid, site_uuid, book_id, entry_number, registration_date, subject_name, subject_key, outcome,
                    schema_version, reader_id, checker_id, logged_at, seconds_spent, supersedes, reason) VALUES
    (1, 'c1', 's', 1, 1, '14/04/1998', 'A', 'a', 'match', 'birth/1', 2, 3, '2022-12-01T02:00:00Z', 30, NULL, ''),
    (2, 'c2', 's', 1, 1, '14/04/1998', 'A', 'a', 'corrected', 'birth/1', 4, 3, '2022-12-02T02:00:00Z', 30, 1, 'x'),
-- entry 2: logged on 01/12 at 23:30 local (16:30 UTC) as escalated
    (3, 'c3', 's', 1, 2, '', '', '', 'escalated', 'birth/1', 3, 2, '2022-12-01T16:30:00Z', 30, NULL, ''),
-- entry 3: logged at 00:30 local on 02/12 (17:30 UTC on 01/12)
    (4, 'c4', 's', 1, 3, '14/04/1998', 'C', 'c', 'match', 'birth/1', 2, 3, '2022-12-01T17:30:00Z', 30, NULL, ''),
-- entry 4: logged on 01/12, voided on 01/12, logged again on 03/12
    (5, 'c5', 's', 1, 4, '14/04/1998', 'D', 'd', 'match', 'birth/1', 2, 3, '2022-12-01T03:00:00Z', 30, NULL, ''),
    (6, 'c6', 's', 1, 4, '14/04/1998', 'D', 'd', 'void', 'birth/1', 2, 3, '2022-12-01T03:10:00Z', 0, 5, 'x'),
    (7, 'c7', 's', 1, 4, '14/04/1998', 'D', 'd', 'match', 'birth/1', 2, 3, '2022-12-03T03:00:00Z', 30, NULL, ''),
-- entry 5: logged and voided
    (8, 'c8', 's', 1, 5, '14/04/1998', 'E', 'e', 'match', 'birth/1', 2, 3, '2022-12-01T04:00:00Z', 30, NULL, ''),
    (9, 'c9', 's', 1, 5, '14/04/1998', 'E', 'e', 'void', 'birth/1', 2, 3, '2022-12-01T04:10:00Z', 0, 8, 'x');
INSERT INTO entry_state (book_id, entry_number, check_id, outcome) VALUES
    (1, 1, 2, 'corrected'), (1, 2, 3, 'escalated'), (1, 3, 4, 'match'), (1, 4, 7, 'match');
)sql");

    dc::core::store::migrate(db);
    EXPECT_EQ(db.userVersion(), dc::core::store::latestSchemaVersion());

    std::map<qint64, qint64> first;
    auto s = db.prepare("SELECT check_id, first_check_id FROM entry_state");
    while (s.step()) {
        first[s.int64(0)] = s.int64(1);
    }
    EXPECT_EQ(first, (std::map<qint64, qint64>{{2, 1}, {3, 3}, {4, 4}, {7, 7}}));

    using Key = std::tuple<QString, qint64, qint64>; // day, first user, second user
    std::map<Key, std::tuple<int, int, int>> counts;
    auto c = db.prepare("SELECT day, first_user, second_user, logged, corrected, escalated FROM daily_counts");
    while (c.step()) {
        counts[{c.text(0), c.int64(1), c.int64(2)}] = {c.integer(3), c.integer(4), c.integer(5)};
    }
    const std::map<Key, std::tuple<int, int, int>> expected{
        {{QStringLiteral("2022-12-01"), 2, 3}, {2, 1, 1}}, // entries 1 (corrected now) and 2 (escalated)
        {{QStringLiteral("2022-12-02"), 2, 3}, {1, 0, 0}}, // entry 3, after midnight in Bình Dương
        {{QStringLiteral("2022-12-03"), 2, 3}, {1, 0, 0}}, // entry 4, logged again
    };
    EXPECT_EQ(counts, expected);
}

// Migration 5: the seed that every account could read is dropped; its public key stays, retired, to verify the
// checkpoints it signed; a new pair is due at the next sign-in.
TEST(MigrationTest, TheOldSiteKeyIsRetiredAndItsSeedDropped) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("site.db")), key, Database::Mode::Create);
    dc::core::store::migrate(db, dc::core::store::siteMigrations().first(4));
    db.exec("INSERT INTO site_keys (id, seed, public_key, created_at) VALUES (1, zeroblob(32), "
            "x'0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20', '2022-11-30T00:00:00Z')");
    dc::core::store::migrate(db);
    auto tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'site_keys'");
    ASSERT_TRUE(tables.step());
    EXPECT_EQ(tables.integer(0), 0);
    auto keys = db.prepare("SELECT key_id, status, hex(signing_public), box_public IS NULL FROM site_key_pairs");
    ASSERT_TRUE(keys.step());
    EXPECT_EQ(keys.text(0), QStringLiteral("legacy-0102030405060708"));
    EXPECT_EQ(keys.text(1), QStringLiteral("retired"));
    EXPECT_EQ(keys.text(2), QStringLiteral("0102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F20"));
    EXPECT_EQ(keys.integer(3), 1);
    EXPECT_FALSE(keys.step());
    auto due = db.prepare("SELECT value FROM site_settings WHERE key = 'site_keys.rotation_due'");
    ASSERT_TRUE(due.step());
    EXPECT_EQ(due.text(0), QStringLiteral("1"));
}

// Migration 6: a site of version 5 gains the pair's drafts, empty; a draft is keyed by the pair in order (first_user <
// second_user) and the book, one per pair and book.
TEST(MigrationTest, DraftsAreKeptPerPairAndBook) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("site.db")), key, Database::Mode::Create);
    dc::core::store::migrate(db, dc::core::store::siteMigrations().first(5));
    db.exec(R"sql(
INSERT INTO users (id, uuid, site_uuid, user_name, display_name, role, created_at) VALUES
    (1, 'u1', 's', 'giamsat', '', 'supervisor', '2022-11-01T00:00:00Z'),
    (2, 'u2', 's', 'lan', '', 'volunteer', '2022-11-01T00:00:00Z'),
    (3, 'u3', 's', 'minh', '', 'volunteer', '2022-11-01T00:00:00Z');
INSERT INTO books (id, uuid, site_uuid, commune, record_type, book_number, year_from, year_to, status, created_by,
                   created_at) VALUES (1, 'b1', 's', 'Xã', 'birth', '01', 1998, 1998, 'open', 1, '2022-11-01T00:00:00Z');
)sql");
    dc::core::store::migrate(db, dc::core::store::siteMigrations().first(6));
    EXPECT_EQ(db.userVersion(), 6);
    auto empty = db.prepare("SELECT count(*) FROM drafts");
    ASSERT_TRUE(empty.step());
    EXPECT_EQ(empty.integer(0), 0);
    db.exec("INSERT INTO drafts VALUES (2, 3, 1, 7, '{}', '2022-12-01T02:00:00Z')");
    EXPECT_THROW(db.exec("INSERT INTO drafts VALUES (2, 3, 1, 8, '{}', '2022-12-01T02:00:00Z')"),
                 dc::core::store::StoreError); // one per pair and book
    EXPECT_THROW(db.exec("INSERT INTO drafts VALUES (3, 2, 1, 7, '{}', '2022-12-01T02:00:00Z')"),
                 dc::core::store::StoreError); // the pair in order only
    EXPECT_THROW(db.exec("INSERT INTO drafts VALUES (2, 3, 5, 7, '{}', '2022-12-01T02:00:00Z')"),
                 dc::core::store::StoreError); // no such book
}

// Migration 7: rows that travel in bundles and had no UUID get one, back-filled as distinct version-4 UUIDs; the
// never-updated guards on review decisions and spot-check results are back in place afterwards; the site is a
// commune unless made a hub.
TEST(MigrationTest, TravellingRowsGainDistinctUuids) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("site.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    dc::core::store::migrate(db, all.first(6));
    db.exec(R"sql(
INSERT INTO site (id, uuid, name, kdf_memory_kib, kdf_iterations, kdf_parallelism, created_at)
    VALUES (1, 's', 'Xã', 65536, 3, 4, '2022-11-01T00:00:00Z');
INSERT INTO users (id, uuid, site_uuid, user_name, display_name, role, created_at) VALUES
    (1, 'u1', 's', 'giamsat', '', 'supervisor', '2022-11-01T00:00:00Z'),
    (2, 'u2', 's', 'lan', '', 'volunteer', '2022-11-01T00:00:00Z'),
    (3, 'u3', 's', 'minh', '', 'volunteer', '2022-11-01T00:00:00Z');
INSERT INTO books (id, uuid, site_uuid, commune, record_type, book_number, year_from, year_to, status, created_by,
                   created_at) VALUES (1, 'b1', 's', 'Xã', 'birth', '01', 1998, 1998, 'open', 1, '2022-11-01T00:00:00Z');
INSERT INTO work_sessions (id, uuid, site_uuid, first_user, second_user, started_at)
    VALUES (1, 'w1', 's', 2, 3, '2022-11-01T01:00:00Z');
INSERT INTO work_session_events (session_id, kind, reader, at) VALUES
    (1, 'start', 2, '2022-11-01T01:00:00Z'), (1, 'swap', 3, '2022-11-01T02:00:00Z');
INSERT INTO checks (id, uuid, site_uuid, book_id, entry_number, registration_date, subject_name, subject_key, outcome,
                    schema_version, reader_id, checker_id, logged_at, seconds_spent)
    VALUES (1, 'c1', 's', 1, 1, '1998-01-02', 'A', 'a', 'match', 'birth/1', 2, 3, '2022-11-01T01:01:00Z', 30);
INSERT INTO review_events (check_id, decision, state, supervisor_id, at) VALUES
    (1, 'approve', 'approved', 1, '2022-11-01T03:00:00Z'), (1, 'unapprove', 'pending', 1, '2022-11-01T03:01:00Z');
INSERT INTO spot_samples (id, uuid, day, first_user, second_user, seed, rate_permille, minimum, population, drawn_by,
                          drawn_at) VALUES (1, 'p1', '2022-11-01', 2, 3, 'x', 50, 5, 1, 1, '2022-11-01T09:00:00Z');
INSERT INTO spot_items (id, sample_id, check_id) VALUES (1, 1, 1);
INSERT INTO spot_results (item_id, result, supervisor_id, at) VALUES (1, 'confirmed', 1, '2022-11-01T09:05:00Z');
)sql");
    dc::core::store::migrate(db);
    EXPECT_EQ(db.userVersion(), dc::core::store::latestSchemaVersion());
    const QRegularExpression v4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QStringList uuids;
    for (const char* table : {"review_events", "spot_items", "spot_results", "work_session_events"}) {
        auto s = db.prepare(std::string("SELECT uuid FROM ") + table);
        while (s.step()) {
            const QString uuid = s.text(0);
            EXPECT_TRUE(v4.match(uuid).hasMatch()) << table << " " << uuid.toStdString();
            uuids.append(uuid);
        }
    }
    EXPECT_EQ(uuids.size(), 6);
    uuids.removeDuplicates();
    EXPECT_EQ(uuids.size(), 6);
    EXPECT_THROW(db.exec("UPDATE review_events SET note = 'x'"), dc::core::store::StoreError);
    EXPECT_THROW(db.exec("UPDATE spot_results SET note = 'x'"), dc::core::store::StoreError);
    EXPECT_THROW(db.exec("INSERT INTO review_events (check_id, decision, state, supervisor_id, at, uuid) "
                         "SELECT check_id, decision, state, supervisor_id, at, uuid FROM review_events LIMIT 1"),
                 dc::core::store::StoreError); // a UUID names one row
    auto kind = db.prepare("SELECT kind FROM site");
    ASSERT_TRUE(kind.step());
    EXPECT_EQ(kind.text(0), QStringLiteral("commune"));
}

// Migration 9: the hub's checks move from a WITHOUT ROWID table keyed by UUID to a rowid table with a unique UUID index
// (the import's speed); every row and column comes across, a UUID still names one row, and the by-entry index is back.
TEST(MigrationTest, HubChecksBecomeARowidTableWithAUniqueUuid) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    dc::core::store::migrate(db, all.first(7));
    const char* const columns =
        "uuid, site_uuid, book_uuid, entry_number, registration_date, subject_name, subject_key, outcome, transcript, "
        "note, warnings, schema_version, reader_uuid, checker_uuid, session_uuid, logged_at, seconds_spent, "
        "supersedes, reason";
    db.exec(std::string("INSERT INTO hub_checks (") + columns + R"sql() VALUES
    ('c2', 's', 'b', 7, '1998-01-02', 'Lê Văn Tám', 'le van tam', 'corrected', '', '', 'w1', 'birth/1', 'r', 'k', NULL,
     '2022-11-02T01:00:00Z', 40, 'c1', 'đọc lại'),
    ('c1', 's', 'b', 7, '1998-01-02', 'Lê Văn Tam', 'le van tam', 'match', 't', 'n', '', 'birth/1', 'r', 'k', 'w',
     '2022-11-01T01:00:00Z', 30, NULL, ''))sql");
    auto before = db.prepare(std::string("SELECT ") + columns + " FROM hub_checks ORDER BY uuid");
    std::vector<QStringList> rows;
    const auto read = [](dc::core::store::Statement& s) {
        QStringList row;
        for (int i = 0; i < 19; ++i) {
            row.append(s.isNull(i) ? QStringLiteral("<null>") : s.text(i));
        }
        return row;
    };
    while (before.step()) {
        rows.push_back(read(before));
    }
    ASSERT_EQ(rows.size(), 2U);

    dc::core::store::migrate(db, all.first(9)); // migration 17 drops the (book, entry) index again
    EXPECT_GE(db.userVersion(), 9);
    auto after = db.prepare(std::string("SELECT ") + columns + " FROM hub_checks ORDER BY uuid");
    std::vector<QStringList> moved;
    while (after.step()) {
        moved.push_back(read(after));
    }
    EXPECT_EQ(moved, rows);
    auto order = db.prepare("SELECT uuid FROM hub_checks ORDER BY id");
    ASSERT_TRUE(order.step());
    EXPECT_EQ(order.text(0), QStringLiteral("c1")); // copied in the order they were logged
    EXPECT_THROW(db.exec(std::string("INSERT INTO hub_checks (") + columns + ") SELECT " + columns +
                         " FROM hub_checks WHERE uuid = 'c1'"),
                 dc::core::store::StoreError); // a UUID names one row
    auto indexes = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'hub_checks' "
                              "AND name = 'hub_checks_by_book_entry'");
    ASSERT_TRUE(indexes.step());
    EXPECT_EQ(indexes.int64(0), 1);
}

// Migration 10: the hub's corrections move from a WITHOUT ROWID table keyed by (check, position) to a rowid table with
// a unique (check, position) index (the import's speed); every row and column comes across, and (check, position)
// still names one row, so the import's ON CONFLICT DO NOTHING keeps a correction sent twice once.
TEST(MigrationTest, HubCorrectionsBecomeARowidTableWithAUniqueCheckAndPosition) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    dc::core::store::migrate(db, all.first(9));
    const char* const columns = "check_uuid, position, field_key, value_before, value_after, class, writing_difference";
    db.exec(std::string("INSERT INTO hub_corrections (") + columns + R"sql() VALUES
    ('c2', 1, 'subject_name', 'Lê Văn Tam', 'Lê Văn Tám', 'diacritic', 0),
    ('c2', 0, 'registration_date', '1998-02-01', '1998-01-02', 'date', 0),
    ('c1', 0, 'note', '', 'x', 'spelling', 1))sql");
    auto before = db.prepare(std::string("SELECT ") + columns + " FROM hub_corrections ORDER BY check_uuid, position");
    std::vector<QStringList> rows;
    const auto read = [](dc::core::store::Statement& s) {
        QStringList row;
        for (int i = 0; i < 7; ++i) {
            row.append(s.text(i));
        }
        return row;
    };
    while (before.step()) {
        rows.push_back(read(before));
    }
    ASSERT_EQ(rows.size(), 3U);

    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 10);
    auto after = db.prepare(std::string("SELECT ") + columns + " FROM hub_corrections ORDER BY check_uuid, position");
    std::vector<QStringList> moved;
    while (after.step()) {
        moved.push_back(read(after));
    }
    EXPECT_EQ(moved, rows);
    EXPECT_THROW(db.exec(std::string("INSERT INTO hub_corrections (") + columns + ") SELECT " + columns +
                         " FROM hub_corrections WHERE check_uuid = 'c2' AND position = 1"),
                 dc::core::store::StoreError); // (check, position) names one row
    db.exec("INSERT INTO hub_corrections (check_uuid, position, field_key, value_before, value_after, class, "
            "writing_difference) VALUES ('c2', 1, 'other', 'a', 'b', 'spelling', 0) ON CONFLICT DO NOTHING");
    auto count = db.prepare("SELECT count(*), max(field_key = 'other') FROM hub_corrections");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.int64(0), 3);
    EXPECT_EQ(count.int64(1), 0);
}

// Migration 14: the hub's review events move from a WITHOUT ROWID table keyed by UUID to a rowid table with a unique
// UUID (the import's speed); every row and column comes across, the UUID still names one row (the import's ON CONFLICT
// (uuid) DO NOTHING keeps a review sent twice once), and the index the reads by check use is there again.
TEST(MigrationTest, HubReviewEventsBecomeARowidTableWithAUniqueUuid) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    dc::core::store::migrate(db, all.first(13));
    const char* const columns = "uuid, site_uuid, check_uuid, decision, state, reason, note, supervisor_uuid, at";
    db.exec(std::string("INSERT INTO hub_review_events (") + columns + R"sql() VALUES
    ('r2', 's1', 'c1', 'return', 'returned', 'sai tên', 'Lê Văn Tám', 'u1', '2022-08-01T03:00:00Z'),
    ('r1', 's1', 'c1', 'approve', 'approved', '', '', 'u1', '2022-08-01T04:00:00Z'),
    ('r3', 's2', 'c2', 'flag', 'flagged', 'hỏi huyện', 'x', 'u2', '2022-08-02T01:00:00Z'))sql");
    const auto read = [&db, columns] {
        auto s = db.prepare(std::string("SELECT ") + columns + " FROM hub_review_events ORDER BY uuid");
        std::vector<QStringList> rows;
        while (s.step()) {
            QStringList row;
            for (int i = 0; i < 9; ++i) {
                row.append(s.text(i));
            }
            rows.push_back(row);
        }
        return rows;
    };
    const std::vector<QStringList> rows = read();
    ASSERT_EQ(rows.size(), 3U);

    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 14);
    EXPECT_EQ(read(), rows);
    EXPECT_THROW(db.exec(std::string("INSERT INTO hub_review_events (") + columns + ") SELECT " + columns +
                         " FROM hub_review_events WHERE uuid = 'r1'"),
                 dc::core::store::StoreError); // a UUID names one row
    db.exec(std::string("INSERT INTO hub_review_events (") + columns +
            ") VALUES ('r1', 's1', 'c1', 'reject', 'rejected', 'other', '', 'u1', '2022-08-03T00:00:00Z') "
            "ON CONFLICT (uuid) DO NOTHING");
    EXPECT_EQ(read(), rows);
    auto rowid = db.prepare("SELECT count(*) FROM pragma_table_info('hub_review_events') WHERE name = 'id' AND pk = 1");
    ASSERT_TRUE(rowid.step());
    EXPECT_EQ(rowid.int64(0), 1);
    auto indexes = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                              "'hub_review_events' AND name = 'hub_review_events_by_check'");
    ASSERT_TRUE(indexes.step());
    EXPECT_EQ(indexes.int64(0), 1);
}

// Migration 11 (issue 14): registrations, one per person and per ID number (the same person twice across units is
// refused by the table itself, not only by the service), answers 1, 0 or unknown (NULL), nothing else.
TEST(MigrationTest, RegistrationsHoldOnePersonPerIdNumber) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 11);
    db.exec("INSERT INTO persons (uuid, full_name, id_number, created_at) VALUES "
            "('p1', 'A', '074301001234', '2022-11-25T01:00:00Z'), ('p2', 'B', '074301001234', '2022-11-25T01:00:00Z')");
    const std::string columns =
        "(person_uuid, unit, id_number, birth_year, sex, position, residence, id_issued, id_place, phone, email, "
        "agrees_dates, accepts_assignment, own_transport, computer, in_province, student, preferred_district, "
        "preferred_commune, strengths, unavailable_days, source_row, registered_by, registered_at)";
    const auto insert = [&](const char* person, const char* id, const char* agrees) {
        db.exec("INSERT INTO registrations " + columns + " VALUES ('" + person + "', 'Dĩ An', '" + id +
                "', 2001, 'female', '', '', '', '', '', '', " + agrees +
                ", 1, NULL, 1, NULL, 0, '', '', '', '', 3, 'u', '2022-11-25T01:00:00Z')");
    };
    insert("p1", "074301001234", "1");
    EXPECT_THROW(insert("p2", "074301001234", "1"), dc::core::store::StoreError); // one registration per number
    EXPECT_THROW(insert("p2", "0743010012", "1"), dc::core::store::StoreError);   // 9 or 12 digits
    EXPECT_THROW(insert("p2", "074301005678", "2"), dc::core::store::StoreError); // yes, no or NULL
    EXPECT_THROW(insert("p9", "074301005678", "1"), dc::core::store::StoreError); // a person of `persons`
    insert("p2", "074301005678", "NULL");
    auto count = db.prepare("SELECT count(*), count(agrees_dates) FROM registrations");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.int64(0), 2);
    EXPECT_EQ(count.int64(1), 1);
}

// Migration 12 (issue 14): existing accounts stay as they were — active, not awaiting activation, no person — and
// the roster's columns and tables arrive; a person is linked to at most one account.
TEST(MigrationTest, AccountsBeforeRosterPackagesStayActiveAndAPersonHasOneAccount) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("site.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    std::size_t before12 = 0;
    while (before12 < all.size() && all[before12].version < 12) {
        ++before12;
    }
    dc::core::store::migrate(db, all.first(before12));
    db.exec("INSERT INTO users (uuid, site_uuid, user_name, display_name, role, active, created_at) VALUES "
            "('u1', 's', 'giamsat', 'G', 'supervisor', 1, '2022-11-01T00:00:00Z'), "
            "('u2', 's', 'lan', 'L', 'volunteer', 0, '2022-11-01T00:00:00Z')");
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 12);
    auto users = db.prepare("SELECT user_name, active, awaiting_activation, person_uuid IS NULL, "
                            "activation_hash IS NULL FROM users ORDER BY user_name");
    ASSERT_TRUE(users.step());
    EXPECT_EQ(users.text(0), QStringLiteral("giamsat"));
    EXPECT_EQ(users.int64(1), 1);
    EXPECT_EQ(users.int64(2), 0);
    EXPECT_EQ(users.int64(3), 1);
    EXPECT_EQ(users.int64(4), 1);
    ASSERT_TRUE(users.step());
    EXPECT_EQ(users.int64(1), 0); // a removed account stays removed, and is not "awaiting"
    EXPECT_EQ(users.int64(2), 0);
    db.exec("UPDATE users SET person_uuid = 'p1' WHERE uuid = 'u1'");
    EXPECT_THROW(db.exec("UPDATE users SET person_uuid = 'p1' WHERE uuid = 'u2'"), dc::core::store::StoreError);
    EXPECT_THROW(db.exec("UPDATE users SET awaiting_activation = 2 WHERE uuid = 'u2'"), dc::core::store::StoreError);
    db.exec("INSERT INTO roster_days (user_id, day) VALUES (1, '2022-12-01')");
    EXPECT_THROW(db.exec("INSERT INTO roster_days (user_id, day) VALUES (1, '2022-12-01')"),
                 dc::core::store::StoreError);
    db.exec("INSERT INTO roster_packages (sequence, file_id, campaign, volunteers, applied_at, applied_by) "
            "VALUES (1, 'f', 'c', 2, 'now', 1)");
    db.exec("INSERT INTO hub_roster_packages (district, commune, sequence, site_uuid, epoch, file_id, volunteers, "
            "built_at, built_by) VALUES ('D', 'C', 1, 's', 1, 'f', 2, 'now', 'u1')");
    EXPECT_THROW(db.exec("INSERT INTO hub_roster_packages (district, commune, sequence, site_uuid, epoch, file_id, "
                         "volunteers, built_at, built_by) VALUES ('D', 'C', 1, 's', 1, 'g', 2, 'now', 'u1')"),
                 dc::core::store::StoreError);
}

// Migration 13 (issue 14): the saved allocation — one row per person, a user name once per commune, days removed with
// their person.
TEST(MigrationTest, TheSavedPlanHasOneUserNamePerCommuneAndItsDaysGoWithIt) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 13);
    db.exec("INSERT INTO persons (uuid, full_name, created_at) VALUES ('p1', 'A', 'now'), ('p2', 'B', 'now')");
    db.exec("INSERT INTO hub_plan VALUES ('p1', 'Dầu Tiếng', 'Thanh An', 'lan.nguyen', 'stated-commune', 'now')");
    EXPECT_THROW(db.exec("INSERT INTO hub_plan VALUES ('p2', 'Dầu Tiếng', 'Thanh An', 'lan.nguyen', 'x', 'now')"),
                 dc::core::store::StoreError);
    db.exec("INSERT INTO hub_plan VALUES ('p2', 'Dầu Tiếng', 'Định An', 'lan.nguyen', 'x', 'now')");
    EXPECT_THROW(db.exec("INSERT INTO hub_plan VALUES ('p9', 'Dĩ An', 'Dĩ An', 'an', 'x', 'now')"),
                 dc::core::store::StoreError);
    db.exec("INSERT INTO hub_plan_days VALUES ('p1', '2022-12-01'), ('p1', '2022-12-02')");
    db.exec("DELETE FROM hub_plan WHERE person_uuid = 'p1'");
    auto days = db.prepare("SELECT count(*) FROM hub_plan_days");
    ASSERT_TRUE(days.step());
    EXPECT_EQ(days.int64(0), 0);
}

// Migration 15 (issue 14): registrations made before it are not withdrawn; a withdrawal is a time, who, and a reason.
TEST(MigrationTest, RegistrationsBeforeWithdrawalsStayCurrent) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    std::size_t before15 = 0;
    while (before15 < all.size() && all[before15].version < 15) {
        ++before15;
    }
    dc::core::store::migrate(db, all.first(before15));
    db.exec("INSERT INTO persons (uuid, full_name, created_at) VALUES ('p1', 'A', 'now')");
    db.exec("INSERT INTO registrations (person_uuid, unit, id_number, birth_year, sex, position, residence, id_issued, "
            "id_place, phone, email, preferred_district, preferred_commune, strengths, unavailable_days, source_row, "
            "registered_by, registered_at) VALUES ('p1', 'Dĩ An', '074301001234', 2001, '', '', '', '', '', '', '', "
            "'', '', '', '', 3, 'u', 'now')");
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 15);
    auto row = db.prepare("SELECT withdrawn_at IS NULL, withdrawn_by IS NULL, withdrawn_reason FROM registrations");
    ASSERT_TRUE(row.step());
    EXPECT_EQ(row.int64(0), 1);
    EXPECT_EQ(row.int64(1), 1);
    EXPECT_EQ(row.text(2), QString());
}

// Migration 17 (issue 13, the import's speed): hub_checks keeps only its unique UUID index — the (book, entry) index,
// which no query read, is gone; every row stays, a UUID still names one row, and the import's look-up by UUID still
// uses the index.
TEST(MigrationTest, HubChecksLoseTheirBookAndEntryIndex) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    std::size_t before17 = 0;
    while (before17 < all.size() && all[before17].version < 17) {
        ++before17;
    }
    dc::core::store::migrate(db, all.first(before17));
    const auto indexes = [&db] {
        auto s = db.prepare("SELECT count(*), sum(name = 'hub_checks_by_book_entry') FROM sqlite_schema "
                            "WHERE type = 'index' AND tbl_name = 'hub_checks'");
        EXPECT_TRUE(s.step());
        return std::pair(s.int64(0), s.int64(1));
    };
    EXPECT_EQ(indexes(), (std::pair<std::int64_t, std::int64_t>(2, 1)));
    const char* const columns =
        "uuid, site_uuid, book_uuid, entry_number, registration_date, subject_name, subject_key, outcome, transcript, "
        "note, warnings, schema_version, reader_uuid, checker_uuid, session_uuid, logged_at, seconds_spent, "
        "supersedes, reason";
    db.exec(std::string("INSERT INTO hub_checks (") + columns + R"sql() VALUES
    ('c1', 's', 'b', 7, '1998-01-02', 'Lê Văn Tam', 'le van tam', 'match', 't', 'n', '', 'birth/1', 'r', 'k', 'w',
     '2022-11-01T01:00:00Z', 30, NULL, ''),
    ('c2', 's', 'b', 8, '1998-01-03', 'Lê Thị Ba', 'le thi ba', 'match', '', '', '', 'birth/1', 'r', 'k', 'w',
     '2022-11-01T01:01:00Z', 20, NULL, ''))sql");

    dc::core::store::migrate(db, migrationsBefore(28));
    EXPECT_GE(db.userVersion(), 17);
    EXPECT_EQ(indexes(), (std::pair<std::int64_t, std::int64_t>(1, 0)));
    auto rows = db.prepare("SELECT group_concat(uuid || ':' || entry_number, ',') FROM hub_checks ORDER BY id");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.text(0), QStringLiteral("c1:7,c2:8"));
    EXPECT_THROW(db.exec(std::string("INSERT INTO hub_checks (") + columns + ") SELECT " + columns +
                         " FROM hub_checks WHERE uuid = 'c1'"),
                 dc::core::store::StoreError); // a UUID names one row
    auto plan = db.prepare("EXPLAIN QUERY PLAN SELECT book_uuid, entry_number FROM hub_checks WHERE uuid = 'c2'");
    ASSERT_TRUE(plan.step());
    EXPECT_TRUE(plan.text(3).contains(QStringLiteral("USING INDEX"))) << plan.text(3).toStdString();
}

// Migration 19 (issue 15 part 5): a certificate's number is 1 or more, one per campaign, and a person has one number
// per campaign (the same person may be numbered again in another campaign); the person must be the hub's.
TEST(MigrationTest, CertificateNumbersAreUniquePerCampaignAndPerPerson) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 19);
    db.exec("INSERT INTO persons (uuid, full_name, created_at) VALUES ('p1', 'A', 'now'), ('p2', 'B', 'now')");
    db.exec("INSERT INTO hub_certificates VALUES ('Bình Dương 2022', 1, 'p1', 'now', 'vanphong')");
    const auto refused = [&db](const char* values) {
        EXPECT_THROW(db.exec(std::string("INSERT INTO hub_certificates VALUES ") + values), dc::core::store::StoreError)
            << values;
    };
    refused("('Bình Dương 2022', 1, 'p2', 'now', 'vanphong')");     // a number twice in a campaign
    refused("('Bình Dương 2022', 2, 'p1', 'now', 'vanphong')");     // a person twice in a campaign
    refused("('Bình Dương 2022', 0, 'p2', 'now', 'vanphong')");     // numbers start at 1
    refused("('Bình Dương 2022', 2, 'p9', 'now', 'vanphong')");     // not a person of the hub
    refused("('Bình Dương 2022', 'hai', 'p2', 'now', 'vanphong')"); // STRICT: an integer
    db.exec("INSERT INTO hub_certificates VALUES ('Bình Dương 2022', 2, 'p2', 'now', 'vanphong'), "
            "('Lâm Đồng 2023', 1, 'p1', 'now', 'vanphong')");
    auto rows = db.prepare("SELECT count(*) FROM hub_certificates");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.int64(0), 3);
}

} // namespace

// Migration 18 (issue 15): hub_daily_work back-filled from the rows a hub holds — an entry where it was first logged
// (day, pair) with its current row's outcome and corrections; an amendment and a void for the pair that made them.
TEST(MigrationTest, ThePairsWorkIsBackFilledFromTheHubsRows) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    std::size_t before18 = 0;
    while (before18 < all.size() && all[before18].version < 18) {
        ++before18;
    }
    dc::core::store::migrate(db, all.first(before18));
    db.exec(R"sql(
INSERT INTO hub_checks (uuid, site_uuid, book_uuid, entry_number, registration_date, subject_name, subject_key,
                        outcome, transcript, note, warnings, schema_version, reader_uuid, checker_uuid, session_uuid,
                        logged_at, seconds_spent, supersedes, reason) VALUES
    ('c1', 's', 'b', 1, '1998', 'A', 'a', 'match', '', '', '', 'birth/1', 'r', 'k', NULL, '2022-11-01T01:00:00Z', 30,
     NULL, ''),
    ('c2', 's', 'b', 2, '1998', 'B', 'b', 'corrected', '', '', '', 'birth/1', 'k', 'r', NULL, '2022-11-01T01:01:00Z',
     30, NULL, ''),
    ('c3', 's', 'b', 2, '1998', 'B', 'b', 'corrected', '', '', '', 'birth/1', 'x', 'r', NULL, '2022-11-02T01:00:00Z',
     30, 'c2', 'đọc lại'),
    ('c4', 's', 'b', 3, '1998', 'C', 'c', 'missing_entered_new', '', '', '', 'birth/1', 'r', 'k', NULL,
     '2022-11-01T01:02:00Z', 30, NULL, ''),
    ('c5', 's', 'b', 3, '1998', 'C', 'c', 'void', '', '', '', 'birth/1', 'k', 'r', NULL, '2022-11-02T01:01:00Z', 30,
     'c4', 'nhầm');
INSERT INTO hub_corrections (check_uuid, position, field_key, value_before, value_after, class, writing_difference)
VALUES ('c2', 0, 'subject.sex', 'nam', 'nữ', 'value', 0),
       ('c3', 0, 'subject.sex', 'nam', 'nữ', 'value', 0), ('c3', 1, 'subject.birth_date', '1', '2', 'number', 0),
       ('c3', 2, 'subject.full_name', 'LE', 'Lê', 'spacing_case', 1);
INSERT INTO hub_entry_state (book_uuid, entry_number, check_uuid, first_check, outcome) VALUES
    ('b', 1, 'c1', 'c1', 'match'), ('b', 2, 'c3', 'c2', 'corrected');
)sql");
    dc::core::store::migrate(db, migrationsBefore(28));
    EXPECT_GE(db.userVersion(), 18);
    auto s = db.prepare("SELECT group_concat(day || ' ' || first_user || second_user || ': ' || logged || ' ' || "
                        "matches || ' ' || corrections || ' ' || writing_differences || ' ' || new_entries || ' ' || "
                        "duplicates || ' ' || escalations || ' ' || voids || ' ' || amendments, ' | ') FROM (SELECT * "
                        "FROM hub_daily_work ORDER BY day, first_user, second_user)");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0), QStringLiteral("2022-11-01 kr: 2 1 2 1 0 0 0 0 0 | 2022-11-02 kr: 0 0 0 0 0 0 0 1 0 | "
                                        "2022-11-02 rx: 0 0 0 0 0 0 0 0 1"));
}

// Migration 20 (issue 15 part 3): a commune keeps each volunteer's explanation from the hub, one per user name; the
// newest receipt's wins, an older receipt recorded late does not replace it.
TEST(MigrationTest, ReceivedExplanationsKeepTheNewestReceipts) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("xa.db")), key, Database::Mode::Create);
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 20);
    dc::core::gateways::ExchangeGateway exchange(db);
    EXPECT_TRUE(exchange.putExplanation(QStringLiteral("lan"), R"({"tier":"good"})", 5, QStringLiteral("b"),
                                        QStringLiteral("r")));
    EXPECT_FALSE(exchange.putExplanation(QStringLiteral("lan"), R"({"tier":"none"})", 3, QStringLiteral("a"),
                                         QStringLiteral("r")));
    EXPECT_TRUE(exchange.putExplanation(QStringLiteral("lan"), R"({"tier":"excellent"})", 6, QStringLiteral("c"),
                                        QStringLiteral("r")));
    const auto held = exchange.explanation(QStringLiteral("lan"));
    ASSERT_TRUE(held.has_value());
    EXPECT_EQ(held->json, QByteArray(R"({"tier":"excellent"})"));
    EXPECT_EQ(held->receiptSequence, 6);
    EXPECT_FALSE(exchange.explanation(QStringLiteral("minh")).has_value());
}

// Migration 22 (issue 16 part 2): the error map's summaries back-filled from the rows a hub holds — each entry's
// current row by site, record type, decade (the registration date's year, else the book's first year) and schema
// version, with its writing differences; a field corrected twice counts once for the field and once per class; a
// superseded row, a void and an escalation's corrections count for nothing.
TEST(MigrationTest, TheErrorMapIsBackFilledFromTheHubsCurrentRowsAndItsViewsGo) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    std::size_t before22 = 0;
    while (before22 < all.size() && all[before22].version < 22) {
        ++before22;
    }
    dc::core::store::migrate(db, all.first(before22));
    db.exec(R"sql(
INSERT INTO hub_books (uuid, site_uuid, district, commune, record_type, book_number, year_from, year_to, status,
                       created_at) VALUES ('b', 's', 'D', 'C', 'birth', '01', 1975, 1984, 'open', '2022-11-01');
INSERT INTO hub_checks (uuid, site_uuid, book_uuid, entry_number, registration_date, subject_name, subject_key,
                        outcome, transcript, note, warnings, schema_version, reader_uuid, checker_uuid, session_uuid,
                        logged_at, seconds_spent, supersedes, reason) VALUES
    ('c1', 's', 'b', 1, '', 'A', 'a', 'match', '', '', '', 'birth/1', 'r', 'k', NULL, '2022-11-01T01:00:00Z', 30,
     NULL, ''),
    ('c2', 's', 'b', 2, '05/06/1982', 'B', 'b', 'corrected', '', '', '', 'birth/1', 'k', 'r', NULL,
     '2022-11-01T01:01:00Z', 30, NULL, ''),
    ('c3', 's', 'b', 2, '05/06/1982', 'B', 'b', 'corrected', '', '', '', 'birth/1', 'x', 'r', NULL,
     '2022-11-02T01:00:00Z', 30, 'c2', 'đọc lại'),
    ('c4', 's', 'b', 3, '1979', 'C', 'c', 'missing_entered_new', '', '', '', 'birth/1', 'r', 'k', NULL,
     '2022-11-01T01:02:00Z', 30, NULL, ''),
    ('c5', 's', 'b', 3, '1979', 'C', 'c', 'void', '', '', '', 'birth/1', 'k', 'r', NULL, '2022-11-02T01:01:00Z', 30,
     'c4', 'nhầm'),
    ('c6', 's', 'b', 4, '1979', 'D', 'd', 'escalated', '', '', '', 'birth/1', 'r', 'k', NULL, '2022-11-01T01:03:00Z',
     30, NULL, '');
INSERT INTO hub_corrections (check_uuid, position, field_key, value_before, value_after, class, writing_difference)
VALUES ('c2', 0, 'subject.ethnicity', 'Kinh', 'Hoa', 'value', 0),
       ('c3', 0, 'subject.sex', 'nam', 'nữ', 'value', 0), ('c3', 1, 'subject.sex', 'x', 'y', 'other', 0),
       ('c3', 2, 'subject.birth_date', '1', '2', 'number', 0),
       ('c3', 3, 'subject.full_name', 'LE', 'Lê', 'spacing_case', 1),
       ('c6', 0, 'subject.sex', 'nam', 'nữ', 'value', 0);
INSERT INTO hub_entry_state (book_uuid, entry_number, check_uuid, first_check, outcome) VALUES
    ('b', 1, 'c1', 'c1', 'match'), ('b', 2, 'c3', 'c2', 'corrected'), ('b', 4, 'c6', 'c6', 'escalated');
)sql");
    dc::core::store::migrate(db, migrationsBefore(28));
    EXPECT_GE(db.userVersion(), 22);
    auto entries =
        db.prepare("SELECT group_concat(site_uuid || ' ' || record_type || ' ' || decade || ' ' || "
                   "schema_version || ' ' || outcome || ': ' || entries || ' ' || writing_differences, ' | ') "
                   "FROM (SELECT * FROM hub_map_entries ORDER BY 1, 2, 3, 4, 5)");
    ASSERT_TRUE(entries.step());
    EXPECT_EQ(entries.text(0), QStringLiteral("s birth 1970 birth/1 escalated: 1 0 | s birth 1970 birth/1 match: 1 0 | "
                                              "s birth 1980 birth/1 corrected: 1 1"));
    auto corrected =
        db.prepare("SELECT group_concat(decade || ' ' || field_key || ' [' || class || ']: ' || entries, ' | ') FROM "
                   "(SELECT * FROM hub_map_corrected ORDER BY 1, 2, 3, 4, 5)");
    ASSERT_TRUE(corrected.step());
    EXPECT_EQ(corrected.text(0), QStringLiteral("1980 subject.birth_date []: 1 | 1980 subject.birth_date [number]: 1 | "
                                                "1980 subject.sex []: 1 | 1980 subject.sex [other]: 1 | "
                                                "1980 subject.sex [value]: 1"));
    // Migration 25: the views the back-fill read are gone (the rule is core/domain/MapContribution's since).
    auto views = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'view'");
    ASSERT_TRUE(views.step());
    EXPECT_EQ(views.int64(0), 0);
    EXPECT_GE(db.userVersion(), 25);
}

// Migration 21 (issue 16 part 3): the register inventory at a hub, one row per commune, record type, number and year;
// ranges start at 1 and never run backwards; the record type is one of the three.
TEST(MigrationTest, TheRegisterInventoryHoldsOneRowPerBook) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 21);
    const std::string insert = "INSERT INTO hub_registers (district, commune, record_type, year, book_number, "
                               "first_entry, last_entry, entered_by, entered_at) VALUES ";
    db.exec(insert + "('Dầu Tiếng', 'Thanh An', 'birth', 1998, '01', 1, 250, 'vanphong', 'now')");
    const auto refused = [&](const char* values) {
        EXPECT_THROW(db.exec(insert + values), dc::core::store::StoreError) << values;
    };
    refused("('Dầu Tiếng', 'Thanh An', 'birth', 1998, '01', 1, 300, 'vanphong', 'now')");  // the same book twice
    refused("('Dầu Tiếng', 'Thanh An', 'birth', 1999, '01', 0, 300, 'vanphong', 'now')");  // entries start at 1
    refused("('Dầu Tiếng', 'Thanh An', 'birth', 1999, '01', 9, 3, 'vanphong', 'now')");    // a range backwards
    refused("('Dầu Tiếng', 'Thanh An', 'adoption', 1999, '01', 1, 3, 'vanphong', 'now')"); // not a register type
    refused("('Dầu Tiếng', 'Thanh An', 'birth', '1999a', '01', 1, 3, 'vanphong', 'now')"); // STRICT: an integer
    // Another year, type, number or commune is another book.
    db.exec(insert + "('Dầu Tiếng', 'Thanh An', 'birth', 1999, '01', 1, 250, 'vanphong', 'now'), "
                     "('Dầu Tiếng', 'Thanh An', 'death', 1998, '01', 1, 250, 'vanphong', 'now'), "
                     "('Dầu Tiếng', 'Thanh An', 'birth', 1998, '02', 1, 250, 'vanphong', 'now'), "
                     "('Dầu Tiếng', 'Định An', 'birth', 1998, '01', 1, 250, 'vanphong', 'now')");
    auto rows = db.prepare("SELECT count(*) FROM hub_registers");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.int64(0), 5);
}

// Migration 23 (issue 17 part 6, the end of the campaign): the hub's record of the communes' wipe statements — one row
// per statement, an epoch and a sequence from 1, sizes never negative, the statement kept as received.
TEST(MigrationTest, TheHubRecordsEachWipeStatementOnce) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 23);
    const auto insert = [&db](const char* values) { db.exec(std::string("INSERT INTO hub_wipes VALUES ") + values); };
    insert("('id1', 's', 1, 'Dầu Tiếng', 'Thanh An', 4, 120, 6, 9000, 'w', 'r', 'p', x'00')");
    EXPECT_THROW(insert("('id1', 's', 1, 'Dầu Tiếng', 'Thanh An', 5, 130, 6, 9000, 'w', 'r', 'p', x'00')"),
                 dc::core::store::StoreError); // the same statement twice
    EXPECT_THROW(insert("('id2', 's', 0, 'D', 'C', 4, 120, 6, 9000, 'w', 'r', 'p', x'00')"),
                 dc::core::store::StoreError); // epochs start at 1
    EXPECT_THROW(insert("('id3', 's', 1, 'D', 'C', 0, 120, 6, 9000, 'w', 'r', 'p', x'00')"),
                 dc::core::store::StoreError); // a wipe follows an acknowledged bundle
    EXPECT_THROW(insert("('id4', 's', 1, 'D', 'C', 4, 120, -1, 9000, 'w', 'r', 'p', x'00')"),
                 dc::core::store::StoreError);
    EXPECT_THROW(insert("('id5', 's', 1, 'D', 'C', 4, 120, 6, 'nhiều', 'w', 'r', 'p', x'00')"),
                 dc::core::store::StoreError); // STRICT: an integer
    auto rows = db.prepare("SELECT count(*) FROM hub_wipes");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.int64(0), 1);
}

// Migration 24 (issue 18, the training day): a training site's pairs (two different accounts, each in one pair), the
// books given to them (a real book row, a decimal seed, the content kept as a blob) and the keys counted per check.
TEST(MigrationTest, TrainingTablesKeepPairsBooksAndKeys) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("taphuan.db")), key, Database::Mode::Create);
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 24);
    db.exec(R"sql(
INSERT INTO users (id, uuid, site_uuid, user_name, display_name, role, created_at) VALUES
    (1, 'u1', 's', 'taphuan', '', 'supervisor', 'now'), (2, 'u2', 's', 'hv01', '', 'volunteer', 'now'),
    (3, 'u3', 's', 'hv02', '', 'volunteer', 'now'), (4, 'u4', 's', 'hv03', '', 'volunteer', 'now');
INSERT INTO books (id, uuid, site_uuid, commune, record_type, book_number, year_from, year_to, status, created_by,
                   created_at) VALUES (1, 'b1', 's', 'T', 'birth', '1', 1998, 1998, 'open', 1, 'now');
INSERT INTO training_pairs VALUES (1, 2, 3);
INSERT INTO training_books VALUES (1, 1, '18446744073709551615', x'7b7d', 'now');
)sql");
    const auto refused = [&](const char* sql) { EXPECT_THROW(db.exec(sql), dc::core::store::StoreError) << sql; };
    refused("INSERT INTO training_pairs VALUES (2, 4, 4)");                  // one person is no pair
    refused("INSERT INTO training_pairs VALUES (2, 2, 4)");                  // an account is in one pair
    refused("INSERT INTO training_pairs VALUES (0, 4, 1)");                  // pairs are numbered from 1
    refused("INSERT INTO training_pairs VALUES (2, 4, 99)");                 // an account of the site
    refused("INSERT INTO training_books VALUES (1, 1, '7', x'00', 'now')");  // one row per book
    refused("INSERT INTO training_books VALUES (2, 1, '7', x'00', 'now')");  // a real book row
    refused("INSERT INTO training_books VALUES (1, 9, '7', x'00', 'now')");  // a known pair
    refused("INSERT INTO training_books VALUES (1, 1, '-7', x'00', 'now')"); // a seed is decimal digits
    refused("INSERT INTO training_keys VALUES ('no-such-check', 3)");        // the keys of a logged check
    auto rows = db.prepare("SELECT seed FROM training_books");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.text(0), QStringLiteral("18446744073709551615"));
}

// Migration 26 (issue 13, the import's speed): a hub's chain of one row per event becomes one block per site — the
// hashes in order, the events' text as JSON — read as before (length, hash at a seq, a check's newest event), and the
// import's compressed blocks follow it. The block's rules hold in the table.
TEST(MigrationTest, TheHubsChainBecomesBlocksReadAsBefore) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    const auto all = dc::core::store::siteMigrations();
    std::size_t before26 = 0;
    while (before26 < all.size() && all[before26].version < 26) {
        ++before26;
    }
    dc::core::store::migrate(db, all.first(before26));
    // Site a: three events (the second logs c1, the third amends it with a name that needs escaping); site b: one.
    db.exec(R"sql(
INSERT INTO hub_chain (site_uuid, seq, at, actors, action, subject, details, prev_hash, hash) VALUES
    ('a', 2, '2022-08-01T01:00:00Z', 'r1,k1', 'check.logged', 'c1', '{"check":"c1","content":"11","entry":1}',
     zeroblob(32), x'0202020202020202020202020202020202020202020202020202020202020202'),
    ('a', 1, '2022-08-01T00:00:00Z', 'g1', 'site.created', 'a', '{"name":"Thanh An"}', zeroblob(32),
     x'0101010101010101010101010101010101010101010101010101010101010101'),
    ('a', 3, '2022-08-01T02:00:00Z', 'r1,k1', 'check.amended', 'c1',
     '{"check":"c1","content":"22","name":"Nguyễn \"Tư\" \\ Hồng\u0001"}', zeroblob(32),
     x'0303030303030303030303030303030303030303030303030303030303030303'),
    ('b', 1, '2022-08-01T00:00:00Z', 'g2', 'site.created', 'b', '{}', zeroblob(32),
     x'0909090909090909090909090909090909090909090909090909090909090909');
)sql");
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 26);
    dc::core::gateways::HubGateway hub(db);
    const auto hash = [](std::uint8_t b) {
        dc::core::audit::Hash h{};
        h.fill(b);
        return h;
    };
    EXPECT_EQ(hub.chainLength(QStringLiteral("a")), 3);
    EXPECT_EQ(hub.chainLength(QStringLiteral("b")), 1);
    EXPECT_EQ(hub.chainLength(QStringLiteral("c")), 0);
    EXPECT_EQ(hub.chainHashAt(QStringLiteral("a"), 1), hash(1));
    EXPECT_EQ(hub.chainHashAt(QStringLiteral("a"), 3), hash(3));
    EXPECT_EQ(hub.chainHashAt(QStringLiteral("b"), 1), hash(9));
    EXPECT_FALSE(hub.chainHashAt(QStringLiteral("a"), 4));
    EXPECT_FALSE(hub.chainHashAt(QStringLiteral("a"), 0));
    auto old = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'hub_chain'");
    ASSERT_TRUE(old.step());
    EXPECT_EQ(old.int64(0), 0);
    // The newest check.* event of c1, its text exactly as it was stored.
    EXPECT_EQ(hub.checkEventDetails(QStringLiteral("a"), QStringLiteral("c1")),
              QStringLiteral("{\"check\":\"c1\",\"content\":\"22\",\"name\":\"Nguyễn \\\"Tư\\\" \\\\ Hồng\\u0001\"}"));
    EXPECT_FALSE(hub.checkEventDetails(QStringLiteral("b"), QStringLiteral("c1")));

    // The import's blocks (compressed) follow: events 4 and 5 of site a, the 5th logging c2 with a control character.
    std::vector<dc::core::audit::Event> events(2);
    events[0] = {4,
                 QStringLiteral("2022-08-02T01:00:00Z"),
                 QStringLiteral("a"),
                 QStringLiteral("r1,k1"),
                 QStringLiteral("review.approve"),
                 QStringLiteral("c1"),
                 QStringLiteral("{}"),
                 hash(3),
                 hash(4)};
    events[1] = {5,
                 QStringLiteral("2022-08-02T01:01:00Z"),
                 QStringLiteral("a"),
                 QStringLiteral("r1,k1"),
                 QStringLiteral("check.logged"),
                 QStringLiteral("c2"),
                 QStringLiteral("{\"check\":\"c2\",\"note\":\"Bà \\\"Ba\\\"\n\t\x1f\"}"),
                 hash(4),
                 hash(5)};
    const auto block = dc::core::gateways::HubGateway::chainBlock(events);
    EXPECT_EQ(block.firstSeq, 4);
    EXPECT_EQ(block.lastSeq, 5);
    EXPECT_EQ(block.hashes.size(), 64);
    hub.appendChain(QStringLiteral("a"), block);
    EXPECT_EQ(hub.chainLength(QStringLiteral("a")), 5);
    EXPECT_EQ(hub.chainHashAt(QStringLiteral("a"), 3), hash(3));
    EXPECT_EQ(hub.chainHashAt(QStringLiteral("a"), 4), hash(4));
    EXPECT_EQ(hub.chainHashAt(QStringLiteral("a"), 5), hash(5));
    EXPECT_EQ(hub.checkEventDetails(QStringLiteral("a"), QStringLiteral("c2")), events[1].details);
    EXPECT_EQ(hub.checkEventDetails(QStringLiteral("a"), QStringLiteral("c1")),
              QStringLiteral("{\"check\":\"c1\",\"content\":\"22\",\"name\":\"Nguyễn \\\"Tư\\\" \\\\ Hồng\\u0001\"}"));
    const auto back = dc::core::gateways::HubGateway::blockEvents(block.events, true);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 2);
    EXPECT_EQ(back->at(1).toArray(),
              (QJsonArray{events[1].at, events[1].actors, events[1].action, events[1].subject, events[1].details}));

    // Refused by the table: hashes that do not count the events, an unknown encoding, a block that starts at a seq
    // the site's chain has a block at, a block before the chain's first event.
    const auto refused = [&](const char* sql) { EXPECT_THROW(db.exec(sql), dc::core::store::StoreError) << sql; };
    refused("INSERT INTO hub_chain_blocks (site_uuid, first_seq, last_seq, hashes, encoding, events) VALUES ('b', 2, "
            "3, zeroblob(32), 'json', x'5b5d')");
    refused("INSERT INTO hub_chain_blocks (site_uuid, first_seq, last_seq, hashes, encoding, events) VALUES ('b', 2, "
            "2, zeroblob(32), 'zip', x'5b5d')");
    refused("INSERT INTO hub_chain_blocks (site_uuid, first_seq, last_seq, hashes, encoding, events) VALUES ('a', 4, "
            "4, zeroblob(32), 'json', x'5b5d')");
    refused("INSERT INTO hub_chain_blocks (site_uuid, first_seq, last_seq, hashes, encoding, events) VALUES ('b', 0, "
            "0, zeroblob(32), 'json', x'5b5d')");

    // Damaged bytes are not a block: not inflated past the bound, never read as events; the look-up says so.
    EXPECT_FALSE(dc::core::gateways::HubGateway::blockEvents(QByteArray("\xff\xff\xff\xff"
                                                                        "abc",
                                                                        7),
                                                             true));
    EXPECT_FALSE(dc::core::gateways::HubGateway::blockEvents(QByteArray("\x00\x00\x00\x05"
                                                                        "abcde",
                                                                        9),
                                                             true));
    EXPECT_FALSE(dc::core::gateways::HubGateway::blockEvents(QByteArray("xy"), true));
    // A Zstandard frame that says it holds 1 TiB (an empty last block after it): refused before any allocation.
    EXPECT_FALSE(dc::core::gateways::HubGateway::blockEvents(
        QByteArray("\x28\xb5\x2f\xfd\xe0\x00\x00\x00\x00\x00\x01\x00\x00\x01\x00\x00", 16), true));
    // A real block cut short, or with bytes after its frame.
    EXPECT_FALSE(dc::core::gateways::HubGateway::blockEvents(block.events.chopped(1), true));
    EXPECT_FALSE(dc::core::gateways::HubGateway::blockEvents(block.events + QByteArray("\0", 1), true));
    EXPECT_FALSE(dc::core::gateways::HubGateway::blockEvents(block.events, false));
    EXPECT_FALSE(dc::core::gateways::HubGateway::blockEvents(QByteArray("{\"a\":1}"), false));
    db.exec("INSERT INTO hub_chain_blocks (site_uuid, first_seq, last_seq, hashes, encoding, events) VALUES ('b', 2, "
            "2, zeroblob(32), 'json-zstd', x'0000ffff00')");
    EXPECT_THROW((void)hub.checkEventDetails(QStringLiteral("b"), QStringLiteral("c9")), dc::core::store::StoreError);
}

// Migration 28 (issue 13, the import's speed): the hub's checks and entry states keep their UUIDs as 16 bytes — every
// row comes across with its id, each UUID reads back as the text it was, a UUID still names one check, and a key that
// is not 16 bytes is refused.
TEST(MigrationTest, TheHubsCheckUuidsBecomeSixteenBytes) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("hub.db")), key, Database::Mode::Create);
    dc::core::store::migrate(db, migrationsBefore(28));
    db.exec(R"sql(
INSERT INTO hub_checks (id, uuid, site_uuid, book_uuid, entry_number, registration_date, subject_name, subject_key,
                        outcome, transcript, note, warnings, schema_version, reader_uuid, checker_uuid, session_uuid,
                        logged_at, seconds_spent, supersedes, reason) VALUES
    (7, '0184f1a2-0000-7000-8000-00000000c001', 'aaaaaaaa-0000-4000-8000-000000000001',
     'b0000000-0000-4000-8000-0000000000b1', 1, '05/06/1982', 'Lê Văn Tám', 'le van tam', 'match', 't', 'n', '',
     'birth/1', 'eeeeeeee-0000-4000-8000-00000000000e', 'ffffffff-0000-4000-8000-00000000000f',
     '5e55e55e-0000-4000-8000-000000000005', '2022-11-01T01:00:00Z', 30, NULL, ''),
    (9, '0184f1a2-0000-7000-8000-00000000c002', 'aaaaaaaa-0000-4000-8000-000000000001',
     'b0000000-0000-4000-8000-0000000000b1', 1, '05/06/1982', 'Lê Văn Tâm', 'le van tam', 'corrected', '', '', 'w',
     'birth/1', 'ffffffff-0000-4000-8000-00000000000f', 'eeeeeeee-0000-4000-8000-00000000000e', NULL,
     '2022-11-02T01:00:00Z', 40, '0184f1a2-0000-7000-8000-00000000c001', 'đọc lại');
INSERT INTO hub_entry_state (book_uuid, entry_number, check_uuid, first_check, outcome) VALUES
    ('b0000000-0000-4000-8000-0000000000b1', 1, '0184f1a2-0000-7000-8000-00000000c002',
     '0184f1a2-0000-7000-8000-00000000c001', 'corrected');
)sql");
    dc::core::store::migrate(db);
    EXPECT_GE(db.userVersion(), 28);

    auto checks =
        db.prepare("SELECT id, typeof(uuid), length(uuid), uuid, site_uuid, book_uuid, reader_uuid, "
                   "checker_uuid, session_uuid, supersedes, subject_name, reason FROM hub_checks ORDER BY id");
    ASSERT_TRUE(checks.step());
    EXPECT_EQ(checks.int64(0), 7);
    EXPECT_EQ(checks.text(1), QStringLiteral("blob"));
    EXPECT_EQ(checks.int64(2), 16);
    EXPECT_EQ(checks.uuid(3), QStringLiteral("0184f1a2-0000-7000-8000-00000000c001"));
    EXPECT_EQ(checks.uuid(4), QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"));
    EXPECT_EQ(checks.uuid(5), QStringLiteral("b0000000-0000-4000-8000-0000000000b1"));
    EXPECT_EQ(checks.uuid(6), QStringLiteral("eeeeeeee-0000-4000-8000-00000000000e"));
    EXPECT_EQ(checks.uuid(7), QStringLiteral("ffffffff-0000-4000-8000-00000000000f"));
    EXPECT_EQ(checks.uuid(8), QStringLiteral("5e55e55e-0000-4000-8000-000000000005"));
    EXPECT_TRUE(checks.isNull(9));
    EXPECT_EQ(checks.text(10), QStringLiteral("Lê Văn Tám"));
    ASSERT_TRUE(checks.step());
    EXPECT_EQ(checks.int64(0), 9);
    EXPECT_TRUE(checks.isNull(8));
    EXPECT_EQ(checks.uuid(9), QStringLiteral("0184f1a2-0000-7000-8000-00000000c001"));
    EXPECT_EQ(checks.text(11), QStringLiteral("đọc lại"));
    EXPECT_FALSE(checks.step());

    auto state = db.prepare("SELECT check_uuid, first_check, outcome FROM hub_entry_state WHERE book_uuid = ?1 AND "
                            "entry_number = 1");
    state.bindUuid(1, QStringLiteral("b0000000-0000-4000-8000-0000000000b1"));
    ASSERT_TRUE(state.step());
    EXPECT_EQ(state.uuid(0), QStringLiteral("0184f1a2-0000-7000-8000-00000000c002"));
    EXPECT_EQ(state.uuid(1), QStringLiteral("0184f1a2-0000-7000-8000-00000000c001"));
    EXPECT_EQ(state.text(2), QStringLiteral("corrected"));
    state.reset();

    // A UUID still names one check; keys of another size, and text, are refused.
    const std::string copy = "INSERT INTO hub_checks (uuid, site_uuid, book_uuid, entry_number, registration_date, "
                             "subject_name, subject_key, outcome, transcript, note, warnings, schema_version, "
                             "reader_uuid, checker_uuid, logged_at, seconds_spent, reason) SELECT ";
    const std::string rest = ", site_uuid, book_uuid, 2, '', '', '', 'match', '', '', '', 'birth/1', reader_uuid, "
                             "checker_uuid, logged_at, 1, '' FROM hub_checks WHERE id = 7";
    EXPECT_THROW(db.exec(copy + "uuid" + rest), dc::core::store::StoreError);
    EXPECT_THROW(db.exec(copy + "substr(uuid, 1, 15)" + rest), dc::core::store::StoreError);
    EXPECT_THROW(db.exec(copy + "'0184f1a2-0000-7000-8000-00000000c003'" + rest), dc::core::store::StoreError);
    db.exec(copy + "unhex('0184f1a200007000800000000000c003')" + rest);
    EXPECT_THROW(db.exec("INSERT INTO hub_entry_state VALUES (x'00', 1, x'00', x'00', 'match')"),
                 dc::core::store::StoreError);

    // The tables it replaced are gone, dropped after the step committed (Migration::afterCommit) ...
    const auto leftovers = [&db] {
        auto s = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('hub_checks_27', 'hub_entry_state_27')");
        EXPECT_TRUE(s.step());
        return s.int64(0);
    };
    EXPECT_EQ(leftovers(), 0);
    // ... and what a crash between the commit and the drop left behind goes at the next open, the data untouched.
    db.exec("CREATE TABLE hub_checks_27 (uuid TEXT); INSERT INTO hub_checks_27 VALUES ('left behind')");
    ASSERT_EQ(leftovers(), 1);
    dc::core::store::migrate(db);
    EXPECT_EQ(leftovers(), 0);
    auto count = db.prepare("SELECT count(*) FROM hub_checks");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.int64(0), 3);
}

// A step's afterCommit runs outside any transaction — its statements each their own, so that a large drop keeps no
// copy of its pages for a rollback — once the step has committed, and again at every later migrate().
TEST(MigrationTest, AStepsAfterCommitRunsOutsideItsTransactionAndAgainAtEachOpen) {
    QTemporaryDir dir;
    const auto key = dc::crypto::randomSecret(32);
    Database db = Database::open(dir.filePath(QStringLiteral("t.db")), key, Database::Mode::Create);
    const dc::core::store::Migration steps[] = {
        {1, "CREATE TABLE kept (x INTEGER); CREATE TABLE old (x INTEGER); INSERT INTO old VALUES (1);",
         "DROP TABLE IF EXISTS old;"},
    };
    std::vector<bool> autocommit;
    db.traceStatements([&](std::string_view sql) {
        if (sql.find("DROP TABLE IF EXISTS old") != std::string_view::npos) {
            autocommit.push_back(db.inAutocommit());
        }
    });
    dc::core::store::migrate(db, steps);
    EXPECT_EQ(db.userVersion(), 1);
    ASSERT_EQ(autocommit.size(), 1U);
    EXPECT_TRUE(autocommit[0]);
    auto old = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'old'");
    ASSERT_TRUE(old.step());
    EXPECT_EQ(old.int64(0), 0);
    old.reset();
    db.exec("CREATE TABLE old (x INTEGER)");
    dc::core::store::migrate(db, steps); // nothing to migrate; the drop runs again
    ASSERT_TRUE(old.step());
    EXPECT_EQ(old.int64(0), 0);
    old.reset();
    EXPECT_EQ(autocommit.size(), 2U);
    db.traceStatements({});
    // A drop that cannot run now (a statement still reading the table) fails nothing: the next open drops it.
    db.exec("CREATE TABLE old (x INTEGER); INSERT INTO old VALUES (1), (2)");
    auto reading = db.prepare("SELECT x FROM old");
    ASSERT_TRUE(reading.step());
    EXPECT_NO_THROW(dc::core::store::migrate(db, steps));
    ASSERT_TRUE(old.step());
    EXPECT_EQ(old.int64(0), 1);
    old.reset();
    reading.reset();
    dc::core::store::migrate(db, steps);
    ASSERT_TRUE(old.step());
    EXPECT_EQ(old.int64(0), 0);
}
