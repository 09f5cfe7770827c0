// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The field picker's search (the logging screen's and the spot-check's): what volunteers type finds the field. And the
// lists a value is chosen from: sex and ethnicity (closed), nationality (offered).
#include "core/domain/FieldSearch.h"
#include "core/domain/Choices.h"
#include "core/domain/Ethnicity.h"

#include <gtest/gtest.h>

using namespace dc::core::domain;

namespace {

std::vector<const FieldSpec*> fieldsOf(RecordType type) {
    std::vector<const FieldSpec*> out;
    for (const FieldSpec& f : entrySchema(type).fields) {
        out.push_back(&f);
    }
    return out;
}

QString first(RecordType type, const char* query) {
    const auto found = searchFields(fieldsOf(type), QString::fromUtf8(query));
    return found.empty() ? QString() : found.front()->key;
}

struct SearchCase {
    RecordType type;
    const char* query;
    const char* firstKey; // the best match; "" when nothing matches
};

class FieldSearchTest : public ::testing::TestWithParam<SearchCase> {};

TEST_P(FieldSearchTest, TheBestMatchComesFirst) {
    const SearchCase c = GetParam();
    EXPECT_EQ(first(c.type, c.query), QString::fromLatin1(c.firstKey)) << "query '" << c.query << "'";
}

INSTANTIATE_TEST_SUITE_P(WhatVolunteersType, FieldSearchTest,
                         ::testing::Values(
                             // every word of the label, not only its start ("Ngày, tháng, năm sinh"), and its synonyms
                             SearchCase{RecordType::Birth, "ngay sinh", "subject.birth_date"},
                             SearchCase{RecordType::Birth, "Ngày sinh", "subject.birth_date"},
                             SearchCase{RecordType::Birth, "ns", "subject.birth_date"},
                             SearchCase{RecordType::Birth, "sinh ngay", "subject.birth_date"},
                             SearchCase{RecordType::Birth, "ngay sinh cha", "father.birth_date"},
                             SearchCase{RecordType::Birth, "ns me", "mother.birth_date"},
                             SearchCase{RecordType::Birth, "cccd", "subject.id_number"},
                             SearchCase{RecordType::Birth, "CMND", "subject.id_number"},
                             SearchCase{RecordType::Birth, "dinh danh", "subject.id_number"},
                             SearchCase{RecordType::Birth, "cmnd nguoi khai", "declarant.id_number"},
                             SearchCase{RecordType::Birth, "que", "subject.home_town"},
                             SearchCase{RecordType::Birth, "nguyên quán", "subject.home_town"},
                             SearchCase{RecordType::Birth, "gioi", "subject.sex"},
                             SearchCase{RecordType::Birth, "dan toc", "subject.ethnicity"},
                             SearchCase{RecordType::Birth, "ten cha", "father.full_name"},
                             SearchCase{RecordType::Birth, "số",
                                        "registration.entry_number"}, // the label "Số" itself beats "Số định danh"
                             SearchCase{RecordType::Marriage, "cccd vo", "wife.id_number"},
                             SearchCase{RecordType::Marriage, "ngay sinh", "husband.birth_date"},
                             SearchCase{RecordType::Death, "ngay mat", "subject.death_date"},
                             SearchCase{RecordType::Death, "cmnd", "subject.id_number"},
                             // English labels and keys still work
                             SearchCase{RecordType::Birth, "date of birth", "subject.birth_date"},
                             SearchCase{RecordType::Birth, "id_number", "subject.id_number"},
                             // nothing: a word no field has, a part of a word that starts none
                             SearchCase{RecordType::Birth, "xyz", ""}, SearchCase{RecordType::Birth, "inh", ""},
                             SearchCase{RecordType::Birth, "ngay sinh xyz", ""}));

TEST(FieldSearchRankTest, ExactBeforePrefixBeforeWords) {
    const FieldSpec& born = *entrySchema(RecordType::Birth).field(QStringLiteral("subject.birth_date"));
    EXPECT_EQ(matchField(born, QStringLiteral("ngày sinh")), FieldMatch::Exact);
    EXPECT_EQ(matchField(born, QStringLiteral("ngay s")), FieldMatch::Prefix);
    EXPECT_EQ(matchField(born, QStringLiteral("nam sinh")), FieldMatch::Exact);
    EXPECT_EQ(matchField(born, QStringLiteral("sinh thang")), FieldMatch::Words);
    EXPECT_EQ(matchField(born, QString()), FieldMatch::Prefix);
    EXPECT_FALSE(matchField(born, QStringLiteral("cha")));
}

// Everything shows for an empty query, in the order given; any text is safe.
TEST(FieldSearchRankTest, AnEmptyQueryKeepsTheOrderAndAnyInputIsSafe) {
    const auto fields = fieldsOf(RecordType::Birth);
    EXPECT_EQ(searchFields(fields, QString()), fields);
    EXPECT_EQ(searchFields(fields, QStringLiteral("  ,. ")), fields);
    EXPECT_TRUE(searchFields(fields, QString(100000, u'x')).empty());
    (void)searchFields(fields, QString::fromUtf8("\xff\xfe") + QChar(0));
}

TEST(ChoicesTest, SexAndEthnicityAreClosedListsNationalityIsOffered) {
    EXPECT_TRUE(isClosedSet(ValueKind::Sex));
    EXPECT_TRUE(isClosedSet(ValueKind::Ethnicity));
    EXPECT_FALSE(isClosedSet(ValueKind::Nationality)); // old books hold Liên Xô, Tiệp Khắc
    EXPECT_EQ(valueChoices(ValueKind::Sex), (QStringList{QStringLiteral("Nam"), QStringLiteral("Nữ")}));
    const QStringList groups = valueChoices(ValueKind::Ethnicity);
    EXPECT_EQ(groups.size(), ethnicityCount());
    EXPECT_EQ(groups.first(), QStringLiteral("Kinh"));
    for (const QString& group : groups) {
        EXPECT_EQ(checkValue(ValueKind::Ethnicity, group).normalized, group) << group.toStdString();
    }
    EXPECT_TRUE(valueChoices(ValueKind::Nationality).contains(QStringLiteral("Liên Xô")));
    EXPECT_EQ(checkValue(ValueKind::Nationality, QStringLiteral("Cộng hòa Ả Rập Thống nhất")).normalized,
              QStringLiteral("Cộng hòa Ả Rập Thống nhất")); // not offered, still accepted
    EXPECT_TRUE(valueChoices(ValueKind::PersonName).isEmpty());
}

TEST(ChoicesTest, WhatIsTypedNarrowsTheListAndAnAliasNamesItsMember) {
    EXPECT_EQ(matchingChoices(ValueKind::Sex, QStringLiteral("nu")), QStringList{QStringLiteral("Nữ")});
    EXPECT_EQ(matchingChoices(ValueKind::Sex, QStringLiteral("n")).size(), 2);
    EXPECT_EQ(matchingChoices(ValueKind::Ethnicity, QStringLiteral("hmong")).value(0), QStringLiteral("Mông"));
    EXPECT_EQ(matchingChoices(ValueKind::Ethnicity, QStringLiteral("ê đê")).value(0), QStringLiteral("Ê Đê"));
    const QStringList kh = matchingChoices(ValueKind::Ethnicity, QStringLiteral("kh"), 100);
    EXPECT_TRUE(kh.contains(QStringLiteral("Khơ Me")) && kh.contains(QStringLiteral("Kháng")));
    EXPECT_FALSE(kh.contains(QStringLiteral("Kinh")));
    EXPECT_EQ(matchingChoices(ValueKind::Ethnicity, QString(), 3).size(), 3);
    EXPECT_EQ(matchingChoices(ValueKind::Nationality, QStringLiteral("tiep")).value(0), QStringLiteral("Tiệp Khắc"));
    EXPECT_TRUE(matchingChoices(ValueKind::Sex, QStringLiteral("xyz")).isEmpty());
    EXPECT_TRUE(matchingChoices(ValueKind::Ethnicity, QString(100000, u'a')).isEmpty());
}

} // namespace
