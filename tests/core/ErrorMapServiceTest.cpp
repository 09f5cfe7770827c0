// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The error map at a commune site (issue 16 part 2; core/services/ErrorMapService.h): rates and Wilson intervals over
// a small log with known counts, computed by hand below; an amendment that removes a correction and a void change the
// rates; writing differences never count; entries entered new, duplicates and escalations are counted apart, never in
// a denominator; a volunteer is refused; the map's JSON and document hold no name and no value. The hub's map (from
// the summaries kept at import) is compared with each commune's own in HubReportTest.
#include "core/services/ErrorMapService.h"
#include "core/services/LogService.h"
#include "tests/support/HubFixture.h"
#include "tests/support/TestSite.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace dc;
using namespace dc::core;
using dc::test::TestSite;

namespace {

using dc::test::kRules;

struct Fixture {
    TestSite site;
    std::unique_ptr<Session> supervisor = site.signInSupervisor();
    std::unique_ptr<Session> pair = site.signInPair();
    qint64 book1998 = site.addBook(1, 500, QStringLiteral("01"), 1998);
    qint64 book1978 = site.addBook(1, 500, QStringLiteral("02"), 1978);

    LogReceipt log(qint64 book, int number, Outcome outcome, std::vector<CorrectionInput> corrections = {}) {
        CheckInput input;
        input.bookId = book;
        input.entryNumber = number;
        input.registrationDate = book == book1998 ? QStringLiteral("14/04/1998") : QStringLiteral("1978");
        input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
        input.outcome = outcome;
        input.secondsSpent = 40;
        input.corrections = std::move(corrections);
        if (outcome == Outcome::Escalated) {
            input.transcript = QStringLiteral("Nguy_n Th* H_ng");
        }
        auto logged = LogService::logCheck(*pair, input, kRules);
        EXPECT_TRUE(logged.ok()) << (logged.ok() ? "" : logged.error().detail.toStdString());
        return logged.ok() ? logged.value() : LogReceipt{};
    }
    ErrorMap map() {
        auto computed = ErrorMapService::compute(*supervisor, {});
        EXPECT_TRUE(computed.ok()) << (computed.ok() ? "" : computed.error().detail.toStdString());
        return computed.ok() ? computed.value() : ErrorMap{};
    }
};

const CorrectionInput kSex{QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")};
const CorrectionInput kBirthDate{QStringLiteral("subject.birth_date"), QStringLiteral("01/02/1998"),
                                 QStringLiteral("02/01/1998")};
// Capitals only: a writing difference, never an error.
const CorrectionInput kNameCase{QStringLiteral("subject.full_name"), QStringLiteral("NGUYỄN THỊ HỒNG"),
                                QStringLiteral("Nguyễn Thị Hồng")};

const ErrorMapRow* find(const std::vector<ErrorMapRow>& rows, const QString& field, const QString& type = {},
                        int decade = 0, const QString& cls = {}) {
    for (const ErrorMapRow& r : rows) {
        if (r.field == field && r.recordType == type && r.decade == decade && r.correctionClass == cls) {
            return &r;
        }
    }
    return nullptr;
}

void expectRate(const ErrorMapRow* row, int corrected, int checked, double rate, double low, double high) {
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->rate.corrected, corrected);
    EXPECT_EQ(row->rate.checked, checked);
    EXPECT_NEAR(row->rate.estimate.rate, rate, 1e-6);
    EXPECT_NEAR(row->rate.estimate.low, low, 1e-6);
    EXPECT_NEAR(row->rate.estimate.high, high, 1e-6);
}

// The log (birth books of 1998 and 1978):
//   1998: #1 match; #2 corrected (sex, and the name's capitals: a writing difference); #3 corrected (sex, birth date);
//         #4 escalated; #5 entered new; #6 duplicate; #7 corrected (sex), amended to match; #8 corrected (sex), voided.
//   1978: #1 corrected (sex); #2, #3 match.
// Entries compared: 1998 #1 #2 #3 #7 (4), 1978 #1 #2 #3 (3): 7. Sex corrected: 1998 #2 #3, 1978 #1: 3 of 7.
// Before the amendment and the void: 1998 compares #8 too (8 in all), sex 5 of 8; after the amendment 4 of 8.
// Wilson 95 % (z = 1.959964): 3/7 → 0.158220–0.749542; 2/4 → 0.150039–0.849961; 1/4 → 0.045587–0.699358;
// 1/3 → 0.061492–0.792340; 0/7 → 0–0.354330; 5/8 → 0.305742–0.863156; 4/8 → 0.215216–0.784784.
// One site for all (a site and its sign-ins are the test's cost).
TEST(ErrorMapServiceTest, RatesAndIntervalsOverAKnownLogAndWhoMayReadThem) {
    Fixture f;
    // An empty log: an empty map, not an error.
    EXPECT_TRUE(f.map().cells.empty());
    EXPECT_TRUE(ErrorMapService::rows(f.map(), {}).empty());
    f.log(f.book1998, 1, Outcome::Match);
    f.log(f.book1998, 2, Outcome::Corrected, {kSex, kNameCase});
    f.log(f.book1998, 3, Outcome::Corrected, {kSex, kBirthDate});
    f.log(f.book1998, 4, Outcome::Escalated);
    f.log(f.book1998, 5, Outcome::MissingEnteredNew);
    f.log(f.book1998, 6, Outcome::DuplicateInDatabase);
    const LogReceipt amended = f.log(f.book1998, 7, Outcome::Corrected, {kSex});
    const LogReceipt voided = f.log(f.book1998, 8, Outcome::Corrected, {kSex});
    f.log(f.book1978, 1, Outcome::Corrected, {kSex});
    f.log(f.book1978, 2, Outcome::Match);
    f.log(f.book1978, 3, Outcome::Match);
    const QString sex = QStringLiteral("subject.sex");

    expectRate(find(ErrorMapService::rows(f.map(), {}), sex), 5, 8, 0.625, 0.305742, 0.863156);
    // An amendment that removes the correction.
    CheckInput again;
    again.bookId = f.book1998;
    again.entryNumber = 7;
    again.registrationDate = QStringLiteral("14/04/1998");
    again.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    again.outcome = Outcome::Match;
    again.secondsSpent = 30;
    ASSERT_TRUE(LogService::amendCheck(*f.pair, amended.check.id, again, QStringLiteral("đọc lại"), kRules).ok());
    expectRate(find(ErrorMapService::rows(f.map(), {}), sex), 4, 8, 0.5, 0.215216, 0.784784);
    // A void takes the entry out of numerator and denominator.
    ASSERT_TRUE(LogService::voidCheck(*f.pair, voided.check.id, QStringLiteral("nhầm số")).ok());
    const ErrorMap map = f.map();
    EXPECT_FALSE(map.atHub);

    const auto overall = ErrorMapService::rows(map, {});
    expectRate(find(overall, sex), 3, 7, 3.0 / 7.0, 0.158220, 0.749542);
    expectRate(find(overall, QStringLiteral("subject.birth_date")), 1, 7, 1.0 / 7.0, 0.025680, 0.513128);
    // The name's capitals are a writing difference: the name has no error.
    expectRate(find(overall, QStringLiteral("subject.full_name")), 0, 7, 0, 0, 0.354330);
    EXPECT_EQ(map.writingDifferences, 1);

    ErrorMapGrouping byDecade;
    byDecade.byDecade = true;
    byDecade.byRecordType = true;
    const auto decades = ErrorMapService::rows(map, byDecade);
    expectRate(find(decades, sex, QStringLiteral("birth"), 1990), 2, 4, 0.5, 0.150039, 0.849961);
    expectRate(find(decades, QStringLiteral("subject.birth_date"), QStringLiteral("birth"), 1990), 1, 4, 0.25, 0.045587,
               0.699358);
    expectRate(find(decades, sex, QStringLiteral("birth"), 1970), 1, 3, 1.0 / 3.0, 0.061492, 0.792340);
    EXPECT_EQ(find(decades, sex, QStringLiteral("birth"), 1980), nullptr);

    // By class: the class's entries over the field's entries compared (the same denominator).
    ErrorMapGrouping byClass;
    byClass.byClass = true;
    const auto classes = ErrorMapService::rows(map, byClass);
    ASSERT_FALSE(classes.empty());
    int sexClasses = 0;
    for (const ErrorMapRow& r : classes) {
        EXPECT_FALSE(r.correctionClass.isEmpty());
        EXPECT_EQ(r.rate.checked, 7) << r.field.toStdString();
        EXPECT_NE(r.field, QStringLiteral("subject.full_name")); // writing differences have no class row
        if (r.field == sex) {
            sexClasses += r.rate.corrected;
        }
    }
    EXPECT_EQ(sexClasses, 3);

    // Entered new, duplicates and escalations are counted apart.
    EXPECT_EQ(map.outcomes.value(QStringLiteral("match")), 4);
    EXPECT_EQ(map.outcomes.value(QStringLiteral("corrected")), 3);
    EXPECT_EQ(map.outcomes.value(QStringLiteral("escalated")), 1);
    EXPECT_EQ(map.outcomes.value(QStringLiteral("missing_entered_new")), 1);
    EXPECT_EQ(map.outcomes.value(QStringLiteral("duplicate_in_database")), 1);
    EXPECT_FALSE(map.outcomes.contains(QStringLiteral("void")));

    // Every field of the birth schema is compared 7 times, and no cell is empty.
    for (const ErrorMapCell& c : map.cells) {
        EXPECT_GT(c.checked, 0);
        EXPECT_TRUE(c.correctionClass.isEmpty() || c.corrected > 0);
        EXPECT_EQ(c.recordType, QStringLiteral("birth"));
    }

    // The weakest, by the interval's lower bound: sex in 1998 (2/4, low 0.150), sex in 1978 (1/3, low 0.061), then
    // the birth date in 1998 (1/4, low 0.046).
    const auto weakest = ErrorMapService::weakest(map, 3, 3);
    ASSERT_EQ(weakest.size(), 3U);
    EXPECT_EQ(weakest[0].field, sex);
    EXPECT_EQ(weakest[0].decade, 1990);
    EXPECT_EQ(weakest[1].field, sex);
    EXPECT_EQ(weakest[1].decade, 1970);
    EXPECT_EQ(weakest[2].field, QStringLiteral("subject.birth_date"));
    EXPECT_TRUE(ErrorMapService::weakest(map, 5, 10).empty()); // no cell has 5 entries compared

    // No name, no value in what leaves the service.
    const QByteArray json = QJsonDocument(ErrorMapService::json(map)).toJson();
    QString document;
    for (const domain::Language language : {domain::Language::Vietnamese, domain::Language::English}) {
        const ReportDocument doc = ErrorMapService::document(map, language);
        EXPECT_EQ(doc.tables.size(), 5); // by field, class, type, decade; the weakest (one commune: no place table)
        // Every table puts the weakest first: the field corrected most (by its interval's lower bound) heads the
        // table by field, and no row below has a higher lower bound than the one above it.
        ASSERT_FALSE(doc.tables[0].rows.isEmpty());
        EXPECT_EQ(doc.tables[0].rows[0][0],
                  language == domain::Language::Vietnamese ? QStringLiteral("Giới tính") : QStringLiteral("Sex"));
        EXPECT_NE(doc.tables[0].rows[0][2], QStringLiteral("0"));
        for (const auto& [label, value] : doc.facts) {
            document += label + value;
        }
        for (const ReportTable& t : doc.tables) {
            document += t.heading + t.columns.join(QLatin1Char('|'));
            for (const QStringList& row : t.rows) {
                document += row.join(QLatin1Char('|'));
            }
        }
        document += QString::fromUtf8(QJsonDocument(doc.data).toJson());
    }
    for (const char* secret :
         {"Nguyễn", "NGUYỄN", "Hồng", "nữ", "01/02/1998", "02/01/1998", "14/04/1998", "Lan", "Minh", "lan", "minh"}) {
        EXPECT_FALSE(json.contains(secret)) << secret;
        EXPECT_FALSE(document.contains(QString::fromUtf8(secret))) << secret;
    }
    EXPECT_TRUE(document.contains(QStringLiteral("42,9 %"))); // 3/7 in Vietnamese
    EXPECT_TRUE(document.contains(QStringLiteral("42.9 %")));

    // Only the supervisor: not a volunteer, not the pair; no scope at a commune site.
    auto volunteer = f.site.signIn(QStringLiteral("lan"), TestSite::kLanPassword);
    auto refused = ErrorMapService::compute(*volunteer, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
    auto pairRefused = ErrorMapService::compute(*f.pair, {});
    ASSERT_FALSE(pairRefused.ok());
    EXPECT_EQ(pairRefused.error().code, ErrorCode::NotPermitted);
    auto scoped = ErrorMapService::compute(*f.supervisor, {ReportScope{QStringLiteral("Dầu Tiếng"), QString()}});
    ASSERT_FALSE(scoped.ok());
    EXPECT_EQ(scoped.error().code, ErrorCode::InvalidInput);
}

// The GUI's province hub (tests/support/HubFixture) carries the error map's summaries: a map for the province and for
// the district account's own district, its weakest cells, and the district account given its own district by default,
// refused another.
TEST(ErrorMapServiceTest, TheGuisProvinceHubHasAMap) {
    TestSite site;
    {
        auto supervisor = site.signInSupervisor();
        ASSERT_TRUE(test::makeHub(*supervisor, QDateTime(QDate(2022, 11, 20), QTime(3, 0), Qt::UTC)));
    }
    auto province =
        site.signIn(QString::fromLatin1(test::HubAccounts::kProvince), test::HubAccounts::kProvincePassword);
    auto map = ErrorMapService::compute(*province, {});
    ASSERT_TRUE(map.ok()) << map.error().detail.toStdString();
    EXPECT_TRUE(map->atHub);
    EXPECT_GT(map->cells.size(), 1000U);
    EXPECT_FALSE(ErrorMapService::weakest(map.value(), 30, 10).empty());
    auto district =
        site.signIn(QString::fromLatin1(test::HubAccounts::kDistrict), test::HubAccounts::kDistrictPassword);
    auto own = ErrorMapService::compute(*district,
                                        {ReportScope{QString::fromUtf8(test::HubAccounts::kDistrictName), QString()}});
    ASSERT_TRUE(own.ok()) << own.error().detail.toStdString();
    EXPECT_FALSE(own->cells.empty());
    EXPECT_LT(own->cells.size(), map->cells.size());
    // With no scope: its own district, never the province; another district is refused.
    auto byDefault = ErrorMapService::compute(*district, {});
    ASSERT_TRUE(byDefault.ok());
    EXPECT_EQ(byDefault->scope.district, QString::fromUtf8(test::HubAccounts::kDistrictName));
    EXPECT_EQ(byDefault->cells.size(), own->cells.size());
    auto refused = ErrorMapService::compute(*district, {ReportScope{QStringLiteral("Thủ Dầu Một"), QString()}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
}

} // namespace
