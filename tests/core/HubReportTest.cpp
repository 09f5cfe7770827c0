// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The four reports at the province hub (issue 13 item 6, docs/HUB.md "Reports at the hub"): for one commune, each
// equals the commune's own report over the same range — amendments, voids, a swapped pair, returns, spot misses, a
// bundle imported twice and a held one applied later included; a district sums its communes; who may see what.
// Real sites, real bundles, real keys.
#include "core/services/AwardsService.h"
#include "core/services/BundleService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/ErrorMapService.h"
#include "core/services/ImportService.h"
#include "core/services/LogService.h"
#include "core/services/ReportService.h"
#include "core/services/ReviewService.h"
#include "core/services/SpotCheckService.h"
#include "core/services/UserService.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/Statement.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <tuple>

using namespace dc;
using namespace dc::core;
using dc::test::TestSite;

namespace {

using dc::test::kRules;
constexpr const char* kDistrictPassword = "huyen-dau-tieng-bao-cao-22";

CheckInput reportEntry(qint64 book, int number, Outcome outcome = Outcome::Match) {
    CheckInput input;
    input.bookId = book;
    input.entryNumber = number;
    input.registrationDate = QStringLiteral("14/04/1998");
    input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    input.outcome = outcome;
    input.secondsSpent = 40;
    if (outcome == Outcome::Corrected) {
        input.corrections = {{QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")},
                             {QStringLiteral("subject.full_name"), QStringLiteral("NGUYỄN THỊ HỒNG"),
                              QStringLiteral("Nguyễn Thị Hồng")}};
    }
    if (outcome == Outcome::Escalated) {
        input.transcript = QStringLiteral("Nguy_n Th* H_ng");
    }
    return input;
}

// A commune workstation: its site, supervisor, the pair lan + minh and the same pair swapped, two books.
struct Commune {
    std::unique_ptr<TestSite> site;
    std::unique_ptr<Session> supervisor;
    std::unique_ptr<Session> pair;
    std::unique_ptr<Session> swapped; // minh reads, lan checks
    qint64 book = 0;
    qint64 book2 = 0;
    int next = 1;
    QDateTime now = QDateTime(QDate(2022, 11, 7), QTime(1, 30), Qt::UTC);

    LogReceipt log(Outcome outcome = Outcome::Match, Session* who = nullptr, qint64 inBook = 0) {
        now = now.addSecs(60);
        auto logged =
            LogService::logCheck(who ? *who : *pair, reportEntry(inBook ? inBook : book, next++, outcome), kRules);
        EXPECT_TRUE(logged.ok()) << (logged.ok() ? "" : logged.error().detail.toStdString());
        return logged.ok() ? logged.value() : LogReceipt{};
    }
    QString exportTo(const QString& dir) {
        now = now.addSecs(60);
        auto written = BundleService::exportBundle(*supervisor, dir);
        EXPECT_TRUE(written.ok() && written->size() == 1U);
        return written.ok() && !written->empty() ? written->front().file : QString();
    }
};

std::unique_ptr<Commune> makeCommune() {
    auto c = std::make_unique<Commune>();
    c->site = std::make_unique<TestSite>();
    c->site->addUser(QStringLiteral("lan"), TestSite::kLanPassword, false, QStringLiteral("Trần Thị Lan"));
    c->site->addUser(QStringLiteral("minh"), TestSite::kMinhPassword, false, QStringLiteral("Lê Văn Minh"));
    c->book = c->site->addBook(1, 5000);
    c->book2 = c->site->addBook(1, 5000, QStringLiteral("02"), 2001);
    Commune* raw = c.get();
    c->supervisor = c->site->signIn(QString::fromLatin1(TestSite::kSupervisor), TestSite::kSupervisorPassword,
                                    [raw] { return raw->now; });
    c->pair = c->site->signInPair(QStringLiteral("lan"), TestSite::kLanPassword, QStringLiteral("minh"),
                                  TestSite::kMinhPassword, [raw] { return raw->now; });
    c->swapped = c->site->signInPair(QStringLiteral("minh"), TestSite::kMinhPassword, QStringLiteral("lan"),
                                     TestSite::kLanPassword, [raw] { return raw->now; });
    return c;
}

void enroll(Session& hub, Commune& commune, const QString& place, const QString& dir) {
    const QString request = dir + QStringLiteral("/r.enroll");
    const QString welcome = dir + QStringLiteral("/w.welcome");
    QFile::remove(request);
    QFile::remove(welcome);
    auto written = EnrollmentService::request(*commune.supervisor, request);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    auto accepted = EnrollmentService::accept(hub, request, written->fingerprint, place, welcome);
    ASSERT_TRUE(accepted.ok()) << accepted.error().detail.toStdString();
    ASSERT_TRUE(EnrollmentService::finish(*commune.supervisor, welcome, accepted->hubFingerprint).ok());
}

QString importStatus(Session& hub, const QString& file) {
    auto imported = ImportService::importFiles(hub, {file});
    EXPECT_TRUE(imported.ok() && imported->size() == 1U);
    return imported.ok() && !imported->empty() ? imported->front().status : QString();
}

// Both members' work of a day: every outcome, writing differences, a return and its re-check, an amendment by the
// swapped pair, a void, spot-checks with misses (one decided twice).
void workDay(Commune& c, int day) {
    c.now = QDateTime(QDate(2022, 11, 7 + day), QTime(1, 30), Qt::UTC);
    std::vector<LogReceipt> logged;
    for (int n = 0; n < 14; ++n) {
        const Outcome outcome = n % 5 == 1 ? Outcome::Corrected : (n % 7 == 3 ? Outcome::Escalated : Outcome::Match);
        logged.push_back(c.log(outcome, n % 4 == 2 ? c.swapped.get() : c.pair.get(), n % 3 == 0 ? c.book2 : 0));
    }
    // A pause (lunch): the stretch from the work session's start to here is working time, the pause is not.
    ASSERT_TRUE(WorkSessionService::pause(*c.pair).ok());
    c.now = c.now.addSecs(600);
    ASSERT_TRUE(WorkSessionService::resume(*c.pair).ok());
    const LogReceipt returned = c.log(Outcome::Corrected);
    ASSERT_TRUE(
        ReviewService::decide(*c.supervisor, returned.check.id, ReviewDecision::Return, QStringLiteral("xem lại"))
            .ok());
    // An approval and a flag for the district (the evaluation's decisions on the pair's work).
    ASSERT_TRUE(ReviewService::decide(*c.supervisor, logged[1].check.id, ReviewDecision::Approve, QString()).ok());
    ASSERT_TRUE(
        ReviewService::decide(*c.supervisor, logged[6].check.id, ReviewDecision::Flag, QStringLiteral("hỏi huyện"))
            .ok());
    c.now = c.now.addSecs(60);
    ASSERT_TRUE(LogService::amendCheck(*c.pair, returned.check.id,
                                       reportEntry(c.book, returned.check.entryNumber, Outcome::Match),
                                       QStringLiteral("kiểm tra lại"), kRules)
                    .ok());
    // The swapped pair re-checks an entry lan + minh logged: the credit stays with the first pair, the re-check is
    // theirs; its corrections move to the day of the amendment.
    c.now = c.now.addSecs(60);
    ASSERT_TRUE(
        LogService::amendCheck(*c.swapped, logged[0].check.id,
                               reportEntry(logged[0].check.bookId, logged[0].check.entryNumber, Outcome::Corrected),
                               QStringLiteral("đọc lại"), kRules)
            .ok());
    c.now = c.now.addSecs(60);
    ASSERT_TRUE(LogService::voidCheck(*c.pair, logged[2].check.id, QStringLiteral("trùng số")).ok());
    auto samples = SpotCheckService::drawDay(*c.supervisor, c.now.date());
    ASSERT_TRUE(samples.ok()) << samples.error().detail.toStdString();
    int seen = 0;
    for (const SpotSample& sample : samples.value()) {
        for (const SpotItem& item : sample.items) {
            c.now = c.now.addSecs(30);
            if (seen++ % 2 == 0) {
                ASSERT_TRUE(SpotCheckService::confirm(*c.supervisor, item.itemId).ok());
            } else {
                ASSERT_TRUE(SpotCheckService::missed(
                                *c.supervisor, item.itemId,
                                {QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")})
                                .ok());
            }
        }
    }
    ASSERT_GT(seen, 1);
    // The first item decided again, as a miss: its latest result counts.
    c.now = c.now.addSecs(30);
    ASSERT_TRUE(SpotCheckService::missed(*c.supervisor, samples->front().items.front().itemId,
                                         {QStringLiteral("subject.full_name"), QStringLiteral("Nguyễn Thị Hồng"),
                                          QStringLiteral("Nguyễn Thị Hồng Nhung")})
                    .ok());
}

class HubReportTest : public ::testing::Test {
protected:
    static inline std::unique_ptr<TestSite> hubSite;
    static inline std::unique_ptr<Session> hub;      // province
    static inline std::unique_ptr<Session> district; // Dầu Tiếng
    static inline std::unique_ptr<QTemporaryDir> work;
    static inline std::unique_ptr<Commune> thanhAn;  // Dầu Tiếng/Thanh An
    static inline std::unique_ptr<Commune> dinhAn;   // Dầu Tiếng/Định An
    static inline std::unique_ptr<Commune> phuCuong; // Thủ Dầu Một/Phú Cường

    static void SetUpTestSuite() {
        hubSite = std::make_unique<TestSite>(SiteKind::Hub);
        hub = hubSite->signInSupervisor();
        work = std::make_unique<QTemporaryDir>();
        NewAccount account;
        account.userName = QStringLiteral("dautieng");
        account.role = Role::District;
        account.district = QStringLiteral("Dầu Tiếng");
        account.password = test::secret(kDistrictPassword);
        ASSERT_TRUE(UserService::addUser(*hub, account).ok());
        district = hubSite->signIn(QStringLiteral("dautieng"), kDistrictPassword);

        const QString dir = work->filePath(QStringLiteral("files"));
        QDir().mkpath(dir);
        thanhAn = makeCommune();
        dinhAn = makeCommune();
        phuCuong = makeCommune();
        enroll(*hub, *thanhAn, QStringLiteral("Dầu Tiếng/Thanh An"), dir);
        enroll(*hub, *dinhAn, QStringLiteral("Dầu Tiếng/Định An"), dir);
        enroll(*hub, *phuCuong, QStringLiteral("Thủ Dầu Một/Phú Cường"), dir);

        // Thanh An: day 1 imported twice; day 2 split into parts, the last one first (held, then applied).
        workDay(*thanhAn, 0);
        const QString first = thanhAn->exportTo(dir);
        ASSERT_EQ(importStatus(*hub, first), QStringLiteral("imported"));
        ASSERT_EQ(importStatus(*hub, first), QStringLiteral("already-imported"));
        workDay(*thanhAn, 1);
        // A day-1 entry voided on day 2 leaves day 1; one amended on day 2 keeps its day, moves its corrections.
        thanhAn->now = thanhAn->now.addSecs(60);
        ASSERT_TRUE(LogService::voidCheck(*thanhAn->pair, 5, QStringLiteral("nhập nhầm")).ok());
        // A small limit: the day's export is split; its last part first is held, applied when the gap is filled.
        thanhAn->now = thanhAn->now.addSecs(60);
        auto parts = BundleService::exportBundle(*thanhAn->supervisor, dir, 6000);
        ASSERT_TRUE(parts.ok());
        ASSERT_GE(parts->size(), 2U);
        ASSERT_EQ(importStatus(*hub, parts->back().file), QStringLiteral("held"));
        for (std::size_t i = 0; i + 1 < parts->size(); ++i) {
            const QString status = importStatus(*hub, parts->at(i).file);
            ASSERT_TRUE(status == QStringLiteral("imported") || status == QStringLiteral("already-imported"));
        }
        ASSERT_EQ(importStatus(*hub, parts->back().file), QStringLiteral("already-imported"));
        thanhAn->log(Outcome::Corrected);
        thanhAn->log();
        ASSERT_EQ(importStatus(*hub, thanhAn->exportTo(dir)), QStringLiteral("imported"));

        // Định An and Phú Cường: one day each.
        for (Commune* c : {dinhAn.get(), phuCuong.get()}) {
            workDay(*c, 1);
            ASSERT_EQ(importStatus(*hub, c->exportTo(dir)), QStringLiteral("imported"));
        }
    }
    static void TearDownTestSuite() {
        thanhAn.reset();
        dinhAn.reset();
        phuCuong.reset();
        district.reset();
        hub.reset();
        hubSite.reset();
        work.reset();
    }
};

const ReportRange kRanges[] = {{QDate(2022, 11, 1), QDate(2022, 11, 30)},
                               {QDate(2022, 11, 7), QDate(2022, 11, 7)},
                               {QDate(2022, 11, 8), QDate(2022, 11, 8)},
                               {QDate(2022, 11, 9), QDate(2022, 11, 12)}};

ReportScope thanhAnScope() {
    return ReportScope{{}, QStringLiteral("Dầu Tiếng/Thanh An")};
}

using CorrectionKey = std::tuple<QString, QString, bool, int>;
std::vector<CorrectionKey> correctionRows(const CorrectionsReport& r) {
    std::vector<CorrectionKey> out;
    for (const auto& row : r.rows) {
        out.emplace_back(row.fieldKey, row.correctionClass, row.writingDifference, row.count);
    }
    std::sort(out.begin(), out.end());
    return out;
}

using VolunteerFigures = std::tuple<int, int, int, int, int, int, int>;
std::map<QString, VolunteerFigures> volunteerRows(const VolunteersReport& r) {
    std::map<QString, VolunteerFigures> out;
    for (const auto& row : r.rows) {
        out[row.userName] = {row.read,    row.checked,     row.corrections, row.rechecks,
                             row.returns, row.spotSampled, row.spotMissed};
    }
    return out;
}

std::map<QString, std::pair<int, int>> rates(const std::vector<MissRate>& list) {
    std::map<QString, std::pair<int, int>> out;
    for (const MissRate& r : list) {
        out[r.who] = {r.sampled, r.missed};
    }
    return out;
}

using MissKey = std::tuple<QDate, QString, int, QString, QString, QString, QString, QString, QString>;
std::vector<MissKey> missRows(const SpotChecksReport& r) {
    std::vector<MissKey> out;
    for (const auto& m : r.misses) {
        out.emplace_back(m.day, m.book, m.entryNumber, m.subjectName, m.fieldKey, m.before, m.after, m.correctionClass,
                         m.pair);
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST_F(HubReportTest, EachReportOfACommuneEqualsTheCommunesOwn) {
    Commune& c = *thanhAn;
    for (const ReportRange& range : kRanges) {
        const std::string where = range.from.toString(Qt::ISODate).toStdString();
        auto own = ReportService::progress(*c.supervisor, range);
        auto atHub = ReportService::progress(*hub, thanhAnScope(), range);
        ASSERT_TRUE(own.ok() && atHub.ok()) << where;
        EXPECT_EQ(atHub->total, own->total) << where;
        ASSERT_EQ(atHub->rows.size(), own->rows.size()) << where;
        for (std::size_t i = 0; i < own->rows.size(); ++i) {
            EXPECT_EQ(atHub->rows[i].day, own->rows[i].day);
            EXPECT_EQ(atHub->rows[i].book, own->rows[i].book);
            EXPECT_EQ(atHub->rows[i].bookEn, own->rows[i].bookEn);
            EXPECT_EQ(atHub->rows[i].logged, own->rows[i].logged);
        }
        ASSERT_EQ(atHub->days.size(), own->days.size());
        for (std::size_t i = 0; i < own->days.size(); ++i) {
            EXPECT_EQ(atHub->days[i].logged, own->days[i].logged) << own->days[i].day.toString().toStdString();
        }
        EXPECT_EQ(atHub->dailyTarget, 400); // the campaign's plan for one commune
        EXPECT_EQ(atHub->header.scope, QStringLiteral("Dầu Tiếng/Thanh An"));
        EXPECT_TRUE(atHub->header.site.endsWith(QStringLiteral("Dầu Tiếng/Thanh An")));

        auto ownCorrections = ReportService::corrections(*c.supervisor, range);
        auto hubCorrections = ReportService::corrections(*hub, thanhAnScope(), range);
        ASSERT_TRUE(ownCorrections.ok() && hubCorrections.ok());
        EXPECT_EQ(correctionRows(hubCorrections.value()), correctionRows(ownCorrections.value())) << where;
        EXPECT_EQ(hubCorrections->errorsFound, ownCorrections->errorsFound) << where;
        EXPECT_EQ(hubCorrections->writingDifferences, ownCorrections->writingDifferences) << where;

        auto ownVolunteers = ReportService::volunteers(*c.supervisor, range, false);
        auto hubVolunteers = ReportService::volunteers(*hub, thanhAnScope(), range, false);
        ASSERT_TRUE(ownVolunteers.ok() && hubVolunteers.ok());
        EXPECT_EQ(volunteerRows(hubVolunteers.value()), volunteerRows(ownVolunteers.value())) << where;
        for (const auto& row : hubVolunteers->rows) {
            EXPECT_TRUE(row.displayName == QStringLiteral("Trần Thị Lan") ||
                        row.displayName == QStringLiteral("Lê Văn Minh"));
        }

        auto ownSpots = ReportService::spotChecks(*c.supervisor, range, false);
        auto hubSpots = ReportService::spotChecks(*hub, thanhAnScope(), range, false);
        ASSERT_TRUE(ownSpots.ok() && hubSpots.ok());
        EXPECT_EQ(rates(hubSpots->rates.pairs), rates(ownSpots->rates.pairs)) << where;
        EXPECT_EQ(rates(hubSpots->rates.volunteers), rates(ownSpots->rates.volunteers)) << where;
        EXPECT_EQ(missRows(hubSpots.value()), missRows(ownSpots.value())) << where;
    }
    // The figures are not trivially equal: the month holds every kind of work.
    const ReportRange month = kRanges[0];
    const auto volunteers = ReportService::volunteers(*hub, thanhAnScope(), month, false).value();
    const auto lan = std::find_if(volunteers.rows.begin(), volunteers.rows.end(),
                                  [](const auto& r) { return r.userName == QStringLiteral("lan"); });
    ASSERT_NE(lan, volunteers.rows.end());
    EXPECT_GT(lan->read, 10);
    EXPECT_GT(lan->checked, 2); // the swapped pair's entries
    EXPECT_GT(lan->corrections, 0);
    EXPECT_GE(lan->rechecks, 4);
    EXPECT_GE(lan->returns, 2);
    EXPECT_GT(lan->spotMissed, 0);
    EXPECT_GT(ReportService::spotChecks(*hub, thanhAnScope(), month, false)->misses.size(), 1U);
    EXPECT_GT(ReportService::corrections(*hub, thanhAnScope(), month)->writingDifferences, 0);
}

TEST_F(HubReportTest, ADistrictSumsItsCommunesAndTheProvinceAll) {
    const ReportRange month = kRanges[0];
    const ReportScope dauTieng{QStringLiteral("dầu tiếng"), {}};
    const auto sumOf = [&](std::initializer_list<Commune*> communes) {
        int progress = 0;
        int errors = 0;
        int writing = 0;
        std::size_t volunteers = 0;
        int sampled = 0;
        for (Commune* c : communes) {
            progress += ReportService::progress(*c->supervisor, month)->total;
            const auto corrections = ReportService::corrections(*c->supervisor, month).value();
            errors += corrections.errorsFound;
            writing += corrections.writingDifferences;
            const auto v = ReportService::volunteers(*c->supervisor, month).value();
            volunteers += v.rows.size();
            for (const auto& row : v.rows) {
                sampled += row.spotSampled;
            }
        }
        return std::tuple{progress, errors, writing, volunteers, sampled};
    };
    const auto figures = [&](Session& session, const ReportScope& scope) {
        const auto progress = ReportService::progress(session, scope, month);
        const auto corrections = ReportService::corrections(session, scope, month);
        const auto volunteers = ReportService::volunteers(session, scope, month);
        EXPECT_TRUE(progress.ok() && corrections.ok() && volunteers.ok());
        int sampled = 0;
        for (const auto& row : volunteers->rows) {
            sampled += row.spotSampled;
        }
        return std::tuple{progress->total, corrections->errorsFound, corrections->writingDifferences,
                          volunteers->rows.size(), sampled};
    };
    EXPECT_EQ(figures(*hub, dauTieng), sumOf({thanhAn.get(), dinhAn.get()}));
    EXPECT_EQ(figures(*district, dauTieng), sumOf({thanhAn.get(), dinhAn.get()}));
    EXPECT_EQ(figures(*hub, ReportScope{}), sumOf({thanhAn.get(), dinhAn.get(), phuCuong.get()}));

    // The district's target is the plan summed over its 12 communes; books and people say their commune.
    const auto progress = ReportService::progress(*hub, dauTieng, month).value();
    EXPECT_EQ(progress.dailyTarget, 12 * 400);
    EXPECT_EQ(progress.header.scope, QStringLiteral("Dầu Tiếng"));
    ASSERT_FALSE(progress.rows.empty());
    for (const auto& row : progress.rows) {
        EXPECT_TRUE(row.book.startsWith(QStringLiteral("Thanh An · ")) ||
                    row.book.startsWith(QStringLiteral("Định An · ")))
            << row.book.toStdString();
    }
    const auto province = ReportService::progress(*hub, month).value(); // the unscoped call at a hub: the province
    EXPECT_EQ(province.header.scope, QStringLiteral("Bình Dương"));
    EXPECT_EQ(province.dailyTarget, 91 * 400);
    const auto spots = ReportService::spotChecks(*hub, dauTieng, month, false).value();
    for (const auto& rate : spots.rates.volunteers) {
        EXPECT_TRUE(rate.who.endsWith(QStringLiteral("(Thanh An)")) || rate.who.endsWith(QStringLiteral("(Định An)")))
            << rate.who.toStdString();
    }
    // De-identified (the default): opaque codes, initials.
    const auto hidden = ReportService::volunteers(*hub, dauTieng, month).value();
    for (const auto& row : hidden.rows) {
        EXPECT_TRUE(row.code.startsWith(QStringLiteral("TNV-")));
        EXPECT_FALSE(row.displayName.contains(QStringLiteral("Lan")));
    }
}

TEST_F(HubReportTest, WhoMayReadWhatAndWhichScopesAreRefused) {
    const ReportRange month = kRanges[0];
    const auto code = [](const auto& result) { return result.ok() ? ErrorCode{} : result.error().code; };
    // A district account: its district and its communes; not the province, nor another district's commune.
    EXPECT_TRUE(ReportService::progress(*district, thanhAnScope(), month).ok());
    // With no scope a district account gets its own district (access::resolveHubPlace), never the province.
    const auto ownDefault = ReportService::progress(*district, ReportScope{}, month);
    ASSERT_TRUE(ownDefault.ok());
    EXPECT_EQ(ownDefault->header.scope, QStringLiteral("Dầu Tiếng"));
    EXPECT_EQ(code(ReportService::corrections(*district, ReportScope{QStringLiteral("Thủ Dầu Một"), {}}, month)),
              ErrorCode::NotPermitted);
    EXPECT_EQ(
        code(ReportService::spotChecks(*district, ReportScope{{}, QStringLiteral("Thủ Dầu Một/Phú Cường")}, month)),
        ErrorCode::NotPermitted);
    // Names at the hub are for province accounts.
    EXPECT_EQ(code(ReportService::volunteers(*district, thanhAnScope(), month, false)), ErrorCode::NotPermitted);
    EXPECT_EQ(code(ReportService::spotChecks(*district, thanhAnScope(), month, false)), ErrorCode::NotPermitted);
    EXPECT_TRUE(ReportService::volunteers(*district, thanhAnScope(), month).ok());
    // Unknown and ambiguous places; a commune outside the district given; a reversed range.
    EXPECT_EQ(code(ReportService::progress(*hub, ReportScope{{}, QStringLiteral("Dầu Tiếng/Không Có")}, month)),
              ErrorCode::InvalidInput);
    EXPECT_EQ(code(ReportService::progress(*hub, ReportScope{{}, QStringLiteral("An Bình")}, month)),
              ErrorCode::InvalidInput);
    EXPECT_EQ(code(ReportService::progress(*hub, ReportScope{QStringLiteral("Huyện Không Có"), {}}, month)),
              ErrorCode::InvalidInput);
    EXPECT_EQ(code(ReportService::progress(
                  *hub, ReportScope{QStringLiteral("Thủ Dầu Một"), QStringLiteral("Dầu Tiếng/Thanh An")}, month)),
              ErrorCode::InvalidInput);
    EXPECT_EQ(code(ReportService::progress(*hub, thanhAnScope(), {month.to, month.from})), ErrorCode::InvalidInput);
    // A bare name that is unique resolves; a commune without a workstation is an empty report.
    EXPECT_EQ(ReportService::progress(*hub, ReportScope{{}, QStringLiteral("Thanh An")}, month)->total,
              ReportService::progress(*hub, thanhAnScope(), month)->total);
    EXPECT_EQ(ReportService::progress(*hub, ReportScope{{}, QStringLiteral("Dầu Tiếng/Long Hòa")}, month)->total, 0);
    // At a commune a scope is refused, and its own reports are as before.
    EXPECT_EQ(code(ReportService::progress(*thanhAn->supervisor, thanhAnScope(), month)), ErrorCode::InvalidInput);
    EXPECT_TRUE(ReportService::progress(*thanhAn->supervisor, ReportScope{}, month).ok());
    // The export is an audit event naming the scope; a volunteer at a commune may not export.
    const auto report = ReportService::progress(*district, thanhAnScope(), month).value();
    EXPECT_TRUE(ReportService::recordExport(*district, report.header, QStringLiteral("csv"), [] {
                    return Result<void>{};
                }).ok());
    auto event = hub->database().prepare(
        "SELECT details FROM audit_events WHERE action = 'report.exported' ORDER BY seq DESC LIMIT 1");
    ASSERT_TRUE(event.step());
    EXPECT_TRUE(event.text(0).contains(QStringLiteral("Dầu Tiếng/Thanh An")));
    EXPECT_EQ(code(ReportService::recordExport(*thanhAn->pair, report.header, QStringLiteral("csv"),
                                               [] { return Result<void>{}; })),
              ErrorCode::NotPermitted);
}

// Migration 8 back-fills the report summaries from the rows a hub held before it: the same tables as the import
// keeps.
TEST_F(HubReportTest, TheMigrationBackFillsWhatTheImportKeeps) {
    store::Database& db = hub->database();
    const auto dump = [&db] {
        QString out;
        const std::pair<const char*, int> queries[] = {
            {"SELECT site_uuid, day, book_uuid, logged FROM hub_daily_books WHERE logged <> 0 "
             "ORDER BY 1, 2, 3",
             4},
            {"SELECT site_uuid, day, record_type, field_key, class, writing_difference, count FROM "
             "hub_daily_corrections WHERE count <> 0 ORDER BY 1, 2, 3, 4, 5, 6",
             7},
            {"SELECT site_uuid, day, user_uuid, read, checked, corrections, rechecks, returns, approvals, flags FROM "
             "hub_daily_people WHERE read <> 0 OR checked <> 0 OR corrections <> 0 OR rechecks <> 0 "
             "OR returns <> 0 OR approvals <> 0 OR flags <> 0 ORDER BY 1, 2, 3",
             10},
            {"SELECT site_uuid, day, first_user, second_user, reader, checker, sampled, missed FROM hub_daily_spots "
             "WHERE sampled <> 0 OR missed <> 0 ORDER BY 1, 2, 3, 4, 5, 6",
             8},
            {"SELECT site_uuid, day, book_uuid, first_user, second_user, logged, matches, corrections, "
             "writing_differences, new_entries, duplicates, escalations, voids, amendments FROM hub_daily_work WHERE "
             "logged <> 0 OR matches <> 0 OR corrections <> 0 OR writing_differences <> 0 OR new_entries <> 0 OR "
             "duplicates <> 0 OR escalations <> 0 OR voids <> 0 OR amendments <> 0 ORDER BY 1, 2, 3, 4, 5",
             14},
            {"SELECT site_uuid, record_type, decade, schema_version, outcome, entries, writing_differences FROM "
             "hub_map_entries WHERE entries <> 0 OR writing_differences <> 0 ORDER BY 1, 2, 3, 4, 5",
             7},
            {"SELECT site_uuid, record_type, decade, field_key, class, entries FROM hub_map_corrected WHERE entries "
             "<> 0 ORDER BY 1, 2, 3, 4, 5",
             6}};
        for (const auto& [sql, columns] : queries) {
            auto s = db.prepare(sql);
            while (s.step()) {
                for (int i = 0; i < columns; ++i) {
                    out += s.text(i) + QLatin1Char('|');
                }
                out += QLatin1Char('\n');
            }
        }
        return out;
    };
    const QString kept = dump();
    ASSERT_GT(kept.count(QLatin1Char('\n')), 20);
    // A column of 16-byte UUIDs as their text, in SQL; a table made again with such columns.
    const auto text = [](const std::string& column) {
        const std::string hex = "hex(" + column + ")";
        return "CASE WHEN " + column + " IS NULL THEN NULL ELSE lower(substr(" + hex + ", 1, 8) || '-' || substr(" +
               hex + ", 9, 4) || '-' || substr(" + hex + ", 13, 4) || '-' || substr(" + hex +
               ", 17, 4) || '-' || "
               "substr(" +
               hex + ", 21)) END";
    };
    const auto uuidsAsText = [](const std::string& table, const std::string& columns) {
        return "ALTER TABLE " + table + " RENAME TO old_" + table + "; CREATE TABLE " + table + " AS SELECT " +
               columns + " FROM old_" + table + "; DROP TABLE old_" + table + "; ";
    };
    // Rewinds to schema 7 by dropping what the later migrations that cannot run twice added. Migration 17 (the
    // (book, entry) index of hub_checks dropped) needs nothing here: it runs twice harmlessly, after migration 9 has
    // made hub_checks and that index again.
    db.exec(
        "DROP TABLE hub_daily_books; DROP TABLE hub_daily_corrections; DROP TABLE hub_daily_people; "
        "DROP TABLE hub_map_entries; DROP TABLE hub_map_corrected; "
        "DROP TABLE hub_daily_spots; DROP TABLE hub_daily_work; DROP TABLE hub_certificates; DROP TABLE "
        "received_explanations; DROP TABLE hub_registers; DROP TABLE hub_wipes; DROP TABLE training_keys; DROP TABLE "
        "training_books; DROP TABLE training_pairs; DROP INDEX "
        "hub_spot_samples_by_day; DROP INDEX "
        "hub_spot_items_by_sample; "
        "DROP INDEX hub_spot_results_by_item; DROP INDEX hub_spot_results_missed; "
        // Migrations 9, 10 and 14 rebuild their tables and run again as they are; what 11, 12 and 13 add is undone
        // (and what 15 adds to `registrations` goes with the table).
        "DROP TABLE hub_plan_days; DROP TABLE hub_plan; DROP TABLE registrations; DROP TABLE roster_days; DROP TABLE "
        "roster_packages; "
        "DROP TABLE hub_roster_packages; DROP INDEX users_by_person; ALTER TABLE users DROP COLUMN person_uuid; "
        "ALTER TABLE users DROP COLUMN awaiting_activation; ALTER TABLE users DROP COLUMN activation_hash; "
        "ALTER TABLE users DROP COLUMN activation_salt; ALTER TABLE users DROP COLUMN activation_memory_kib; "
        "ALTER TABLE users DROP COLUMN activation_iterations; ALTER TABLE users DROP COLUMN activation_parallelism; "
        "ALTER TABLE users DROP COLUMN activation_expires_at; "
        // Migration 26 turns schema 7's chain into blocks: an empty one of schema 7 here (MigrationTest has its own).
        "DROP TABLE hub_chain_blocks; CREATE TABLE hub_chain (site_uuid TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT "
        "NOT NULL, actors TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, details TEXT NOT NULL, prev_hash "
        "BLOB NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (site_uuid, seq)) STRICT, WITHOUT ROWID; "
        // Migration 27's index of the work sessions' events.
        "DROP INDEX hub_work_session_events_by_session; "
        // Migration 28's 16-byte UUIDs back to their text (the columns schema 7's migrations read).
        + uuidsAsText("hub_checks",
                      "id, " + text("uuid") + " AS uuid, " + text("site_uuid") + " AS site_uuid, " + text("book_uuid") +
                          " AS book_uuid, entry_number, registration_date, "
                          "subject_name, subject_key, outcome, transcript, note, warnings, "
                          "schema_version, " +
                          text("reader_uuid") + " AS reader_uuid, " + text("checker_uuid") + " AS checker_uuid, " +
                          text("session_uuid") + " AS session_uuid, logged_at, seconds_spent, " + text("supersedes") +
                          " AS supersedes, reason") +
        uuidsAsText("hub_entry_state", text("book_uuid") + " AS book_uuid, entry_number, " + text("check_uuid") +
                                           " AS check_uuid, " + text("first_check") + " AS first_check, outcome") +
        "PRAGMA user_version = 7");
    store::migrate(db);
    EXPECT_EQ(dump(), kept);
}

// Issue 15: each volunteer's metrics at the hub (from the summaries kept at import) equal the commune's own (from its
// log), for every commune — amendments by the swapped pair, voids, a return, spot misses decided twice, a held bundle
// applied later included — and they are the counts the day's work makes.
QString metricsText(const evaluation::VolunteerMetrics& m) {
    QString out = QStringLiteral("days %1 read %2 checked %3 real %4 writing %5 new %6 dup %7 esc %8 approved %9 ")
                      .arg(m.daysPresent)
                      .arg(m.entriesRead)
                      .arg(m.entriesChecked)
                      .arg(m.realCorrections)
                      .arg(m.writingDifferences)
                      .arg(m.newEntries)
                      .arg(m.duplicatesFound)
                      .arg(m.escalations)
                      .arg(m.decisionsApproved);
    out += QStringLiteral("returned %1 flagged %2 spot %3/%4 voids %5 amendments %6 run %7 seconds %8")
               .arg(m.decisionsReturned)
               .arg(m.decisionsFlagged)
               .arg(m.spotCheckMisses)
               .arg(m.spotCheckItems)
               .arg(m.voids)
               .arg(m.amendments)
               .arg(m.longestMatchRun)
               .arg(m.workingSeconds);
    for (const evaluation::WorkCell& c : m.cells) {
        out += QStringLiteral(" | %1 %2: %3").arg(c.registerType).arg(c.bookDecade).arg(c.entries);
    }
    return out;
}

TEST_F(HubReportTest, EachVolunteersMetricsAtTheHubEqualTheCommunesOwnAndWhoSeesThem) {
    auto atHub = AwardsService::compute(*hub, {});
    ASSERT_TRUE(atHub.ok()) << atHub.error().detail.toStdString();
    EXPECT_EQ(atHub->volunteers.size(), 6U); // lan and minh at each of the three communes
    for (Commune* c : {thanhAn.get(), dinhAn.get(), phuCuong.get()}) {
        auto own = AwardsService::compute(*c->supervisor, {});
        ASSERT_TRUE(own.ok()) << own.error().detail.toStdString();
        ASSERT_EQ(own->volunteers.size(), 2U);
        for (const JudgedVolunteer& v : own->volunteers) {
            const auto same = std::find_if(atHub->volunteers.begin(), atHub->volunteers.end(), [&](const auto& h) {
                return h.volunteer.site == v.volunteer.site && h.volunteer.userName == v.volunteer.userName;
            });
            ASSERT_NE(same, atHub->volunteers.end()) << v.volunteer.userName.toStdString();
            EXPECT_EQ(metricsText(same->evaluation.metrics), metricsText(v.evaluation.metrics))
                << v.volunteer.userName.toStdString();
            EXPECT_EQ(same->volunteer.name, v.volunteer.name);
        }
    }
    // Định An's one day, counted by hand (workDay): 15 entries logged, one voided: 14; four corrected (three, and the
    // first entry re-checked as corrected), each with one real correction and one writing difference (capitals); two
    // escalated; the returned one re-checked as a match. The pair's work counts for both members; the return too.
    auto own = AwardsService::compute(*dinhAn->supervisor, {});
    ASSERT_TRUE(own.ok());
    for (const JudgedVolunteer& v : own->volunteers) {
        const evaluation::VolunteerMetrics& m = v.evaluation.metrics;
        std::int64_t entries = 0;
        for (const evaluation::WorkCell& c : m.cells) {
            entries += c.entries;
        }
        EXPECT_EQ(entries, 14);
        EXPECT_EQ(m.realCorrections, 4);
        EXPECT_EQ(m.writingDifferences, 4);
        EXPECT_EQ(m.escalations, 2);
        EXPECT_EQ(m.voids, 1);
        EXPECT_EQ(m.amendments, 2);
        EXPECT_EQ(m.decisionsReturned, 1);
        EXPECT_EQ(m.decisionsApproved, 1);
        EXPECT_EQ(m.decisionsFlagged, 1);
        EXPECT_EQ(m.entriesRead + m.entriesChecked, 14); // each entry read by one of them and checked by the other
        // The pair's work session began when they signed in (07/11 01:30 UTC) and paused after the 14th entry of
        // 08/11 (01:44): one closed stretch of 24 h 14 min, counted on the day it began; the rest never closed.
        EXPECT_EQ(m.workingSeconds, 86400 + 14 * 60);
        EXPECT_EQ(m.daysPresent, 2);
        EXPECT_EQ(m.district, QStringLiteral("Dầu Tiếng"));
        EXPECT_GT(m.spotCheckItems, 1);
        EXPECT_GT(m.spotCheckMisses, 0);
    }
    // The same data gives byte for byte the same result.
    auto again = AwardsService::compute(*hub, {});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(QJsonDocument(AwardsService::computeJson(again.value())).toJson(),
              QJsonDocument(AwardsService::computeJson(atHub.value())).toJson());

    // Who sees which volunteers judged (one test with the above: each test of this suite sets up a province).
    auto province = AwardsService::compute(*hub, {});
    ASSERT_TRUE(province.ok());
    EXPECT_TRUE(province->seesPatterns);
    auto districtView = AwardsService::compute(*district, {});
    ASSERT_TRUE(districtView.ok()) << districtView.error().detail.toStdString();
    EXPECT_EQ(districtView->volunteers.size(), 4U); // Thanh An's and Định An's, not Phú Cường's
    EXPECT_FALSE(districtView->seesPatterns);
    for (const JudgedVolunteer& v : districtView->volunteers) {
        EXPECT_EQ(v.evaluation.metrics.district, QStringLiteral("Dầu Tiếng"));
        EXPECT_EQ(v.rank, 0) << "no rank numbers for a district account";
    }
    EXPECT_GT(province->volunteers.front().rank, 0);
    // A volunteer: no list, only their own explanation.
    auto asVolunteer = AwardsService::compute(*dinhAn->pair, {});
    ASSERT_FALSE(asVolunteer.ok());
    EXPECT_EQ(asVolunteer.error().code, ErrorCode::NotPermitted);
    auto mine = AwardsService::explain(*dinhAn->pair, QStringLiteral("lan"), {});
    ASSERT_TRUE(mine.ok()) << mine.error().detail.toStdString();
    EXPECT_EQ(mine->volunteer.userName, QStringLiteral("lan"));
    EXPECT_EQ(mine->rank, 0);
    EXPECT_TRUE(mine->patterns.isEmpty());
    auto theirs = AwardsService::explain(*dinhAn->pair, QStringLiteral("minh"), {});
    ASSERT_FALSE(theirs.ok());
    EXPECT_EQ(theirs.error().code, ErrorCode::NotPermitted);
    // At the hub, "lan" is at three communes: the commune names which one; a district reads its own only.
    auto ambiguous = AwardsService::explain(*hub, QStringLiteral("lan"), {});
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error().code, ErrorCode::InvalidInput);
    auto named = AwardsService::explain(*district, QStringLiteral("Dầu Tiếng/Định An:lan"), {});
    ASSERT_TRUE(named.ok()) << named.error().detail.toStdString();
    auto elsewhere = AwardsService::explain(*district, QStringLiteral("Thủ Dầu Một/Phú Cường:lan"), {});
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_EQ(elsewhere.error().code, ErrorCode::NotPermitted);
    auto nobody = AwardsService::explain(*hub, QStringLiteral("Dầu Tiếng/Định An:khong-co"), {});
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().code, ErrorCode::InvalidInput);
    // A reversed period is refused before anything is read.
    auto reversed = AwardsService::compute(*hub, {QDate(2022, 11, 9), QDate(2022, 11, 7)});
    ASSERT_FALSE(reversed.ok());
    EXPECT_EQ(reversed.error().code, ErrorCode::InvalidInput);
    // A period narrows the facts: Định An worked on 8/11 only.
    auto dinhAnOwn = AwardsService::compute(*dinhAn->supervisor, {});
    ASSERT_TRUE(dinhAnOwn.ok());
    const QString dinhAnSite = dinhAnOwn->volunteers.front().volunteer.site;
    auto before = AwardsService::compute(*hub, {QDate(2022, 11, 1), QDate(2022, 11, 7)});
    ASSERT_TRUE(before.ok());
    int seen = 0;
    for (const JudgedVolunteer& v : before->volunteers) {
        if (v.volunteer.site == dinhAnSite) {
            ++seen;
            EXPECT_EQ(v.evaluation.metrics.entriesRead + v.evaluation.metrics.entriesChecked, 0);
            EXPECT_TRUE(v.evaluation.metrics.cells.empty());
            EXPECT_EQ(v.evaluation.tier, evaluation::Tier::None);
        }
    }
    EXPECT_EQ(seen, 2);
}

// The import judges everyone for its receipts in two steps (read inside its transaction, judged on a worker while it
// commits): the same judging as the office's own, and a province account's only.
TEST_F(HubReportTest, TheReceiptsJudgingIsTheOfficesOwnAndOnlyTheProvinceReadsIt) {
    auto read = AwardsService::readForReceipts(*hub);
    ASSERT_TRUE(read.ok()) << read.error().detail.toStdString();
    auto judged = AwardsService::judge(read.value());
    ASSERT_TRUE(judged.ok()) << judged.error().detail.toStdString();
    auto computed = AwardsService::compute(*hub, {});
    ASSERT_TRUE(computed.ok());
    ASSERT_FALSE(computed->volunteers.empty());
    EXPECT_EQ(QJsonDocument(AwardsService::computeJson(judged.value())).toJson(),
              QJsonDocument(AwardsService::computeJson(computed.value())).toJson());
    auto notTheDistrict = AwardsService::readForReceipts(*district);
    ASSERT_FALSE(notTheDistrict.ok());
    EXPECT_EQ(notTheDistrict.error().code, ErrorCode::NotPermitted);
    for (Session* commune : {phuCuong->supervisor.get(), phuCuong->pair.get()}) {
        auto refused = AwardsService::readForReceipts(*commune);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::WrongSiteKind);
    }
}

// Issue 15 part 3: the volunteers have no hub account, so each one's explanation as the hub judges them travels back to
// their commune in its next receipt: the supervisor reads anyone's, a volunteer their own; never the private patterns.
// (Last of the suite: it logs one more entry at Phú Cường.)
TEST_F(HubReportTest, TheHubsExplanationsTravelBackInTheNextReceipt) {
    phuCuong->log(Outcome::Corrected);
    const QString dir = work->filePath(QStringLiteral("files"));
    auto imported = ImportService::importFiles(*hub, {phuCuong->exportTo(dir)});
    ASSERT_TRUE(imported.ok() && imported->size() == 1U);
    const QString receipt = imported->front().receipt;
    ASSERT_FALSE(receipt.isEmpty());
    auto recorded = BundleService::recordReceipt(*phuCuong->supervisor, receipt);
    ASSERT_TRUE(recorded.ok()) << recorded.error().detail.toStdString();
    EXPECT_EQ(recorded->explanations, 2);

    auto atHub = AwardsService::explain(*hub, QStringLiteral("Thủ Dầu Một/Phú Cường:lan"), {});
    ASSERT_TRUE(atHub.ok());
    auto mine = AwardsService::hubExplanation(*phuCuong->pair, QStringLiteral("lan"));
    ASSERT_TRUE(mine.ok()) << mine.error().detail.toStdString();
    ASSERT_TRUE(mine->has_value());
    const QJsonObject& explained = mine->value().explanation;
    EXPECT_EQ(explained.value(QStringLiteral("userName")).toString(), QStringLiteral("lan"));
    EXPECT_EQ(explained.value(QStringLiteral("tier")).toString(),
              QString::fromLatin1(evaluation::tierKey(atHub->evaluation.tier)));
    EXPECT_EQ(explained.value(QStringLiteral("score")).toDouble(), atHub->evaluation.score());
    EXPECT_EQ(explained.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("entries")).toInteger(), 15);
    EXPECT_FALSE(explained.contains(QStringLiteral("patterns")));
    // The supervisor reads anyone's; lan not minh's; the hub has no receipts of its own.
    auto theirs = AwardsService::hubExplanation(*phuCuong->supervisor, QStringLiteral("minh"));
    ASSERT_TRUE(theirs.ok());
    EXPECT_TRUE(theirs->has_value());
    auto refused = AwardsService::hubExplanation(*phuCuong->pair, QStringLiteral("minh"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
    auto wrongSite = AwardsService::hubExplanation(*hub, QStringLiteral("lan"));
    ASSERT_FALSE(wrongSite.ok());
    EXPECT_EQ(wrongSite.error().code, ErrorCode::WrongSiteKind);
    // Recorded again: nothing new; an older receipt's explanation never replaces a newer one.
    auto again = BundleService::recordReceipt(*phuCuong->supervisor, receipt);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->alreadyRecorded);
}

// A receipt's explanations are hostile until checked (AwardsService::readReceiptExplanations).
TEST(ReceiptExplanations, EveryMalformedListIsRefusedAndAnAbsentOneIsNone) {
    const auto read = [](const QByteArray& json) {
        return AwardsService::readReceiptExplanations(
            QJsonDocument::fromJson(json).object().value(QStringLiteral("e")));
    };
    auto none = read("{}");
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
    auto good = read(R"({"e": [{"userName": "lan", "explanation": {"tier": "good"}}]})");
    ASSERT_TRUE(good.ok());
    ASSERT_EQ(good->size(), 1U);
    EXPECT_EQ(good->front().json, QByteArray(R"({"tier":"good"})"));
    for (const char* bad : {
             R"({"e": {"userName": "lan"}})",                          // not a list
             R"({"e": [1]})",                                          // not an object
             R"({"e": [{"userName": "lan"}]})",                        // no explanation
             R"({"e": [{"userName": "lan", "explanation": "tốt"}]})",  // not an object
             R"({"e": [{"userName": 7, "explanation": {}}]})",         // a number for a name
             R"({"e": [{"userName": "Lan Anh", "explanation": {}}]})", // not a user name
             R"({"e": [{"userName": "../lan", "explanation": {}}]})",  // not a user name
             R"({"e": [{"userName": "lan", "explanation": {}}, {"userName": "lan", "explanation": {}}]})", // twice
         }) {
        EXPECT_FALSE(read(bad).ok()) << bad;
    }
    QJsonArray many;
    for (int i = 0; i < 5001; ++i) {
        many.append(QJsonObject{{QStringLiteral("userName"), QStringLiteral("tnv%1").arg(i)},
                                {QStringLiteral("explanation"), QJsonObject{}}});
    }
    EXPECT_FALSE(AwardsService::readReceiptExplanations(many).ok());
    const QJsonArray huge{QJsonObject{
        {QStringLiteral("userName"), QStringLiteral("lan")},
        {QStringLiteral("explanation"), QJsonObject{{QStringLiteral("x"), QString(70 * 1024, QLatin1Char('a'))}}}}};
    EXPECT_FALSE(AwardsService::readReceiptExplanations(huge).ok());
}

// Issue 16 part 2: the error map at the hub (from the summaries kept at import) equals each commune's own (from its
// log), cell by cell and outcome by outcome — amendments by the swapped pair, voids, a return, a held bundle applied
// later included; a district's map sums its communes'.
QString mapText(const ErrorMap& map, bool withPlace) {
    QString out;
    for (const ErrorMapCell& c : map.cells) {
        out += QStringLiteral("%1/%2 %3 %4 %5 %6: %7/%8\n")
                   .arg(withPlace ? c.district : QString(), withPlace ? c.commune : QString(), c.recordType)
                   .arg(c.decade)
                   .arg(c.field, c.correctionClass)
                   .arg(c.corrected)
                   .arg(c.checked);
    }
    QStringList outcomes;
    for (auto it = map.outcomes.cbegin(); it != map.outcomes.cend(); ++it) {
        if (it.value() != 0) {
            outcomes.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
        }
    }
    outcomes.sort();
    return out + outcomes.join(QLatin1Char(' ')) + QStringLiteral(" writing=%1").arg(map.writingDifferences);
}

TEST_F(HubReportTest, TheErrorMapAtTheHubEqualsEachCommunesOwn) {
    const std::pair<Commune*, const char*> communes[] = {
        {thanhAn.get(), "Thanh An"}, {dinhAn.get(), "Định An"}, {phuCuong.get(), "Phú Cường"}};
    int cells = 0;
    for (const auto& [commune, name] : communes) {
        auto own = ErrorMapService::compute(*commune->supervisor, {});
        ASSERT_TRUE(own.ok()) << own.error().detail.toStdString();
        auto atHub = ErrorMapService::compute(*hub, {ReportScope{QString(), QString::fromUtf8(name)}});
        ASSERT_TRUE(atHub.ok()) << atHub.error().detail.toStdString();
        EXPECT_TRUE(atHub->atHub);
        EXPECT_FALSE(own->atHub);
        EXPECT_EQ(mapText(atHub.value(), true), mapText(own.value(), true)) << name;
        EXPECT_GT(own->outcomes.value(QStringLiteral("corrected")), 0);
        EXPECT_GT(own->outcomes.value(QStringLiteral("escalated")), 0);
        EXPECT_GT(own->writingDifferences, 0);
        cells += static_cast<int>(own->cells.size());
    }
    EXPECT_GT(cells, 30);
    // The district sums its two communes, the province its three.
    auto dauTieng = ErrorMapService::compute(*district, {ReportScope{QStringLiteral("Dầu Tiếng"), QString()}});
    ASSERT_TRUE(dauTieng.ok()) << dauTieng.error().detail.toStdString();
    auto province = ErrorMapService::compute(*hub, {});
    ASSERT_TRUE(province.ok());
    const auto total = [](const ErrorMap& map) {
        int checked = 0;
        for (const ErrorMapRow& r : ErrorMapService::rows(map, {})) {
            checked += r.rate.checked;
        }
        return checked;
    };
    auto own1 = ErrorMapService::compute(*thanhAn->supervisor, {});
    auto own2 = ErrorMapService::compute(*dinhAn->supervisor, {});
    auto own3 = ErrorMapService::compute(*phuCuong->supervisor, {});
    ASSERT_TRUE(own1.ok() && own2.ok() && own3.ok());
    EXPECT_EQ(total(dauTieng.value()), total(own1.value()) + total(own2.value()));
    EXPECT_EQ(total(province.value()), total(own1.value()) + total(own2.value()) + total(own3.value()));
    // Who may: the district account its own district (by default too), not the other district; a commune's scope at a
    // commune site is refused.
    auto other = ErrorMapService::compute(*district, {ReportScope{QStringLiteral("Thủ Dầu Một"), QString()}});
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::NotPermitted);
    auto ownByDefault = ErrorMapService::compute(*district, {}); // no scope: its own district, not the province
    ASSERT_TRUE(ownByDefault.ok());
    EXPECT_EQ(total(ownByDefault.value()), total(dauTieng.value()));
    auto otherCommune = ErrorMapService::compute(*district, {ReportScope{QString(), QStringLiteral("Phú Cường")}});
    ASSERT_FALSE(otherCommune.ok());
    EXPECT_EQ(otherCommune.error().code, ErrorCode::NotPermitted);
    auto unknown = ErrorMapService::compute(*hub, {ReportScope{QStringLiteral("Nowhere"), QString()}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidInput);
    auto scoped = ErrorMapService::compute(*thanhAn->supervisor, {ReportScope{QStringLiteral("Dầu Tiếng"), QString()}});
    ASSERT_FALSE(scoped.ok());
    EXPECT_EQ(scoped.error().code, ErrorCode::InvalidInput);
}

} // namespace
