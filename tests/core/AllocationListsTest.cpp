// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The saved allocation as printed lists (issue 14 item 5): per district and per unit, and a commune's week view, for a
// small known population at a real hub; who may print what; refusals before anything is saved.
#include "core/services/AllocationLists.h"
#include "core/services/AllocationService.h"
#include "core/services/RegistrationService.h"
#include "core/services/UserService.h"
#include "tests/support/HubOffice.h"
#include "tests/support/TestSite.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace dc::core;
using dc::core::domain::Language;
using dc::test::cells;
using dc::test::kDistrictPassword;
using dc::test::q;
using dc::test::secret;
using dc::test::TestSite;

// Readable failures.
inline void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}

namespace {

const QStringList kHeader = cells({"Họ và tên", "Năm sinh", "Số CCCD", "Điện thoại", "Đồng ý thời gian",
                                   "Chấp nhận phân công", "Tin học", "Xã đăng ký", "Huyện đăng ký", "Ngày bận"});

// Dầu Tiếng's unit: three placed where they asked (Thanh An, Định An, Thanh Tuyền: at most two a commune, so the
// solver has no reason to move anyone) and one too old (42 in 2022).
sheets::Table dauTiengList() {
    sheets::Table t;
    t.rows = {kHeader,
              cells({"Nguyễn Thị Ánh Tuyết", "2001", "074301001234", "0912345678", "có", "có", "có", "Thanh Tuyền",
                     "Dầu Tiếng", ""}),
              cells({"Trần Văn Đức", "2000", "074200001235", "", "có", "có", "có", "Thanh An", "Dầu Tiếng", ""}),
              cells({"Lê Thị Tuyết", "2002", "074302001236", "", "có", "có", "có", "Định An", "Dầu Tiếng", ""}),
              cells({"Võ Văn Già", "1980", "074080001237", "", "có", "có", "có", "Thanh An", "Dầu Tiếng", ""})};
    return t;
}

// Another unit's volunteer in Thanh An: no computer, away on 05/12.
sheets::Table officesList() {
    sheets::Table t;
    t.rows = {kHeader, cells({"Phạm Văn An", "1999", "074099001238", "0987654321", "có", "có", "không", "Thanh An",
                              "Dầu Tiếng", "05/12/2022"})};
    return t;
}

class AllocationListsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        hub = new TestSite(SiteKind::Hub);
        office = hub->signInSupervisor().release();
        dauTieng = dc::test::addDistrictAccount(*hub, *office, QStringLiteral("dautieng"), q("Dầu Tiếng")).release();
        diAn = dc::test::addDistrictAccount(*hub, *office, QStringLiteral("dian"), q("Dĩ An")).release();
        ASSERT_TRUE(dauTieng != nullptr && diAn != nullptr);
        ASSERT_TRUE(RegistrationService::importList(*office, dauTiengList(), q("Dầu Tiếng")).ok());
        ASSERT_TRUE(
            RegistrationService::importList(*office, officesList(), q("Đoàn Khối Cơ quan – Doanh nghiệp")).ok());
    }
    static void TearDownTestSuite() {
        delete diAn;
        delete dauTieng;
        delete office;
        delete hub;
    }
    static void saved() {
        if (!isSaved) {
            auto plan = AllocationService::save(*office);
            ASSERT_TRUE(plan.ok()) << plan.error().detail.toStdString();
            isSaved = true;
        }
    }
    static const ReportTable& table(const ReportDocument& doc, const QString& heading) {
        for (const ReportTable& t : doc.tables) {
            if (t.heading == heading) {
                return t;
            }
        }
        static const ReportTable none;
        ADD_FAILURE() << "no table " << heading.toStdString();
        return none;
    }
    static inline TestSite* hub = nullptr;
    static inline Session* office = nullptr;
    static inline Session* dauTieng = nullptr;
    static inline Session* diAn = nullptr;
    static inline bool isSaved = false;
};

// Before `allocate --save` nothing is printed: the lists are of the saved plan, never a fresh solve. Runs first.
TEST_F(AllocationListsTest, NothingSavedIsRefused) {
    ASSERT_FALSE(isSaved);
    auto list =
        AllocationLists::allocationList(*office, {ListGrouping::District, q("Dầu Tiếng"), false}, Language::Vietnamese);
    ASSERT_FALSE(list.ok());
    EXPECT_EQ(list.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(list.error().detail.contains(QStringLiteral("allocate --save")));
    auto week = AllocationLists::weekView(*office, q("Dầu Tiếng/Thanh An"), Language::Vietnamese);
    ASSERT_FALSE(week.ok());
    EXPECT_EQ(week.error().code, ErrorCode::InvalidInput);
}

TEST_F(AllocationListsTest, TheDistrictListSaysWhoGoesWhereWithTotals) {
    saved();
    auto list =
        AllocationLists::allocationList(*office, {ListGrouping::District, q("dầu tiếng"), false}, Language::Vietnamese);
    ASSERT_TRUE(list.ok()) << list.error().detail.toStdString();
    ASSERT_EQ(list->tables.size(), 2); // the district's list and its summary per commune
    const ReportTable& people = list->tables.front();
    EXPECT_EQ(people.heading, q("Huyện/thị/thành phố: Dầu Tiếng"));
    EXPECT_EQ(people.columns, cells({"STT", "Họ và tên", "Đơn vị", "Số CMND/CCCD", "Điện thoại", "Xã/phường",
                                     "Số ngày trực", "Tin học"}));
    // Định An, Thanh An, Thanh Tuyền (the campaign's order), then by name; ID numbers masked; the too-old one absent.
    ASSERT_EQ(people.rows.size(), 4);
    EXPECT_EQ(people.rows[0], cells({"1", "Lê Thị Tuyết", "Dầu Tiếng", "*********236", "", "Định An", "31", "Có"}));
    EXPECT_EQ(people.rows[1], cells({"2", "Phạm Văn An", "Đoàn Khối Cơ quan – Doanh nghiệp", "*********238",
                                     "0987654321", "Thanh An", "30", "Không"}));
    EXPECT_EQ(people.rows[2], cells({"3", "Trần Văn Đức", "Dầu Tiếng", "*********235", "", "Thanh An", "31", "Có"}));
    EXPECT_EQ(people.rows[3], cells({"4", "Nguyễn Thị Ánh Tuyết", "Dầu Tiếng", "*********234", "0912345678",
                                     "Thanh Tuyền", "31", "Có"}));
    const ReportTable& summary = list->tables.back();
    EXPECT_EQ(summary.rows,
              (QList<QStringList>{cells({"Định An", "1", "1", "31"}), cells({"Thanh An", "2", "1", "61"}),
                                  cells({"Thanh Tuyền", "1", "1", "31"}), cells({"Tổng cộng", "4", "3", "123"})}));
    EXPECT_EQ(list->data.value(QStringLiteral("totals")).toObject().value(QStringLiteral("personDays")).toInt(), 123);
    EXPECT_EQ(list->scope, q("Dầu Tiếng"));

    // Whole ID numbers with `identified`; the whole province: every district, one table and a summary each.
    auto whole = AllocationLists::allocationList(*office, {ListGrouping::District, QString(), true}, Language::English);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(whole->tables.size(), 18);
    EXPECT_EQ(table(whole.value(), QStringLiteral("District: Dầu Tiếng")).rows[0][3], QStringLiteral("074302001236"));
    EXPECT_EQ(table(whole.value(), QStringLiteral("District: Dĩ An")).rows.size(), 0);
}

TEST_F(AllocationListsTest, TheUnitListSaysWhereEachOfItsVolunteersWentAndWhoWasNotPlaced) {
    saved();
    auto list =
        AllocationLists::allocationList(*office, {ListGrouping::Unit, q("Dau Tieng"), false}, Language::Vietnamese);
    ASSERT_TRUE(list.ok()) << list.error().detail.toStdString();
    ASSERT_EQ(list->tables.size(), 2);
    const ReportTable& people = list->tables.front();
    EXPECT_EQ(people.heading, q("Đơn vị: Dầu Tiếng"));
    ASSERT_EQ(people.rows.size(), 4);
    EXPECT_EQ(people.rows[0], cells({"1", "Lê Thị Tuyết", "*********236", "", "Dầu Tiếng", "Định An", "31", "Có"}));
    EXPECT_EQ(people.rows[1][1], q("Trần Văn Đức"));
    EXPECT_EQ(people.rows[1][5], q("Thanh An"));
    EXPECT_EQ(people.rows[2][1], q("Nguyễn Thị Ánh Tuyết"));
    EXPECT_EQ(people.rows[2][5], q("Thanh Tuyền"));
    EXPECT_EQ(people.rows[3], cells({"4", "Võ Văn Già", "*********237", "", "Không được phân bổ", "", "", "Có"}));
    EXPECT_EQ(list->tables.back().rows,
              (QList<QStringList>{cells({"Dầu Tiếng", "4", "3", "93"}), cells({"Tổng cộng", "4", "3", "93"})}));
    // Every unit: 17 tables and one summary; the offices' volunteer went to Dầu Tiếng/Thanh An.
    auto every = AllocationLists::allocationList(*office, {ListGrouping::Unit, QString(), false}, Language::English);
    ASSERT_TRUE(every.ok());
    EXPECT_EQ(every->tables.size(), 18);
    const ReportTable& offices = table(every.value(), q("Unit: Đoàn Khối Cơ quan – Doanh nghiệp"));
    ASSERT_EQ(offices.rows.size(), 1);
    EXPECT_EQ(offices.rows[0][4], q("Dầu Tiếng"));
    EXPECT_EQ(offices.rows[0][5], q("Thanh An"));
    EXPECT_EQ(every->tables.back().rows.back(), cells({"Total", "5", "4", "123"}));
}

TEST_F(AllocationListsTest, WhoMayPrintWhat) {
    saved();
    // A district account: its own district and unit, masked; not another district, not whole ID numbers.
    auto own =
        AllocationLists::allocationList(*dauTieng, {ListGrouping::District, QString(), false}, Language::Vietnamese);
    ASSERT_TRUE(own.ok()) << own.error().detail.toStdString();
    EXPECT_EQ(own->scope, q("Dầu Tiếng"));
    EXPECT_TRUE(
        AllocationLists::allocationList(*dauTieng, {ListGrouping::Unit, QString(), false}, Language::English).ok());
    EXPECT_TRUE(AllocationLists::weekView(*dauTieng, q("Dầu Tiếng/Thanh An"), Language::English).ok());
    const auto refused = [](const Result<ReportDocument>& r) {
        return !r.ok() && r.error().code == ErrorCode::NotPermitted;
    };
    EXPECT_TRUE(refused(
        AllocationLists::allocationList(*dauTieng, {ListGrouping::District, q("Dĩ An"), false}, Language::English)));
    EXPECT_TRUE(refused(
        AllocationLists::allocationList(*dauTieng, {ListGrouping::District, QString(), true}, Language::English)));
    EXPECT_TRUE(refused(AllocationLists::allocationList(
        *dauTieng, {ListGrouping::Unit, q("Đại học Thủ Dầu Một"), false}, Language::English)));
    EXPECT_TRUE(refused(AllocationLists::weekView(*diAn, q("Dầu Tiếng/Thanh An"), Language::English)));
    // Unknown names, a commune nobody was placed in: InvalidInput, naming only what was typed.
    const auto invalid = [](const Result<ReportDocument>& r) {
        return !r.ok() && r.error().code == ErrorCode::InvalidInput;
    };
    EXPECT_TRUE(invalid(
        AllocationLists::allocationList(*office, {ListGrouping::District, q("Không Có"), false}, Language::English)));
    EXPECT_TRUE(invalid(AllocationLists::allocationList(*office, {ListGrouping::Unit, q("Trường Không Có"), false},
                                                        Language::English)));
    EXPECT_TRUE(invalid(AllocationLists::weekView(*office, q("Không Có/Nơi Nào"), Language::English)));
    EXPECT_TRUE(invalid(AllocationLists::weekView(*office, q("Dĩ An/Tân Bình"), Language::English)));
    // A commune workstation has no allocation.
    TestSite commune;
    auto supervisor = commune.signInSupervisor();
    auto atCommune = AllocationLists::allocationList(*supervisor, {}, Language::English);
    ASSERT_FALSE(atCommune.ok());
    EXPECT_EQ(atCommune.error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(AllocationLists::weekView(*supervisor, q("Dầu Tiếng/Thanh An"), Language::English).error().code,
              ErrorCode::WrongSiteKind);
}

// Thanh An: two people for 2 pairs a day, Phạm Văn An (no computer) away on Monday 05/12 — every day short of two
// people, 05/12 of three; the week view shows each one's days and every short day.
TEST_F(AllocationListsTest, TheWeekViewGridShowsWhoWorksEachDayAndTheShortDays) {
    saved();
    auto week = AllocationLists::weekView(*office, q("tân bình"), Language::Vietnamese);
    ASSERT_FALSE(week.ok()); // a bare "Tân Bình" is in two districts
    week = AllocationLists::weekView(*office, q("Dầu Tiếng/Thanh An"), Language::Vietnamese);
    ASSERT_TRUE(week.ok()) << week.error().detail.toStdString();
    // 01/12/2022 is a Thursday: weeks 01–04, 05–11, 12–18, 19–25, 26–31, then the month per volunteer and the short
    // days.
    ASSERT_EQ(week->tables.size(), 7);
    const ReportTable& first = week->tables[0];
    EXPECT_EQ(first.heading, q("Tuần 1: 01/12/2022 – 04/12/2022"));
    EXPECT_EQ(first.columns, cells({"Họ và tên", "Tên đăng nhập", "T5 01/12", "T6 02/12", "T7 03/12", "CN 04/12",
                                    "Ngày trực trong tuần"}));
    const ReportTable& second = week->tables[1];
    EXPECT_EQ(second.columns.size(), 2 + 7 + 1);
    ASSERT_EQ(second.rows.size(), 2 + 3);
    EXPECT_EQ(second.rows[0], cells({"Phạm Văn An", "an.pham", "", "x", "x", "x", "x", "x", "x", "6"}));
    EXPECT_EQ(second.rows[1], cells({"Trần Văn Đức", "duc.tran", "x", "x", "x", "x", "x", "x", "x", "7"}));
    EXPECT_EQ(second.rows[2], cells({"Số người trực", "", "1", "2", "2", "2", "2", "2", "2", ""}));
    EXPECT_EQ(second.rows[3], cells({"Thiếu người", "", "3", "2", "2", "2", "2", "2", "2", ""}));
    EXPECT_EQ(second.rows[4], cells({"Cặp thiếu người biết tin học", "", "0", "0", "0", "0", "0", "0", "0", ""}));
    EXPECT_EQ(week->tables[4].heading, q("Tuần 5: 26/12/2022 – 31/12/2022"));
    EXPECT_EQ(week->tables[4].columns.size(), 2 + 6 + 1);
    const ReportTable& perVolunteer = week->tables[5];
    EXPECT_EQ(perVolunteer.rows.front(), cells({"1", "Phạm Văn An", "an.pham", "Không", "30"}));
    EXPECT_EQ(perVolunteer.rows.back(), cells({"Tổng cộng", "", "", "", "61"}));
    const ReportTable& unmet = week->tables[6];
    ASSERT_EQ(unmet.rows.size(), 31); // never hidden: every day is short
    EXPECT_EQ(unmet.rows[0], cells({"01/12/2022", "2", "2", "0"}));
    EXPECT_EQ(unmet.rows[4], cells({"05/12/2022", "1", "3", "0"}));
    EXPECT_EQ(week->data.value(QStringLiteral("unmet")).toArray().size(), 31);
    EXPECT_EQ(week->data.value(QStringLiteral("pairsPerDay")).toInt(), 2);
}

// The roster sheet: every volunteer with their code and days; a long list of days continues on the next rows, cut at a
// comma, so the printed sheet never loses a day to an ellipsis.
TEST_F(AllocationListsTest, TheRosterSheetListsEveryCodeAndEveryDay) {
    RosterPlan plan{{}, q("Dầu Tiếng"), q("Thanh An"), {}};
    std::vector<QDate> everyOther;
    for (int day = 1; day <= 31; day += 2) {
        everyOther.push_back(QDate(2022, 12, day));
    }
    plan.volunteers.push_back({QStringLiteral("p1"), q("Trần Văn Đức"), QStringLiteral("duc.tran"), everyOther});
    plan.volunteers.push_back({QStringLiteral("p2"),
                               q("Phạm Văn An"),
                               QStringLiteral("an.pham"),
                               {QDate(2022, 12, 1), QDate(2022, 12, 2), QDate(2022, 12, 3)}});
    BuiltRoster built;
    built.sequence = 3;
    built.codes.push_back({QStringLiteral("p1"), QStringLiteral("duc.tran"),
                           dc::crypto::SecureBuffer::copyOf(std::string_view("12345-67890")),
                           QStringLiteral("2023-01-15T10:00:00Z")});
    built.codes.push_back({QStringLiteral("p2"), QStringLiteral("an.pham"),
                           dc::crypto::SecureBuffer::copyOf(std::string_view("55555-00000")),
                           QStringLiteral("2023-01-15T10:00:00Z")});
    const ReportDocument sheet = AllocationLists::rosterSheet(plan, built, Language::Vietnamese);
    EXPECT_EQ(sheet.facts.front(), (std::pair{q("Xã/phường"), q("Dầu Tiếng/Thanh An")}));
    ASSERT_EQ(sheet.tables.size(), 1);
    const ReportTable& table = sheet.tables.front();
    EXPECT_EQ(table.columns,
              cells({"STT", "Tên đăng nhập", "Họ và tên", "Mã kích hoạt", "Số ngày trực", "Các ngày trực", "Ký nhận"}));
    ASSERT_GE(table.rows.size(), 3);
    EXPECT_EQ(table.rows[0].mid(0, 5), cells({"1", "duc.tran", "Trần Văn Đức", "12345-67890", "16"}));
    QStringList days;
    qsizetype row = 0;
    for (; row < table.rows.size() && (row == 0 || table.rows[row][0].isEmpty()); ++row) {
        EXPECT_LE(table.rows[row][5].size(), 34);
        days << table.rows[row][5];
    }
    EXPECT_GT(days.size(), 1); // 16 days apart do not fit one line
    EXPECT_EQ(days.join(u' '), q("01/12, 03/12, 05/12, 07/12, 09/12, 11/12, 13/12, 15/12, 17/12, 19/12, 21/12, 23/12, "
                                 "25/12, 27/12, 29/12, 31/12"));
    ASSERT_EQ(row, table.rows.size() - 1);
    EXPECT_EQ(table.rows[row], cells({"2", "an.pham", "Phạm Văn An", "55555-00000", "3", "01–03/12", ""}));
    // The JSON form carries no code.
    EXPECT_FALSE(QJsonDocument(sheet.data).toJson().contains("12345"));
}

TEST_F(AllocationListsTest, DaysAreWrittenShort) {
    const auto d = [](int day) { return QDate(2022, 12, day); };
    EXPECT_EQ(AllocationLists::compactDays({d(1), d(2), d(3), d(5), d(7), d(8)}),
              QStringLiteral("01–03/12, 05/12, 07–08/12"));
    EXPECT_EQ(AllocationLists::compactDays({}), QString());
    EXPECT_EQ(AllocationLists::compactDays({QDate(2022, 11, 30), d(1)}), QStringLiteral("30/11, 01/12"));
}

} // namespace
