// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Certificates of participation (issue 15 part 5): numbers sequential per campaign and given only at a hub, kept by a
// person across batches, new persons numbered in the batch's order; unnumbered drafts at a commune site; the minimum
// days; who may issue them; names in NFC; nothing numbered when a batch is refused; the audit events hold no name.
#include "core/services/CertificateService.h"
#include "core/campaign/Campaign.h"
#include "core/services/PersonService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteSetup.h"
#include "core/services/UserService.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "crypto/Argon2id.h"
#include "tests/support/TestSite.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

using namespace dc::core;

namespace {

constexpr const char* kDistrictPassword = "dong-song-be-chay-xa-52";

// One hub (a province account, a district account, five persons) and one commune (its supervisor and a volunteer)
// for the whole suite: sign-ins cost Argon2id. Each test uses campaigns' numbering from the state the earlier ones
// left, so the numbering test reads the numbers it expects from the table, never from the test order.
class CertificateServiceTest : public ::testing::Test {
protected:
    static inline std::unique_ptr<dc::test::TestSite> hubSite, communeSite;
    static inline std::unique_ptr<Session> office, district, supervisor, volunteer;
    static inline std::vector<QString> persons;

    static void SetUpTestSuite() {
        hubSite = std::make_unique<dc::test::TestSite>(SiteKind::Hub);
        communeSite = std::make_unique<dc::test::TestSite>();
        office = hubSite->signInSupervisor();
        NewAccount account;
        account.userName = QStringLiteral("dautieng");
        account.displayName = QStringLiteral("Phạm Văn Huyện");
        account.role = Role::District;
        account.password = dc::test::secret(kDistrictPassword);
        account.district = QStringLiteral("Dầu Tiếng");
        ASSERT_TRUE(UserService::addUser(*office, account).ok());
        district = hubSite->signIn(QStringLiteral("dautieng"), kDistrictPassword);
        for (const char* name :
             {"Nguyễn Thị Lan", "Trần Văn Minh", "Lê Hoàng Yến", "Phạm Đức Thắng", "Võ Thị Thuỷ", "Đặng Ngọc Hà"}) {
            auto added = PersonService::addPerson(*office, NewPerson{QString::fromUtf8(name), {}, {}});
            ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
            persons.push_back(added.value().uuid);
        }
        supervisor = communeSite->signInSupervisor();
        communeSite->addUser(QStringLiteral("lan"), dc::test::TestSite::kLanPassword);
        volunteer = communeSite->signIn(QStringLiteral("lan"), dc::test::TestSite::kLanPassword);
        ASSERT_TRUE(office && district && supervisor && volunteer);
    }
    static void TearDownTestSuite() {
        office.reset();
        district.reset();
        supervisor.reset();
        volunteer.reset();
        hubSite.reset();
        communeSite.reset();
    }

    static CertificateSubject subject(const QString& person, const QString& name, int days) {
        return CertificateSubject{person,
                                  QStringLiteral("tnv"),
                                  name,
                                  QStringLiteral("Đại học Thủ Dầu Một"),
                                  {QStringLiteral("Dầu Tiếng/Thanh An")},
                                  days};
    }
    static std::int64_t count(Session& session, const char* sql) {
        auto s = session.database().prepare(sql);
        EXPECT_TRUE(s.step());
        return s.int64(0);
    }
    static int numberOf(const QString& person) {
        auto s = office->database().prepare("SELECT number FROM hub_certificates WHERE person_uuid = ?1");
        s.bind(1, person);
        return s.step() ? s.integer(0) : 0;
    }
};

TEST_F(CertificateServiceTest, NumbersAreSequentialPerCampaignAndAPersonKeepsTheirs) {
    const QString lan = persons[0], minh = persons[1], yen = persons[2], thang = persons[3];
    const int before = static_cast<int>(count(*office, "SELECT coalesce(max(number), 0) FROM hub_certificates"));
    CertificateRequest first;
    first.subjects = {subject(minh, QStringLiteral("Trần Văn Minh"), 6),
                      subject(lan, QStringLiteral("Nguyễn Thị Lan"), 9),
                      subject(yen, QStringLiteral("Lê Hoàng Yến"), 2)}; // Yến: below the minimum of 5 days
    auto issued = issueCertificates(*office, first);
    ASSERT_TRUE(issued.ok()) << issued.error().detail.toStdString();
    ASSERT_EQ(issued.value().items.size(), 2U);
    EXPECT_FALSE(issued.value().drafts);
    EXPECT_EQ(issued.value().items[0].subject.person, minh);
    EXPECT_EQ(issued.value().items[0].number, before + 1);
    EXPECT_EQ(issued.value().items[1].number, before + 2);
    EXPECT_EQ(numberOf(yen), 0);

    // A later batch: Lan and Minh keep theirs (whatever the order), the new ones follow in the batch's order.
    CertificateRequest second;
    second.subjects = {
        subject(yen, QStringLiteral("Lê Hoàng Yến"), 7), subject(lan, QStringLiteral("Nguyễn Thị Lan"), 12),
        subject(thang, QStringLiteral("Phạm Đức Thắng"), 5), subject(minh, QStringLiteral("Trần Văn Minh"), 6)};
    auto again = issueCertificates(*office, second);
    ASSERT_TRUE(again.ok()) << again.error().detail.toStdString();
    ASSERT_EQ(again.value().items.size(), 4U);
    EXPECT_EQ(again.value().items[0].number, before + 3); // Yến
    EXPECT_EQ(again.value().items[1].number, before + 2); // Lan, as before
    EXPECT_EQ(again.value().items[2].number, before + 4); // Thắng
    EXPECT_EQ(again.value().items[3].number, before + 1); // Minh, as before
    EXPECT_EQ(numberOf(lan), before + 2);
    EXPECT_EQ(count(*office, "SELECT count(*) FROM hub_certificates"), before + 4);

    // The same batch again numbers no one new and records no new event.
    const auto events = count(*office, "SELECT count(*) FROM audit_events WHERE action = 'certificates.numbered'");
    ASSERT_TRUE(issueCertificates(*office, second).ok());
    EXPECT_EQ(count(*office, "SELECT count(*) FROM hub_certificates"), before + 4);
    EXPECT_EQ(count(*office, "SELECT count(*) FROM audit_events WHERE action = 'certificates.numbered'"), events);

    // The numbering events name the campaign and the numbers, never a person's name.
    auto s = office->database().prepare(
        "SELECT details FROM audit_events WHERE action = 'certificates.numbered' ORDER BY seq DESC LIMIT 1");
    ASSERT_TRUE(s.step());
    const QString details = s.text(0);
    const QJsonObject object = QJsonDocument::fromJson(details.toUtf8()).object();
    EXPECT_EQ(object.value(QStringLiteral("count")).toInt(), 2);
    EXPECT_EQ(object.value(QStringLiteral("first")).toInt(), before + 3);
    EXPECT_EQ(object.value(QStringLiteral("last")).toInt(), before + 4);
    EXPECT_EQ(object.value(QStringLiteral("campaign")).toString(), QStringLiteral("Bình Dương 2022"));
    for (const char* name : {"Yến", "Thắng", "Lan", "Minh"}) {
        EXPECT_FALSE(details.contains(QString::fromUtf8(name))) << name;
    }
}

TEST_F(CertificateServiceTest, TheMinimumDaysIsTheCampaignsUnlessGiven) {
    const QString thuy = persons[4];
    CertificateRequest request;
    request.subjects = {subject(thuy, QStringLiteral("Võ Thị Thuỷ"), 4)};
    auto below = issueCertificates(*office, request); // the built-in campaign's awards.tiers.minDays: 5
    ASSERT_TRUE(below.ok());
    EXPECT_TRUE(below.value().items.empty());
    EXPECT_EQ(numberOf(thuy), 0);
    request.minDays = 4;
    auto at = issueCertificates(*office, request);
    ASSERT_TRUE(at.ok());
    ASSERT_EQ(at.value().items.size(), 1U);
    EXPECT_GT(at.value().items[0].number, 0);
    request.minDays = -1;
    auto negative = issueCertificates(*office, request);
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().code, ErrorCode::InvalidInput);
}

TEST_F(CertificateServiceTest, ARefusedBatchNumbersNoOne) {
    const auto before = count(*office, "SELECT count(*) FROM hub_certificates");
    const QString unknown = QStringLiteral("00000000-0000-4000-8000-00000000abcd");
    const std::vector<std::pair<const char*, std::vector<CertificateSubject>>> cases = {
        {"a person the hub does not know",
         {subject(persons[5], QStringLiteral("Đặng Ngọc Hà"), 9), subject(unknown, QStringLiteral("Đỗ Văn Hùng"), 9)}},
        {"no person at a hub", {subject({}, QStringLiteral("Đỗ Văn Hùng"), 9)}},
        {"a person twice",
         {subject(persons[1], QStringLiteral("Trần Văn Minh"), 9),
          subject(persons[1], QStringLiteral("Trần Văn Minh"), 9)}},
        {"no name", {subject(persons[2], QStringLiteral("   "), 9)}},
        {"a name of 101 characters", {subject(persons[2], QString(101, u'a'), 9)}},
        {"negative days", {subject(persons[2], QStringLiteral("Lê Hoàng Yến"), -1)}},
    };
    for (const auto& [what, subjects] : cases) {
        CertificateRequest request;
        request.subjects = subjects;
        auto refused = issueCertificates(*office, request);
        ASSERT_FALSE(refused.ok()) << what;
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput) << what;
        EXPECT_FALSE(refused.error().detail.contains(QStringLiteral("Hùng"))) << what;
    }
    EXPECT_EQ(count(*office, "SELECT count(*) FROM hub_certificates"), before);
    EXPECT_EQ(numberOf(persons[5]), 0); // numbered first in the refused batch: rolled back with it
}

TEST_F(CertificateServiceTest, OnlyTheSitesKeyholderIssuesThem) {
    CertificateRequest request;
    request.subjects = {subject(persons[0], QStringLiteral("Nguyễn Thị Lan"), 9)};
    for (Session* refused : {district.get(), volunteer.get()}) {
        auto result = issueCertificates(*refused, request);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::NotPermitted);
    }
}

TEST_F(CertificateServiceTest, ACommunePrintsUnnumberedDraftsInNfc) {
    const QString nfd = QStringLiteral("Nguye\u0302\u0303n  Thi\u0323 A\u0301nh"); // "Nguyễn Thị Ánh", decomposed
    CertificateRequest request;
    request.subjects = {subject(QStringLiteral("ignored"), nfd, 8), subject({}, QStringLiteral("Lê Văn Tám"), 3)};
    request.date = QDate(2022, 12, 31);
    auto drafts = issueCertificates(*supervisor, request);
    ASSERT_TRUE(drafts.ok()) << drafts.error().detail.toStdString();
    EXPECT_TRUE(drafts.value().drafts);
    ASSERT_EQ(drafts.value().items.size(), 1U);
    EXPECT_EQ(drafts.value().items[0].number, 0);
    EXPECT_EQ(drafts.value().items[0].subject.fullName, QStringLiteral("Nguyễn Thị Ánh"));
    EXPECT_TRUE(drafts.value().items[0].subject.person.isEmpty());
    EXPECT_EQ(drafts.value().date, QDate(2022, 12, 31));
    EXPECT_EQ(count(*supervisor, "SELECT count(*) FROM hub_certificates"), 0);
    // The campaign's wording: the seed plan's, for the built-in campaign.
    EXPECT_EQ(drafts.value().issuer, QStringLiteral("BCH ĐOÀN TỈNH BÌNH DƯƠNG"));
    EXPECT_EQ(drafts.value().onBehalfOf, QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"));
    EXPECT_EQ(drafts.value().signatoryRole, QStringLiteral("BÍ THƯ"));
    EXPECT_EQ(drafts.value().place, QStringLiteral("Bình Dương"));
    EXPECT_TRUE(drafts.value().signatory.isEmpty());
    EXPECT_EQ(drafts.value().campaign, QStringLiteral("Bình Dương 2022"));
}

// A hub given its own campaign file: its "awards" minimum days and its "certificate" wording are the ones used.
TEST(CertificateCampaignTest, TheHubsCampaignFileGivesTheMinimumAndTheWording) {
    QJsonObject root = QJsonDocument::fromJson(campaign::builtInCampaignBytes()).object();
    root[QStringLiteral("name")] = QStringLiteral("Bình Dương 2023");
    root[QStringLiteral("awards")] =
        QJsonObject{{QStringLiteral("tiers"), QJsonObject{{QStringLiteral("minDays"), 3}}}};
    root[QStringLiteral("certificate")] =
        QJsonObject{{QStringLiteral("signatory"), QStringLiteral("Trần Thị Diễm Trinh")}};
    QTemporaryDir dir;
    SiteSetupRequest r;
    r.siteName = QStringLiteral("Tỉnh Đoàn");
    r.adminUserName = QStringLiteral("giamsat");
    r.adminPassword = dc::test::secret(dc::test::TestSite::kSupervisorPassword);
    r.kdf = dc::crypto::kArgon2Floor;
    r.campaignBytes = QJsonDocument(root).toJson();
    r.kind = SiteKind::Hub;
    r.databasePath = dir.filePath(QStringLiteral("hub.db"));
    ASSERT_TRUE(createSite(std::move(r)).ok());
    auto hub = SignIn().signIn(dir.filePath(QStringLiteral("hub.db")), QStringLiteral("giamsat"),
                               dc::test::secret(dc::test::TestSite::kSupervisorPassword));
    ASSERT_TRUE(hub.ok());
    auto person = PersonService::addPerson(*hub.value(), NewPerson{QStringLiteral("Lê Văn Tám"), {}, {}});
    ASSERT_TRUE(person.ok());
    CertificateRequest request;
    request.subjects = {CertificateSubject{person.value().uuid, {}, QStringLiteral("Lê Văn Tám"), {}, {}, 3}};
    auto issued = issueCertificates(*hub.value(), request);
    ASSERT_TRUE(issued.ok()) << issued.error().detail.toStdString();
    ASSERT_EQ(issued.value().items.size(), 1U); // 3 days: enough under this campaign's minimum
    EXPECT_EQ(issued.value().items[0].number, 1);
    EXPECT_EQ(issued.value().campaign, QStringLiteral("Bình Dương 2023"));
    EXPECT_EQ(issued.value().signatory, QStringLiteral("Trần Thị Diễm Trinh"));
    EXPECT_EQ(issued.value().signatoryRole, QStringLiteral("BÍ THƯ"));
}

} // namespace
