// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// What one entry's current row contributes to the error map (core/domain/MapContribution): its decade, its writing
// differences and the (field, class) it counts as corrected — the rule the hub's import and a commune's map share.
#include "core/domain/MapContribution.h"

#include <gtest/gtest.h>

using namespace dc::core::domain;

namespace {

struct DecadeCase {
    const char* registrationDate;
    std::optional<qint64> bookFirstYear;
    int decade;
};

class MapDecadeTest : public ::testing::TestWithParam<DecadeCase> {};

TEST_P(MapDecadeTest, IsTheDatesYearElseTheBooksFirstYear) {
    const DecadeCase& c = GetParam();
    EXPECT_EQ(mapDecade(QString::fromUtf8(c.registrationDate), c.bookFirstYear), c.decade)
        << c.registrationDate << " / " << c.bookFirstYear.value_or(-1);
}

INSTANTIATE_TEST_SUITE_P(
    Dates, MapDecadeTest,
    ::testing::Values(DecadeCase{"05/03/1998", 1985, 1990}, // a whole date: its year, not the book's
                      DecadeCase{"03/1998", 1985, 1990},    // a month and year
                      DecadeCase{"1998", 1985, 1990},       // a year alone
                      DecadeCase{"31/12/1979", 1980, 1970}, // the last year of a decade
                      DecadeCase{"01/01/1980", 1970, 1980}, // the first
                      DecadeCase{"2000", std::nullopt, 2000},
                      DecadeCase{"0009", 1990, 0},           // four digits are a year, whatever they say
                      DecadeCase{"", 1987, 1980},            // no date: the book's first year
                      DecadeCase{"", std::nullopt, 0},       // no date, no book the hub holds
                      DecadeCase{"998", 1975, 1970},         // fewer than four characters: not a year
                      DecadeCase{"05/03/199?", 1962, 1960},  // not four digits
                      DecadeCase{"05/03/19９8", 1962, 1960}, // a full-width digit is not a digit here
                      DecadeCase{"1998 ", 1962, 1960},       // nor is a trailing space
                      DecadeCase{"", 12345, 0}));            // a first year no book can have: none

TEST(MapContributionTest, AMatchWithoutCorrectionsCountsOnlyItself) {
    const MapContribution c = mapContribution(QStringLiteral("05/03/1998"), 1995, QStringLiteral("match"), {});
    EXPECT_EQ(c.decade, 1990);
    EXPECT_EQ(c.writingDifferences, 0);
    EXPECT_TRUE(c.corrected.empty());
}

TEST(MapContributionTest, EachFieldAndClassOnceAndTheFieldOnceMore) {
    const std::vector<MapCorrection> corrections{
        {QStringLiteral("subject.name"), QStringLiteral("diacritic"), false},
        {QStringLiteral("subject.name"), QStringLiteral("diacritic"), false}, // the same again: once
        {QStringLiteral("subject.name"), QStringLiteral("spelling"), false},  // another class of the same field
        {QStringLiteral("subject.birth_date"), QStringLiteral("date"), false},
        {QStringLiteral("father.name"), QStringLiteral("diacritic"), true}, // a writing difference: not a correction
    };
    const MapContribution c = mapContribution(QStringLiteral("1998"), 1990, QStringLiteral("corrected"), corrections);
    EXPECT_EQ(c.writingDifferences, 1);
    const std::vector<std::pair<QString, QString>> expected{
        {QStringLiteral("subject.name"), QStringLiteral("diacritic")},
        {QStringLiteral("subject.name"), QString()},
        {QStringLiteral("subject.name"), QStringLiteral("spelling")},
        {QStringLiteral("subject.birth_date"), QStringLiteral("date")},
        {QStringLiteral("subject.birth_date"), QString()},
    };
    EXPECT_EQ(c.corrected, expected);
}

TEST(MapContributionTest, OnlyAComparisonsCorrectionsCountButEveryWritingDifferenceDoes) {
    const std::vector<MapCorrection> corrections{
        {QStringLiteral("subject.name"), QStringLiteral("diacritic"), false},
        {QStringLiteral("subject.name"), QStringLiteral("case"), true},
    };
    for (const char* outcome : {"escalated", "missing_entered_new", "duplicate_in_database"}) {
        const MapContribution c =
            mapContribution(QStringLiteral("1998"), 1990, QString::fromLatin1(outcome), corrections);
        EXPECT_TRUE(c.corrected.empty()) << outcome;
        EXPECT_EQ(c.writingDifferences, 1) << outcome;
    }
    for (const char* outcome : {"match", "corrected"}) {
        EXPECT_TRUE(isComparison(QString::fromLatin1(outcome)));
        EXPECT_EQ(
            mapContribution(QStringLiteral("1998"), 1990, QString::fromLatin1(outcome), corrections).corrected.size(),
            2U)
            << outcome;
    }
    EXPECT_FALSE(isComparison(QStringLiteral("void")));
    EXPECT_FALSE(isComparison(QStringLiteral("Match")));
}

TEST(MapContributionTest, ACorrectionWithoutAClassCountsOnceAsTheFieldsOwn) {
    const std::vector<MapCorrection> corrections{{QStringLiteral("subject.name"), QString(), false}};
    const MapContribution c = mapContribution(QString(), 1990, QStringLiteral("corrected"), corrections);
    const std::vector<std::pair<QString, QString>> expected{{QStringLiteral("subject.name"), QString()}};
    EXPECT_EQ(c.corrected, expected);
}

} // namespace
