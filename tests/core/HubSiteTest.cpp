// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The province hub as a site of its own kind (docs/HUB.md "Sites, roles, the campaign"): its first account is a
// province account, which holds the hub's keys (never a district account); its roles are district and province only;
// the commune's work (logging, books, work sessions, review, spot-checks, day close) is refused there; persons are
// issued UUIDs there and workstation accounts linked to them once.
#include "core/keyring/KeyringFile.h"
#include "core/services/AuditService.h"
#include "core/services/BookService.h"
#include "core/services/LogService.h"
#include "core/services/PersonService.h"
#include "core/services/ReviewService.h"
#include "core/services/SpotCheckService.h"
#include "core/services/UserService.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "tests/support/HubOffice.h"
#include "tests/support/TestSite.h"

#include <QUuid>

#include <gtest/gtest.h>

using namespace dc::core;
using dc::test::cells;
using dc::test::kDistrictPassword;
using dc::test::q;
using dc::test::secret;
using dc::test::TestSite;

namespace {

constexpr const char* kProvincePassword = "nang-vang-tren-doi-che-58";

// One hub for the suite (each Argon2id sign-in costs about half a second): the office account "giamsat" (province),
// a district account "dautieng" and a second province account "vanphong2", added once.
class HubSiteTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        hub = new TestSite(SiteKind::Hub);
        office = hub->signInSupervisor().release();
        auto province = UserService::addUser(
            *office, NewAccount{QStringLiteral("vanphong2"), {}, Role::Province, secret(kProvincePassword)});
        ASSERT_TRUE(province.ok()) << province.error().detail.toStdString();
        districtSession =
            dc::test::addDistrictAccount(*hub, *office, QStringLiteral("dautieng"), QStringLiteral("dầu  TIẾNG"))
                .release();
        ASSERT_NE(districtSession, nullptr);
    }
    static void TearDownTestSuite() {
        delete districtSession;
        delete office;
        delete hub;
    }
    static TestSite* hub;
    static Session* office;
    static Session* districtSession;

    static Result<UserAccount> add(const char* name, Role role, const QString& district = {}) {
        return UserService::addUser(*office,
                                    NewAccount{QLatin1String(name), {}, role, secret(kProvincePassword), district});
    }
    static int count(const char* sql, const QString& bound = {}) { return dc::test::countRows(*office, sql, bound); }
};
TestSite* HubSiteTest::hub = nullptr;
Session* HubSiteTest::office = nullptr;
Session* HubSiteTest::districtSession = nullptr;

TEST_F(HubSiteTest, TheFirstAccountIsAProvinceAccountHoldingTheHubKeys) {
    EXPECT_EQ(office->siteKind(), SiteKind::Hub);
    EXPECT_EQ(office->user().role, Role::Province);
    ASSERT_NE(office->siteKeys(), nullptr);
    auto ring = keyring::loadKeyring(hub->paths().keyring);
    ASSERT_TRUE(ring.ok());
    ASSERT_TRUE(ring->findUser(QString::fromLatin1(TestSite::kSupervisor)));
    EXPECT_EQ(ring->findUser(QString::fromLatin1(TestSite::kSupervisor))->siteKeys.size(), 1u);
    auto kind = office->database().prepare("SELECT kind FROM site");
    ASSERT_TRUE(kind.step());
    EXPECT_EQ(kind.text(0), QLatin1String("hub"));
}

TEST_F(HubSiteTest, ADistrictAccountHoldsNoCopyOfTheHubKeysAProvinceAccountDoes) {
    auto ring = keyring::loadKeyring(hub->paths().keyring);
    ASSERT_TRUE(ring.ok());
    const keyring::UserSlot* district = ring->findUser(QStringLiteral("dautieng"));
    ASSERT_TRUE(district);
    EXPECT_TRUE(district->siteKeys.empty());
    EXPECT_FALSE(district->generationRoot);
    EXPECT_EQ(districtSession->siteKeys(), nullptr);
    EXPECT_EQ(districtSession->user().role, Role::District);
    EXPECT_EQ(districtSession->user().district, QStringLiteral("Dầu Tiếng")); // the campaign's spelling
    const keyring::UserSlot* province = ring->findUser(QStringLiteral("vanphong2"));
    ASSERT_TRUE(province);
    EXPECT_EQ(province->siteKeys.size(), 1u);
    EXPECT_TRUE(province->generationRoot);
}

TEST_F(HubSiteTest, OnlyDistrictAndProvinceAccountsAndOnlyTheOfficeAddsThem) {
    EXPECT_EQ(add("tnv.lan", Role::Volunteer).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(add("giamsat2", Role::Supervisor).error().code, ErrorCode::NotPermitted);
    // A district account names one of the campaign's districts; no other account names one.
    EXPECT_EQ(add("phugiao", Role::District).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(add("phugiao", Role::District, QStringLiteral("Phu Giao")).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(add("phugiao", Role::District, QStringLiteral("Long An")).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(add("vanphong3", Role::Province, QStringLiteral("Phú Giáo")).error().code, ErrorCode::InvalidInput);
    // A district account manages no accounts.
    EXPECT_EQ(UserService::addUser(*districtSession, NewAccount{QStringLiteral("bencat"),
                                                                {},
                                                                Role::District,
                                                                secret(kDistrictPassword),
                                                                QStringLiteral("Bến Cát")})
                  .error()
                  .code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(UserService::listUsers(*districtSession).error().code, ErrorCode::NotPermitted);
    auto users = UserService::listUsers(*office);
    ASSERT_TRUE(users.ok());
    EXPECT_EQ(users->size(), 3u); // nothing refused above was added
}

TEST_F(HubSiteTest, TheCommunesWorkIsRefusedAtAHub) {
    NewBook book;
    book.commune = QStringLiteral("Thanh An");
    book.bookNumber = QStringLiteral("01");
    book.yearFrom = 1998;
    EXPECT_EQ(BookService::createBook(*office, book).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(BookService::closeBook(*office, 1).error().code, ErrorCode::WrongSiteKind);
    CheckInput input;
    input.bookId = 1;
    input.entryNumber = 1;
    input.reader = QString::fromLatin1(TestSite::kSupervisor);
    EXPECT_EQ(LogService::logCheck(*office, input).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(WorkSessionService::start(*office, office->user().id).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(ReviewService::decide(*office, 1, ReviewDecision::Approve, {}, {}).error().code,
              ErrorCode::WrongSiteKind);
    EXPECT_EQ(SpotCheckService::drawDay(*office, QDate(2022, 12, 1), {}).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(AuditService::closeDay(*office, false).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(count("SELECT count(*) FROM books WHERE commune = ?1", book.commune), 0);
}

TEST_F(HubSiteTest, APersonIsIssuedAUuidAndTheAuditHoldsNoNameNorNumber) {
    auto person = PersonService::addPerson(*office, NewPerson{QStringLiteral("  Nguyễn   Thị Lan "),
                                                              QStringLiteral("079 201 001 234"),
                                                              QStringLiteral("dầu tiếng / thanh an")});
    ASSERT_TRUE(person.ok()) << person.error().detail.toStdString();
    EXPECT_FALSE(QUuid::fromString(person->uuid).isNull());
    EXPECT_EQ(person->fullName, QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_EQ(person->idNumber, QLatin1String("079201001234"));
    EXPECT_EQ(person->district, QStringLiteral("Dầu Tiếng"));
    EXPECT_EQ(person->commune, QStringLiteral("Thanh An"));
    // Two people may share a name; the UUID tells them apart. The ID number is optional.
    auto namesake = PersonService::addPerson(*office, NewPerson{QStringLiteral("Nguyễn Thị Lan"), {}, {}});
    ASSERT_TRUE(namesake.ok());
    EXPECT_NE(namesake->uuid, person->uuid);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE action = 'person.added' AND subject = ?1", person->uuid),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%' || ?1 || '%'", QStringLiteral("Lan")), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%' || ?1 || '%'", QStringLiteral("001234")),
              0);
    auto listed = PersonService::listPersons(*office);
    ASSERT_TRUE(listed.ok());
    EXPECT_GE(listed->size(), 2u);
}

TEST_F(HubSiteTest, BadPersonsAreRefusedAndNothingIsWritten) {
    const int before = count("SELECT count(*) FROM persons");
    const struct {
        NewPerson person;
        const char* detail;
    } cases[] = {
        {{QStringLiteral("   "), {}, {}}, "name"},
        {{QString(101, u'a'), {}, {}}, "name"},
        {{QStringLiteral("Trần Văn Minh"), QStringLiteral("12345"), {}}, "CMND"},
        {{QStringLiteral("Trần Văn Minh"), QStringLiteral("07920100123x"), {}}, "CMND"},
        {{QStringLiteral("Trần Văn Minh"), {}, QStringLiteral("Tân Bình")}, "Dĩ An and in Bắc Tân Uyên"},
        {{QStringLiteral("Trần Văn Minh"), {}, QStringLiteral("Dầu Tiếng/Tân Bình")}, "no commune named"},
    };
    for (const auto& c : cases) {
        auto refused = PersonService::addPerson(*office, c.person);
        ASSERT_FALSE(refused.ok()) << c.detail;
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput) << c.detail;
        EXPECT_TRUE(refused.error().detail.contains(QString::fromUtf8(c.detail)))
            << refused.error().detail.toStdString();
        EXPECT_FALSE(refused.error().detail.contains(QLatin1String("12345"))); // never the number itself
    }
    EXPECT_EQ(count("SELECT count(*) FROM persons"), before);
    // Only the office: a district account is refused.
    EXPECT_EQ(PersonService::addPerson(*districtSession, NewPerson{QStringLiteral("Lê Văn Tám"), {}, {}}).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(PersonService::listPersons(*districtSession).error().code, ErrorCode::NotPermitted);
}

TEST_F(HubSiteTest, AnAccountIsLinkedOnceAndOnlyToAPersonThatExists) {
    auto person = PersonService::addPerson(*office, NewPerson{QStringLiteral("Phạm Minh Tuấn"), {}, {}});
    ASSERT_TRUE(person.ok());
    const QString site = QUuid::createUuid().toString(QUuid::WithoutBraces); // not enrolled yet: allowed
    auto linked = PersonService::link(*office, person->uuid.toUpper(), site, QStringLiteral(" Tuan.Pham "));
    ASSERT_TRUE(linked.ok()) << linked.error().detail.toStdString();
    EXPECT_EQ(linked->userName, QLatin1String("tuan.pham"));
    EXPECT_EQ(linked->site, site);
    // A second link of the same account, to the same or another person, is refused.
    auto other = PersonService::addPerson(*office, NewPerson{QStringLiteral("Phạm Minh Tuấn"), {}, {}});
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(PersonService::link(*office, person->uuid, site, QStringLiteral("tuan.pham")).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(PersonService::link(*office, other->uuid, site, QStringLiteral("tuan.pham")).error().code,
              ErrorCode::InvalidInput);
    // The same person may hold an account at another workstation.
    const QString secondSite = QUuid::createUuid().toString(QUuid::WithoutBraces);
    EXPECT_TRUE(PersonService::link(*office, person->uuid, secondSite, QStringLiteral("tuan.pham")).ok());
    // The person must exist; UUIDs and user names must be well formed.
    EXPECT_EQ(PersonService::link(*office, QUuid::createUuid().toString(), site, QStringLiteral("lan")).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(PersonService::link(*office, QStringLiteral("not-a-uuid"), site, QStringLiteral("lan")).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(PersonService::link(*office, person->uuid, QStringLiteral("xa"), QStringLiteral("lan")).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(PersonService::link(*office, person->uuid, site, QStringLiteral("l an")).error().code,
              ErrorCode::InvalidUserName);
    EXPECT_EQ(PersonService::link(*districtSession, person->uuid, site, QStringLiteral("lan")).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(count("SELECT count(*) FROM person_links WHERE person_uuid = ?1", person->uuid), 2);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE action = 'person.linked' AND subject = ?1", person->uuid),
              2);
    auto listed = PersonService::listPersons(*office);
    ASSERT_TRUE(listed.ok());
    const auto found =
        std::find_if(listed->begin(), listed->end(), [&](const Person& p) { return p.uuid == person->uuid; });
    ASSERT_NE(found, listed->end());
    EXPECT_EQ(found->links.size(), 2u);
}

// At a commune: no district or province accounts, no persons.
class CommuneSiteKindTest : public ::testing::Test {
protected:
    TestSite site;
    std::unique_ptr<Session> admin = site.signInSupervisor();
};

TEST_F(CommuneSiteKindTest, OfficeRolesAndPersonsAreRefusedAtACommune) {
    EXPECT_EQ(admin->siteKind(), SiteKind::Commune);
    EXPECT_EQ(UserService::addUser(*admin, NewAccount{QStringLiteral("dautieng"),
                                                      {},
                                                      Role::District,
                                                      secret(kDistrictPassword),
                                                      QStringLiteral("Dầu Tiếng")})
                  .error()
                  .code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(UserService::addUser(
                  *admin, NewAccount{QStringLiteral("vanphong"), {}, Role::Province, secret(kProvincePassword)})
                  .error()
                  .code,
              ErrorCode::NotPermitted);
    // A volunteer account names no district.
    EXPECT_EQ(UserService::addUser(*admin, NewAccount{QStringLiteral("lan"),
                                                      {},
                                                      Role::Volunteer,
                                                      secret(TestSite::kLanPassword),
                                                      QStringLiteral("Dầu Tiếng")})
                  .error()
                  .code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(PersonService::addPerson(*admin, NewPerson{QStringLiteral("Nguyễn Thị Lan"), {}, {}}).error().code,
              ErrorCode::WrongSiteKind);
    EXPECT_EQ(PersonService::listPersons(*admin).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(PersonService::link(*admin, QUuid::createUuid().toString(), QUuid::createUuid().toString(),
                                  QStringLiteral("lan"))
                  .error()
                  .code,
              ErrorCode::WrongSiteKind);
}

} // namespace
