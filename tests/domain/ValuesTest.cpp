// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/Values.h"
#include "core/domain/Ethnicity.h"
#include "core/domain/IdNumber.h"
#include "core/domain/PartialDate.h"
#include "core/domain/Provinces.h"

#include <gtest/gtest.h>

using namespace dc::core::domain;

namespace {

// ---- Partial dates -------------------------------------------------------------------------------------------

struct DateCase {
    const char* text;
    int year, month, day; // expected when accepted
    const char* problem;  // "" when accepted, else the finding code
};

class DateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateTest, ParsedOrRefused) {
    const DateCase c = GetParam();
    const CheckedValue v = checkValue(ValueKind::Date, QString::fromUtf8(c.text), QStringLiteral("d"));
    if (std::string(c.problem).empty()) {
        ASSERT_TRUE(v.findings.empty()) << c.text << " → " << v.findings[0].code.toStdString();
        const auto parsed = parsePartialDate(QString::fromUtf8(c.text));
        ASSERT_TRUE(parsed.date);
        EXPECT_EQ(parsed.date->year, c.year) << c.text;
        EXPECT_EQ(parsed.date->month, c.month) << c.text;
        EXPECT_EQ(parsed.date->day, c.day) << c.text;
        EXPECT_EQ(v.normalized, parsed.date->toString());
    } else {
        ASSERT_EQ(v.findings.size(), 1u) << c.text;
        EXPECT_EQ(v.findings[0].code.toStdString(), c.problem) << c.text;
        EXPECT_EQ(v.findings[0].severity, Severity::Error);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, DateTest,
    ::testing::Values(
        DateCase{"1950", 1950, 0, 0, ""}, DateCase{"00/00/1950", 1950, 0, 0, ""},
        DateCase{"00/03/1950", 1950, 3, 0, ""}, DateCase{"03/1950", 1950, 3, 0, ""}, DateCase{"3/1950", 1950, 3, 0, ""},
        DateCase{"05/03/1980", 1980, 3, 5, ""}, DateCase{"5/3/1980", 1980, 3, 5, ""},
        DateCase{"5.3.1980", 1980, 3, 5, ""}, DateCase{"05-03-1980", 1980, 3, 5, ""},
        DateCase{" 05/03/1980 ", 1980, 3, 5, ""}, DateCase{"ngày 5 tháng 3 năm 1980", 1980, 3, 5, ""},
        DateCase{"Ngày 05 tháng 03 năm 1980", 1980, 3, 5, ""}, DateCase{"ngay 5 thang 3 nam 1980", 1980, 3, 5, ""},
        DateCase{"tháng 3 năm 1980", 1980, 3, 0, ""}, DateCase{"năm 1980", 1980, 0, 0, ""},
        DateCase{"31/12/1999", 1999, 12, 31, ""}, DateCase{"01/01/1800", 1800, 1, 1, ""},
        DateCase{"5/3/80", 0, 0, 0, "date.two_digit_year"}, DateCase{"03/50", 0, 0, 0, "date.two_digit_year"},
        DateCase{"05/03.1980", 0, 0, 0, "date.unreadable"}, DateCase{"mùng 5 tết", 0, 0, 0, "date.unreadable"},
        DateCase{"1980/03/05", 0, 0, 0, "date.unreadable"}, DateCase{"195", 0, 0, 0, "date.unreadable"},
        DateCase{"1799", 0, 0, 0, "date.year_out_of_range"}, DateCase{"2101", 0, 0, 0, "date.year_out_of_range"},
        DateCase{"13/1950", 0, 0, 0, "date.impossible_month"}, DateCase{"01/13/1950", 0, 0, 0, "date.impossible_month"},
        DateCase{"31/04/1950", 0, 0, 0, "date.impossible_day"}, DateCase{"31/06/1950", 0, 0, 0, "date.impossible_day"},
        DateCase{"31/09/1950", 0, 0, 0, "date.impossible_day"}, DateCase{"31/11/1950", 0, 0, 0, "date.impossible_day"},
        DateCase{"30/02/1952", 0, 0, 0, "date.impossible_day"}, DateCase{"32/01/1950", 0, 0, 0, "date.impossible_day"},
        DateCase{"05/00/1950", 0, 0, 0, "date.day_without_month"},
        DateCase{"ngày 5 năm 1980", 0, 0, 0, "date.day_without_month"}));

// Leap years: divisible by 4, except centuries not divisible by 400.
struct LeapCase {
    int year;
    bool leap;
};
class LeapYearTest : public ::testing::TestWithParam<LeapCase> {};
TEST_P(LeapYearTest, TwentyNinthOfFebruary) {
    const QString text = QStringLiteral("29/02/%1").arg(GetParam().year);
    const CheckedValue v = checkValue(ValueKind::Date, text);
    EXPECT_EQ(v.findings.empty(), GetParam().leap) << text.toStdString();
    EXPECT_TRUE(checkValue(ValueKind::Date, QStringLiteral("28/02/%1").arg(GetParam().year)).findings.empty());
}
INSTANTIATE_TEST_SUITE_P(Years, LeapYearTest,
                         ::testing::Values(LeapCase{1900, false}, LeapCase{1904, true}, LeapCase{1950, false},
                                           LeapCase{1952, true}, LeapCase{1996, true}, LeapCase{1999, false},
                                           LeapCase{2000, true}, LeapCase{2016, true}, LeapCase{2017, false},
                                           LeapCase{2100, false}));

struct OrderCase {
    const char* a;
    const char* b;
    DateOrder order;
};
class DateOrderTest : public ::testing::TestWithParam<OrderCase> {};
TEST_P(DateOrderTest, RespectsPrecision) {
    const auto a = parsePartialDate(QString::fromUtf8(GetParam().a)).date;
    const auto b = parsePartialDate(QString::fromUtf8(GetParam().b)).date;
    ASSERT_TRUE(a && b);
    EXPECT_EQ(compareDates(*a, *b), GetParam().order) << GetParam().a << " vs " << GetParam().b;
}
INSTANTIATE_TEST_SUITE_P(Pairs, DateOrderTest,
                         ::testing::Values(OrderCase{"1950", "03/1950", DateOrder::Overlap},
                                           OrderCase{"03/1950", "1950", DateOrder::Overlap},
                                           OrderCase{"1949", "03/1950", DateOrder::Before},
                                           OrderCase{"1951", "03/1950", DateOrder::After},
                                           OrderCase{"02/1950", "03/1950", DateOrder::Before},
                                           OrderCase{"15/03/1950", "03/1950", DateOrder::Overlap},
                                           OrderCase{"31/03/1950", "04/1950", DateOrder::Before},
                                           OrderCase{"05/03/1980", "05/03/1980", DateOrder::Same},
                                           OrderCase{"06/03/1980", "05/03/1980", DateOrder::After},
                                           OrderCase{"1950", "1950", DateOrder::Overlap}));

// ---- ID numbers ------------------------------------------------------------------------------------------------

// Every sex-and-century digit (TT 07/2016/TT-BCA): even male, odd female; 0/1 → 1900s, 2/3 → 2000s, ...
class SexCenturyDigitTest : public ::testing::TestWithParam<int> {};
TEST_P(SexCenturyDigitTest, ReadsSexAndCentury) {
    const int digit = GetParam();
    const QString number = QStringLiteral("074%1%2").arg(digit).arg(QStringLiteral("05123456"));
    const IdCheck check = checkIdNumber(number);
    ASSERT_TRUE(check.number);
    EXPECT_EQ(check.number->kind, IdKind::Cccd);
    EXPECT_EQ(check.number->provinceName, QStringLiteral("Bình Dương"));
    EXPECT_EQ(check.number->sex, digit % 2 == 0 ? Sex::Male : Sex::Female);
    EXPECT_EQ(check.number->birthCentury, 1900 + (digit / 2) * 100);
    EXPECT_EQ(check.number->birthYear, 1905 + (digit / 2) * 100);
    // a birth year after this year can only be a typing error
    const bool future = check.number->birthYear > QDate::currentDate().year();
    EXPECT_EQ(!check.findings.empty(), future);
    if (future) {
        EXPECT_EQ(check.findings[0].code, QLatin1String("id.birth_year_in_future"));
        EXPECT_EQ(check.findings[0].severity, Severity::Warning);
    }
}
INSTANTIATE_TEST_SUITE_P(Digits, SexCenturyDigitTest, ::testing::Range(0, 10));

class UnknownProvinceTest : public ::testing::TestWithParam<const char*> {};
TEST_P(UnknownProvinceTest, IsAnError) {
    const IdCheck check = checkIdNumber(QString::fromLatin1(GetParam()) + QStringLiteral("095123456"));
    EXPECT_FALSE(check.number);
    ASSERT_EQ(check.findings.size(), 1u);
    EXPECT_EQ(check.findings[0].code, QLatin1String("id.unknown_province"));
    EXPECT_EQ(check.findings[0].params.value(QStringLiteral("code")), QLatin1String(GetParam()));
}
INSTANTIATE_TEST_SUITE_P(Codes, UnknownProvinceTest,
                         ::testing::Values("000", "003", "005", "013", "016", "039", "047", "050", "063", "073", "076",
                                           "078", "081", "097", "099", "100", "500", "999"));

struct IdShapeCase {
    const char* text;
    const char* code; // "" when well formed
    const char* kind;
    const char* digits = ""; // when given: the digits kept, ASCII whatever form they were typed in
};
class IdShapeTest : public ::testing::TestWithParam<IdShapeCase> {};
TEST_P(IdShapeTest, Checked) {
    const IdCheck check =
        checkIdNumber(QString::fromUtf8(GetParam().text), std::nullopt, std::nullopt, QStringLiteral("id"));
    if (std::string(GetParam().code).empty()) {
        ASSERT_TRUE(check.number) << GetParam().text;
        EXPECT_EQ(idKindKey(check.number->kind).toStdString(), GetParam().kind);
        if (!std::string(GetParam().digits).empty()) {
            EXPECT_EQ(check.number->digits.toStdString(), GetParam().digits) << GetParam().text;
        }
    } else {
        EXPECT_FALSE(check.number);
        ASSERT_FALSE(check.findings.empty());
        EXPECT_EQ(check.findings[0].code.toStdString(), GetParam().code) << GetParam().text;
    }
}
INSTANTIATE_TEST_SUITE_P(
    Shapes, IdShapeTest,
    ::testing::Values(IdShapeCase{"280123456", "", "cmnd"}, IdShapeCase{"280 123 456", "", "cmnd"},
                      IdShapeCase{"079201001234", "", "cccd"}, IdShapeCase{"079.201.001.234", "", "cccd"},
                      IdShapeCase{"０７９２０１００１２３４", "", "cccd", "079201001234"},
                      // mathematical bold digits, NFKC digits too
                      IdShapeCase{"\U0001D7CE\U0001D7D5\U0001D7D7 201 001 234", "", "cccd", "079201001234"},
                      // Arabic-Indic digits are digits of another script, not a compatibility form: refused
                      IdShapeCase{"٠٧٩٢٠١٠٠١٢٣٤", "id.not_digits", ""}, IdShapeCase{"28012345", "id.length", ""},
                      IdShapeCase{"2801234567", "id.length", ""}, IdShapeCase{"28012345678", "id.length", ""},
                      IdShapeCase{"0792010012345", "id.length", ""}, IdShapeCase{"07920100123A", "id.not_digits", ""},
                      IdShapeCase{"079-201-001-234", "id.not_digits", ""}, IdShapeCase{"", "id.not_digits", ""}));

TEST(IdNumberTest, DisagreementWithThePersonIsAWarning) {
    const IdCheck match = checkIdNumber(QStringLiteral("074195123456"), Sex::Female, 1995);
    EXPECT_TRUE(match.findings.empty());
    const IdCheck wrongSex = checkIdNumber(QStringLiteral("074195123456"), Sex::Male, 1995);
    ASSERT_EQ(wrongSex.findings.size(), 1u);
    EXPECT_EQ(wrongSex.findings[0].code, QLatin1String("id.sex_mismatch"));
    EXPECT_EQ(wrongSex.findings[0].severity, Severity::Warning);
    EXPECT_TRUE(wrongSex.number); // a warning, not a refusal
    const IdCheck wrongYear = checkIdNumber(QStringLiteral("074195123456"), Sex::Female, 1959);
    ASSERT_EQ(wrongYear.findings.size(), 1u);
    EXPECT_EQ(wrongYear.findings[0].code, QLatin1String("id.birth_year_mismatch"));
}

TEST(ProvinceTest, SixtyThreeProvinces) {
    EXPECT_EQ(provinceCount(), 63);
    EXPECT_EQ(provinceName(QStringLiteral("001")), QStringLiteral("Hà Nội"));
    EXPECT_EQ(provinceName(QStringLiteral("096")), QStringLiteral("Cà Mau"));
    EXPECT_FALSE(provinceName(QStringLiteral("002x")));
}

// ---- Sex, ethnicity, phones, e-mail, numbers --------------------------------------------------------------------

struct KindCase {
    ValueKind kind;
    const char* text;
    const char* normalized; // "" when refused
    const char* code;       // "" when accepted
};
class KindTest : public ::testing::TestWithParam<KindCase> {};
TEST_P(KindTest, Checked) {
    const KindCase c = GetParam();
    const CheckedValue v = checkValue(c.kind, QString::fromUtf8(c.text), QStringLiteral("f"));
    EXPECT_EQ(v.normalized.toStdString(), c.normalized) << c.text;
    if (std::string(c.code).empty()) {
        EXPECT_TRUE(v.findings.empty()) << c.text;
    } else {
        ASSERT_EQ(v.findings.size(), 1u) << c.text;
        EXPECT_EQ(v.findings[0].code.toStdString(), c.code) << c.text;
    }
}
INSTANTIATE_TEST_SUITE_P(
    Values, KindTest,
    ::testing::Values(
        KindCase{ValueKind::Sex, "Nam", "male", ""}, KindCase{ValueKind::Sex, "nữ", "female", ""},
        KindCase{ValueKind::Sex, "NU", "female", ""}, KindCase{ValueKind::Sex, "F", "female", ""},
        KindCase{ValueKind::Sex, "khác", "", "sex.unknown"}, KindCase{ValueKind::Ethnicity, "kinh", "Kinh", ""},
        KindCase{ValueKind::Ethnicity, "Ê đê", "Ê Đê", ""}, KindCase{ValueKind::Ethnicity, "Ede", "Ê Đê", ""},
        KindCase{ValueKind::Ethnicity, "Ê-đê", "Ê Đê", ""}, KindCase{ValueKind::Ethnicity, "KHMER", "Khơ Me", ""},
        KindCase{ValueKind::Ethnicity, "H'Mông", "Mông", ""}, KindCase{ValueKind::Ethnicity, "hoa", "Hoa", ""},
        KindCase{ValueKind::Ethnicity, "Xtiêng", "Xtiêng", ""}, KindCase{ValueKind::Ethnicity, "Stieng", "Xtiêng", ""},
        KindCase{ValueKind::Ethnicity, "Chăm", "Chăm", ""}, KindCase{ValueKind::Ethnicity, "Rơ măm", "Rơ Măm", ""},
        KindCase{ValueKind::Ethnicity, "nước ngoài", "Người nước ngoài", ""},
        KindCase{ValueKind::Ethnicity, "Chưa xác định", "Chưa xác định", ""},
        KindCase{ValueKind::Ethnicity, "Kinhh", "", "ethnicity.unknown"},
        KindCase{ValueKind::Ethnicity, "Việt Kiều", "", "ethnicity.unknown"},
        KindCase{ValueKind::Nationality, "viet nam", "Việt Nam", ""},
        KindCase{ValueKind::Nationality, "Trung Quốc", "Trung Quốc", ""},
        KindCase{ValueKind::Nationality, "VN1", "", "nationality.invalid"},
        KindCase{ValueKind::Phone, "0949 006 788", "0949006788", ""},
        KindCase{ValueKind::Phone, "+84 949 006 788", "0949006788", ""},
        KindCase{ValueKind::Phone, "84949006788", "0949006788", ""},
        KindCase{ValueKind::Phone, "0274.3822.123", "02743822123", ""},
        KindCase{ValueKind::Phone, "0349-123-456", "0349123456", ""},
        KindCase{ValueKind::Phone, "0149006788", "", "phone.invalid"},
        KindCase{ValueKind::Phone, "094900678", "", "phone.invalid"},
        KindCase{ValueKind::Phone, "+1 949 006 788", "", "phone.invalid"},
        KindCase{ValueKind::Email, "tinhdoan@BinhDuong.gov.vn", "tinhdoan@binhduong.gov.vn", ""},
        KindCase{ValueKind::Email, "lan.nguyen+tnv@gmail.com", "lan.nguyen+tnv@gmail.com", ""},
        KindCase{ValueKind::Email, "tinhdoan.binhduong.gov.vn", "", "email.invalid"},
        KindCase{ValueKind::Email, "a@b", "", "email.invalid"},
        KindCase{ValueKind::Email, "a b@c.vn", "", "email.invalid"}, KindCase{ValueKind::Number, "0012", "12", ""},
        KindCase{ValueKind::Number, "0", "", "number.invalid"},
        KindCase{ValueKind::Number, "12a", "", "number.invalid"}, KindCase{ValueKind::Year, "1998", "1998", ""},
        KindCase{ValueKind::Year, "98", "", "year.invalid"}, KindCase{ValueKind::Time, "14:30", "14:30", ""},
        KindCase{ValueKind::Time, "7 giờ 5 phút", "07:05", ""}, KindCase{ValueKind::Time, "25:00", "", "time.invalid"},
        KindCase{ValueKind::Place, "  Ấp  2, xã An Sơn ", "Ấp 2, xã An Sơn", ""},
        KindCase{ValueKind::Text, "Đăng ký lại\nnăm 2009", "Đăng ký lại\nnăm 2009", ""},
        KindCase{ValueKind::Text, "bell\x07", "", "value.control_characters"},
        KindCase{ValueKind::Text, "hỏi lại bà Hai 😀", "hỏi lại bà Hai 😀", ""},
        KindCase{ValueKind::Text, "chữ Nôm 𠀧 trong sổ", "chữ Nôm 𠀧 trong sổ", ""}));

// Every kind written with digits reads the compatibility forms of digits (NFKC: full-width "０７９", the full-width
// slash, mathematical digits) as the digits they are, and keeps ASCII digits; other scripts' digits are refused.
INSTANTIATE_TEST_SUITE_P(
    CompatibilityDigits, KindTest,
    ::testing::Values(KindCase{ValueKind::IdNumber, "０７９２０１００１２３４", "079201001234", ""},
                      KindCase{ValueKind::IdNumber, "０７９ ２０１ ００１ ２３４", "079201001234", ""},
                      KindCase{ValueKind::IdNumber, "٠٧٩٢٠١٠٠١٢٣٤", "", "id.not_digits"},
                      KindCase{ValueKind::Number, "１２", "12", ""}, KindCase{ValueKind::Number, "００１２", "12", ""},
                      KindCase{ValueKind::Number, "١٢", "", "number.invalid"},
                      KindCase{ValueKind::Number, "1٢", "", "number.invalid"},
                      KindCase{ValueKind::Year, "１９９８", "1998", ""},
                      KindCase{ValueKind::Year, "١٩٩٨", "", "year.invalid"},
                      KindCase{ValueKind::Phone, "０９４９ ００６ ７８８", "0949006788", ""},
                      KindCase{ValueKind::Phone, "＋８４ ９４９ ００６ ７８８", "0949006788", ""},
                      KindCase{ValueKind::Phone, "09٤٩006788", "", "phone.invalid"},
                      KindCase{ValueKind::Phone, "0949००6788", "", "phone.invalid"},
                      KindCase{ValueKind::Date, "１４/０４/１９９８", "14/04/1998", ""},
                      KindCase{ValueKind::Date, "１４／０４／１９９８", "14/04/1998", ""},
                      KindCase{ValueKind::Date, "００/０４/１９９８", "04/1998", ""},
                      KindCase{ValueKind::Date, "năm １９９８", "1998", ""},
                      KindCase{ValueKind::Time, "７:０５", "07:05", ""},
                      KindCase{ValueKind::Time, "٧:٠٥", "", "time.invalid"}));

TEST(ValueKindTest, OnlyTheKindsWrittenWithDigitsAreReadInNfkc) {
    for (const ValueKind kind : {ValueKind::Date, ValueKind::IdNumber, ValueKind::Number, ValueKind::Year,
                                 ValueKind::Time, ValueKind::Phone}) {
        EXPECT_TRUE(isWrittenWithDigits(kind)) << valueKindKey(kind).toStdString();
        EXPECT_EQ(typedForm(kind, QStringLiteral(" ０７９ ２０１ ")), QStringLiteral("079 201"));
    }
    // Names, places and text keep what NFKC would change (a ligature, a superscript in a note).
    for (const ValueKind kind : {ValueKind::PersonName, ValueKind::Place, ValueKind::Text, ValueKind::Nationality,
                                 ValueKind::Ethnicity, ValueKind::Sex, ValueKind::Email}) {
        EXPECT_FALSE(isWrittenWithDigits(kind)) << valueKindKey(kind).toStdString();
        EXPECT_EQ(typedForm(kind, QStringLiteral(" m² ０７ ")), QStringLiteral("m² ０７"));
    }
}

TEST(EthnicityTest, FiftyFourGroupsPlusUnknownAndForeign) {
    EXPECT_EQ(ethnicityCount(), 56);
    EXPECT_EQ(findEthnicity(QStringLiteral("Kinh"))->code, 1);
    EXPECT_EQ(findEthnicity(QStringLiteral("Rơ Măm"))->code, 54);
    EXPECT_EQ(findEthnicity(QStringLiteral("Co"))->code, 30);
    EXPECT_EQ(findEthnicity(QStringLiteral("Cờ Lao"))->code, 47);
}

// ---- Bad input of every kind ---------------------------------------------------------------------------------

class BadInputTest : public ::testing::TestWithParam<ValueKind> {};
TEST_P(BadInputTest, GivesFindingsNeverACrash) {
    const QString huge(1024 * 1024, u'a');
    const QString invalidUtf8 = QString::fromUtf8("Nguy\xe1\xbb Van \xff\xfe A");
    const QString controls =
        QStringLiteral("a") + QChar(0) + QStringLiteral("b") + QChar(0x1b) + QStringLiteral("c") + QChar(0x7f);
    for (const QString& text : {huge, invalidUtf8, controls}) {
        const CheckedValue v = checkValue(GetParam(), text, QStringLiteral("f"));
        EXPECT_FALSE(v.findings.empty()) << valueKindKey(GetParam()).toStdString();
        EXPECT_TRUE(v.normalized.isEmpty());
    }
}
INSTANTIATE_TEST_SUITE_P(AllKinds, BadInputTest,
                         ::testing::Values(ValueKind::PersonName, ValueKind::Date, ValueKind::Sex, ValueKind::Ethnicity,
                                           ValueKind::Nationality, ValueKind::Place, ValueKind::IdNumber,
                                           ValueKind::Text, ValueKind::Number, ValueKind::Year, ValueKind::Time,
                                           ValueKind::Phone, ValueKind::Email));

} // namespace
