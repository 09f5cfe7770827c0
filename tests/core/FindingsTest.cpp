// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// What the campaign found (issue 16 parts 1 and 3; docs/FINDINGS.md): the action lists hold exactly the current
// versions of the right entries — every outcome, corrections and writing differences, an amendment replacing a
// corrected row, voids, escalations open, resolved and re-checked — the same at the hub (from real bundles) as at the
// commune (from its own log); who may see them; de-identified lists name no one; the recipient on every page of a
// file and in its audit event; the register inventory's refusals and the coverage's gaps, computed by hand.
#include "app/common/export/ReportWriter.h"
#include "core/services/BundleService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/FindingsService.h"
#include "core/services/ImportService.h"
#include "core/services/InventoryService.h"
#include "core/services/LogService.h"
#include "core/services/ReviewService.h"
#include "core/services/UserService.h"
#include "core/sheets/Table.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dc;
using namespace dc::core;
using dc::test::TestSite;

namespace {

using dc::test::kRules;
constexpr const char* kDistrictPassword = "huyen-dau-tieng-ket-qua-16";

// The names and values of the fixture: none may appear in a de-identified list.
const QStringList kNames = {
    QStringLiteral("Nguyễn Thị Hồng"), QStringLiteral("Trần Văn Bình"), QStringLiteral("Lê Thị Cúc"),
    QStringLiteral("Phạm Văn Dũng"),   QStringLiteral("Võ Thị Én"),     QStringLiteral("Đặng Văn Giang"),
    QStringLiteral("Huỳnh Thị Hạnh"),  QStringLiteral("Bùi Văn Khoa"),  QStringLiteral("Đỗ Thị Lụa"),
    QStringLiteral("Hồ Văn Mẫn"),      QStringLiteral("Ngô Thị Nụ")};
const QStringList kValues = {QStringLiteral("Bùi Văn Khao"),
                             QStringLiteral("07/03/1982"),
                             QStringLiteral("03/07/1982"),
                             QStringLiteral("Trần Văn Binh"),
                             QStringLiteral("Huỳnh Thi Hạnh"),
                             QStringLiteral("Bùi Văn Khoaa"),
                             QStringLiteral("Giữ theo sổ gốc"),
                             QStringLiteral("Hỏi lại ông Khoa"),
                             QStringLiteral("Sổ ghi Bùi Văn Khoa"),
                             QStringLiteral("7/3/1982"),
                             QStringLiteral("Huyện: giữ theo sổ gốc của bà Ngô")};

CheckInput entry(qint64 book, int number, Outcome outcome, const QString& name,
                 std::vector<CorrectionInput> corrections = {}) {
    CheckInput input;
    input.bookId = book;
    input.entryNumber = number;
    input.registrationDate = QStringLiteral("14/04/1998");
    input.subjectName = name;
    input.outcome = outcome;
    input.secondsSpent = 40;
    input.corrections = std::move(corrections);
    if (outcome == Outcome::Escalated) {
        input.transcript = QStringLiteral("Ng_y_n");
    }
    return input;
}

struct Commune {
    std::unique_ptr<TestSite> site;
    std::unique_ptr<Session> supervisor;
    std::unique_ptr<Session> pair;
    qint64 book = 0;
    qint64 book2 = 0;

    LoggedCheck log(const CheckInput& input) {
        auto logged = LogService::logCheck(*pair, input, kRules);
        EXPECT_TRUE(logged.ok()) << (logged.ok() ? "" : logged.error().detail.toStdString());
        return logged.ok() ? logged->check : LoggedCheck{};
    }
    void amend(const LoggedCheck& old, const CheckInput& input) {
        auto amended = LogService::amendCheck(*pair, old.id, input, QStringLiteral("đọc lại"), kRules);
        EXPECT_TRUE(amended.ok()) << (amended.ok() ? "" : amended.error().detail.toStdString());
    }
};

std::unique_ptr<Commune> makeCommune() {
    auto c = std::make_unique<Commune>();
    c->site = std::make_unique<TestSite>();
    c->site->addUser(QStringLiteral("lan"), TestSite::kLanPassword, false, QStringLiteral("Trần Thị Lan"));
    c->site->addUser(QStringLiteral("minh"), TestSite::kMinhPassword, false, QStringLiteral("Lê Văn Minh"));
    c->book = c->site->addBook(1, 20);
    c->book2 = c->site->addBook(1, 10, QStringLiteral("02"), 2001);
    c->supervisor = c->site->signInSupervisor();
    c->pair = c->site->signInPair();
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

// Exports what is new, imports it at the hub and records the hub's receipts at the commune (they bring the district's
// decisions back).
void sendToHub(Session& hub, Commune& commune, const QString& dir) {
    auto written = BundleService::exportBundle(*commune.supervisor, dir);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    for (const auto& bundle : written.value()) {
        auto imported = ImportService::importFiles(hub, {bundle.file});
        ASSERT_TRUE(imported.ok() && imported->size() == 1U) << imported.error().detail.toStdString();
        auto recorded = BundleService::recordReceipt(*commune.supervisor, imported->front().receipt);
        ASSERT_TRUE(recorded.ok()) << recorded.error().detail.toStdString();
    }
}

CorrectionInput fix(const char* field, const QString& before, const QString& after) {
    return {QString::fromLatin1(field), before, after};
}

// Thanh An's work, entry by entry (book 01/1998 unless said):
//  1 match · 2 corrected (full name: diacritic; birth date: day and month swapped) · 3 entered new · 4 duplicate ·
//  5 escalated, open · 6 escalated, resolved by the supervisor, not re-checked · 7 escalated, resolved, re-checked as
//  corrected · 8 corrected, amended with other values (the birth date's format: a writing difference) · 9 entered new,
//  voided · 10 corrected, voided · book 02/2001: 1 duplicate, 3 match. (11, escalated and decided by the district,
//  and book 02/2001's 4 are logged in SetUpTestSuite.)
void thanhAnWork(Commune& c) {
    c.log(entry(c.book, 1, Outcome::Match, kNames[0]));
    c.log(entry(c.book, 2, Outcome::Corrected, kNames[1],
                {fix("subject.full_name", QStringLiteral("Trần Văn Binh"), kNames[1]),
                 fix("subject.birth_date", QStringLiteral("07/03/1982"), QStringLiteral("03/07/1982"))}));
    c.log(entry(c.book, 3, Outcome::MissingEnteredNew, kNames[2]));
    c.log(entry(c.book, 4, Outcome::DuplicateInDatabase, kNames[3]));
    c.log(entry(c.book, 5, Outcome::Escalated, kNames[4]));
    const LoggedCheck six = c.log(entry(c.book, 6, Outcome::Escalated, kNames[5]));
    ASSERT_TRUE(ReviewService::decide(*c.supervisor, six.id, ReviewDecision::Resolve, kValues[6]).ok());
    const LoggedCheck seven = c.log(entry(c.book, 7, Outcome::Escalated, kNames[6]));
    ASSERT_TRUE(ReviewService::decide(*c.supervisor, seven.id, ReviewDecision::Resolve, kValues[7], kValues[8]).ok());
    c.amend(seven, entry(c.book, 7, Outcome::Corrected, kNames[6], {fix("subject.full_name", kValues[4], kNames[6])}));
    const LoggedCheck eight =
        c.log(entry(c.book, 8, Outcome::Corrected, kNames[7], {fix("subject.full_name", kValues[0], kNames[7])}));
    c.amend(eight, entry(c.book, 8, Outcome::Corrected, kNames[7],
                         {fix("subject.full_name", kValues[5], kNames[7]),
                          fix("subject.birth_date", kValues[9], QStringLiteral("07/03/1982"))}));
    const LoggedCheck nine = c.log(entry(c.book, 9, Outcome::MissingEnteredNew, kNames[8]));
    ASSERT_TRUE(LogService::voidCheck(*c.pair, nine.id, QStringLiteral("nhập nhầm")).ok());
    const LoggedCheck ten = c.log(entry(c.book, 10, Outcome::Corrected, kNames[9],
                                        {fix("subject.full_name", QStringLiteral("Hồ Văn Mẩn"), kNames[9])}));
    ASSERT_TRUE(LogService::voidCheck(*c.pair, ten.id, QStringLiteral("trùng số")).ok());
    c.log(entry(c.book2, 1, Outcome::DuplicateInDatabase, kNames[10]));
    c.log(entry(c.book2, 3, Outcome::Match, kNames[0]));
}

class FindingsTest : public ::testing::Test {
protected:
    static inline std::unique_ptr<TestSite> hubSite;
    static inline std::unique_ptr<Session> hub;      // province
    static inline std::unique_ptr<Session> district; // Dầu Tiếng
    static inline std::unique_ptr<QTemporaryDir> work;
    static inline std::unique_ptr<Commune> thanhAn;  // Dầu Tiếng/Thanh An
    static inline std::unique_ptr<Commune> phuCuong; // Thủ Dầu Một/Phú Cường
    static inline QString flagged;                   // Thanh An's entry 11, decided by the district

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
        phuCuong = makeCommune();
        enroll(*hub, *thanhAn, QStringLiteral("Dầu Tiếng/Thanh An"), dir);
        enroll(*hub, *phuCuong, QStringLiteral("Thủ Dầu Một/Phú Cường"), dir);
        thanhAnWork(*thanhAn);
        const LoggedCheck eleven = thanhAn->log(entry(thanhAn->book, 11, Outcome::Escalated, kNames[10]));
        ASSERT_TRUE(
            ReviewService::decide(*thanhAn->supervisor, eleven.id, ReviewDecision::Flag, QStringLiteral("hỏi huyện"))
                .ok());
        flagged = eleven.uuid;
        phuCuong->log(entry(phuCuong->book, 1, Outcome::MissingEnteredNew, kNames[0]));
        sendToHub(*hub, *thanhAn, dir);
        sendToHub(*hub, *phuCuong, dir);
        // Entry 11 was escalated and flagged for the district, which decides it; its next receipt brings the decision
        // back to the commune (with entry 4 of book 02/2001, logged since).
        auto decided = ImportService::decide(*district, flagged, QStringLiteral("reject"), kValues[10]);
        ASSERT_TRUE(decided.ok()) << decided.error().detail.toStdString();
        thanhAn->log(entry(thanhAn->book2, 4, Outcome::Match, kNames[0]));
        sendToHub(*hub, *thanhAn, dir);
    }
    static void TearDownTestSuite() {
        thanhAn.reset();
        phuCuong.reset();
        district.reset();
        hub.reset();
        hubSite.reset();
        work.reset();
    }

    static QJsonObject listsAt(Session& session, const QString& commune = {}, bool deidentified = false) {
        FindingsRequest request;
        request.scope.commune = commune;
        request.deidentified = deidentified;
        auto lists = FindingsService::actions(session, request);
        EXPECT_TRUE(lists.ok()) << (lists.ok() ? "" : lists.error().detail.toStdString());
        return lists.ok() ? FindingsService::actionsJson(lists.value()) : QJsonObject{};
    }
};

// "book/year#entry" of each item of a list, in order.
QStringList places(const QJsonArray& items) {
    QStringList out;
    for (const QJsonValue& v : items) {
        const QJsonObject r = v[QStringLiteral("reference")].toObject();
        out << QStringLiteral("%1/%2#%3")
                   .arg(r[QStringLiteral("bookNumber")].toString())
                   .arg(r[QStringLiteral("year")].toInt())
                   .arg(r[QStringLiteral("entry")].toInt());
    }
    return out;
}

TEST_F(FindingsTest, TheListsHoldTheCurrentVersionOfTheRightEntries) {
    const QJsonObject lists = listsAt(*hub, QStringLiteral("Dầu Tiếng/Thanh An"));
    EXPECT_EQ(places(lists[QStringLiteral("missingEnteredNew")].toArray()), QStringList{QStringLiteral("01/1998#3")});
    EXPECT_EQ(places(lists[QStringLiteral("duplicatesInDatabase")].toArray()),
              (QStringList{QStringLiteral("01/1998#4"), QStringLiteral("02/2001#1")}));
    EXPECT_EQ(places(lists[QStringLiteral("escalations")].toArray()),
              (QStringList{QStringLiteral("01/1998#5"), QStringLiteral("01/1998#6"), QStringLiteral("01/1998#7"),
                           QStringLiteral("01/1998#11")}));
    // Corrections: entry 2's two real ones (not the sex, equal), entry 7's re-check, entry 8's amendment only (its
    // first values are gone; its case-only correction is a writing difference); the voided entry 10 is gone.
    const QJsonArray corrections = lists[QStringLiteral("corrections")].toArray();
    EXPECT_EQ(places(corrections), (QStringList{QStringLiteral("01/1998#2"), QStringLiteral("01/1998#2"),
                                                QStringLiteral("01/1998#7"), QStringLiteral("01/1998#8")}));
    QStringList fixes;
    for (const QJsonValue& c : corrections) {
        fixes << c[QStringLiteral("field")].toString() + QLatin1Char(' ') + c[QStringLiteral("before")].toString() +
                     QStringLiteral(" → ") + c[QStringLiteral("after")].toString() + QLatin1Char(' ') +
                     c[QStringLiteral("class")].toString();
    }
    EXPECT_EQ(fixes, (QStringList{QStringLiteral("subject.full_name Trần Văn Binh → Trần Văn Bình diacritic"),
                                  QStringLiteral("subject.birth_date 07/03/1982 → 03/07/1982 date_day_month_swap"),
                                  QStringLiteral("subject.full_name Huỳnh Thi Hạnh → Huỳnh Thị Hạnh diacritic"),
                                  QStringLiteral("subject.full_name Bùi Văn Khoaa → Bùi Văn Khoa spelling")}));
    EXPECT_EQ(corrections[0][QStringLiteral("label")][QStringLiteral("vi")].toString(),
              QStringLiteral("Họ, chữ đệm và tên"));
    EXPECT_EQ(lists[QStringLiteral("writingDifferences")].toInt(), 1);

    // The escalations: open; resolved by the supervisor and not re-checked; resolved and re-checked as corrected.
    const QJsonArray escalations = lists[QStringLiteral("escalations")].toArray();
    const auto status = [&](int i) {
        const QJsonObject e = escalations[i].toObject();
        return QStringList{e[QStringLiteral("outcome")].toString(),   e[QStringLiteral("status")].toString(),
                           e[QStringLiteral("decision")].toString(),  e[QStringLiteral("note")].toString(),
                           e[QStringLiteral("decidedBy")].toString(), e[QStringLiteral("newOutcome")].toString()};
    };
    EXPECT_EQ(status(0), (QStringList{QStringLiteral("escalated"), QStringLiteral("open"), {}, {}, {}, {}}));
    EXPECT_EQ(status(1), (QStringList{QStringLiteral("escalated"),
                                      QStringLiteral("resolved"),
                                      kValues[6],
                                      {},
                                      QStringLiteral("supervisor"),
                                      {}}));
    EXPECT_EQ(status(2), (QStringList{QStringLiteral("corrected"), QStringLiteral("resolved"), kValues[7], kValues[8],
                                      QStringLiteral("supervisor"), QStringLiteral("corrected")}));
    EXPECT_EQ(status(3), (QStringList{QStringLiteral("escalated"),
                                      QStringLiteral("resolved"),
                                      QStringLiteral("reject"),
                                      kValues[10],
                                      QStringLiteral("district"),
                                      {}}));
    EXPECT_TRUE(escalations[0][QStringLiteral("decidedAt")].isNull());
    EXPECT_FALSE(escalations[1][QStringLiteral("decidedAt")].toString().isEmpty());

    // Every item: the register reference of the hub issue with the current row's UUID, the subject's name.
    const QJsonObject missing = lists[QStringLiteral("missingEnteredNew")].toArray().at(0).toObject();
    const QJsonObject ref = missing[QStringLiteral("reference")].toObject();
    EXPECT_EQ(ref.keys(),
              (QStringList{QStringLiteral("bookNumber"), QStringLiteral("check"), QStringLiteral("commune"),
                           QStringLiteral("district"), QStringLiteral("entry"), QStringLiteral("registrationDate"),
                           QStringLiteral("type"), QStringLiteral("year")}));
    EXPECT_EQ(ref[QStringLiteral("district")].toString(), QStringLiteral("Dầu Tiếng"));
    EXPECT_EQ(ref[QStringLiteral("commune")].toString(), QStringLiteral("Thanh An"));
    EXPECT_EQ(ref[QStringLiteral("type")].toString(), QStringLiteral("birth"));
    EXPECT_EQ(ref[QStringLiteral("registrationDate")].toString(), QStringLiteral("14/04/1998"));
    EXPECT_EQ(ref[QStringLiteral("check")].toString().size(), 36);
    EXPECT_EQ(missing[QStringLiteral("name")].toString(), kNames[2]);
}

TEST_F(FindingsTest, TheHubAndTheCommuneGiveTheSameLists) {
    const QJsonObject atHub = listsAt(*hub, QStringLiteral("Dầu Tiếng/Thanh An"));
    const QJsonObject atCommune = listsAt(*thanhAn->supervisor);
    for (const char* key :
         {"missingEnteredNew", "duplicatesInDatabase", "escalations", "corrections", "writingDifferences"}) {
        EXPECT_EQ(atHub[QLatin1String(key)], atCommune[QLatin1String(key)]) << key;
    }
    EXPECT_EQ(atHub[QStringLiteral("corrections")].toArray().size(), 4);
    // A district sums its communes; the province every district.
    const QJsonObject province = listsAt(*hub);
    EXPECT_EQ(places(province[QStringLiteral("missingEnteredNew")].toArray()),
              (QStringList{QStringLiteral("01/1998#3"), QStringLiteral("01/1998#1")}));
    EXPECT_EQ(province[QStringLiteral("missingEnteredNew")][1][QStringLiteral("reference")][QStringLiteral("district")]
                  .toString(),
              QStringLiteral("Thủ Dầu Một"));
}

TEST_F(FindingsTest, WhoMaySeeTheLists) {
    // A volunteer: nothing, at the commune.
    EXPECT_EQ(FindingsService::actions(*thanhAn->pair, {}).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(InventoryService::coverage(*thanhAn->pair, {}).error().code, ErrorCode::NotPermitted);
    // A district account: its own district (the default) and its communes; never another district.
    auto own = FindingsService::actions(*district, {});
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(own->scope, QStringLiteral("Dầu Tiếng"));
    EXPECT_EQ(own->missingEnteredNew.size(), 1U);
    FindingsRequest other;
    other.scope.district = QStringLiteral("Thủ Dầu Một");
    EXPECT_EQ(FindingsService::actions(*district, other).error().code, ErrorCode::NotPermitted);
    other.scope = {{}, QStringLiteral("Thủ Dầu Một/Phú Cường")};
    EXPECT_EQ(FindingsService::actions(*district, other).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(InventoryService::coverage(*district, other.scope).error().code, ErrorCode::NotPermitted);
    other.scope = {{}, QStringLiteral("Dầu Tiếng/Thanh An")};
    EXPECT_TRUE(FindingsService::actions(*district, other).ok());
    // An unknown place; a scope at a commune site.
    other.scope = {QStringLiteral("Hà Nội"), {}};
    EXPECT_EQ(FindingsService::actions(*hub, other).error().code, ErrorCode::InvalidInput);
    other.scope = {{}, QStringLiteral("Dầu Tiếng/Thanh An")};
    EXPECT_EQ(FindingsService::actions(*thanhAn->supervisor, other).error().code, ErrorCode::InvalidInput);
}

TEST_F(FindingsTest, DeidentifiedListsNameNoOne) {
    FindingsRequest request;
    request.deidentified = true;
    auto lists = FindingsService::actions(*hub, request);
    ASSERT_TRUE(lists.ok());
    const QString json = QString::fromUtf8(QJsonDocument(FindingsService::actionsJson(lists.value())).toJson());
    // The PDF's text too.
    const QString pdf = work->filePath(QStringLiteral("masked.pdf"));
    ReportDocument document = FindingsService::actionsDocument(lists.value(), domain::Language::Vietnamese);
    document.recipient = QStringLiteral("Phòng Tư pháp huyện Dầu Tiếng");
    ASSERT_TRUE(app::exportReport(*hub, document, app::ExportFormat::Pdf, pdf, domain::Language::Vietnamese).ok());
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
    ASSERT_TRUE(printed.contains(QStringLiteral("Thanh An"))) << printed.left(400).toStdString();
    for (const QString& secret : kNames + kValues) {
        EXPECT_FALSE(json.contains(secret)) << secret.toStdString();
        EXPECT_FALSE(printed.contains(secret)) << secret.toStdString();
    }
    // Initials instead, and the dates' year only.
    EXPECT_TRUE(json.contains(QStringLiteral("\"H. T. H.\""))) << json.toStdString();
    EXPECT_TRUE(json.contains(QStringLiteral("**/**/1982")));
    // The identified lists do hold them (the test above would pass with nothing in it otherwise).
    const QString identified = QString::fromUtf8(QJsonDocument(listsAt(*hub)).toJson());
    EXPECT_TRUE(identified.contains(kNames[2]) && identified.contains(kValues[1]) && identified.contains(kValues[7]) &&
                identified.contains(kValues[5]));
}

// Many items, so that the list runs over several pages: the recipient on every one, and in the audit event.
TEST_F(FindingsTest, TheRecipientIsOnEveryPageAndInTheAuditEvent) {
    ActionLists lists;
    lists.site = QStringLiteral("Tỉnh Đoàn Bình Dương — Dầu Tiếng");
    for (int i = 1; i <= 160; ++i) {
        ActionItem item;
        item.reference = {QStringLiteral("Dầu Tiếng"),  QStringLiteral("Thanh An"),
                          QStringLiteral("birth"),      1998,
                          QStringLiteral("01"),         i,
                          QStringLiteral("14/04/1998"), QStringLiteral("x")};
        item.name = QStringLiteral("N. T. H.");
        item.outcome = QStringLiteral("missing_entered_new");
        lists.missingEnteredNew.push_back(item);
    }
    ReportDocument document = FindingsService::actionsDocument(lists, domain::Language::Vietnamese);
    const QString pdf = work->filePath(QStringLiteral("long.pdf"));
    // Without a recipient a file of the lists is not written.
    EXPECT_EQ(app::exportReport(*hub, document, app::ExportFormat::Pdf, pdf, domain::Language::Vietnamese).error().code,
              ErrorCode::InvalidInput);
    EXPECT_FALSE(QFile::exists(pdf));
    document.recipient = QStringLiteral("Công an huyện Dầu Tiếng — đội quản lý dân cư");
    ASSERT_TRUE(app::exportReport(*hub, document, app::ExportFormat::Pdf, pdf, domain::Language::Vietnamese).ok());
    QProcess info;
    info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {pdf});
    ASSERT_TRUE(info.waitForFinished(60000));
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                          .match(QString::fromUtf8(info.readAllStandardOutput()))
                          .captured(1)
                          .toInt();
    ASSERT_GE(pages, 3);
    for (int page = 1; page <= pages; ++page) {
        QProcess text;
        text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                   {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                    QStringLiteral("-")});
        ASSERT_TRUE(text.waitForFinished(60000));
        const QString printed =
            QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
        EXPECT_TRUE(printed.contains(QStringLiteral("Người nhận: Công an huyện Dầu Tiếng — đội quản lý dân cư")))
            << "page " << page;
    }
    auto event = hub->database().prepare(
        "SELECT details FROM audit_events WHERE action = 'report.exported' ORDER BY seq DESC LIMIT 1");
    ASSERT_TRUE(event.step());
    const QJsonObject details = QJsonDocument::fromJson(event.text(0).toUtf8()).object();
    EXPECT_EQ(details[QStringLiteral("recipient")].toString(),
              QStringLiteral("Công an huyện Dầu Tiếng — đội quản lý dân cư"));
    EXPECT_EQ(details[QStringLiteral("report")].toString(), QStringLiteral("findings-actions"));
    // In an XLSX, under the facts (read back with core/sheets).
    const QString xlsx = work->filePath(QStringLiteral("long.xlsx"));
    ASSERT_TRUE(app::exportReport(*hub, document, app::ExportFormat::Xlsx, xlsx, domain::Language::English).ok());
    auto table = sheets::readTable(xlsx);
    ASSERT_TRUE(table.ok()) << table.error().detail.toStdString();
    const QStringList recipientRow{QStringLiteral("Recipient"),
                                   QStringLiteral("Công an huyện Dầu Tiếng — đội quản lý dân cư")};
    EXPECT_TRUE(std::any_of(table->rows.begin(), table->rows.begin() + std::min<std::size_t>(12, table->rows.size()),
                            [&](const QStringList& row) { return row.mid(0, 2) == recipientRow; }));
    // A volunteer cannot export a list; a recipient with a control character is refused.
    const QString refused = work->filePath(QStringLiteral("volunteer.pdf"));
    EXPECT_EQ(app::exportReport(*thanhAn->pair, document, app::ExportFormat::Pdf, refused, domain::Language::Vietnamese)
                  .error()
                  .code,
              ErrorCode::NotPermitted);
    EXPECT_FALSE(QFile::exists(refused));
    EXPECT_FALSE(checkedRecipient(QStringLiteral("a\nb")).ok());
    EXPECT_FALSE(checkedRecipient(QString(201, QLatin1Char('x'))).ok());
    EXPECT_FALSE(checkedRecipient(QStringLiteral("   ")).ok());
    EXPECT_EQ(checkedRecipient(QStringLiteral(" Phòng Tư pháp ")).value(), QStringLiteral("Phòng Tư pháp"));
}

// The inventory: a province account enters it; each refusal names its line and writes nothing.
TEST_F(FindingsTest, TheInventoryRefusesBadLinesAndWritesNothing) {
    const auto count = [] {
        auto listed = InventoryService::list(*hub, {});
        EXPECT_TRUE(listed.ok());
        return listed.ok() ? static_cast<int>(listed->size()) : -1;
    };
    const int before = count();
    const QByteArray header("district,commune,type,year,number,first,last\n");
    const QByteArray good("Dầu Tiếng,Định An,birth,1999,01,1,100\n");
    const auto refusal = [&](const QByteArray& bytes) {
        auto imported = InventoryService::importCsv(*hub, bytes);
        EXPECT_FALSE(imported.ok());
        return imported.ok() ? QString() : imported.error().detail;
    };
    EXPECT_TRUE(refusal("commune,type\nx,y\n").startsWith(QStringLiteral("line 1:")));
    EXPECT_TRUE(
        refusal(header + good + "Dầu Tiếng,Hà Nội,birth,1999,01,1,100\n").startsWith(QStringLiteral("line 3:")));
    EXPECT_TRUE(
        refusal(header + good + "Dầu Tiếng,Định An,birth,199x,02,1,100\n").startsWith(QStringLiteral("line 3:")));
    EXPECT_TRUE(
        refusal(header + good + "Dầu Tiếng,Định An,birth,1999,02,50,10\n").startsWith(QStringLiteral("line 3:")));
    EXPECT_TRUE(
        refusal(header + good + "Dầu Tiếng,Định An,birth,1999,02,0,10\n").startsWith(QStringLiteral("line 3:")));
    EXPECT_TRUE(
        refusal(header + good + "Dầu Tiếng,Định An,adoption,1999,02,1,10\n").startsWith(QStringLiteral("line 3:")));
    EXPECT_TRUE(refusal(header + good + good).startsWith(QStringLiteral("line 3:")));
    EXPECT_TRUE(
        refusal(header + good + "Dầu Tiếng,Định An,birth,1999,02,one,10\n").startsWith(QStringLiteral("line 3:")));
    EXPECT_TRUE(refusal(header + good + "Dầu Tiếng,Định An,birth,1999,012345678901234567890,1,10\n")
                    .startsWith(QStringLiteral("line 3:")));
    EXPECT_TRUE(refusal(header + good +
                        "Dầu Tiếng,Định An,birth,1999,0\x01"
                        "2,1,10\n")
                    .startsWith(QStringLiteral("line 3:")));
    EXPECT_TRUE(
        refusal(header + good + "Dầu Tiếng,Định An,birth,1999,03,1,100001\n").startsWith(QStringLiteral("line 3:")));
    EXPECT_TRUE(refusal(header + good + "Dầu Tiếng,Định An,birth,1999\n").startsWith(QStringLiteral("line 3:")));
    EXPECT_FALSE(refusal(header + "D\xe1u Ti\xeang,\xd0\xecnh An,birth,1999,01,1,100\n").isEmpty()); // not UTF-8
    EXPECT_FALSE(refusal(header + QByteArray(InventoryService::kMaxImportBytes, 'x')).isEmpty());    // too large
    EXPECT_EQ(count(), before);
    // With a byte-order mark, and a bare line at the end: accepted, all at once.
    auto imported =
        InventoryService::importCsv(*hub, "\xEF\xBB\xBF" + header + good + "Dầu Tiếng,Định An,death,1999,01,1,40\n\n");
    ASSERT_TRUE(imported.ok()) << imported.error().detail.toStdString();
    EXPECT_EQ(imported.value(), 2);
    EXPECT_EQ(count(), before + 2);
    // Already there: refused with its line, nothing more written.
    EXPECT_TRUE(
        refusal(header + "Dầu Tiếng,Định An,marriage,1999,01,1,10\n" + good).startsWith(QStringLiteral("line 3:")));
    EXPECT_EQ(count(), before + 2);
    RegisterInput input{QStringLiteral("Dầu Tiếng/Định An"), QStringLiteral("birth"), 1999, QStringLiteral("01"), 1, 5};
    EXPECT_EQ(InventoryService::add(*hub, input).error().code, ErrorCode::InvalidInput);
    // A district account reads its own district's only and enters nothing; a volunteer nothing.
    input.bookNumber = QStringLiteral("07");
    EXPECT_EQ(InventoryService::add(*district, input).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(InventoryService::importCsv(*district, header + good).error().code, ErrorCode::NotPermitted);
    EXPECT_TRUE(InventoryService::list(*district, {}).ok());
    EXPECT_EQ(InventoryService::list(*district, {QStringLiteral("Thủ Dầu Một"), {}}).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(InventoryService::add(*thanhAn->supervisor, input).error().code, ErrorCode::NotPermitted);
}

// Coverage, by hand: Thanh An's book 01/1998 has entries 1–8 and 11 current (9 and 10 voided), the workstation says
// 1–20, the inventory 1–12 (it wins); book 02/2001 (1–10, the workstation's) has 1, 3 and 4; the inventory's death
// book 01/2005 (1–5) was never opened at the workstation.
TEST_F(FindingsTest, CoverageCountsTheEntriesCheckedAndTheGaps) {
    ASSERT_TRUE(InventoryService::add(*hub, {QStringLiteral("Dầu Tiếng/Thanh An"), QStringLiteral("birth"), 1998,
                                             QStringLiteral("01"), 1, 12})
                    .ok());
    ASSERT_TRUE(InventoryService::add(
                    *hub, {QStringLiteral("Thanh An"), QStringLiteral("death"), 2005, QStringLiteral("01"), 1, 5})
                    .ok());
    const auto text = [](const Coverage& coverage) {
        QStringList out;
        for (const CoverageBook& b : coverage.registers) {
            QStringList gaps;
            for (const auto& [from, to] : b.gaps) {
                gaps << QStringLiteral("%1-%2").arg(from).arg(to);
            }
            out << QStringLiteral("%1 %2 %3/%4 [%5..%6] %7 {%8} %9")
                       .arg(b.commune, b.recordType, b.bookNumber)
                       .arg(b.year)
                       .arg(b.first ? QString::number(*b.first) : QStringLiteral("?"))
                       .arg(b.last ? QString::number(*b.last) : QStringLiteral("?"))
                       .arg(b.checked)
                       .arg(gaps.join(QLatin1Char(',')), b.source);
        }
        return out;
    };
    auto atHub = InventoryService::coverage(*hub, {{}, QStringLiteral("Dầu Tiếng/Thanh An")});
    ASSERT_TRUE(atHub.ok()) << atHub.error().detail.toStdString();
    EXPECT_EQ(text(atHub.value()),
              (QStringList{QStringLiteral("Thanh An birth 01/1998 [1..12] 9 {9-10,12-12} both"),
                           QStringLiteral("Thanh An birth 02/2001 [1..10] 3 {2-2,5-10} workstation"),
                           QStringLiteral("Thanh An death 01/2005 [1..5] 0 {1-5} inventory")}));
    // At the commune: its own books, with the workstation's ranges.
    auto atCommune = InventoryService::coverage(*thanhAn->supervisor, {});
    ASSERT_TRUE(atCommune.ok());
    EXPECT_EQ(text(atCommune.value()),
              (QStringList{QStringLiteral("Thanh An birth 01/1998 [1..20] 9 {9-10,12-20} workstation"),
                           QStringLiteral("Thanh An birth 02/2001 [1..10] 3 {2-2,5-10} workstation")}));
    const QJsonObject json = InventoryService::coverageJson(atHub.value());
    const QJsonObject first = json[QStringLiteral("registers")][0].toObject();
    EXPECT_EQ(first[QStringLiteral("gaps")].toArray(), (QJsonArray{QJsonArray{9, 10}, QJsonArray{12, 12}}));
    EXPECT_EQ(first[QStringLiteral("first")].toInt(), 1);
    EXPECT_EQ(first[QStringLiteral("bookNumber")].toString(), QStringLiteral("01"));
    // The district sees its own district's registers (Thanh An's and Định An's), not Phú Cường's.
    auto own = InventoryService::coverage(*district, {});
    ASSERT_TRUE(own.ok());
    for (const CoverageBook& b : own->registers) {
        EXPECT_EQ(b.district, QStringLiteral("Dầu Tiếng"));
    }
}

} // namespace
