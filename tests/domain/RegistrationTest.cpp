// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// A unit's list (Mẫu 01) read into registrations with findings per row, and eligibility (issue 14). Pure: the tables
// are built here as core/sheets would return them.
#include "core/campaign/Registration.h"
#include "core/domain/Messages.h"
#include "tests/support/HubOffice.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace dc::core;
using namespace dc::core::campaign;
using dc::core::domain::Severity;
using dc::test::cells;
using dc::test::q;

namespace {

const Unit& unitNamed(const char* name) {
    for (const Unit& unit : builtInCampaign().units) {
        if (unit.name == q(name)) {
            return unit;
        }
    }
    throw std::logic_error("no such unit");
}

bool hasCode(const domain::Findings& findings, const char* code, Severity severity) {
    for (const auto& f : findings) {
        if (f.code == q(code) && f.severity == severity) {
            return true;
        }
    }
    return false;
}

// A list as a unit sends it: a title, a blank line, then headers without tone marks, shuffled, with an extra column.
sheets::Table fixture() {
    sheets::Table t;
    t.format = QStringLiteral("csv");
    t.rows = {
        cells({"DANH SÁCH ĐĂNG KÝ TÌNH NGUYỆN VIÊN"}),
        cells({""}),
        cells({"STT", "so cccd", "HO TEN", "nam sinh", "Phai", "SDT", "Xa/phuong dang ky",
               "huyen/thi/thanh pho dang ky", "Dong y thoi gian", "Chap nhan phan cong", "Tin hoc", "Ghi chú",
               "Ngày bận"}),
        // row 4: valid; CCCD of a woman born 2001 (3 = female 2000s)
        cells({"1", "074301001234", "Nguyễn  Thị Lan", "2001", "Nữ", "0912345678", "Thanh An", "Dầu Tiếng", "có", "x",
               "1", "lớp trưởng", "5, 6/12"}),
        // row 5: an error (no ID number) and a warning (unreadable phone)
        cells({"2", "", "Trần Văn Minh", "2000", "Nam", "12", "", "", "có", "có", "không", "", ""}),
        // row 6: a warning only: the sex digit disagrees (2 = male 2000s, but "Nữ"), an ambiguous bare commune
        cells({"3", "074200001111", "Lê Thị Hoa", "2000", "nữ", "", "Tân Bình", "", "đồng ý", "1", "yes", "", ""}),
        cells({"", "", "", "", "", "", "", "", "", "", "", "", ""}), // an empty row: skipped
        // row 8: the same ID number as row 4
        cells({"4", "074 301 001 234", "Nguyễn Thị Lan", "2001", "Nữ", "", "", "", "", "", "", "", ""}),
        // row 9: an unreadable birth year, a yes/no nobody can read
        cells({"5", "280123456", "Phạm Văn Tâm", "năm ngoái", "Nam", "", "", "", "hmm", "có", "", "", ""}),
    };
    return t;
}

} // namespace

TEST(RegistrationList, ShuffledTonelessHeadersAreFoundBelowATitle) {
    const ParsedList list = parseUnitList(fixture(), builtInCampaign(), unitNamed("Dầu Tiếng"));
    EXPECT_FALSE(list.refused());
    EXPECT_EQ(list.headerRow, 3);
    EXPECT_EQ(list.columns.first(), q("idNumber"));
    EXPECT_TRUE(list.columns.contains(q("fullName")));
    EXPECT_TRUE(list.columns.contains(q("unavailableDays")));
    // Optional columns the list lacks are warnings of the file, naming them.
    EXPECT_TRUE(hasCode(list.fileFindings, "registration.missing_optional_column", Severity::Warning));
    bool namedEmail = false;
    for (const auto& f : list.fileFindings) {
        namedEmail = namedEmail || (f.field == q("email") && f.params.value(q("column")) == q("Email"));
    }
    EXPECT_TRUE(namedEmail);
    ASSERT_EQ(list.rows.size(), 5u); // the empty row is skipped
    EXPECT_EQ(list.rows[0].row, 4);
    EXPECT_EQ(list.rows[4].row, 9);
}

TEST(RegistrationList, EachRowIsParsedWithItsFindings) {
    const ParsedList list = parseUnitList(fixture(), builtInCampaign(), unitNamed("Dầu Tiếng"));
    ASSERT_EQ(list.rows.size(), 5u);
    const ParsedRow& lan = list.rows[0];
    EXPECT_TRUE(lan.valid());
    EXPECT_TRUE(lan.findings.empty()) << lan.findings.front().code.toStdString();
    const Registration& g = lan.registration;
    EXPECT_EQ(g.fullName, q("Nguyễn Thị Lan"));
    EXPECT_EQ(g.idNumber, q("074301001234"));
    EXPECT_EQ(g.birthYear, 2001);
    EXPECT_EQ(g.sex, q("female"));
    EXPECT_EQ(g.phone, q("0912345678"));
    EXPECT_EQ(g.preferredDistrict, q("Dầu Tiếng"));
    EXPECT_EQ(g.preferredCommune, q("Thanh An"));
    EXPECT_EQ(g.agreesDates, Answer::Yes);
    EXPECT_EQ(g.acceptsAssignment, Answer::Yes);
    EXPECT_EQ(g.computer, Answer::Yes);
    EXPECT_EQ(g.ownTransport, Answer::Unknown); // no such column
    EXPECT_EQ(g.inProvince, Answer::Unknown);   // no such column
    EXPECT_EQ(g.unit, q("Dầu Tiếng"));
    EXPECT_EQ(g.unavailable, (std::vector<QDate>{QDate(2022, 12, 5), QDate(2022, 12, 6)}));

    const ParsedRow& minh = list.rows[1];
    EXPECT_FALSE(minh.valid());
    EXPECT_TRUE(hasCode(minh.findings, "registration.id_required", Severity::Error));
    EXPECT_TRUE(hasCode(minh.findings, "phone.invalid", Severity::Warning));
    EXPECT_EQ(minh.registration.computer, Answer::No);

    const ParsedRow& hoa = list.rows[2];
    EXPECT_TRUE(hoa.valid());
    EXPECT_TRUE(hasCode(hoa.findings, "id.sex_mismatch", Severity::Warning));
    EXPECT_TRUE(hasCode(hoa.findings, "registration.commune_ambiguous", Severity::Warning));
    EXPECT_TRUE(hoa.registration.preferredCommune.isEmpty());

    const ParsedRow& again = list.rows[3];
    EXPECT_FALSE(again.valid());
    ASSERT_TRUE(hasCode(again.findings, "registration.duplicate_in_file", Severity::Error));
    EXPECT_EQ(again.findings.back().params.value(q("row")), q("4"));

    const ParsedRow& tam = list.rows[4];
    EXPECT_FALSE(tam.valid());
    EXPECT_TRUE(hasCode(tam.findings, "registration.birth_year_invalid", Severity::Error));
    EXPECT_TRUE(hasCode(tam.findings, "registration.answer_unreadable", Severity::Warning));
    EXPECT_EQ(tam.registration.idNumber, q("280123456")); // a CMND is accepted
    // Every finding has a message in both languages.
    for (const ParsedRow& row : list.rows) {
        for (const auto& f : row.findings) {
            EXPECT_NE(domain::findingMessage(f, domain::Language::English), f.code) << f.code.toStdString();
            EXPECT_NE(domain::findingMessage(f, domain::Language::Vietnamese), f.code) << f.code.toStdString();
        }
    }
}

TEST(RegistrationList, AMissingRequiredColumnRefusesTheFileNamingIt) {
    sheets::Table t;
    t.rows = {cells({"Họ và tên", "Năm sinh", "Điện thoại"}), cells({"Nguyễn Văn A", "2000", "0912345678"})};
    const ParsedList list = parseUnitList(t, builtInCampaign(), unitNamed("Đại học Việt Đức"));
    EXPECT_TRUE(list.refused());
    ASSERT_TRUE(hasCode(list.fileFindings, "registration.missing_column", Severity::Error));
    bool named = false;
    for (const auto& f : list.fileFindings) {
        if (f.code == q("registration.missing_column")) {
            named = f.params.value(q("column")) == q("Số CMND/CCCD");
            EXPECT_TRUE(domain::findingMessage(f, domain::Language::English).contains(q("Số CMND/CCCD")));
        }
    }
    EXPECT_TRUE(named);
    EXPECT_TRUE(list.rows.empty());
}

TEST(RegistrationList, NoHeaderRowOrHostileCellsNeverCrash) {
    sheets::Table none;
    none.rows = {cells({"a", "b"}), cells({"1", "2"})};
    EXPECT_TRUE(hasCode(parseUnitList(none, builtInCampaign(), unitNamed("Dĩ An")).fileFindings,
                        "registration.header_not_found", Severity::Error));
    EXPECT_TRUE(parseUnitList(sheets::Table{}, builtInCampaign(), unitNamed("Dĩ An")).refused());
    // Control characters, U+FFFD, megabytes and short rows: findings, never a crash.
    sheets::Table hostile;
    hostile.rows = {cells({"Ho va ten", "Nam sinh", "CCCD", "Noi o hien nay"}),
                    QStringList{q("A\u0007B"), q("2000"), q("074200001111"), QString(5000, u'x')},
                    QStringList{q("Tr\uFFFDn"), q("99999999999999999999")}, QStringList{q("Lê Văn Ba")}};
    const ParsedList list = parseUnitList(hostile, builtInCampaign(), unitNamed("Dĩ An"));
    ASSERT_EQ(list.rows.size(), 3u);
    for (const ParsedRow& row : list.rows) {
        EXPECT_FALSE(row.valid());
    }
    EXPECT_TRUE(hasCode(list.rows[0].findings, "registration.too_long", Severity::Error));
    EXPECT_TRUE(hasCode(list.rows[2].findings, "registration.id_required", Severity::Error));
}

TEST(RegistrationList, HeadersWithToneMarksAndSynonymsAndDates) {
    sheets::Table t;
    t.rows = {cells({"Họ tên", "Ngày sinh", "Giới tính", "Số định danh", "Ngày cấp", "Nơi cấp", "Chức vụ, đơn vị",
                     "Huyện/thị/thành phố đăng ký", "Xã/phường đăng ký", "Học tập/công tác tại tỉnh"}),
              cells({"Võ Minh Khang", "05/03/2004", "Nam", "074204000123", "12/08/2021", "Cục CS QLHC về TTXH",
                     "Sinh viên K20", "Huyện Phú Giáo", "Xã An Bình", "không"})};
    const ParsedList list = parseUnitList(t, builtInCampaign(), unitNamed("Phú Giáo"));
    ASSERT_FALSE(list.refused());
    ASSERT_EQ(list.rows.size(), 1u);
    const Registration& g = list.rows[0].registration;
    EXPECT_TRUE(list.rows[0].valid());
    EXPECT_EQ(g.birthYear, 2004);
    EXPECT_EQ(g.idIssued, q("12/08/2021"));
    EXPECT_EQ(g.preferredDistrict, q("Phú Giáo")); // "Huyện" and "Xã" prefixes dropped
    EXPECT_EQ(g.preferredCommune, q("An Bình"));
    EXPECT_EQ(g.student, Answer::Yes); // the position says so
    EXPECT_EQ(g.inProvince, Answer::No);
}

TEST(RegistrationAnswers, YesAndNoAsPeopleTypeThem) {
    for (const char* yes : {"có", "Có", "CO", "x", "X", "yes", "đồng ý", "Đồng ý.", "1", "chấp nhận"}) {
        EXPECT_EQ(parseAnswer(q(yes)), Answer::Yes) << yes;
    }
    for (const char* no : {"không", "Không", "khong", "0", "no", "ko", "không đồng ý"}) {
        EXPECT_EQ(parseAnswer(q(no)), Answer::No) << no;
    }
    EXPECT_EQ(parseAnswer(q("")), Answer::Unknown);
    EXPECT_EQ(parseAnswer(q("  ")), Answer::Unknown);
    EXPECT_FALSE(parseAnswer(q("có lẽ")));
    EXPECT_FALSE(parseAnswer(QString(10000, u'x')));
}

namespace {

Registration person(int birthYear, Answer dates, Answer assignment, Answer province) {
    Registration g;
    g.birthYear = birthYear;
    g.agreesDates = dates;
    g.acceptsAssignment = assignment;
    g.inProvince = province;
    return g;
}

} // namespace

TEST(Eligibility, AgeInTheCampaignYearWithTheEdgeCases) {
    const Campaign& c = builtInCampaign(); // 2022, 16–35
    const auto eligible = [&](int year) {
        return checkEligibility(person(year, Answer::Yes, Answer::Yes, Answer::Yes), c).eligible;
    };
    EXPECT_TRUE(eligible(2006));  // turns 16 in 2022: in
    EXPECT_FALSE(eligible(2007)); // turns 15: out
    EXPECT_TRUE(eligible(1987));  // turns 35: in
    EXPECT_FALSE(eligible(1986)); // turns 36: out
    const Eligibility old = checkEligibility(person(1986, Answer::Yes, Answer::Yes, Answer::Yes), c);
    ASSERT_EQ(old.reasons.size(), 1u);
    EXPECT_EQ(old.reasons[0].code, q("eligibility.too_old"));
    EXPECT_EQ(old.reasons[0].params.value(q("age")), q("36"));
    EXPECT_TRUE(domain::findingMessage(old.reasons[0], domain::Language::English).contains(q("36 years old in 2022")));
    EXPECT_EQ(checkEligibility(person(2007, Answer::Yes, Answer::Yes, Answer::Yes), c).reasons[0].code,
              q("eligibility.too_young"));
    EXPECT_EQ(checkEligibility(person(0, Answer::Yes, Answer::Yes, Answer::Yes), c).reasons[0].code,
              q("eligibility.birth_year_unknown"));
}

TEST(Eligibility, ANoRefusesAndAnUnknownWarns) {
    const Campaign& c = builtInCampaign();
    const Eligibility unknown = checkEligibility(person(2000, Answer::Unknown, Answer::Unknown, Answer::Unknown), c);
    EXPECT_TRUE(unknown.eligible); // unknown columns are warnings, not reasons to refuse
    EXPECT_EQ(unknown.reasons.size(), 3u);
    EXPECT_TRUE(hasCode(unknown.reasons, "eligibility.province_unknown", Severity::Warning));
    EXPECT_TRUE(hasCode(unknown.reasons, "eligibility.dates_unknown", Severity::Warning));
    const Eligibility refusedDates = checkEligibility(person(2000, Answer::No, Answer::Yes, Answer::Yes), c);
    EXPECT_FALSE(refusedDates.eligible);
    EXPECT_TRUE(hasCode(refusedDates.reasons, "eligibility.dates_refused", Severity::Error));
    EXPECT_FALSE(checkEligibility(person(2000, Answer::Yes, Answer::No, Answer::Yes), c).eligible);
    const Eligibility outside = checkEligibility(person(2000, Answer::Yes, Answer::Yes, Answer::No), c);
    EXPECT_FALSE(outside.eligible);
    EXPECT_TRUE(hasCode(outside.reasons, "eligibility.outside_province", Severity::Error));
    const Eligibility all = checkEligibility(person(2000, Answer::Yes, Answer::Yes, Answer::Yes), c);
    EXPECT_TRUE(all.eligible);
    EXPECT_TRUE(all.reasons.empty());
}
