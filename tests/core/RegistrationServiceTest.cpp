// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Registration at the hub (issue 14): a unit's list previewed, then added on confirmation in one transaction; a second
// import changes nothing; one person in two units is flagged; the quota board's numbers; who may do what.
#include "core/services/RegistrationService.h"
#include "core/campaign/Campaign.h"
#include "core/services/Accounts.h"
#include "core/services/AllocationService.h"
#include "core/services/UserService.h"
#include "core/store/Database.h"
#include "tests/support/HubOffice.h"
#include "tests/support/TestSite.h"

#include <gtest/gtest.h>

using namespace dc::core;
using dc::test::cells;
using dc::test::kDistrictPassword;
using dc::test::q;
using dc::test::secret;
using dc::test::TestSite;

namespace {

// Born 2001/2002/1986: ages 21, 20 and 36 in 2022.
sheets::Table dauTiengList() {
    sheets::Table t;
    t.rows = {cells({"Danh sách Huyện đoàn Dầu Tiếng"}),
              cells({"so cmnd/cccd", "ho va ten", "nam sinh", "gioi tinh", "dong y thoi gian", "chap nhan phan cong",
                     "hoc tap/cong tac tai tinh"}),
              cells({"074301001234", "Nguyễn Thị Lan", "2001", "nữ", "có", "có", "có"}),
              cells({"074202005678", "Trần Văn Minh", "2002", "nam", "có", "có", ""}),
              cells({"074086009999", "Lê Văn Cường", "1986", "nam", "có", "có", "có"}),
              cells({"", "Không Số", "2000", "nam", "có", "có", "có"})};
    return t;
}

class RegistrationServiceTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        hub = new TestSite(SiteKind::Hub);
        office = hub->signInSupervisor().release();
        districtSession =
            dc::test::addDistrictAccount(*hub, *office, QStringLiteral("dautieng"), QStringLiteral("Dầu Tiếng"))
                .release();
        ASSERT_NE(districtSession, nullptr);
    }
    static void TearDownTestSuite() {
        delete districtSession;
        delete office;
        delete hub;
    }
    static int count(const char* sql, const QString& bound = {}) { return dc::test::countRows(*office, sql, bound); }
    static TestSite* hub;
    static Session* office;
    static Session* districtSession;
};
TestSite* RegistrationServiceTest::hub = nullptr;
Session* RegistrationServiceTest::office = nullptr;
Session* RegistrationServiceTest::districtSession = nullptr;

TEST_F(RegistrationServiceTest, APreviewWritesNothingThenTheValidRowsAreAddedOnceAndReimportChangesNothing) {
    const int persons = count("SELECT count(*) FROM persons");
    const int events = count("SELECT count(*) FROM audit_events");
    auto preview = RegistrationService::previewImport(*office, dauTiengList(), q("dau tieng"));
    ASSERT_TRUE(preview.ok()) << preview.error().detail.toStdString();
    EXPECT_EQ(preview->unit, q("Dầu Tiếng"));
    EXPECT_EQ(preview->toAdd, 3);
    EXPECT_EQ(preview->invalid, 1);
    EXPECT_EQ(preview->added, 0);
    ASSERT_EQ(preview->rows.size(), 4u);
    EXPECT_EQ(preview->rows[3].row, 6);
    EXPECT_EQ(preview->rows[3].status, RowStatus::Invalid);
    EXPECT_EQ(count("SELECT count(*) FROM persons"), persons);
    EXPECT_EQ(count("SELECT count(*) FROM registrations"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events);

    auto imported = RegistrationService::importList(*office, dauTiengList(), q("Dầu Tiếng"));
    ASSERT_TRUE(imported.ok()) << imported.error().detail.toStdString();
    EXPECT_EQ(imported->added, 3);
    EXPECT_EQ(count("SELECT count(*) FROM persons"), persons + 3);
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE unit = ?1", q("Dầu Tiếng")), 3);
    // The person holds the name and number; the audit event holds counts only.
    EXPECT_EQ(
        count("SELECT count(*) FROM persons WHERE id_number = '074301001234' AND full_name = ?1", q("Nguyễn Thị Lan")),
        1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE action = 'registrations.imported'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%' || ?1 || '%'", q("Lan")), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%001234%'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%\"added\":3%'"), 1);

    // The same list again: every row already registered, nothing added, no event.
    const int eventsAfter = count("SELECT count(*) FROM audit_events");
    auto again = RegistrationService::importList(*office, dauTiengList(), q("Dầu Tiếng"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->already, 3);
    EXPECT_EQ(again->rows[0].status, RowStatus::Already);
    EXPECT_EQ(again->rows[0].person, imported->rows[0].person);
    EXPECT_EQ(count("SELECT count(*) FROM persons"), persons + 3);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), eventsAfter);

    // The same list with a changed birth year: still not added, the differences named, the old values kept.
    sheets::Table changed = dauTiengList();
    changed.rows[2][2] = q("2000");
    auto differing = RegistrationService::previewImport(*office, changed, q("Dầu Tiếng"));
    ASSERT_TRUE(differing.ok());
    EXPECT_EQ(differing->rows[0].status, RowStatus::Already);
    bool named = false;
    for (const auto& f : differing->rows[0].findings) {
        if (f.code == q("registration.differs_from_registered")) {
            named = f.params.value(q("fields")) == q("Năm sinh");
        }
    }
    EXPECT_TRUE(named);
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE birth_year = 2001 AND id_number = '074301001234'"), 1);
}

TEST_F(RegistrationServiceTest, ThePersonInTwoUnitsIsFlaggedNotAddedTwice) {
    sheets::Table first;
    first.rows = {cells({"Họ và tên", "Năm sinh", "CCCD"}), cells({"Phạm Minh Tuấn", "2003", "074203111111"})};
    ASSERT_EQ(RegistrationService::importList(*office, first, q("Đại học Thủ Dầu Một"))->added, 1);
    sheets::Table second;
    second.rows = {cells({"Họ tên", "Năm sinh", "Số định danh"}), cells({"Phạm Minh Tuấn", "2003", "074203111111"}),
                   cells({"Đỗ Thị Mai", "2003", "074303222222"})};
    auto imported = RegistrationService::importList(*office, second, q("Đại học Bình Dương"));
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->otherUnit, 1);
    EXPECT_EQ(imported->added, 1);
    EXPECT_EQ(imported->rows[0].status, RowStatus::OtherUnit);
    EXPECT_EQ(imported->rows[0].findings.back().params.value(q("unit")), q("Đại học Thủ Dầu Một"));
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE id_number = '074203111111'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM persons WHERE id_number = '074203111111'"), 1);
}

TEST_F(RegistrationServiceTest, ARefusedFileOrAnUnknownUnitWritesNothing) {
    const int persons = count("SELECT count(*) FROM persons");
    sheets::Table noId;
    noId.rows = {cells({"Họ và tên", "Năm sinh"}), cells({"Võ Văn Bình", "2001"})};
    auto refused = RegistrationService::importList(*office, noId, q("Dĩ An"));
    ASSERT_TRUE(refused.ok());
    EXPECT_TRUE(refused->refused());
    EXPECT_EQ(refused->added, 0);
    auto unknown = RegistrationService::importList(*office, dauTiengList(), q("Trường Không Có"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(count("SELECT count(*) FROM persons"), persons);
}

TEST_F(RegistrationServiceTest, TheQuotaBoardCountsRegisteredAndEligiblePerUnit) {
    sheets::Table list;
    list.rows = {cells({"Họ và tên", "Năm sinh", "CCCD", "Đồng ý thời gian"}),
                 cells({"Hồ Văn Một", "2004", "074204333331", "có"}),
                 cells({"Hồ Văn Hai", "2007", "074207333332", "có"}),    // 15 in 2022
                 cells({"Hồ Văn Ba", "2004", "074204333333", "không"})}; // refuses the dates
    ASSERT_EQ(RegistrationService::importList(*office, list, q("Cao đẳng Y tế"))->added, 3);
    auto board = RegistrationService::quotaBoard(*office);
    ASSERT_TRUE(board.ok()) << board.error().detail.toStdString();
    EXPECT_EQ(board->deadline, QDate(2022, 11, 29));
    EXPECT_TRUE(board->deadlinePassed); // the test runs after 2022
    ASSERT_EQ(board->units.size(), 17u);
    const auto row = [&](const char* unit) {
        for (const QuotaRow& r : board->units) {
            if (r.unit == q(unit)) {
                return r;
            }
        }
        return QuotaRow{};
    };
    const QuotaRow yTe = row("Cao đẳng Y tế");
    EXPECT_EQ(yTe.quota, 20);
    EXPECT_EQ(yTe.registered, 3);
    EXPECT_EQ(yTe.eligible, 1);
    EXPECT_EQ(yTe.eligibleByDeadline, 0); // registered after 29/11/2022
    EXPECT_EQ(yTe.shortBy, 19);
    EXPECT_EQ(board->total.quota, 600);
    EXPECT_TRUE(board->shortUnits.contains(q("Cao đẳng Y tế")));
    EXPECT_EQ(board->shortUnits.size(), 17);
    // The list: eligibility with reasons.
    auto volunteers = RegistrationService::listVolunteers(*office);
    ASSERT_TRUE(volunteers.ok());
    int young = 0;
    for (const Volunteer& v : volunteers.value()) {
        if (v.registration.fullName == q("Hồ Văn Hai")) {
            ++young;
            EXPECT_FALSE(v.eligibility.eligible);
            EXPECT_EQ(v.eligibility.reasons.front().code, q("eligibility.too_young"));
        }
    }
    EXPECT_EQ(young, 1);
}

TEST_F(RegistrationServiceTest, ADistrictAccountReadsItsOwnUnitAndTheBoardButImportsNothing) {
    sheets::Table list;
    list.rows = {cells({"Họ và tên", "Năm sinh", "CCCD"}), cells({"Đinh Văn Bốn", "2000", "074200444444"})};
    ASSERT_TRUE(RegistrationService::importList(*office, list, q("Bến Cát")).ok());
    ASSERT_TRUE(RegistrationService::importList(*office, dauTiengList(), q("Dầu Tiếng")).ok());
    auto mine = RegistrationService::listVolunteers(*districtSession);
    ASSERT_TRUE(mine.ok()) << mine.error().detail.toStdString();
    EXPECT_FALSE(mine->empty());
    for (const Volunteer& v : mine.value()) {
        EXPECT_EQ(v.registration.unit, q("Dầu Tiếng"));
    }
    EXPECT_TRUE(RegistrationService::quotaBoard(*districtSession).ok());
    const int persons = count("SELECT count(*) FROM persons");
    EXPECT_EQ(RegistrationService::importList(*districtSession, list, q("Dầu Tiếng")).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(RegistrationService::previewImport(*districtSession, list, q("Dầu Tiếng")).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(count("SELECT count(*) FROM persons"), persons);
}

TEST(RegistrationAtACommune, IsRefusedAsTheWrongSiteKind) {
    TestSite commune;
    auto supervisor = commune.signInSupervisor();
    sheets::Table list;
    list.rows = {cells({"Họ và tên", "Năm sinh", "CCCD"}), cells({"Đinh Văn Năm", "2000", "074200555555"})};
    EXPECT_EQ(RegistrationService::importList(*supervisor, list, q("Dĩ An")).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(RegistrationService::listVolunteers(*supervisor).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(RegistrationService::quotaBoard(*supervisor).error().code, ErrorCode::WrongSiteKind);
    auto pair = commune.signInPair();
    EXPECT_EQ(RegistrationService::quotaBoard(*pair).error().code, ErrorCode::WrongSiteKind);
}

// The registration form typed at the hub (RegistrationService::checkForm / registerOne): one hub of its own, so
// the quota board's figures above are not disturbed.
class RegistrationFormTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        hub = new TestSite(SiteKind::Hub);
        office = hub->signInSupervisor().release();
        districtSession =
            dc::test::addDistrictAccount(*hub, *office, QStringLiteral("bencat"), QStringLiteral("Bến Cát")).release();
        ASSERT_NE(districtSession, nullptr);
    }
    static void TearDownTestSuite() {
        delete districtSession;
        delete office;
        delete hub;
    }
    static int count(const char* sql, const QString& bound = {}) { return dc::test::countRows(*office, sql, bound); }
    // A complete, eligible form of the Bến Cát unit.
    static RegistrationForm form(const char* idNumber, const char* name = "Trịnh Thị Hoa") {
        RegistrationForm f;
        f.unit = q("Bến Cát");
        f.fields = {{q("fullName"), q(name)},
                    {q("birthYear"), q("2001")},
                    {q("sex"), q("Nữ")},
                    {q("idNumber"), q(idNumber)},
                    {q("phone"), q("0912 345 678")},
                    {q("residence"), q("Khu phố 2, phường Mỹ Phước, Bến Cát")},
                    {q("position"), q("Sinh viên")},
                    {q("computer"), q("có")},
                    {q("agreesDates"), q("có")},
                    {q("acceptsAssignment"), q("có")},
                    {q("inProvince"), q("có")}};
        return f;
    }
    static bool hasFinding(const ImportRow& row, const char* field, const char* code) {
        for (const auto& f : row.findings) {
            if (f.field == q(field) && f.code == q(code)) {
                return true;
            }
        }
        return false;
    }
    static TestSite* hub;
    static Session* office;
    static Session* districtSession;
};
TestSite* RegistrationFormTest::hub = nullptr;
Session* RegistrationFormTest::office = nullptr;
Session* RegistrationFormTest::districtSession = nullptr;

TEST_F(RegistrationFormTest, AValidFormIsAddedOnceWithAnEventWithoutCitizenData) {
    const int events = count("SELECT count(*) FROM audit_events");
    auto checked = RegistrationService::checkForm(*office, form("074301777001"));
    ASSERT_TRUE(checked.ok()) << checked.error().detail.toStdString();
    EXPECT_EQ(checked->status, RowStatus::Add);
    EXPECT_EQ(count("SELECT count(*) FROM persons WHERE id_number = '074301777001'"), 0); // a check writes nothing
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events);

    auto added = RegistrationService::registerOne(*office, form("074301777001"));
    ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
    EXPECT_EQ(added->status, RowStatus::Add);
    EXPECT_FALSE(added->person.isEmpty());
    EXPECT_EQ(count("SELECT count(*) FROM persons WHERE id_number = '074301777001' AND uuid = ?1", added->person), 1);
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE id_number = '074301777001' AND unit = ?1 AND "
                    "birth_year = 2001 AND sex = 'female' AND phone = '0912345678' AND computer = 1",
                    q("Bến Cát")),
              1);
    // Read back as the list and the board read an imported row: eligible, counted for its unit.
    auto volunteers = RegistrationService::listVolunteers(*office);
    ASSERT_TRUE(volunteers.ok());
    bool eligible = false;
    for (const Volunteer& v : volunteers.value()) {
        if (v.person == added->person) {
            eligible = v.eligibility.eligible;
            EXPECT_EQ(v.registration.fullName, q("Trịnh Thị Hoa"));
        }
    }
    EXPECT_TRUE(eligible);
    // One event: the unit and the person's UUID, never the name, the number, the year or the phone.
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events + 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE action = 'registration.added' AND details LIKE '%' || "
                    "?1 || '%'",
                    added->person),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%' || ?1 || '%'", q("Hoa")), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%777001%'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%2001%'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%345678%'"), 0);
}

TEST_F(RegistrationFormTest, AnInvalidFieldIsNamedAndNothingIsWritten) {
    const int persons = count("SELECT count(*) FROM persons");
    const int events = count("SELECT count(*) FROM audit_events");
    RegistrationForm bad = form("07430177700");      // 11 digits: neither a CMND nor a CCCD
    bad.fields[q("birthYear")] = q("năm hai nghìn"); // not a year
    auto refused = RegistrationService::registerOne(*office, bad);
    ASSERT_TRUE(refused.ok()) << refused.error().detail.toStdString();
    EXPECT_EQ(refused->status, RowStatus::Invalid);
    EXPECT_TRUE(hasFinding(refused.value(), "birthYear", "registration.birth_year_invalid"));
    bool idNamed = false;
    for (const auto& f : refused->findings) {
        idNamed = idNamed || (f.field == q("id_number") && f.severity == domain::Severity::Error);
    }
    EXPECT_TRUE(idNamed);
    // A warning alone (an unreadable phone) does not refuse; an ineligible person is still registered, as imported.
    RegistrationForm young = form("074208777002", "Lý Văn Nhỏ");
    young.fields[q("birthYear")] = q("2008"); // 14 in 2022
    young.fields[q("phone")] = q("12");
    auto checked = RegistrationService::checkForm(*office, young);
    ASSERT_TRUE(checked.ok());
    EXPECT_EQ(checked->status, RowStatus::Add);
    EXPECT_FALSE(campaign::checkEligibility(checked->registration, campaign::builtInCampaign()).eligible);
    // An empty form, an unknown field, an unknown unit: refused before anything is read.
    EXPECT_EQ(RegistrationService::registerOne(*office, RegistrationForm{q("Bến Cát"), {{q("fullName"), q("  ")}}})
                  .error()
                  .code,
              ErrorCode::InvalidInput);
    RegistrationForm extra = form("074301777003");
    extra.fields[q("salary")] = q("1");
    EXPECT_EQ(RegistrationService::registerOne(*office, extra).error().code, ErrorCode::InvalidInput);
    RegistrationForm nowhere = form("074301777004");
    nowhere.unit = q("Trường Không Có");
    EXPECT_EQ(RegistrationService::registerOne(*office, nowhere).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(count("SELECT count(*) FROM persons"), persons);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events);
}

TEST_F(RegistrationFormTest, AnIdNumberAlreadyRegisteredHereOrInAnotherUnitIsRefused) {
    ASSERT_EQ(RegistrationService::registerOne(*office, form("074301777010"))->status, RowStatus::Add);
    const int persons = count("SELECT count(*) FROM persons");
    const int events = count("SELECT count(*) FROM audit_events");
    // The same unit again (another spelling of the name): already registered, nothing changes.
    auto again = RegistrationService::registerOne(*office, form("074301777010", "Trinh Thi Hoa"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->status, RowStatus::Already);
    EXPECT_TRUE(hasFinding(again.value(), "id_number", "registration.already_registered"));
    // Another unit: flagged with the unit that has the person, not added twice.
    RegistrationForm other = form("074301777010");
    other.unit = q("Đại học Thủ Dầu Một");
    auto flagged = RegistrationService::registerOne(*office, other);
    ASSERT_TRUE(flagged.ok());
    EXPECT_EQ(flagged->status, RowStatus::OtherUnit);
    EXPECT_TRUE(hasFinding(flagged.value(), "id_number", "registration.registered_in_other_unit"));
    EXPECT_EQ(flagged->findings.back().params.value(q("unit")), q("Bến Cát"));
    // A list imported later with the typed person in it flags that row too.
    sheets::Table list;
    list.rows = {cells({"Họ và tên", "Năm sinh", "CCCD"}), cells({"Trịnh Thị Hoa", "2001", "074301777010"})};
    auto imported = RegistrationService::importList(*office, list, q("Dĩ An"));
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->otherUnit, 1);
    EXPECT_EQ(count("SELECT count(*) FROM persons"), persons);
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE id_number = '074301777010'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events);
}

TEST_F(RegistrationFormTest, ADistrictAccountIsRefusedAndNothingIsWritten) {
    const int persons = count("SELECT count(*) FROM persons");
    EXPECT_EQ(RegistrationService::registerOne(*districtSession, form("074301777020")).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(RegistrationService::checkForm(*districtSession, form("074301777020")).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(count("SELECT count(*) FROM persons"), persons);
}

TEST(RegistrationFormAtACommune, IsRefusedAsTheWrongSiteKind) {
    TestSite commune;
    auto supervisor = commune.signInSupervisor();
    RegistrationForm f{
        q("Dĩ An"),
        {{q("fullName"), q("Đinh Văn Sáu")}, {q("birthYear"), q("2000")}, {q("idNumber"), q("074200666666")}}};
    EXPECT_EQ(RegistrationService::registerOne(*supervisor, f).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(RegistrationService::checkForm(*supervisor, f).error().code, ErrorCode::WrongSiteKind);
}

} // namespace

namespace {

// Where a registration's free-text residence lies, for the allocation's nearness.
TEST(ResidencePlace, ADistrictThenACommuneOfItWithoutTakingTheDistrictsOwnName) {
    using dc::core::AllocationService;
    const auto& campaign = dc::core::campaign::builtInCampaign();
    const auto place = [&](const char* text) {
        const AllocationService::Place p = AllocationService::residencePlace(campaign, QString::fromUtf8(text));
        return (p.district + u'/' + p.commune).toStdString();
    };
    EXPECT_EQ(place("Định An, Dầu Tiếng"), "Dầu Tiếng/Định An");
    EXPECT_EQ(place("ấp 3, xã Định An, huyện Dau Tieng, Bình Dương"), "Dầu Tiếng/Định An");
    EXPECT_EQ(place("khu phố 2, thị trấn Dầu Tiếng, huyện Dầu Tiếng"), "Dầu Tiếng/Dầu Tiếng");
    EXPECT_EQ(place("Tân Bình, Bắc Tân Uyên"), "Bắc Tân Uyên/Tân Bình"); // not Tân Uyên, whose name it holds
    EXPECT_EQ(place("phường Tân Bình, Dĩ An"), "Dĩ An/Tân Bình");
    EXPECT_EQ(place("Thanh Tuyền"), "Dầu Tiếng/Thanh Tuyền"); // a name only one district has
    EXPECT_EQ(place("Tân Bình"), "/");                        // in two districts: not guessed
    EXPECT_EQ(place("Quận 1, TP Hồ Chí Minh"), "/");
    EXPECT_EQ(place(""), "/");
}

} // namespace

namespace {

// The user name the hub chooses for a volunteer's account: given name, family name, folded; unique in the commune.
TEST(PlanUserName, GivenDotFamilyFoldedAndNumberedWhenTaken) {
    using dc::core::AllocationService;
    EXPECT_EQ(AllocationService::userNameFor(QStringLiteral("Nguyễn Thị Ánh Tuyết"), {}),
              QStringLiteral("tuyet.nguyen"));
    EXPECT_EQ(AllocationService::userNameFor(QStringLiteral("Đặng Văn Đức"), {}), QStringLiteral("duc.dang"));
    const QSet<QString> taken{QStringLiteral("tuyet.nguyen"), QStringLiteral("tuyet.nguyen2")};
    EXPECT_EQ(AllocationService::userNameFor(QStringLiteral("Nguyễn Ánh Tuyết"), taken),
              QStringLiteral("tuyet.nguyen3"));
    EXPECT_EQ(AllocationService::userNameFor(QStringLiteral("Ý"), {}), QStringLiteral("y-tnv"));
    EXPECT_EQ(AllocationService::userNameFor(QStringLiteral("123"), {}), QStringLiteral("tnv"));
    EXPECT_EQ(AllocationService::userNameFor(QStringLiteral("!!"), {QStringLiteral("tnv")}), QStringLiteral("tnv2"));
    const QString longName = AllocationService::userNameFor(
        QStringLiteral("Tôn Nữ Thị Phương Thảo Nguyênnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"), {});
    EXPECT_LE(longName.size(), 32);
    for (const QString& name : {longName, AllocationService::userNameFor(QStringLiteral("Ý"), {})}) {
        EXPECT_TRUE(dc::core::canonicalUserName(name).ok()) << name.toStdString();
    }
}

} // namespace
