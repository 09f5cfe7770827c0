// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The judging rules of issue 15 (core/evaluation): the Wilson interval, the quality gate, the volume normalised by the
// comparison groups, tiers, ranking and its tie-breaks, the shortlist, the explanation, the award rules' parser and the
// private patterns. Pure logic over plain structs.
#include "core/evaluation/Evaluation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace dc::core;
using namespace dc::core::evaluation;

namespace {

const QString kBirth = QStringLiteral("birth");

// A volunteer in good standing: 10 days, 0 misses of 20 spot-checked entries, no returns.
VolunteerMetrics volunteer(const QString& person, const QString& district = QStringLiteral("Dĩ An"),
                           const QString& commune = QStringLiteral("Dĩ An/An Bình")) {
    VolunteerMetrics m;
    m.person = person;
    m.district = district;
    m.commune = commune;
    m.daysPresent = 10;
    m.spotCheckItems = 20;
    m.decisionsApproved = 10;
    return m;
}

void work(VolunteerMetrics& m, int decade, std::int64_t entries, std::int64_t seconds, QString district = {}) {
    m.cells.push_back({district.isEmpty() ? m.district : district, kBirth, decade, entries, seconds});
    m.workingSeconds += seconds;
    m.entriesRead += entries / 2;
    m.entriesChecked += entries - entries / 2;
}

PairWork pair(const QString& a, const QString& b, const QString& district, int decade, std::int64_t entries,
              std::int64_t seconds, std::int64_t corrections = 0, const QString& commune = {}) {
    return {a,       b,       district,   commune.isEmpty() ? district + QStringLiteral("/x") : commune, kBirth, decade,
            entries, seconds, corrections};
}

const Evaluation& find(const std::vector<Evaluation>& ranked, const QString& person) {
    const auto it =
        std::find_if(ranked.begin(), ranked.end(), [&](const Evaluation& e) { return e.metrics.person == person; });
    EXPECT_NE(it, ranked.end()) << person.toStdString();
    return *it;
}

std::size_t position(const std::vector<Evaluation>& ranked, const QString& person) {
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        if (ranked[i].metrics.person == person) {
            return i;
        }
    }
    ADD_FAILURE() << person.toStdString();
    return ranked.size();
}

QStringList reasons(const QJsonObject& explanation) {
    QStringList out;
    for (const QJsonValue& v : explanation.value(QStringLiteral("reasons")).toArray()) {
        out << v.toString();
    }
    return out;
}

// ---- Wilson ----

TEST(EvaluationWilson, KnownValues) {
    // Newcombe (1998), table I, method 3; and R's prop.test(correct = FALSE).
    struct Case {
        int s, n;
        double low, high;
    };
    for (const Case c : {Case{81, 263, 0.2553, 0.3662}, Case{15, 148, 0.0624, 0.1605}, Case{0, 20, 0.0, 0.1611},
                         Case{1, 29, 0.0061, 0.1718}, Case{1, 10, 0.0179, 0.4042}}) {
        const Interval i = wilson(c.s, c.n);
        EXPECT_NEAR(i.low, c.low, 0.00005) << c.s << "/" << c.n;
        EXPECT_NEAR(i.high, c.high, 0.00005) << c.s << "/" << c.n;
    }
}

TEST(EvaluationWilson, NothingKnownWithoutTrialsAndCountsOutOfRangeAreClamped) {
    EXPECT_EQ(wilson(0, 0).low, 0.0);
    EXPECT_EQ(wilson(0, 0).high, 1.0);
    EXPECT_EQ(wilson(5, -3).high, 1.0);
    EXPECT_EQ(wilson(30, 20).high, 1.0); // more misses than items: read as all missed, never above 1
    EXPECT_GT(wilson(30, 20).low, 0.8);
    const Interval huge = wilson(std::int64_t{5} << 40, std::int64_t{10} << 40);
    EXPECT_NEAR(huge.low, 0.5, 0.001);
    EXPECT_NEAR(huge.high, 0.5, 0.001);
}

// ---- the quality gate ----

TEST(EvaluationGate, HighVolumeWithABadMissRateIsNotShortlisted) {
    VolunteerMetrics fast = volunteer(QStringLiteral("p-fast"));
    work(fast, 1990, 5000, 50 * 3600);
    fast.spotCheckItems = 40;
    fast.spotCheckMisses = 10; // 25 %: upper bound 0.402
    VolunteerMetrics careful = volunteer(QStringLiteral("p-careful"));
    work(careful, 1990, 500, 10 * 3600);
    const std::vector<PairWork> pairs{
        pair(QStringLiteral("p-x"), QStringLiteral("p-y"), QStringLiteral("Dĩ An"), 1990, 600, 6 * 3600)};
    AwardRules rules;
    rules.shortlist.perDistrict = 5;
    const auto ranked = rank({fast, careful}, pairs, rules);
    const Evaluation& f = find(ranked, QStringLiteral("p-fast"));
    const Evaluation& c = find(ranked, QStringLiteral("p-careful"));
    ASSERT_GT(f.scoreMilli, c.scoreMilli); // the volume is far higher ...
    EXPECT_FALSE(f.eligible);              // ... and counts for nothing
    EXPECT_TRUE(c.eligible);
    EXPECT_EQ(position(ranked, QStringLiteral("p-careful")), 0u);
    const Shortlist list = shortlist(ranked, rules);
    EXPECT_FALSE(list.contains(QStringLiteral("p-fast")));
    EXPECT_TRUE(list.contains(QStringLiteral("p-careful")));
    EXPECT_EQ(reasons(explain(f, list)), QStringList{QStringLiteral("gate.miss_rate")});
    EXPECT_EQ(f.tier, Tier::Completed); // tiers for everyone, but not above "completed" without quality
    EXPECT_TRUE(reasons(explain(c, list)).isEmpty());
}

TEST(EvaluationGate, ReturnedShareAboveTheThresholdKeepsOut) {
    VolunteerMetrics v = volunteer(QStringLiteral("p-1"));
    v.decisionsApproved = 8;
    v.decisionsReturned = 2; // 20 %
    const Evaluation e = score(v, ComparisonIndex({}), defaultAwardRules());
    EXPECT_FALSE(e.eligible);
    EXPECT_EQ(e.gateReasons, QStringList{QStringLiteral("gate.returned_share")});
    v.decisionsApproved = 9;
    v.decisionsReturned = 1; // 10 %: at the threshold, allowed
    EXPECT_TRUE(score(v, ComparisonIndex({}), defaultAwardRules()).eligible);
}

TEST(EvaluationGate, TooFewSpotChecksAndTooFewDaysKeepOut) {
    VolunteerMetrics v = volunteer(QStringLiteral("p-1"));
    v.spotCheckItems = 9;
    v.daysPresent = 4;
    const Evaluation e = score(v, ComparisonIndex({}), defaultAwardRules());
    EXPECT_FALSE(e.eligible);
    EXPECT_EQ(e.gateReasons,
              (QStringList{QStringLiteral("below_min_days"), QStringLiteral("gate.too_few_spot_checks")}));
    EXPECT_EQ(e.tier, Tier::None);
}

TEST(EvaluationGate, MissRateUpperBoundAtTheDefaultThreshold) {
    VolunteerMetrics v = volunteer(QStringLiteral("p-1"));
    v.spotCheckItems = 10; // 0 of 10: upper bound 0.278 ≤ 0.30
    EXPECT_TRUE(score(v, ComparisonIndex({}), defaultAwardRules()).eligible);
    v.spotCheckMisses = 1; // 1 of 10: upper bound 0.404
    EXPECT_FALSE(score(v, ComparisonIndex({}), defaultAwardRules()).eligible);
    v.spotCheckItems = 20; // 1 of 20: upper bound 0.236
    EXPECT_TRUE(score(v, ComparisonIndex({}), defaultAwardRules()).eligible);
    v.spotCheckMisses = 2; // 2 of 20, an observed 10 %: upper bound 0.301
    EXPECT_FALSE(score(v, ComparisonIndex({}), defaultAwardRules()).eligible);
    v.spotCheckItems = 40; // 2 of 40: 0.165; then 10 of 40: 0.402
    EXPECT_TRUE(score(v, ComparisonIndex({}), defaultAwardRules()).eligible);
    v.spotCheckMisses = 10;
    EXPECT_FALSE(score(v, ComparisonIndex({}), defaultAwardRules()).eligible);
}

// ---- normalisation ----

TEST(EvaluationNormalisation, TheSameWorkOnHarderBooksRanksNoLower) {
    // Two districts: the others do 60 entries an hour on Dĩ An's books, 20 on Dầu Tiếng's old ones.
    const QString easy = QStringLiteral("Dĩ An"), hard = QStringLiteral("Dầu Tiếng");
    std::vector<PairWork> pairs{pair(QStringLiteral("o1"), QStringLiteral("o2"), easy, 2000, 600, 10 * 3600),
                                pair(QStringLiteral("o3"), QStringLiteral("o4"), hard, 1970, 200, 10 * 3600)};
    VolunteerMetrics onEasy = volunteer(QStringLiteral("p-easy"), easy);
    work(onEasy, 2000, 400, 8 * 3600);
    VolunteerMetrics onHard = volunteer(QStringLiteral("p-hard"), hard);
    work(onHard, 1970, 400, 8 * 3600);
    const auto ranked = rank({onEasy, onHard}, pairs, defaultAwardRules());
    EXPECT_LT(position(ranked, QStringLiteral("p-hard")), position(ranked, QStringLiteral("p-easy")));
    EXPECT_DOUBLE_EQ(find(ranked, QStringLiteral("p-easy")).standardHours, 6.667); // 400 / 60
    EXPECT_DOUBLE_EQ(find(ranked, QStringLiteral("p-hard")).standardHours, 20.0);  // 400 / 20
    // Same district, two decades of book: the same holds.
    pairs.push_back(pair(QStringLiteral("o5"), QStringLiteral("o6"), easy, 1970, 150, 10 * 3600));
    VolunteerMetrics oldBooks = volunteer(QStringLiteral("p-old"), easy);
    work(oldBooks, 1970, 400, 8 * 3600);
    const auto again = rank({onEasy, oldBooks}, pairs, defaultAwardRules());
    EXPECT_LT(position(again, QStringLiteral("p-old")), position(again, QStringLiteral("p-easy")));
    const QJsonObject why = explain(find(again, QStringLiteral("p-old")), shortlist(again, defaultAwardRules()));
    const QJsonObject cell = why.value(QStringLiteral("cells")).toArray().at(0).toObject();
    EXPECT_EQ(cell.value(QStringLiteral("group")).toString(), QStringLiteral("district"));
    EXPECT_EQ(cell.value(QStringLiteral("groupEntriesPerHour")).toDouble(), 15.0);
    EXPECT_EQ(cell.value(QStringLiteral("groupPairs")).toInt(), 1);
}

TEST(EvaluationNormalisation, TheVolunteerIsLeftOutOfTheirOwnGroup) {
    const QString d = QStringLiteral("Dĩ An");
    // p-1's own pair is very fast; the others do 30 an hour. p-1 is compared with the others only.
    const std::vector<PairWork> pairs{pair(QStringLiteral("p-1"), QStringLiteral("p-2"), d, 1990, 1000, 10 * 3600),
                                      pair(QStringLiteral("o1"), QStringLiteral("o2"), d, 1990, 300, 10 * 3600)};
    const ComparisonIndex groups(pairs);
    EXPECT_EQ(groups.cell(QStringLiteral("p-1"), d, kBirth, 1990).perHour(), 30.0);
    EXPECT_EQ(groups.cell(QStringLiteral("p-2"), d, kBirth, 1990).perHour(), 30.0);
    EXPECT_EQ(groups.cell(QStringLiteral("o1"), d, kBirth, 1990).perHour(), 100.0);
    VolunteerMetrics v = volunteer(QStringLiteral("p-1"));
    work(v, 1990, 1000, 10 * 3600);
    EXPECT_DOUBLE_EQ(score(v, groups, defaultAwardRules()).standardHours, 33.333);
}

TEST(EvaluationNormalisation, FallsBackToTheProvinceThenToOwnHours) {
    const std::vector<PairWork> pairs{
        pair(QStringLiteral("o1"), QStringLiteral("o2"), QStringLiteral("Bến Cát"), 1990, 400, 10 * 3600)};
    VolunteerMetrics v = volunteer(QStringLiteral("p-1"));
    work(v, 1990, 200, 4 * 3600); // nobody else in Dĩ An on 1990s births: the province's 40 an hour
    work(v, 1950, 50, 2 * 3600);  // nobody anywhere on 1950s births: their own 2 hours
    const Evaluation e = score(v, ComparisonIndex(pairs), defaultAwardRules());
    ASSERT_EQ(e.cells.size(), 2u);
    EXPECT_EQ(e.cells[0].cell.bookDecade, 1950);
    EXPECT_EQ(e.cells[0].source, GroupSource::Own);
    EXPECT_DOUBLE_EQ(e.cells[0].standardHours, 2.0);
    EXPECT_EQ(e.cells[1].source, GroupSource::Province);
    EXPECT_DOUBLE_EQ(e.cells[1].standardHours, 5.0);
    EXPECT_DOUBLE_EQ(e.standardHours, 7.0);
}

// ---- scores, tiers, ranking ----

TEST(EvaluationScore, AWritingDifferenceNeverCountsAsACorrection) {
    VolunteerMetrics v = volunteer(QStringLiteral("p-1"));
    v.realCorrections = 10;
    const std::int64_t base = score(v, ComparisonIndex({}), defaultAwardRules()).scoreMilli;
    EXPECT_EQ(base, 1000); // 10 × 0.1
    v.writingDifferences = 5000;
    EXPECT_EQ(score(v, ComparisonIndex({}), defaultAwardRules()).scoreMilli, base);
    v.realCorrections = 0; // the same ten changes read as writing differences: no credit
    v.writingDifferences = 10;
    EXPECT_EQ(score(v, ComparisonIndex({}), defaultAwardRules()).scoreMilli, 0);
    // and no rule can give them weight: the parser refuses the key
    const auto parsed = parseAwardRules(
        QJsonObject{{QStringLiteral("weights"), QJsonObject{{QStringLiteral("writingDifference"), 1}}}});
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().detail.contains(QStringLiteral("unknown key")));
}

TEST(EvaluationScore, TiersAtTheThresholds) {
    AwardRules rules;
    rules.weights = {0, 1, 0, 0, 0}; // the score is the number of real corrections
    rules.tiers = {5, 30, 60};
    VolunteerMetrics v = volunteer(QStringLiteral("p-1"));
    auto tierOf = [&](int days, int corrections) {
        v.daysPresent = days;
        v.realCorrections = corrections;
        return score(v, ComparisonIndex({}), rules).tier;
    };
    EXPECT_EQ(tierOf(4, 100), Tier::None);
    EXPECT_EQ(tierOf(5, 0), Tier::Completed);
    EXPECT_EQ(tierOf(5, 29), Tier::Completed);
    EXPECT_EQ(tierOf(5, 30), Tier::Good);
    EXPECT_EQ(tierOf(5, 59), Tier::Good);
    EXPECT_EQ(tierOf(5, 60), Tier::Excellent);
    v.spotCheckMisses = 10; // failing the gate caps at "completed"
    EXPECT_EQ(tierOf(5, 60), Tier::Completed);
    EXPECT_STREQ(tierKey(Tier::Excellent), "excellent");
    EXPECT_STREQ(tierKey(Tier::None), "none");
}

TEST(EvaluationRank, TiesAreBrokenByEntriesCheckedThenPerson) {
    AwardRules rules;
    rules.weights = {0, 1, 0, 0, 0};
    VolunteerMetrics a = volunteer(QStringLiteral("p-b")), b = volunteer(QStringLiteral("p-a")),
                     c = volunteer(QStringLiteral("p-c"));
    a.realCorrections = b.realCorrections = c.realCorrections = 40;
    a.entriesChecked = b.entriesChecked = 100;
    c.entriesChecked = 101;
    const auto ranked = rank({a, b, c}, {}, rules);
    ASSERT_EQ(ranked.size(), 3u);
    EXPECT_EQ(ranked[0].metrics.person, QStringLiteral("p-c"));
    EXPECT_EQ(ranked[1].metrics.person, QStringLiteral("p-a"));
    EXPECT_EQ(ranked[2].metrics.person, QStringLiteral("p-b"));
}

std::vector<VolunteerMetrics> population(int count, std::vector<PairWork>& pairs, unsigned seed) {
    std::mt19937 random(seed);
    const QStringList districts{QStringLiteral("Dĩ An"), QStringLiteral("Dầu Tiếng"), QStringLiteral("Bến Cát")};
    std::vector<VolunteerMetrics> out;
    for (int i = 0; i < count; ++i) {
        const QString district = districts[i % 3];
        VolunteerMetrics v = volunteer(QStringLiteral("p-%1").arg(i, 4, 10, QLatin1Char('0')), district,
                                       district + QStringLiteral("/c%1").arg(i % 7));
        v.daysPresent = 3 + static_cast<int>(random() % 25);
        v.spotCheckItems = 5 + random() % 40;
        v.spotCheckMisses = random() % 4;
        v.decisionsApproved = random() % 50;
        v.decisionsReturned = random() % 5;
        v.realCorrections = random() % 100;
        v.writingDifferences = random() % 100;
        v.duplicatesFound = random() % 10;
        for (int decade : {1970, 1990, 2010}) {
            work(v, decade, 100 + random() % 900, 3600 + random() % (20 * 3600));
        }
        out.push_back(v);
    }
    for (std::size_t i = 0; i + 1 < out.size(); i += 2) {
        for (const WorkCell& cell : out[i].cells) {
            pairs.push_back({out[i].person, out[i + 1].person, cell.district, out[i].commune, cell.registerType,
                             cell.bookDecade, cell.entries, cell.workingSeconds,
                             static_cast<std::int64_t>(random() % 20)});
        }
    }
    return out;
}

TEST(EvaluationRank, ShuffledInputGivesTheSameRankingAndByteIdenticalJson) {
    std::vector<PairWork> pairs;
    std::vector<VolunteerMetrics> volunteers = population(90, pairs, 7);
    const AwardRules& rules = defaultAwardRules();
    const auto first = rank(volunteers, pairs, rules);
    const QByteArray json = toJson(first, shortlist(first, rules));
    std::mt19937 random(11);
    for (int round = 0; round < 3; ++round) {
        std::shuffle(volunteers.begin(), volunteers.end(), random);
        std::shuffle(pairs.begin(), pairs.end(), random);
        for (VolunteerMetrics& v : volunteers) {
            std::shuffle(v.cells.begin(), v.cells.end(), random);
        }
        const auto again = rank(volunteers, pairs, rules);
        ASSERT_EQ(again.size(), first.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            EXPECT_EQ(again[i].metrics.person, first[i].metrics.person);
        }
        EXPECT_EQ(toJson(again, shortlist(again, rules)), json);
    }
    // Scores are in thousandths: the JSON never holds more than 3 decimals.
    const QJsonArray listed = QJsonDocument::fromJson(json).object().value(QStringLiteral("volunteers")).toArray();
    ASSERT_EQ(listed.size(), 90);
    for (const QJsonValue& v : listed) {
        const double s = v.toObject().value(QStringLiteral("score")).toDouble();
        EXPECT_DOUBLE_EQ(std::round(s * 1000) / 1000, s);
    }
}

TEST(EvaluationScore, HostileCountsNeitherOverflowNorCrash) {
    constexpr std::int64_t huge = std::numeric_limits<std::int64_t>::max();
    VolunteerMetrics v = volunteer(QStringLiteral("p-1"));
    v.realCorrections = huge;
    v.duplicatesFound = -5;
    v.decisionsApproved = huge;
    v.decisionsReturned = huge;
    v.spotCheckItems = huge;
    v.spotCheckMisses = -1;
    v.cells = {{QStringLiteral("Dĩ An"), kBirth, 1990, huge, huge}, {QStringLiteral("Dĩ An"), kBirth, 1990, huge, -1}};
    std::vector<PairWork> pairs;
    for (int i = 0; i < 100; ++i) {
        pairs.push_back(
            pair(QStringLiteral("o%1").arg(i), QStringLiteral("p-1"), QStringLiteral("Dĩ An"), 1990, huge, huge, huge));
    }
    pairs.push_back(pair(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("Dĩ An"), 1990, 10, 0));
    const auto ranked = rank({v}, pairs, defaultAwardRules());
    ASSERT_EQ(ranked.size(), 1u);
    EXPECT_GE(ranked[0].scoreMilli, 0);
    EXPECT_TRUE(std::isfinite(ranked[0].standardHours));
    EXPECT_FALSE(ranked[0].eligible); // half of the decisions returned
    EXPECT_FALSE(toJson(ranked, shortlist(ranked, defaultAwardRules())).isEmpty());
    EXPECT_TRUE(suspicious({v}, ComparisonIndex(pairs), defaultAwardRules()).size() <= 1);
}

// ---- shortlist and explanation ----

TEST(EvaluationShortlist, TopNPerDistrictAndForTheProvinceEligibleOnly) {
    AwardRules rules;
    rules.weights = {0, 1, 0, 0, 0};
    rules.shortlist = {2, 3};
    std::vector<VolunteerMetrics> vs;
    const QString a = QStringLiteral("A"), b = QStringLiteral("B");
    for (int i = 0; i < 4; ++i) {
        VolunteerMetrics v = volunteer(QStringLiteral("a-%1").arg(i), a);
        v.realCorrections = 100 - i;
        vs.push_back(v);
        VolunteerMetrics w = volunteer(QStringLiteral("b-%1").arg(i), b);
        w.realCorrections = 50 - i;
        vs.push_back(w);
    }
    vs[0].spotCheckMisses = 10; // a-0, the best score, fails the gate
    const auto ranked = rank(vs, {}, rules);
    const Shortlist list = shortlist(ranked, rules);
    EXPECT_EQ(list.province,
              (std::vector<QString>{QStringLiteral("a-1"), QStringLiteral("a-2"), QStringLiteral("a-3")}));
    ASSERT_EQ(list.districts.size(), 2u);
    EXPECT_EQ(list.districts[0].first, a);
    EXPECT_EQ(list.districts[0].second, (std::vector<QString>{QStringLiteral("a-1"), QStringLiteral("a-2")}));
    EXPECT_EQ(list.districts[1].second, (std::vector<QString>{QStringLiteral("b-0"), QStringLiteral("b-1")}));
    EXPECT_EQ(reasons(explain(find(ranked, QStringLiteral("b-2")), list)),
              QStringList{QStringLiteral("below_shortlist")});
    EXPECT_TRUE(reasons(explain(find(ranked, QStringLiteral("a-3")), list)).isEmpty()); // province list only
    EXPECT_EQ(reasons(explain(find(ranked, QStringLiteral("a-0")), list)),
              QStringList{QStringLiteral("gate.miss_rate")});
}

TEST(EvaluationExplain, HoldsTheNumbersBehindTheScore) {
    VolunteerMetrics v = volunteer(QStringLiteral("p-1"));
    v.realCorrections = 12;
    v.writingDifferences = 7;
    v.spotCheckMisses = 1;
    v.spotCheckItems = 29;
    work(v, 1990, 300, 5 * 3600);
    const std::vector<PairWork> pairs{
        pair(QStringLiteral("o1"), QStringLiteral("o2"), QStringLiteral("Dĩ An"), 1990, 300, 6 * 3600)};
    const auto ranked = rank({v}, pairs, defaultAwardRules());
    const QJsonObject e = explain(ranked[0], shortlist(ranked, defaultAwardRules()));
    EXPECT_EQ(e.value(QStringLiteral("tier")).toString(), QStringLiteral("completed"));
    EXPECT_DOUBLE_EQ(e.value(QStringLiteral("standardHours")).toDouble(), 6.0); // 300 at the others' 50 an hour
    EXPECT_DOUBLE_EQ(e.value(QStringLiteral("score")).toDouble(), 7.2);         // 6 + 12 × 0.1
    EXPECT_DOUBLE_EQ(e.value(QStringLiteral("missRateHigh")).toDouble(), 0.172);
    const QJsonObject m = e.value(QStringLiteral("metrics")).toObject();
    EXPECT_EQ(m.value(QStringLiteral("realCorrections")).toInt(), 12);
    EXPECT_EQ(m.value(QStringLiteral("writingDifferences")).toInt(), 7);
    EXPECT_EQ(m.value(QStringLiteral("entries")).toInt(), 300);
    EXPECT_DOUBLE_EQ(m.value(QStringLiteral("entriesPerHour")).toDouble(), 60.0); // their own pace, for the office
    EXPECT_TRUE(e.value(QStringLiteral("shortlisted")).toBool());
}

// ---- the parser ----

TEST(EvaluationRules, EmptyGivesTheDefaultsAndKeysOverrideOneByOne) {
    const auto parsed = parseAwardRules({});
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value().gate.maxMissRateUpper, 0.30);
    EXPECT_EQ(parsed.value().tiers.minDays, 5);
    const auto some = parseAwardRules(QJsonDocument::fromJson(R"({"gate": {"maxMissRateUpper": 0.2},
        "tiers": {"minDays": 3, "good": 10, "excellent": 10}, "shortlist": {"perDistrict": 3, "province": 15},
        "weights": {"standardHour": 2}, "suspicious": {"matchRun": 50}})")
                                          .object());
    ASSERT_TRUE(some.ok()) << some.error().detail.toStdString();
    EXPECT_EQ(some.value().gate.maxMissRateUpper, 0.2);
    EXPECT_EQ(some.value().gate.minSpotCheckItems, 10);
    EXPECT_EQ(some.value().tiers.minDays, 3);
    EXPECT_EQ(some.value().shortlist.province, 15);
    EXPECT_EQ(some.value().weights.standardHour, 2.0);
    EXPECT_EQ(some.value().weights.realCorrection, 0.1);
    EXPECT_EQ(some.value().suspicious.matchRun, 50);
}

struct Refusal {
    const char* name;
    const char* json; // the "awards" object; NaN/infinity are put in by the test itself
    const char* detail;
};

class EvaluationRulesRefusal : public ::testing::TestWithParam<Refusal> {};

TEST_P(EvaluationRulesRefusal, IsRefusedNamingTheKey) {
    const QJsonObject awards = QJsonDocument::fromJson(GetParam().json).object();
    const auto parsed = parseAwardRules(awards);
    ASSERT_FALSE(parsed.ok()) << GetParam().name;
    EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(parsed.error().detail.contains(QString::fromUtf8(GetParam().detail)))
        << parsed.error().detail.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    OnePerRefusal, EvaluationRulesRefusal,
    ::testing::Values(
        Refusal{"unknown top key", R"({"prizes": {}})", "awards: unknown key \"prizes\""},
        Refusal{"unknown nested key", R"({"gate": {"maxMissRate": 0.1}})", "awards.gate: unknown key"},
        Refusal{"section not an object", R"({"gate": [0.1]})", "awards.gate: must be an object"},
        Refusal{"string for a number", R"({"gate": {"maxMissRateUpper": "0.1"}})",
                "awards.gate.maxMissRateUpper: must be a number"},
        Refusal{"boolean for a number", R"({"tiers": {"minDays": true}})", "awards.tiers.minDays: must be a number"},
        Refusal{"null for a number", R"({"weights": {"standardHour": null}})",
                "awards.weights.standardHour: must be a number"},
        Refusal{"negative weight", R"({"weights": {"realCorrection": -0.1}})",
                "awards.weights.realCorrection: must not be negative"},
        Refusal{"negative days", R"({"tiers": {"minDays": -1}})", "awards.tiers.minDays: must not be negative"},
        Refusal{"rate above 1", R"({"gate": {"maxReturnedShare": 1.5}})",
                "awards.gate.maxReturnedShare: must be a number from 0 to 1"},
        Refusal{"days beyond a year", R"({"tiers": {"minDays": 400}})", "awards.tiers.minDays: must be a number from"},
        Refusal{"fractional count", R"({"shortlist": {"province": 2.5}})",
                "awards.shortlist.province: must be a whole number"},
        Refusal{"huge count", R"({"shortlist": {"perDistrict": 1e300}})", "awards.shortlist.perDistrict: must be"},
        Refusal{"excellent below good", R"({"tiers": {"good": 50, "excellent": 40}})",
                "awards.tiers.excellent: must not be below awards.tiers.good"},
        Refusal{"speed factor below 1", R"({"suspicious": {"speedFactor": 0.5}})",
                "awards.suspicious.speedFactor: must be a number from 1 to 100"}));

TEST(EvaluationRules, NanAndInfinityAreRefused) {
    for (const double bad : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                             -std::numeric_limits<double>::infinity()}) {
        const QJsonObject awards{{QStringLiteral("gate"), QJsonObject{{QStringLiteral("maxMissRateUpper"), bad}}}};
        const auto parsed = parseAwardRules(awards);
        ASSERT_FALSE(parsed.ok()) << bad;
        EXPECT_TRUE(parsed.error().detail.startsWith(QStringLiteral("awards.gate.maxMissRateUpper: must be")))
            << parsed.error().detail.toStdString();
    }
}

// ---- the private patterns ----

TEST(EvaluationSuspicious, EachPatternAtItsThresholdAndNoneForOrdinaryWork) {
    const QString d = QStringLiteral("Dĩ An"), c = QStringLiteral("Dĩ An/An Bình");
    // The commune's other pairs: 30 entries an hour, 10 % of entries corrected.
    const std::vector<PairWork> pairs{pair(QStringLiteral("o1"), QStringLiteral("o2"), d, 1990, 300, 10 * 3600, 30, c)};
    const ComparisonIndex groups(pairs);
    VolunteerMetrics ordinary = volunteer(QStringLiteral("p-ok"), d, c);
    work(ordinary, 1990, 300, 8 * 3600);
    ordinary.longestMatchRun = 199;
    ordinary.voids = 9;
    VolunteerMetrics fast = volunteer(QStringLiteral("p-fast"), d, c);
    work(fast, 1990, 910, 10 * 3600); // 91 an hour > 3 × 30
    VolunteerMetrics matcher = volunteer(QStringLiteral("p-match"), d, c);
    work(matcher, 1990, 300, 8 * 3600);
    matcher.longestMatchRun = 200;
    VolunteerMetrics changer = volunteer(QStringLiteral("p-void"), d, c);
    work(changer, 1990, 300, 8 * 3600);
    changer.voids = 10;
    changer.amendments = 6; // 16 of 300 > 5 %
    const auto found = suspicious({ordinary, fast, matcher, changer}, groups, defaultAwardRules());
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].person, QStringLiteral("p-fast"));
    EXPECT_EQ(found[0].patterns, QStringList{QStringLiteral("speed")});
    EXPECT_EQ(found[1].person, QStringLiteral("p-match"));
    EXPECT_EQ(found[1].patterns, QStringList{QStringLiteral("match_run")});
    EXPECT_EQ(found[2].person, QStringLiteral("p-void"));
    EXPECT_EQ(found[2].patterns, QStringList{QStringLiteral("voids_amendments")});
    // A commune whose others rarely correct: a long run of "match" is expected there.
    const std::vector<PairWork> clean{pair(QStringLiteral("o1"), QStringLiteral("o2"), d, 1990, 300, 10 * 3600, 3, c)};
    EXPECT_TRUE(suspicious({matcher}, ComparisonIndex(clean), defaultAwardRules()).empty());
}

} // namespace
