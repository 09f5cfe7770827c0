// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/Uuid.h"
#include "core/services/LogService.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "crypto/Random.h"
#include "tests/support/TestSite.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>

namespace dc::core {
namespace {

const QRegularExpression& version7() {
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re;
}

// RFC 9562 §5.7's layout: the time in milliseconds in the first 48 bits, big-endian; version 7; variant 10; the random
// bits where the RFC puts them (rand_a: 12 bits, rand_b: 62 bits).
TEST(Uuid, RowUuidAtLaysOutVersion7) {
    EXPECT_EQ(rowUuidAt(0x0189'9f2b'1c3dLL, 0xABC, 0x1234'5678'9ABC'DEF0ULL),
              QStringLiteral("01899f2b-1c3d-7abc-9234-56789abcdef0"));
    // Bits beyond the fields are dropped, never spill into the version or the variant.
    EXPECT_EQ(rowUuidAt(0x7FFF'FFFF'FFFF'FFFFLL, ~0ULL, ~0ULL), QStringLiteral("ffffffff-ffff-7fff-bfff-ffffffffffff"));
    EXPECT_EQ(rowUuidAt(0, 0, 0), QStringLiteral("00000000-0000-7000-8000-000000000000"));
}

// Made one after another, a site's row UUIDs sort in the order they were made (a millisecond apart or more), which is
// what lets the hub append a day's rows at the end of its UUID indexes; and they do not repeat.
TEST(Uuid, NewRowUuidsSortByTimeAndDoNotRepeat) {
    QStringList made;
    QSet<QString> seen;
    for (int i = 0; i < 5; ++i) {
        made.append(newRowUuid());
        QThread::msleep(2);
    }
    for (const QString& uuid : made) {
        EXPECT_TRUE(version7().match(uuid).hasMatch()) << uuid.toStdString();
    }
    EXPECT_TRUE(std::is_sorted(made.begin(), made.end()));
    for (int i = 0; i < 20000; ++i) {
        seen.insert(newRowUuid());
    }
    EXPECT_EQ(seen.size(), 20000);
    // The time in the first 48 bits is now's.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 stamped = newRowUuid().remove(u'-').left(12).toLongLong(nullptr, 16);
    EXPECT_LE(std::abs(stamped - now), 5000);
}

// A check logged at a workstation carries a version 7 UUID (the row the hub keys it by).
// The hub's 16-byte keys (docs/HUB.md "UUIDs as 16 bytes"): a UUID's text and its bytes in RFC 9562's order, back to
// the same text in lower case; anything that is not a UUID's 36 characters has no bytes.
TEST(Uuid, TextAndSixteenBytesRoundTrip) {
    const QString text = QStringLiteral("01899f2b-1c3d-7abc-9234-56789abcdef0");
    const auto bytes = uuidBytes(text);
    ASSERT_TRUE(bytes);
    EXPECT_EQ((*bytes)[0], 0x01);
    EXPECT_EQ((*bytes)[6], 0x7a);
    EXPECT_EQ((*bytes)[15], 0xf0);
    EXPECT_EQ(uuidText(*bytes), text);
    EXPECT_EQ(uuidBytes(std::string_view("01899f2b-1c3d-7abc-9234-56789abcdef0")), bytes);
    EXPECT_EQ(uuidBytes(text.toUpper()), bytes); // hex of either case reads; the text written back is lower case
    for (const char* bad : {"", "01899f2b-1c3d-7abc-9234-56789abcdef", "01899f2b-1c3d-7abc-9234-56789abcdef00",
                            "01899f2b1c3d-7abc-9234-56789abcdef0-", "01899f2b-1c3d-7abc-9234-56789abcdefg",
                            "{1899f2b-1c3d-7abc-9234-56789abcdef0", "01899f2b-1c3d-7abc-9234 56789abcdef0"}) {
        EXPECT_FALSE(uuidBytes(std::string_view(bad))) << bad;
        EXPECT_FALSE(uuidBytes(QString::fromLatin1(bad))) << bad;
    }
    EXPECT_FALSE(uuidBytes(QStringLiteral("01899f2b-1c3d-7abc-9234-56789abcdeđ0"))); // not ASCII
    const std::array<std::uint8_t, 15> short15{};
    EXPECT_TRUE(uuidText(short15).isEmpty());
}

// A statement binds a UUID's text as its bytes and reads them back as text; text that is not a UUID is never bound, and
// a column that does not hold 16 bytes is never read as one.
TEST(Uuid, AStatementBindsAndReadsSixteenByteUuids) {
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("t.db")), crypto::randomSecret(32),
                                    store::Database::Mode::Create);
    db.exec("CREATE TABLE t (k BLOB, note TEXT) STRICT");
    const QString text = QStringLiteral("01899f2b-1c3d-7abc-9234-56789abcdef0");
    auto insert = db.prepare("INSERT INTO t VALUES (?1, ?2)");
    insert.bindUuid(1, text).bind(2, "a");
    insert.run();
    auto read = db.prepare("SELECT k, length(k), typeof(k) FROM t");
    ASSERT_TRUE(read.step());
    EXPECT_EQ(read.uuid(0), text);
    EXPECT_EQ(read.int64(1), 16);
    EXPECT_EQ(read.text(2), QStringLiteral("blob"));
    auto bad = db.prepare("INSERT INTO t VALUES (?1, 'b')");
    EXPECT_THROW(bad.bindUuid(1, QStringLiteral("not a uuid")), store::StoreError);
    EXPECT_THROW(bad.bindUuid(1, std::string_view("01899f2b-1c3d-7abc-9234-56789abcdef")), store::StoreError);
    db.exec("INSERT INTO t VALUES (x'0102', 'short'), (NULL, 'none')");
    auto odd = db.prepare("SELECT k, note FROM t WHERE note <> 'a' ORDER BY note");
    ASSERT_TRUE(odd.step());
    EXPECT_TRUE(odd.uuid(0).isEmpty()); // NULL: no UUID
    ASSERT_TRUE(odd.step());
    EXPECT_THROW((void)odd.uuid(0), store::StoreError); // two bytes
    auto textColumn = db.prepare("SELECT note FROM t WHERE note = 'a'");
    ASSERT_TRUE(textColumn.step());
    EXPECT_THROW((void)textColumn.uuid(0), store::StoreError);
}

TEST(Uuid, ALoggedCheckIsKeyedByAVersion7Uuid) {
    test::TestSite site;
    const qint64 book = site.addBook();
    auto pair = site.signInPair();
    CheckInput input;
    input.bookId = book;
    input.entryNumber = 1;
    input.registrationDate = QStringLiteral("14/04/1998");
    input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    auto logged = LogService::logCheck(*pair, input);
    ASSERT_TRUE(logged) << logged.error().detail.toStdString();
    EXPECT_TRUE(version7().match(logged->check.uuid).hasMatch()) << logged->check.uuid.toStdString();
}

} // namespace
} // namespace dc::core
