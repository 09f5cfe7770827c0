// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Spot-checks (size, reproducible draw, confirm and miss, miss rates) and the reports, against a commune whose
// counts are known.
#include "core/services/ReportService.h"
#include "core/services/ReportTables.h"
#include "core/services/ReviewService.h"
#include "core/services/SpotCheckService.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "crypto/Random.h"
#include "tests/core/ReviewSite.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <set>

using namespace dc::core;

namespace {

int auditCount(Session& session, const QString& action) {
    auto s = session.database().prepare("SELECT count(*) FROM audit_events WHERE action = ?1");
    s.bind(1, action);
    return s.step() ? s.integer(0) : -1;
}

TEST(SpotCheckSize, FivePercentAtLeastThreeNeverMoreThanThereAre) {
    const SpotCheckPolicy policy;
    EXPECT_EQ(SpotCheckService::sampleSize(0, policy), 0);
    EXPECT_EQ(SpotCheckService::sampleSize(2, policy), 2);
    EXPECT_EQ(SpotCheckService::sampleSize(3, policy), 3);
    EXPECT_EQ(SpotCheckService::sampleSize(10, policy), 3);
    EXPECT_EQ(SpotCheckService::sampleSize(60, policy), 3);
    EXPECT_EQ(SpotCheckService::sampleSize(61, policy), 4); // 3.05 rounds up
    EXPECT_EQ(SpotCheckService::sampleSize(400, policy), 20);
    EXPECT_EQ(SpotCheckService::sampleSize(400, SpotCheckPolicy{100, 3}), 40);
}

TEST(SpotCheckDraw, TheSameSeedDrawsTheSameEntriesWhateverTheirOrder) {
    std::vector<QString> uuids;
    for (int i = 0; i < 200; ++i) {
        uuids.push_back(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
    }
    const QByteArray seed("5f1c0e7a9b3d2c4e6f8a0b1c2d3e4f50");
    const auto first = SpotCheckService::drawSample(seed, uuids, 10);
    ASSERT_EQ(first.size(), 10u);
    EXPECT_EQ(std::set<QString>(first.begin(), first.end()).size(), 10u);
    std::reverse(uuids.begin(), uuids.end());
    EXPECT_EQ(SpotCheckService::drawSample(seed, uuids, 10), first);
    EXPECT_NE(SpotCheckService::drawSample(QByteArray("another seed"), uuids, 10), first);
    EXPECT_EQ(SpotCheckService::drawSample(seed, uuids, 500).size(), uuids.size());
}

class SpotCheckServiceTest : public dc::test::ReviewSite {};

TEST_F(SpotCheckServiceTest, OnlySupervisorsDrawAndDecide) {
    log(*pair, 1);
    EXPECT_EQ(SpotCheckService::drawDay(*pair, QDate(2022, 12, 5)).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(SpotCheckService::missRates(*pair, QDate(2022, 12, 5), QDate(2022, 12, 5)).error().code,
              ErrorCode::NotPermitted);
    auto drawn = SpotCheckService::drawDay(*supervisor, QDate(2022, 12, 5));
    ASSERT_TRUE(drawn.ok());
    ASSERT_EQ(drawn->size(), 1u);
    const qint64 item = drawn->at(0).items.at(0).itemId;
    EXPECT_EQ(SpotCheckService::confirm(*other, item).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(SpotCheckService::missed(*pair, item,
                                       {QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")})
                  .error()
                  .code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(auditCount(*supervisor, QStringLiteral("spotcheck.confirmed")), 0);
}

TEST_F(SpotCheckServiceTest, EachPairsMatchesAreSampledAndTheDrawCanBeReproducedFromItsSeed) {
    std::vector<QString> pairMatches;
    for (int n = 1; n <= 10; ++n) {
        pairMatches.push_back(log(*pair, n).uuid);
    }
    log(*pair, 11, Outcome::Corrected); // not a match: reviewed, not spot-checked
    log(*other, 20);
    log(*other, 21);
    *now = now->addDays(1);
    log(*other, 22); // another day

    auto drawn = SpotCheckService::drawDay(*supervisor, QDate(2022, 12, 5));
    ASSERT_TRUE(drawn.ok());
    ASSERT_EQ(drawn->size(), 2u);
    const SpotSample& ours =
        drawn->at(0).firstUser == QStringLiteral("lan") || drawn->at(0).secondUser == QStringLiteral("lan")
            ? drawn->at(0)
            : drawn->at(1);
    const SpotSample& theirs = &ours == &drawn->at(0) ? drawn->at(1) : drawn->at(0);
    EXPECT_EQ(ours.population, 10);
    EXPECT_EQ(ours.items.size(), 3u); // 5 % of 10 is less than the minimum of 3
    EXPECT_EQ(theirs.population, 2);
    EXPECT_EQ(theirs.items.size(), 2u);
    EXPECT_EQ(ours.day, QStringLiteral("2022-12-05"));
    EXPECT_EQ(ours.seed.size(), 32); // 128 bits, hex

    // Reproduce: the recorded seed over the day's matches gives the same entries.
    std::vector<QString> drawnUuids;
    for (const SpotItem& item : ours.items) {
        EXPECT_EQ(item.check.outcome, Outcome::Match);
        EXPECT_EQ(item.result, SpotResult::Pending);
        drawnUuids.push_back(item.check.uuid);
    }
    auto reproduced = SpotCheckService::drawSample(ours.seed.toLatin1(), pairMatches, 3);
    std::sort(reproduced.begin(), reproduced.end());
    std::sort(drawnUuids.begin(), drawnUuids.end());
    EXPECT_EQ(reproduced, drawnUuids);

    // Drawing again the same day returns what was drawn; the draw is an audit event carrying the seed.
    auto again = SpotCheckService::drawDay(*supervisor, QDate(2022, 12, 5));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->at(0).seed, drawn->at(0).seed);
    EXPECT_EQ(again->at(0).items.size(), drawn->at(0).items.size());
    auto events = supervisor->database().prepare("SELECT details FROM audit_events WHERE action = 'spotcheck.drawn'");
    QStringList seeds;
    while (events.step()) {
        seeds << QJsonDocument::fromJson(events.text(0).toUtf8()).object().value(QStringLiteral("seed")).toString();
    }
    EXPECT_EQ(seeds.size(), 2);
    EXPECT_TRUE(seeds.contains(ours.seed));
}

TEST_F(SpotCheckServiceTest, ConfirmedAndMissedGiveMissRatesWithWilsonIntervals) {
    for (int n = 1; n <= 4; ++n) {
        log(*pair, n);
    }
    auto drawn = SpotCheckService::drawDay(*supervisor, QDate(2022, 12, 5));
    ASSERT_TRUE(drawn.ok());
    ASSERT_EQ(drawn->size(), 1u);
    const auto& items = drawn->at(0).items;
    ASSERT_EQ(items.size(), 3u);

    // a writing difference, or equal values, is not a miss
    auto notAMiss = SpotCheckService::missed(
        *supervisor, items[0].itemId,
        {QStringLiteral("mother.full_name"), QStringLiteral("Trần Thị Hoà"), QStringLiteral("Trần Thị Hòa")});
    ASSERT_FALSE(notAMiss.ok());
    EXPECT_EQ(notAMiss.error().findings.at(0).code, QStringLiteral("spotcheck.no_correction_needed"));
    EXPECT_EQ(SpotCheckService::missed(
                  *supervisor, items[0].itemId,
                  {QStringLiteral("subject.birth_date"), QStringLiteral("01/02/1998"), QStringLiteral("31/02/1998")})
                  .error()
                  .code,
              ErrorCode::InvalidEntry);
    EXPECT_EQ(SpotCheckService::missed(*supervisor, items[0].itemId,
                                       {QStringLiteral("husband.full_name"), QStringLiteral("A"), QStringLiteral("B")})
                  .error()
                  .code,
              ErrorCode::InvalidEntry);

    auto miss = SpotCheckService::missed(
        *supervisor, items[0].itemId,
        {QStringLiteral("subject.birth_date"), QStringLiteral("03/05/1998"), QStringLiteral("05/03/1998")},
        QStringLiteral("Sổ ghi 05/03"));
    ASSERT_TRUE(miss.ok());
    EXPECT_EQ(miss->result, SpotResult::Missed);
    EXPECT_EQ(miss->correctionClass, QStringLiteral("date_day_month_swap"));
    ASSERT_TRUE(SpotCheckService::confirm(*supervisor, items[1].itemId).ok());
    ASSERT_TRUE(SpotCheckService::confirm(*supervisor, items[2].itemId).ok());
    EXPECT_EQ(SpotCheckService::confirm(*supervisor, 987654).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(auditCount(*supervisor, QStringLiteral("spotcheck.missed")), 1);
    EXPECT_EQ(auditCount(*supervisor, QStringLiteral("spotcheck.confirmed")), 2);

    auto rates = SpotCheckService::missRates(*supervisor, QDate(2022, 12, 1), QDate(2022, 12, 31));
    ASSERT_TRUE(rates.ok());
    ASSERT_EQ(rates->pairs.size(), 1u);
    EXPECT_EQ(rates->pairs[0].sampled, 3);
    EXPECT_EQ(rates->pairs[0].missed, 1);
    // 1 of 3: Wilson 95 % interval [0.0615, 0.7923]
    EXPECT_NEAR(rates->pairs[0].estimate.rate, 1.0 / 3.0, 1e-9);
    EXPECT_NEAR(rates->pairs[0].estimate.low, 0.0615, 5e-4);
    EXPECT_NEAR(rates->pairs[0].estimate.high, 0.7923, 5e-4);
    ASSERT_EQ(rates->volunteers.size(), 2u);
    EXPECT_EQ(rates->volunteers[0].who, QStringLiteral("lan"));
    EXPECT_EQ(rates->volunteers[0].missed, 1);
    EXPECT_EQ(rates->volunteers[1].who, QStringLiteral("minh"));
    EXPECT_EQ(rates->volunteers[1].sampled, 3);
    // outside the period: nothing
    auto before = SpotCheckService::missRates(*supervisor, QDate(2022, 11, 1), QDate(2022, 11, 30));
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(before->pairs.empty());
    EXPECT_EQ(SpotCheckService::missRates(*supervisor, QDate(2022, 12, 31), QDate(2022, 12, 1)).error().code,
              ErrorCode::InvalidInput);
}

// The commune with known counts:
//   05/12  lan+minh: entries 1–4 match, 5 corrected (name, a diacritic), 6 "corrected" with only a tone placement
//                    (logged as a match); hoa+tuan: 7 new, 8 escalated, 9 corrected (name diacritic, birth date
//                    day/month swap, mother's name tone placement).
//   06/12  lan+minh: 10, 11, 12 match, then 12 voided; entry 1 amended (still counts on 05/12).
//   The supervisor returns entry 5.
class ReportServiceTest : public dc::test::ReviewSite {
protected:
    qint64 returned = 0;

    void SetUp() override {
        ReviewSite::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        for (int n = 1; n <= 4; ++n) {
            log(*pair, n);
        }
        returned = log(*pair, 5, Outcome::Corrected).id;
        CheckInput writing = entry(book, 6, Outcome::Corrected);
        writing.corrections = {
            {QStringLiteral("mother.full_name"), QStringLiteral("Trần Thị Hoà"), QStringLiteral("Trần Thị Hòa")}};
        ASSERT_TRUE(LogService::logCheck(*pair, writing).ok());
        log(*other, 7, Outcome::MissingEnteredNew);
        log(*other, 8, Outcome::Escalated);
        CheckInput three = entry(book, 9, Outcome::Corrected);
        three.subjectName = QStringLiteral("Phạm Văn Đức");
        three.corrections = {
            {QStringLiteral("subject.full_name"), QStringLiteral("Pham Van Duc"), QStringLiteral("Phạm Văn Đức")},
            {QStringLiteral("subject.birth_date"), QStringLiteral("03/05/1998"), QStringLiteral("05/03/1998")},
            {QStringLiteral("mother.full_name"), QStringLiteral("Lê Thị Thuỷ"), QStringLiteral("Lê Thị Thủy")}};
        ASSERT_TRUE(LogService::logCheck(*other, three).ok());
        *now = now->addDays(1);
        log(*pair, 10);
        log(*pair, 11);
        const LoggedCheck twelve = log(*pair, 12);
        ASSERT_TRUE(LogService::voidCheck(*pair, twelve.id, QStringLiteral("Ghi nhầm số")).ok());
        auto first = LogService::currentCheck(*pair, book, 1);
        ASSERT_TRUE(first.ok() && first->has_value());
        ASSERT_TRUE(
            LogService::amendCheck(*pair, first.value()->id, entry(book, 1), QStringLiteral("Sửa ngày đăng ký")).ok());
        ASSERT_TRUE(
            ReviewService::decide(*supervisor, returned, ReviewDecision::Return, QStringLiteral("Xem lại tên")).ok());
    }
    const ReportRange week{QDate(2022, 12, 5), QDate(2022, 12, 7)};
};

TEST_F(ReportServiceTest, OnlySupervisorsSeeReportsAndRangesMustMakeSense) {
    EXPECT_EQ(ReportService::progress(*pair, week).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(ReportService::volunteers(*other, week).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(buildReport(*pair, {QStringLiteral("corrections"), week}, domain::Language::Vietnamese).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(ReportService::progress(*supervisor, {QDate(2022, 12, 7), QDate(2022, 12, 5)}).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(ReportService::corrections(*supervisor, {QDate(), QDate(2022, 12, 5)}).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(buildReport(*supervisor, {QStringLiteral("salaries"), week}, domain::Language::English).error().code,
              ErrorCode::InvalidInput);
}

TEST_F(ReportServiceTest, ProgressCountsEachEntryOnTheDayItWasFirstLogged) {
    auto report = ReportService::progress(*supervisor, week);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->dailyTarget, ReportService::kDefaultDailyTarget);
    EXPECT_EQ(report->total, 11); // 12 entries, one voided
    ASSERT_EQ(report->days.size(), 3u);
    EXPECT_EQ(report->days[0].logged, 9);
    EXPECT_EQ(report->days[1].logged, 2);
    EXPECT_EQ(report->days[2].logged, 0);
    ASSERT_EQ(report->rows.size(), 2u);
    EXPECT_EQ(report->rows[0].book, QStringLiteral("Khai sinh 01/1998"));
    EXPECT_EQ(ReportService::progress(*supervisor, week, 250)->dailyTarget, 250);
    auto oneDay = ReportService::progress(*supervisor, {QDate(2022, 12, 6), QDate(2022, 12, 6)});
    ASSERT_TRUE(oneDay.ok());
    EXPECT_EQ(oneDay->total, 2);
}

TEST_F(ReportServiceTest, CorrectionsAreCountedByFieldAndClassWritingDifferencesApart) {
    auto report = ReportService::corrections(*supervisor, week);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->errorsFound, 3);        // entry 5's name; entry 9's name and birth date
    EXPECT_EQ(report->writingDifferences, 2); // entries 6 and 9, the mothers' names
    int nameDiacritics = 0;
    int swaps = 0;
    for (const auto& row : report->rows) {
        if (row.fieldKey == QStringLiteral("subject.full_name") && row.correctionClass == QStringLiteral("diacritic")) {
            nameDiacritics = row.count;
            EXPECT_FALSE(row.writingDifference);
        }
        if (row.correctionClass == QStringLiteral("date_day_month_swap")) {
            swaps = row.count;
        }
        if (row.correctionClass == QStringLiteral("tone_placement")) {
            EXPECT_TRUE(row.writingDifference);
            EXPECT_EQ(row.fieldLabel, QStringLiteral("Họ, chữ đệm và tên mẹ"));
        }
    }
    EXPECT_EQ(nameDiacritics, 2);
    EXPECT_EQ(swaps, 1);
}

TEST_F(ReportServiceTest, VolunteersActivityIsDeidentifiedByDefault) {
    auto report = ReportService::volunteers(*supervisor, week);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->rows.size(), 4u); // hoa, lan, minh, tuan
    const auto row = [&](const char* user) {
        for (const auto& r : report->rows) {
            if (r.userName == QLatin1String(user)) {
                return r;
            }
        }
        ADD_FAILURE() << "no row for " << user;
        return VolunteersReport::Row{};
    };
    EXPECT_EQ(row("lan").read, 8); // 1–6, 10, 11
    EXPECT_EQ(row("lan").checked, 0);
    EXPECT_EQ(row("minh").checked, 8);
    EXPECT_EQ(row("minh").corrections, 1);
    EXPECT_EQ(row("tuan").checked, 3);
    EXPECT_EQ(row("tuan").corrections, 2);
    EXPECT_EQ(row("hoa").read, 3);
    EXPECT_EQ(row("lan").returns, 1);
    EXPECT_EQ(row("minh").returns, 1);
    EXPECT_EQ(row("hoa").returns, 0);
    EXPECT_EQ(row("lan").rechecks, 1); // entry 1, amended
    EXPECT_EQ(row("hoa").rechecks, 0);
    EXPECT_EQ(row("lan").displayName, QStringLiteral("N. T. L."));
    EXPECT_EQ(row("hoa").displayName, QStringLiteral("Đ. T. H."));
    EXPECT_TRUE(report->header.deidentified);
    auto named = ReportService::volunteers(*supervisor, week, false);
    ASSERT_TRUE(named.ok());
    const auto lan = std::find_if(named->rows.begin(), named->rows.end(),
                                  [](const auto& r) { return r.userName == QLatin1String("lan"); });
    ASSERT_NE(lan, named->rows.end());
    EXPECT_EQ(lan->displayName, QStringLiteral("Nguyễn Thị Lan"));
}

// Who is credited for what when a returned entry is re-checked by someone else: the first pair's reading, checking and
// corrections stay theirs; each re-check counts once, as a re-check, for its own reader and checker. Entry 5 (lan read,
// minh checked, one correction) was returned; hoa + tuan re-check it, then lan + minh with the roles swapped (F9).
TEST_F(ReportServiceTest, ARecheckIsCreditedAsARecheckAndTheOriginalWorkStaysWithThoseWhoDidIt) {
    const auto recheck = [&](Session& by, const QString& reason) {
        auto current = LogService::currentCheck(by, book, 5);
        ASSERT_TRUE(current.ok() && current->has_value());
        ASSERT_TRUE(LogService::amendCheck(by, current.value()->id, entry(book, 5, Outcome::Corrected), reason).ok());
    };
    recheck(*other, QStringLiteral("Đã đối chiếu lại với sổ"));
    ASSERT_TRUE(WorkSessionService::swapRoles(*pair).ok()); // minh reads, lan checks
    recheck(*pair, QStringLiteral("Kiểm tra lại lần nữa"));

    auto report = ReportService::volunteers(*supervisor, week);
    ASSERT_TRUE(report.ok());
    QHash<QString, VolunteersReport::Row> rows;
    for (const auto& r : report->rows) {
        rows.insert(r.userName, r);
    }
    // the original work: entry 5 stays lan's reading and minh's check and correction
    EXPECT_EQ(rows[QStringLiteral("lan")].read, 8);
    EXPECT_EQ(rows[QStringLiteral("lan")].checked, 0);
    EXPECT_EQ(rows[QStringLiteral("lan")].corrections, 0);
    EXPECT_EQ(rows[QStringLiteral("minh")].read, 0);
    EXPECT_EQ(rows[QStringLiteral("minh")].checked, 8);
    EXPECT_EQ(rows[QStringLiteral("minh")].corrections, 1);
    EXPECT_EQ(rows[QStringLiteral("hoa")].read, 3);
    EXPECT_EQ(rows[QStringLiteral("tuan")].checked, 3);
    EXPECT_EQ(rows[QStringLiteral("tuan")].corrections, 2); // entry 9's, not entry 5's
    // the re-checks: one each for hoa and tuan; lan and minh amended entry 1 and re-checked entry 5
    EXPECT_EQ(rows[QStringLiteral("hoa")].rechecks, 1);
    EXPECT_EQ(rows[QStringLiteral("tuan")].rechecks, 1);
    EXPECT_EQ(rows[QStringLiteral("lan")].rechecks, 2);
    EXPECT_EQ(rows[QStringLiteral("minh")].rechecks, 2);
    // the return stays with the pair whose row was returned
    EXPECT_EQ(rows[QStringLiteral("lan")].returns, 1);
    EXPECT_EQ(rows[QStringLiteral("hoa")].returns, 0);
    EXPECT_EQ(rows[QStringLiteral("tuan")].returns, 0);
    // and the progress still counts entry 5 once, on its first day
    auto progress = ReportService::progress(*supervisor, week);
    ASSERT_TRUE(progress.ok());
    EXPECT_EQ(progress->total, 11);
}

TEST_F(ReportServiceTest, SpotCheckMissesAreListedMaskedByDefault) {
    auto drawn = SpotCheckService::drawDay(*supervisor, QDate(2022, 12, 5));
    ASSERT_TRUE(drawn.ok());
    const SpotItem& item = drawn->at(0).items.at(0);
    ASSERT_TRUE(SpotCheckService::missed(*supervisor, item.itemId,
                                         {QStringLiteral("father.full_name"), QStringLiteral("Nguyen Van Ba"),
                                          QStringLiteral("Nguyễn Văn Ba")})
                    .ok());
    auto masked = ReportService::spotChecks(*supervisor, week);
    ASSERT_TRUE(masked.ok());
    ASSERT_EQ(masked->misses.size(), 1u);
    EXPECT_EQ(masked->misses[0].subjectName, QStringLiteral("N. T. H."));
    EXPECT_EQ(masked->misses[0].after, QStringLiteral("N. V. B."));
    EXPECT_EQ(masked->misses[0].correctionClass, QStringLiteral("diacritic"));
    auto named = ReportService::spotChecks(*supervisor, week, false);
    ASSERT_TRUE(named.ok());
    EXPECT_EQ(named->misses[0].subjectName, QStringLiteral("Nguyễn Thị Hồng"));
    EXPECT_EQ(named->misses[0].after, QStringLiteral("Nguyễn Văn Ba"));

    const ReportDocument doc = documentOf(masked.value(), domain::Language::Vietnamese);
    ASSERT_EQ(doc.tables.size(), 3);
    EXPECT_EQ(doc.tables[2].rows.at(0).at(3), QStringLiteral("N. T. H."));
    EXPECT_FALSE(QJsonDocument(doc.data).toJson().contains("Nguyễn"));
}

TEST_F(ReportServiceTest, DocumentsCarryTheNumbersInBothLanguages) {
    auto vi = buildReport(*supervisor, {QStringLiteral("progress"), week}, domain::Language::Vietnamese);
    ASSERT_TRUE(vi.ok());
    EXPECT_EQ(vi->title, QStringLiteral("Tiến độ đối chiếu"));
    EXPECT_EQ(vi->site, supervisor->siteName());
    EXPECT_EQ(vi->data.value(QStringLiteral("total")).toInt(), 11);
    auto en = buildReport(*supervisor, {QStringLiteral("corrections"), week}, domain::Language::English);
    ASSERT_TRUE(en.ok());
    EXPECT_EQ(en->title, QStringLiteral("Corrections by field and class"));
    for (const QString& kind : reportKinds()) {
        for (const auto language : {domain::Language::Vietnamese, domain::Language::English}) {
            auto doc = buildReport(*supervisor, {kind, week}, language);
            ASSERT_TRUE(doc.ok()) << kind.toStdString();
            for (const ReportTable& table : doc->tables) {
                for (const QString& column : table.columns) {
                    EXPECT_FALSE(column.isEmpty() || column.startsWith(QStringLiteral("col."))) << kind.toStdString();
                }
                for (const QStringList& row : table.rows) {
                    EXPECT_EQ(row.size(), table.columns.size()) << kind.toStdString();
                }
            }
        }
    }
}

// Issue 12: de-identified reports still named the volunteers by their user names ("lan", "lan + minh"); numbers
// and words did not follow the report's language. One test: the commune is costly to make.
TEST_F(ReportServiceTest, DeidentifiedReportsShowCodesAndEveryReportSpeaksItsLanguage) {
    const QStringList userNames{QStringLiteral("lan"), QStringLiteral("minh"), QStringLiteral("hoa"),
                                QStringLiteral("tuan")};
    // Every cell of every table, every fact and the JSON: no user name, no display name.
    const auto expectNoNames = [&](const ReportDocument& doc) {
        for (const ReportTable& table : doc.tables) {
            for (const QStringList& row : table.rows) {
                for (const QString& cell : row) {
                    for (const QString& name : userNames) {
                        EXPECT_FALSE(cell.split(u' ').contains(name)) << cell.toStdString();
                    }
                }
            }
        }
        const QByteArray json = QJsonDocument(doc.data).toJson();
        for (const QString& name : userNames) {
            EXPECT_FALSE(json.contains(('"' + name + '"').toUtf8())) << json.toStdString();
            EXPECT_FALSE(json.contains((name + QStringLiteral(" + ")).toUtf8())) << json.toStdString();
        }
        EXPECT_FALSE(json.contains("Nguyễn Thị Lan"));
    };
    const QRegularExpression code(QStringLiteral("^TNV-[2-9A-HJ-NP-Z]{4}$"));

    const ReportDocument volunteers =
        buildReport(*supervisor, {QStringLiteral("volunteers"), week}, domain::Language::Vietnamese).value();
    expectNoNames(volunteers);
    QSet<QString> codes;
    for (const QStringList& row : volunteers.tables.at(0).rows) {
        EXPECT_TRUE(code.match(row.at(0)).hasMatch()) << row.at(0).toStdString();
        codes.insert(row.at(0));
    }
    EXPECT_EQ(codes.size(), 4) << "one code per person";
    // Random for each export: the next one cannot be matched to this one.
    const ReportDocument again =
        buildReport(*supervisor, {QStringLiteral("volunteers"), week}, domain::Language::Vietnamese).value();
    QSet<QString> codesAgain;
    for (const QStringList& row : again.tables.at(0).rows) {
        codesAgain.insert(row.at(0));
    }
    EXPECT_NE(codes, codesAgain);

    // Spot-checks: the pair is its two people's codes, the same codes as in the per-volunteer table and the misses.
    auto drawn = SpotCheckService::drawDay(*supervisor, QDate(2022, 12, 5));
    ASSERT_TRUE(drawn.ok());
    const auto& items = drawn->at(0).items;
    ASSERT_EQ(items.size(), 3u);
    ASSERT_TRUE(SpotCheckService::missed(
                    *supervisor, items[0].itemId,
                    {QStringLiteral("subject.birth_date"), QStringLiteral("03/05/1998"), QStringLiteral("05/03/1998")})
                    .ok());
    ASSERT_TRUE(SpotCheckService::confirm(*supervisor, items[1].itemId).ok());
    ASSERT_TRUE(SpotCheckService::confirm(*supervisor, items[2].itemId).ok());
    const ReportDocument spot =
        buildReport(*supervisor, {QStringLiteral("spot-checks"), week}, domain::Language::Vietnamese).value();
    expectNoNames(spot);
    // Nor the citizen's birth date: a miss's values are de-identified by their kind (dates as their year).
    const QByteArray spotJson = QJsonDocument(spot.data).toJson();
    EXPECT_FALSE(spotJson.contains("03/05/1998")) << spotJson.toStdString();
    EXPECT_FALSE(spotJson.contains("05/03/1998")) << spotJson.toStdString();
    EXPECT_TRUE(spotJson.contains("**/**/1998")) << spotJson.toStdString();
    ASSERT_EQ(spot.tables.size(), 3);
    ASSERT_EQ(spot.tables[0].rows.size(), 1);
    ASSERT_EQ(spot.tables[1].rows.size(), 2);
    const QString lanCode = spot.tables[1].rows[0].at(0);
    const QString minhCode = spot.tables[1].rows[1].at(0);
    EXPECT_TRUE(code.match(lanCode).hasMatch()) << lanCode.toStdString();
    EXPECT_TRUE(code.match(minhCode).hasMatch()) << minhCode.toStdString();
    EXPECT_NE(lanCode, minhCode);
    EXPECT_EQ(spot.tables[0].rows[0].at(0), lanCode + QStringLiteral(" + ") + minhCode);
    ASSERT_EQ(spot.tables[2].rows.size(), 1);
    EXPECT_EQ(spot.tables[2].rows[0].at(8), lanCode + QStringLiteral(" + ") + minhCode);

    // Identified, the user names are what the office asked for.
    const ReportDocument named =
        buildReport(*supervisor, {QStringLiteral("spot-checks"), week, std::nullopt, false}, domain::Language::English)
            .value();
    EXPECT_EQ(named.tables[0].rows[0].at(0), QStringLiteral("lan + minh"));
    const ReportDocument namedVolunteers =
        buildReport(*supervisor, {QStringLiteral("volunteers"), week, std::nullopt, false}, domain::Language::English)
            .value();
    QStringList users;
    for (const QStringList& row : namedVolunteers.tables[0].rows) {
        users.append(row.at(0));
    }
    EXPECT_TRUE(users.contains(QStringLiteral("lan"))) << users.join(u'|').toStdString();

    // Issue 12: "33.3 %" in a Vietnamese report (the screen says "33,3 %"), and English reports with Vietnamese
    // field names and book titles.
    const auto spotIn = [&](domain::Language language) {
        return buildReport(*supervisor, {QStringLiteral("spot-checks"), week}, language).value();
    };
    const ReportDocument vi = spotIn(domain::Language::Vietnamese);
    EXPECT_EQ(vi.tables[0].rows[0].at(3), QStringLiteral("33,3 %")); // 1 missed of 3
    EXPECT_EQ(vi.tables[0].rows[0].at(4), QStringLiteral("6,1 % – 79,2 %"));
    EXPECT_EQ(vi.tables[2].rows[0].at(1), QStringLiteral("Khai sinh 01/1998"));
    EXPECT_EQ(vi.tables[2].rows[0].at(4), QStringLiteral("Ngày, tháng, năm sinh"));
    const ReportDocument en = spotIn(domain::Language::English);
    EXPECT_EQ(en.tables[0].rows[0].at(3), QStringLiteral("33.3 %"));
    EXPECT_EQ(en.tables[2].rows[0].at(1), QStringLiteral("Birth 01/1998"));
    EXPECT_EQ(en.tables[2].rows[0].at(4), QStringLiteral("Date of birth"));
    EXPECT_EQ(en.tables[2].rows[0].at(7), QStringLiteral("day and month swapped"));

    const ReportDocument progress =
        buildReport(*supervisor, {QStringLiteral("progress"), week}, domain::Language::English).value();
    EXPECT_EQ(progress.tables[1].rows[0].at(1), QStringLiteral("Birth 01/1998"));
    const ReportDocument corrections =
        buildReport(*supervisor, {QStringLiteral("corrections"), week}, domain::Language::English).value();
    QStringList fields;
    for (const QStringList& row : corrections.tables[0].rows) {
        fields.append(row.at(0));
    }
    EXPECT_TRUE(fields.contains(QStringLiteral("Full name"))) << fields.join(u'|').toStdString();
    EXPECT_TRUE(fields.contains(QStringLiteral("Date of birth"))) << fields.join(u'|').toStdString();
    EXPECT_FALSE(fields.contains(QStringLiteral("Họ, chữ đệm và tên")));
}

TEST_F(ReportServiceTest, AnExportIsAuditedOnlyWhenItWasWrittenAndOnlyBySupervisors) {
    const ReportHeader header{supervisor->siteName(), QStringLiteral("volunteers"), week, {}, true};
    bool wrote = false;
    const auto write = [&wrote]() -> Result<void> {
        wrote = true;
        return {};
    };
    EXPECT_EQ(ReportService::recordExport(*pair, header, QStringLiteral("csv"), write).error().code,
              ErrorCode::NotPermitted);
    EXPECT_FALSE(wrote) << "a refused export must not write anything";
    auto failed = ReportService::recordExport(*supervisor, header, QStringLiteral("csv"), []() -> Result<void> {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot write"));
    });
    EXPECT_EQ(failed.error().code, ErrorCode::IoError);
    EXPECT_EQ(auditCount(*supervisor, QStringLiteral("report.exported")), 0);
    ASSERT_TRUE(ReportService::recordExport(*supervisor, header, QStringLiteral("csv"), write).ok());
    EXPECT_TRUE(wrote);
    auto s = supervisor->database().prepare("SELECT details FROM audit_events WHERE action = 'report.exported'");
    ASSERT_TRUE(s.step());
    const QJsonObject details = QJsonDocument::fromJson(s.text(0).toUtf8()).object();
    EXPECT_EQ(details.value(QStringLiteral("report")).toString(), QStringLiteral("volunteers"));
    EXPECT_EQ(details.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    EXPECT_TRUE(details.value(QStringLiteral("deidentified")).toBool());
}

} // namespace
