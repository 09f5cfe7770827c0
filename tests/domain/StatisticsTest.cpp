// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The Wilson score interval of the spot-checks' miss rates, and the masking of de-identified exports.
#include "core/domain/Masking.h"
#include "core/domain/Wilson.h"

#include <gtest/gtest.h>

using namespace dc::core::domain;

namespace {

struct WilsonCase {
    int successes;
    int trials;
    double low;
    double high;
};

class WilsonTest : public ::testing::TestWithParam<WilsonCase> {};

// Known values of the 95 % Wilson score interval (z = 1.959964), as tabulated by Newcombe, "Two-sided confidence
// intervals for the single proportion: comparison of seven methods", Statistics in Medicine 17 (1998) 857–872,
// table I (method 3: 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718), and
// checked against R's prop.test(correct = FALSE) for the small samples a day's spot-check gives.
INSTANTIATE_TEST_SUITE_P(KnownValues, WilsonTest,
                         ::testing::Values(WilsonCase{81, 263, 0.2553, 0.3662}, WilsonCase{15, 148, 0.0624, 0.1605},
                                           WilsonCase{0, 20, 0.0, 0.1611}, WilsonCase{1, 29, 0.0061, 0.1718},
                                           WilsonCase{0, 10, 0.0, 0.2775}, WilsonCase{1, 10, 0.0179, 0.4042},
                                           WilsonCase{5, 10, 0.2366, 0.7634}, WilsonCase{10, 10, 0.7225, 1.0},
                                           WilsonCase{1, 3, 0.0615, 0.7923}, WilsonCase{3, 60, 0.0171, 0.1370}));

TEST_P(WilsonTest, MatchesThePublishedInterval) {
    const WilsonCase c = GetParam();
    const ProportionEstimate e = wilsonInterval(c.successes, c.trials);
    EXPECT_NEAR(e.rate, static_cast<double>(c.successes) / c.trials, 1e-12);
    EXPECT_NEAR(e.low, c.low, 5e-5);
    EXPECT_NEAR(e.high, c.high, 5e-5);
    EXPECT_LE(e.low, e.rate + 1e-12);
    EXPECT_GE(e.high + 1e-12, e.rate);
}

TEST(Wilson, NothingSampledMeansNothingKnown) {
    const ProportionEstimate e = wilsonInterval(0, 0);
    EXPECT_EQ(e.rate, 0);
    EXPECT_EQ(e.low, 0);
    EXPECT_EQ(e.high, 1);
    const ProportionEstimate bad = wilsonInterval(5, -1);
    EXPECT_EQ(bad.high, 1);
}

TEST(Masking, NamesBecomeInitialsWithTheirMarks) {
    EXPECT_EQ(maskName(QStringLiteral("Nguyễn Thị Lan")), QStringLiteral("N. T. L."));
    EXPECT_EQ(maskName(QStringLiteral("đặng   thị ánh")), QStringLiteral("Đ. T. Á."));
    // NFD input gives the same initials as NFC
    EXPECT_EQ(maskName(QStringLiteral("A\u0301nh")), maskName(QStringLiteral("Ánh")));
    EXPECT_EQ(maskName(QStringLiteral("H'Hen Niê")), QStringLiteral("H. N."));
    EXPECT_EQ(maskName(QString()), QString());
}

TEST(MaskingTest, ValuesAreDeidentifiedByTheirKindAndWithheldWhenTheKindIsUnknown) {
    EXPECT_EQ(maskValue(ValueKind::PersonName, QStringLiteral("Nguyễn Thị Lan")), QStringLiteral("N. T. L."));
    EXPECT_EQ(maskValue(ValueKind::IdNumber, QStringLiteral("079201001234")), QStringLiteral("*********234"));
    EXPECT_EQ(maskValue(ValueKind::Date, QStringLiteral("07/03/1982")), QStringLiteral("**/**/1982"));
    EXPECT_EQ(maskValue(ValueKind::Date, QStringLiteral("03/1982")), QStringLiteral("**/1982"));
    EXPECT_EQ(maskValue(ValueKind::Date, QStringLiteral("1982")), QStringLiteral("1982"));
    EXPECT_EQ(maskValue(ValueKind::Sex, QStringLiteral("Nữ")), QStringLiteral("Nữ"));
    EXPECT_EQ(maskValue(ValueKind::Place, QStringLiteral("Thôn 3, xã An Bình")), QStringLiteral("•••"));
    EXPECT_EQ(maskValue(ValueKind::Text, QStringLiteral("ghi chú")), QStringLiteral("•••"));
    EXPECT_EQ(maskValue(std::nullopt, QStringLiteral("Nguyễn Văn A")), QStringLiteral("•••"));
    EXPECT_EQ(maskValue(std::nullopt, QString()), QString());
}

TEST(Masking, IdNumbersKeepOnlyTheirLastThreeDigits) {
    EXPECT_EQ(maskIdNumber(QStringLiteral("079201001234")), QStringLiteral("*********234"));
    EXPECT_EQ(maskIdNumber(QStringLiteral("025 123 456")), QStringLiteral("******456"));
    EXPECT_EQ(maskIdNumber(QStringLiteral("12")), QStringLiteral("**"));
    EXPECT_EQ(maskIdNumber(QString()), QString());
}

} // namespace
