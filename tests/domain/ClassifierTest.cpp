// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/CorrectionClass.h"
#include "core/services/ReportTables.h"

#include <gtest/gtest.h>

using namespace dc::core::domain;

namespace {

struct ClassCase {
    ClassifierKind kind;
    const char* before; // the national database
    const char* after;  // the register
    CorrectionClass expected;
};

std::string kindName(ClassifierKind k) {
    switch (k) {
    case ClassifierKind::Name:
        return "name";
    case ClassifierKind::Date:
        return "date";
    case ClassifierKind::Number:
        return "number";
    case ClassifierKind::Text:
        return "text";
    case ClassifierKind::Sex:
        return "sex";
    case ClassifierKind::Ethnicity:
        return "ethnicity";
    }
    return "?";
}

class ClassifierTest : public ::testing::TestWithParam<ClassCase> {};

TEST_P(ClassifierTest, ExactlyOneClassInTheSpecifiedOrder) {
    const ClassCase c = GetParam();
    const CorrectionClass got = classifyCorrection(c.kind, QString::fromUtf8(c.before), QString::fromUtf8(c.after));
    EXPECT_EQ(correctionClassKey(got), correctionClassKey(c.expected))
        << kindName(c.kind) << ": '" << c.before << "' → '" << c.after << "'";
}

using K = ClassifierKind;
using C = CorrectionClass;

INSTANTIATE_TEST_SUITE_P(
    Boundaries, ClassifierTest,
    ::testing::Values(
        // none: equal after NFC and trimming
        ClassCase{K::Name, "Nguyễn Văn An", "Nguyễn Văn An", C::None},
        ClassCase{K::Name, " Nguyễn Văn An ", "Nguyễn Văn An", C::None},
        ClassCase{K::Name, "Nguye\xcc\x82\xcc\x83n", "Nguyễn", C::None}, // NFD vs NFC
        ClassCase{K::Date, "", "", C::None},
        // missing_in_db / extra_in_db
        ClassCase{K::Name, "", "Nguyễn Văn An", C::MissingInDb}, ClassCase{K::Name, "   ", "An", C::MissingInDb},
        ClassCase{K::Date, "05/03/1980", "", C::ExtraInDb}, ClassCase{K::Number, "123", " ", C::ExtraInDb},
        // format: the same date or digits, written differently (date and number kinds only)
        ClassCase{K::Date, "5/3/1980", "05/03/1980", C::Format},
        ClassCase{K::Date, "05.03.1980", "05/03/1980", C::Format},
        ClassCase{K::Date, "ngày 5 tháng 3 năm 1980", "05/03/1980", C::Format},
        ClassCase{K::Date, "00/00/1950", "1950", C::Format}, ClassCase{K::Date, "00/03/1950", "03/1950", C::Format},
        ClassCase{K::Number, "079 201 001 234", "079201001234", C::Format},
        ClassCase{K::Number, "079.201.001.234", "079201001234", C::Format},
        ClassCase{K::Text, "079 201 001 234", "079201001234", C::Other}, // not a number kind: no format
        // date_precision, with the 01 convention (TT 04/2020 art. 32)
        ClassCase{K::Date, "01/01/1950", "1950", C::DatePrecision},
        ClassCase{K::Date, "1950", "01/01/1950", C::DatePrecision},
        ClassCase{K::Date, "15/03/1950", "03/1950", C::DatePrecision},
        ClassCase{K::Date, "03/1950", "15/03/1950", C::DatePrecision},
        ClassCase{K::Date, "1950", "15/03/1950", C::DatePrecision},
        ClassCase{K::Date, "01/03/1950", "15/03/1950", C::DatePrecision},
        ClassCase{K::Date, "01/01/1950", "15/03/1950", C::DatePrecision},
        ClassCase{K::Date, "1951", "01/01/1950", C::DateOther},
        ClassCase{K::Date, "04/1950", "15/03/1950", C::DateOther},
        ClassCase{K::Date, "02/03/1950", "15/03/1950", C::DateOther}, // day 02 is not the unknown-day convention
        // spacing_case
        ClassCase{K::Name, "NGUYỄN VĂN AN", "Nguyễn Văn An", C::SpacingCase},
        ClassCase{K::Name, "Nguyễn  Văn An", "Nguyễn Văn An", C::SpacingCase},
        ClassCase{K::Text, "ấp 2, xã an sơn", "Ấp 2, xã An Sơn", C::SpacingCase},
        // tone_placement: old vs new style
        ClassCase{K::Name, "Hoà", "Hòa", C::TonePlacement}, ClassCase{K::Name, "Thuỷ", "Thủy", C::TonePlacement},
        ClassCase{K::Name, "Khoẻ", "Khỏe", C::TonePlacement},
        ClassCase{K::Name, "Nguyễn Thị Thuý Hoà", "NGUYỄN THỊ THÚY HÒA", C::TonePlacement},
        // diacritic: equal after folding
        ClassCase{K::Name, "Nguyen Van An", "Nguyễn Văn An", C::Diacritic},
        ClassCase{K::Name, "Dang", "Đặng", C::Diacritic}, ClassCase{K::Name, "Hòa", "Hóa", C::Diacritic},
        ClassCase{K::Name, "Lê Thi Hồng", "Lê Thị Hồng", C::Diacritic},
        // date_day_month_swap / date_other
        ClassCase{K::Date, "03/05/1980", "05/03/1980", C::DateDayMonthSwap},
        ClassCase{K::Date, "12/11/1975", "11/12/1975", C::DateDayMonthSwap},
        ClassCase{K::Date, "03/05/1981", "05/03/1980", C::DateOther},
        ClassCase{K::Date, "05/03/1980", "06/03/1980", C::DateOther}, ClassCase{K::Date, "1950", "1960", C::DateOther},
        ClassCase{K::Date, "31/04/1950", "30/04/1950", C::Spelling}, // an impossible date is not a date
        // number
        ClassCase{K::Number, "079201001234", "079201001243", C::Number},
        ClassCase{K::Number, "280123456", "280123457", C::Number}, ClassCase{K::Text, "12", "21", C::Number},
        ClassCase{K::Name, "1950", "1951", C::Number},
        // spelling: folded edit distance at most 2
        ClassCase{K::Name, "Nguyễn Văn Anh", "Nguyễn Văn An", C::Spelling},
        ClassCase{K::Name, "Trần Thị Lam", "Trần Thị Lan", C::Spelling},
        ClassCase{K::Name, "Nguyễn Văn Ánh", "Nguyễn Văn Anh Tú", C::Other},
        ClassCase{K::Name, "Phạm", "Phan", C::Spelling}, ClassCase{K::Name, "Lê", "Lý", C::Spelling},
        // other
        ClassCase{K::Name, "Nguyễn Văn An", "Trần Thị Bình", C::Other},
        ClassCase{K::Text, "Thủ Dầu Một", "Dĩ An", C::Other}));

// Sex and ethnicity are chosen from closed sets: another member is a wrong value ("value"), never a spelling error,
// however close the words; the same member written differently needs no correction ("format").
INSTANTIATE_TEST_SUITE_P(
    ClosedSets, ClassifierTest,
    ::testing::Values(ClassCase{K::Sex, "nữ", "nam", C::Value}, ClassCase{K::Sex, "Nam", "Nữ", C::Value},
                      ClassCase{K::Sex, "female", "Nam", C::Value}, ClassCase{K::Sex, "nu", "Nữ", C::Format},
                      ClassCase{K::Sex, "female", "nữ", C::Format}, ClassCase{K::Sex, "Nữ", "Nữ", C::None},
                      ClassCase{K::Sex, "", "Nam", C::MissingInDb}, ClassCase{K::Sex, "Nam", "", C::ExtraInDb},
                      ClassCase{K::Sex, "nan", "nam", C::Value}, // the database holds no member: still not spelling
                      ClassCase{K::Ethnicity, "Kinh", "Tày", C::Value},
                      ClassCase{K::Ethnicity, "Thái", "Tày", C::Value}, // one letter apart, two peoples
                      ClassCase{K::Ethnicity, "Ede", "Ê Đê", C::Format},
                      ClassCase{K::Ethnicity, "Khmer", "Khơ Me", C::Format},
                      ClassCase{K::Ethnicity, "Kinhh", "Kinh", C::Value}));

TEST(ClassifierTest, WritingDifferencesAreNotErrors) {
    for (const C c : {C::None, C::Format, C::DatePrecision, C::SpacingCase, C::TonePlacement}) {
        EXPECT_TRUE(isWritingDifference(c)) << correctionClassKey(c).toStdString();
    }
    for (const C c : {C::MissingInDb, C::ExtraInDb, C::Diacritic, C::DateDayMonthSwap, C::DateOther, C::Number,
                      C::Value, C::Spelling, C::Other}) {
        EXPECT_FALSE(isWritingDifference(c)) << correctionClassKey(c).toStdString();
    }
}

TEST(ClassifierTest, KeysRoundTrip) {
    for (int i = 0; i <= static_cast<int>(C::Other); ++i) {
        const auto c = static_cast<C>(i);
        EXPECT_EQ(correctionClassFromKey(correctionClassKey(c)), c);
    }
    EXPECT_FALSE(correctionClassFromKey(QStringLiteral("typo")));
}

// Every class has its label in the reports, in both languages ("value" included: it is counted there).
TEST(ClassifierTest, EveryClassHasAReportLabel) {
    for (int i = 0; i <= static_cast<int>(C::Other); ++i) {
        const QString key = QStringLiteral("class.") + correctionClassKey(static_cast<C>(i));
        const QString vi = dc::core::reportLabel(key, Language::Vietnamese);
        const QString en = dc::core::reportLabel(key, Language::English);
        EXPECT_NE(vi, key);
        EXPECT_NE(en, key);
        EXPECT_NE(vi, en) << key.toStdString();
    }
}

// The sex and ethnicity fields of every schema are classified as the closed sets they are.
TEST(ClassifierTest, ClosedSetFieldsAreClassifiedAsSuch) {
    EXPECT_EQ(classifierKindFor(ValueKind::Sex), K::Sex);
    EXPECT_EQ(classifierKindFor(ValueKind::Ethnicity), K::Ethnicity);
    EXPECT_EQ(classifierKindFor(ValueKind::Nationality), K::Text); // offered from a list, but free text
    EXPECT_EQ(classifierKindFromKey(QStringLiteral("sex")), K::Sex);
    EXPECT_EQ(classifierKindFromKey(QStringLiteral("ethnicity")), K::Ethnicity);
}

TEST(ClassifierTest, AnyInputGivesAClass) {
    const QString huge(1024 * 1024, u'x');
    const QString invalid = QString::fromUtf8("\xff\xfe\xfd");
    for (const K kind : {K::Name, K::Date, K::Number, K::Text, K::Sex, K::Ethnicity}) {
        const C expected = kind == K::Sex || kind == K::Ethnicity ? C::Value : C::Other;
        EXPECT_EQ(classifyCorrection(kind, huge, huge + u'y'), expected);
        EXPECT_EQ(classifyCorrection(kind, invalid, QStringLiteral("a")), expected);
        (void)classifyCorrection(kind, QString(QChar(0)), QString(QChar(0x1b)));
    }
}

} // namespace
