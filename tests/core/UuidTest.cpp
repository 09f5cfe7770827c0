// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/Uuid.h"
#include "core/services/LogService.h"
#include "tests/support/TestSite.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
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
