// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/SiteTime.h"
#include "core/Clock.h"

#include <gtest/gtest.h>

namespace dc::core {
namespace {

// dayKeyOfStored reads the day from the text; it must say what dayOfStored (QDateTime) says, on every edge.
TEST(SiteTime, DayKeyOfStoredIsDayOfStored) {
    const char* const cases[] = {"2022-12-01T16:59:59Z", "2022-12-01T17:00:00Z", // the site's midnight
                                 "2022-12-01T00:00:00Z", "2022-12-01T23:59:59Z", "2022-11-30T17:00:00Z",
                                 "2022-11-30T16:59:59Z", "2022-12-31T16:59:59Z", "2022-12-31T17:00:00Z", // year end
                                 "2022-01-31T17:00:00Z", "2022-04-30T17:00:00Z", "2022-06-30T18:30:00Z", // month ends
                                 "2024-02-28T17:00:00Z", "2024-02-29T16:59:59Z", "2024-02-29T17:00:00Z", // leap day
                                 "2023-02-28T17:00:00Z", "2000-02-28T17:00:00Z",
                                 "2100-02-28T17:00:00Z", // 2000 leap, 2100 not
                                 // not the stored form: dayOfStored's way
                                 "2023-02-29T10:00:00Z", "2022-12-01T24:00:00Z", "2022-12-01T17:00:00+07:00",
                                 "2022-12-01T17:00:00", "2022-12-01T17:00:00.500Z", "2022-13-01T10:00:00Z",
                                 "2022-12-01 17:00:00Z", "x022-12-01T17:00:00Z", "", "not a time"};
    for (const char* text : cases) {
        const QString stored = QString::fromLatin1(text);
        EXPECT_EQ(sitetime::dayKeyOfStored(stored), sitetime::dayKey(sitetime::dayOfStored(stored))) << text;
    }
    EXPECT_EQ(sitetime::dayKeyOfStored(u"2022-12-31T17:00:00Z"), QStringLiteral("2023-01-01"));
    EXPECT_EQ(sitetime::dayKeyOfStored(u"2024-02-28T17:00:00Z"), QStringLiteral("2024-02-29"));
    EXPECT_EQ(sitetime::dayKeyOfStored(u"2022-12-01T16:59:59Z"), QStringLiteral("2022-12-01"));
    EXPECT_TRUE(sitetime::dayKeyOfStored(u"not a time").isEmpty());
    // Every hour of two years, through toStoredTime: the form the workstation stores.
    QDateTime at(QDate(2023, 1, 1), QTime(0, 30, 15), Qt::UTC);
    for (int hour = 0; hour < 2 * 366 * 24; ++hour, at = at.addSecs(3600)) {
        const QString stored = toStoredTime(at);
        ASSERT_EQ(sitetime::dayKeyOfStored(stored), sitetime::dayKey(sitetime::dayOfStored(stored)))
            << stored.toStdString();
    }
}

} // namespace
} // namespace dc::core
