// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// From the logged facts to each volunteer's metrics and each pair's work (core/evaluation/Facts.h): a pair's work
// counts for both members, a person's accounts at two sites are one volunteer, working time is the closed stretches of
// the work sessions (pauses out, a stretch never closed counts nothing), shared among a day's books by entries, and the
// longest run of "match" is counted by days.
#include "core/evaluation/Facts.h"

#include <gtest/gtest.h>

#include <map>

using namespace dc::core::evaluation;

namespace {

Facts::Work work(const QString& site, const QString& day, const QString& a, const QString& b, const QString& type,
                 int year, std::int64_t logged) {
    Facts::Work w;
    w.site = site;
    w.day = day;
    w.district = QStringLiteral("Dầu Tiếng");
    w.commune = site == QLatin1String("s2") ? QStringLiteral("Định An") : QStringLiteral("Thanh An");
    w.registerType = type;
    w.bookYear = year;
    w.first = a;
    w.second = b;
    w.logged = logged;
    w.matches = logged;
    return w;
}

Facts::SessionEvent event(const QString& session, const QString& a, const QString& b, const char* kind,
                          const char* at) {
    return {QStringLiteral("s1"), session, a, b, QString::fromLatin1(kind), QString::fromLatin1(at)};
}

const Volunteer& find(const Assembled& out, const QString& key) {
    for (const Volunteer& v : out.volunteers) {
        if (v.key == key) {
            return v;
        }
    }
    throw std::runtime_error("no such volunteer");
}

// Lan (two accounts, one person), Minh and Hoa at site s1; Lan's second account at s2.
Facts base() {
    Facts f;
    f.accounts = {
        {QStringLiteral("s1"), QStringLiteral("u-lan"), QStringLiteral("lan"), QStringLiteral("Trần Thị Lan"),
         QStringLiteral("P-LAN"), QStringLiteral("ĐH Thủ Dầu Một")},
        {QStringLiteral("s1"), QStringLiteral("u-minh"), QStringLiteral("minh"), QStringLiteral("Lê Văn Minh"),
         QString(), QString()},
        {QStringLiteral("s1"), QStringLiteral("u-hoa"), QStringLiteral("hoa"), QStringLiteral("Phạm Thị Hoa"),
         QString(), QString()},
        {QStringLiteral("s2"), QStringLiteral("u-lan2"), QStringLiteral("lan.tran"), QStringLiteral("Trần Thị Lan"),
         QStringLiteral("P-LAN"), QStringLiteral("ĐH Thủ Dầu Một")},
        {QStringLiteral("s2"), QStringLiteral("u-tuan"), QStringLiteral("tuan"), QStringLiteral("Võ Anh Tuấn"),
         QString(), QString()},
    };
    return f;
}

} // namespace

TEST(EvaluationFactsTest, APairsWorkCountsForBothAndAPersonsAccountsAreOneVolunteer) {
    Facts f = base();
    Facts::Work w = work(QStringLiteral("s1"), QStringLiteral("2022-11-07"), QStringLiteral("u-lan"),
                         QStringLiteral("u-minh"), QStringLiteral("birth"), 1998, 40);
    w.matches = 30;
    w.corrections = 7;
    w.writingDifferences = 5;
    w.newEntries = 2;
    w.duplicates = 1;
    w.escalations = 3;
    w.voids = 1;
    w.amendments = 2;
    f.work.push_back(w);
    f.work.push_back(work(QStringLiteral("s2"), QStringLiteral("2022-11-08"), QStringLiteral("u-lan2"),
                          QStringLiteral("u-tuan"), QStringLiteral("death"), 1986, 25));
    f.roles = {{QStringLiteral("s1"), QStringLiteral("2022-11-07"), QStringLiteral("u-lan"), 40, 0},
               {QStringLiteral("s1"), QStringLiteral("2022-11-07"), QStringLiteral("u-minh"), 0, 40},
               {QStringLiteral("s2"), QStringLiteral("2022-11-08"), QStringLiteral("u-lan2"), 0, 25},
               {QStringLiteral("s2"), QStringLiteral("2022-11-08"), QStringLiteral("u-tuan"), 25, 0}};
    f.spots = {{QStringLiteral("s1"), QStringLiteral("u-lan"), QStringLiteral("u-minh"), 12, 2}};
    f.decisions = {{QStringLiteral("s1"), QStringLiteral("u-lan"), 9, 1, 2},
                   {QStringLiteral("s1"), QStringLiteral("u-minh"), 9, 1, 2}};
    const Assembled out = assemble(f);

    ASSERT_EQ(out.volunteers.size(), 4U); // Lan once, Minh, Hoa (nothing logged), Tuấn
    const Volunteer& lan = find(out, QStringLiteral("P-LAN"));
    EXPECT_EQ(lan.person, QStringLiteral("P-LAN"));
    EXPECT_EQ(lan.site, QStringLiteral("s1"));
    EXPECT_EQ(lan.unit, QStringLiteral("ĐH Thủ Dầu Một"));
    EXPECT_EQ(lan.metrics.daysPresent, 2);
    EXPECT_EQ(lan.metrics.entriesRead, 40);
    EXPECT_EQ(lan.metrics.entriesChecked, 25);
    EXPECT_EQ(lan.metrics.realCorrections, 7);
    EXPECT_EQ(lan.metrics.writingDifferences, 5);
    EXPECT_EQ(lan.metrics.newEntries, 2);
    EXPECT_EQ(lan.metrics.duplicatesFound, 1);
    EXPECT_EQ(lan.metrics.escalations, 3);
    EXPECT_EQ(lan.metrics.voids, 1);
    EXPECT_EQ(lan.metrics.amendments, 2);
    EXPECT_EQ(lan.metrics.spotCheckItems, 12);
    EXPECT_EQ(lan.metrics.spotCheckMisses, 2);
    EXPECT_EQ(lan.metrics.decisionsApproved, 9);
    EXPECT_EQ(lan.metrics.decisionsReturned, 1);
    EXPECT_EQ(lan.metrics.decisionsFlagged, 2);
    EXPECT_EQ(lan.communes, (QStringList{QStringLiteral("Dầu Tiếng/Thanh An"), QStringLiteral("Dầu Tiếng/Định An")}));
    EXPECT_EQ(lan.metrics.commune, QStringLiteral("Thanh An")); // 40 entries there, 25 at Định An
    ASSERT_EQ(lan.metrics.cells.size(), 2U);

    const Volunteer& minh = find(out, QStringLiteral("u-minh"));
    EXPECT_TRUE(minh.person.isEmpty());
    EXPECT_EQ(minh.metrics.realCorrections, 7); // the pair's, not only the checker's
    EXPECT_EQ(minh.metrics.entriesRead, 0);
    EXPECT_EQ(minh.metrics.entriesChecked, 40);
    EXPECT_EQ(minh.metrics.decisionsReturned, 1);
    EXPECT_EQ(find(out, QStringLiteral("u-hoa")).metrics.daysPresent, 0);

    ASSERT_EQ(out.pairs.size(), 2U);
    EXPECT_EQ(out.pairs[0].memberA, QStringLiteral("P-LAN")); // keys, not accounts
    EXPECT_EQ(out.pairs[0].bookDecade, 1990);
}

TEST(EvaluationFactsTest, WorkingTimeIsTheClosedStretchesSharedAmongTheDaysBooksByEntries) {
    Facts f = base();
    const QString a = QStringLiteral("u-lan");
    const QString b = QStringLiteral("u-minh");
    // 08:00–10:00 (+7), paused 30 min, 10:30–11:15; a swap changes nothing. Then a session killed after its start.
    f.sessionEvents = {
        event("w1", a, b, "start", "2022-11-07T01:00:00Z"), event("w1", a, b, "swap", "2022-11-07T02:00:00Z"),
        event("w1", a, b, "pause", "2022-11-07T03:00:00Z"), event("w1", a, b, "resume", "2022-11-07T03:30:00Z"),
        event("w1", a, b, "end", "2022-11-07T04:15:00Z"),   event("w2", a, b, "start", "2022-11-07T06:00:00Z")};
    f.work.push_back(work(QStringLiteral("s1"), QStringLiteral("2022-11-07"), a, b, QStringLiteral("birth"), 1998, 30));
    f.work.push_back(
        work(QStringLiteral("s1"), QStringLiteral("2022-11-07"), a, b, QStringLiteral("marriage"), 1979, 60));
    const Assembled out = assemble(f);
    const Volunteer& lan = find(out, QStringLiteral("P-LAN"));
    EXPECT_EQ(lan.metrics.workingSeconds, 2 * 3600 + 45 * 60);
    EXPECT_EQ(find(out, b).metrics.workingSeconds, 2 * 3600 + 45 * 60);
    ASSERT_EQ(lan.metrics.cells.size(), 2U);
    std::int64_t birth = 0;
    std::int64_t marriage = 0;
    for (const WorkCell& c : lan.metrics.cells) {
        (c.registerType == QLatin1String("birth") ? birth : marriage) = c.workingSeconds;
    }
    EXPECT_EQ(birth, 3300);    // a third of 9,900 s for 30 of 90 entries
    EXPECT_EQ(marriage, 6600); // the rest
    std::int64_t pairSeconds = 0;
    for (const PairWork& p : out.pairs) {
        pairSeconds += p.workingSeconds;
    }
    EXPECT_EQ(pairSeconds, 9900); // nothing lost to rounding

    // The range keeps the stretches that began on its days only.
    f.fromDay = QStringLiteral("2022-11-08");
    EXPECT_EQ(find(assemble(f), QStringLiteral("P-LAN")).metrics.workingSeconds, 0);
}

// Each book's share of its pair's day is floored to whole seconds and the remainder goes to the day's last work row,
// so the day's books add up to the day; a day of the pair with no closed stretch shares nothing.
TEST(EvaluationFactsTest, ADaysSharesAreFlooredAndTheRemainderGoesToItsLastBook) {
    Facts f = base();
    const QString a = QStringLiteral("u-lan");
    const QString b = QStringLiteral("u-minh");
    f.sessionEvents = {event("w1", a, b, "start", "2022-11-07T01:00:00Z"),
                       event("w1", a, b, "end", "2022-11-07T02:00:01Z")}; // 3,601 s
    f.work.push_back(work(QStringLiteral("s1"), QStringLiteral("2022-11-07"), a, b, QStringLiteral("birth"), 1998, 1));
    f.work.push_back(
        work(QStringLiteral("s1"), QStringLiteral("2022-11-07"), a, b, QStringLiteral("marriage"), 1979, 1));
    f.work.push_back(work(QStringLiteral("s1"), QStringLiteral("2022-11-07"), a, b, QStringLiteral("death"), 1986, 1));
    // The next day the pair logged without a session the hub holds: entries, no seconds.
    f.work.push_back(work(QStringLiteral("s1"), QStringLiteral("2022-11-08"), a, b, QStringLiteral("birth"), 2004, 5));
    const Assembled out = assemble(f);
    const Volunteer& lan = find(out, QStringLiteral("P-LAN"));
    EXPECT_EQ(lan.metrics.workingSeconds, 3601);
    std::map<QString, std::int64_t> byCell;
    for (const WorkCell& c : lan.metrics.cells) {
        byCell[c.registerType + QString::number(c.bookDecade)] = c.workingSeconds;
    }
    EXPECT_EQ(byCell[QStringLiteral("birth1990")], 1200);
    EXPECT_EQ(byCell[QStringLiteral("marriage1970")], 1200);
    EXPECT_EQ(byCell[QStringLiteral("death1980")], 1201); // the day's last work row: the remainder
    EXPECT_EQ(byCell[QStringLiteral("birth2000")], 0);
    std::int64_t pairSeconds = 0;
    for (const PairWork& p : out.pairs) {
        pairSeconds += p.workingSeconds;
    }
    EXPECT_EQ(pairSeconds, 3601);
}

TEST(EvaluationFactsTest, TheLongestMatchRunIsCountedByDaysAndEndsOnADayWithACorrection) {
    Facts f = base();
    const QString a = QStringLiteral("u-lan");
    const QString b = QStringLiteral("u-minh");
    const char* days[] = {"2022-11-07", "2022-11-08", "2022-11-09", "2022-11-10"};
    const std::int64_t matches[] = {120, 150, 80, 90};
    const std::int64_t corrections[] = {0, 0, 3, 0};
    for (int i = 0; i < 4; ++i) {
        Facts::Work w = work(QStringLiteral("s1"), QString::fromLatin1(days[i]), a, b, QStringLiteral("birth"), 1998,
                             matches[i] + corrections[i]);
        w.matches = matches[i];
        w.corrections = corrections[i];
        f.work.push_back(w);
    }
    const Assembled out = assemble(f);
    EXPECT_EQ(find(out, QStringLiteral("P-LAN")).metrics.longestMatchRun, 270);
    EXPECT_EQ(find(out, QStringLiteral("P-LAN")).metrics.daysPresent, 4);
}

TEST(EvaluationFactsTest, RowsOfAccountsThatAreNotVolunteersAreLeftOut) {
    Facts f = base();
    f.work.push_back(work(QStringLiteral("s1"), QStringLiteral("2022-11-07"), QStringLiteral("u-lan"),
                          QStringLiteral("u-stranger"), QStringLiteral("birth"), 1998, 10));
    f.roles.push_back({QStringLiteral("s1"), QStringLiteral("2022-11-07"), QStringLiteral("u-sup"), 5, 5});
    const Assembled out = assemble(f);
    EXPECT_EQ(out.volunteers.size(), 4U);
    EXPECT_EQ(find(out, QStringLiteral("P-LAN")).metrics.cells.front().entries, 10); // Lan's part stays hers
    EXPECT_TRUE(out.pairs.empty()); // not a pair of two volunteers: no comparison group gets it
}
