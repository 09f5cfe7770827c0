// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/EntryValidator.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/Messages.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace dc::core::domain;

namespace {

const ValidationContext kContext{QDate(2017, 6, 1), QDate(2022, 12, 5)};

EntryValues birthValues() {
    return {{QStringLiteral("registration.commune"), QStringLiteral("Phường Phú Cường")},
            {QStringLiteral("registration.book_number"), QStringLiteral("01")},
            {QStringLiteral("registration.year"), QStringLiteral("1998")},
            {QStringLiteral("registration.entry_number"), QStringLiteral("125")},
            {QStringLiteral("registration.date"), QStringLiteral("14/04/1998")},
            {QStringLiteral("subject.full_name"), QStringLiteral("Nguyễn Thị Hồng")},
            {QStringLiteral("subject.birth_date"), QStringLiteral("02/04/1998")},
            {QStringLiteral("subject.sex"), QStringLiteral("Nữ")},
            {QStringLiteral("subject.ethnicity"), QStringLiteral("Kinh")},
            {QStringLiteral("subject.nationality"), QStringLiteral("Việt Nam")},
            {QStringLiteral("subject.birth_place"), QStringLiteral("Trạm y tế phường Phú Cường")},
            {QStringLiteral("subject.id_number"), QStringLiteral("074198001234")},
            {QStringLiteral("father.full_name"), QStringLiteral("Nguyễn Văn Hùng")},
            {QStringLiteral("father.birth_date"), QStringLiteral("1970")},
            {QStringLiteral("mother.full_name"), QStringLiteral("Trần Thị Mai")},
            {QStringLiteral("mother.birth_date"), QStringLiteral("00/00/1972")},
            {QStringLiteral("declarant.full_name"), QStringLiteral("Nguyễn Văn Hùng")},
            {QStringLiteral("declarant.relationship"), QStringLiteral("Cha")}};
}

QSet<QString> codes(const EntryCheck& check) {
    QSet<QString> out;
    for (const Finding& f : check.findings) {
        out.insert(f.field + QLatin1Char(':') + f.code);
    }
    return out;
}

const EntrySchema& birthSchema() {
    return entrySchema(RecordType::Birth);
}

TEST(EntryValidatorTest, AGoodBirthEntryHasNoFindings) {
    const EntryCheck check = validateEntry(birthSchema(), birthValues(), kContext);
    EXPECT_TRUE(check.findings.empty()) << QStringList(codes(check).values()).join(u' ').toStdString();
    EXPECT_EQ(check.normalized.value(QStringLiteral("subject.sex")), QLatin1String("female"));
    EXPECT_EQ(check.normalized.value(QStringLiteral("mother.birth_date")), QLatin1String("1972"));
}

TEST(EntryValidatorTest, RequiredFieldsAreNamed) {
    EntryValues values = birthValues();
    values.remove(QStringLiteral("subject.full_name"));
    values.insert(QStringLiteral("subject.birth_place"), QStringLiteral("   "));
    const EntryCheck check = validateEntry(birthSchema(), values, kContext);
    EXPECT_TRUE(check.hasErrors());
    EXPECT_TRUE(codes(check).contains(QStringLiteral("subject.full_name:field.required")));
    EXPECT_TRUE(codes(check).contains(QStringLiteral("subject.birth_place:field.required")));
}

TEST(EntryValidatorTest, RegistrationDateRules) {
    EntryValues values = birthValues();
    values.insert(QStringLiteral("registration.date"), QStringLiteral("02/06/2017"));
    values.insert(QStringLiteral("registration.year"), QStringLiteral("2017"));
    values.insert(QStringLiteral("subject.birth_date"), QStringLiteral("01/06/2017"));
    values.remove(QStringLiteral("subject.id_number"));
    EntryCheck check = validateEntry(birthSchema(), values, kContext);
    EXPECT_EQ(codes(check), QSet<QString>{QStringLiteral("registration.date:entry.outside_campaign_scope")});
    EXPECT_FALSE(check.hasErrors()); // a warning: it is still logged if the pair decides so

    values.insert(QStringLiteral("registration.date"), QStringLiteral("01/06/2017"));
    EXPECT_TRUE(validateEntry(birthSchema(), values, kContext).findings.empty()); // the cutoff day is in scope

    values.insert(QStringLiteral("registration.date"), QStringLiteral("06/2017")); // may be either side
    EXPECT_TRUE(validateEntry(birthSchema(), values, kContext).findings.empty());

    values.insert(QStringLiteral("registration.date"), QStringLiteral("06/12/2022"));
    values.insert(QStringLiteral("registration.year"), QStringLiteral("2022"));
    check = validateEntry(birthSchema(), values, kContext);
    EXPECT_TRUE(codes(check).contains(QStringLiteral("registration.date:entry.registration_in_future")));
    EXPECT_TRUE(check.hasErrors());

    // a configurable cutoff
    values.insert(QStringLiteral("registration.date"), QStringLiteral("05/12/2022"));
    EXPECT_FALSE(codes(validateEntry(birthSchema(), values, {QDate(2022, 12, 31), QDate(2022, 12, 5)}))
                     .contains(QStringLiteral("registration.date:entry.outside_campaign_scope")));
}

TEST(EntryValidatorTest, TheCutoffIsTheCampaignFilesAndAnInvalidOneChecksNothing) {
    // The scope's cutoff is the campaign file's scope.entryCutoff, not a second copy of the date.
    EXPECT_EQ(ValidationContext{}.campaignCutoff, dc::core::campaign::builtInCampaign().entryCutoff);
    EXPECT_EQ(ValidationContext{}.campaignCutoff, QDate(2017, 6, 1));
    EntryValues values = birthValues();
    values.insert(QStringLiteral("registration.date"), QStringLiteral("02/06/2017"));
    values.insert(QStringLiteral("registration.year"), QStringLiteral("2017"));
    values.insert(QStringLiteral("subject.birth_date"), QStringLiteral("01/06/2017"));
    values.remove(QStringLiteral("subject.id_number"));
    ValidationContext noCutoff = kContext;
    noCutoff.campaignCutoff = QDate();
    EXPECT_TRUE(validateEntry(birthSchema(), values, noCutoff).findings.empty());
    EXPECT_FALSE(validateEntry(birthSchema(), values, kContext).findings.empty());
}

TEST(EntryValidatorTest, RegisterYearMustMatchTheRegistrationDate) {
    EntryValues values = birthValues();
    values.insert(QStringLiteral("registration.year"), QStringLiteral("1997"));
    EXPECT_TRUE(codes(validateEntry(birthSchema(), values, kContext))
                    .contains(QStringLiteral("registration.year:entry.registration_year_mismatch")));
}

TEST(EntryValidatorTest, BirthNotAfterRegistration) {
    EntryValues values = birthValues();
    values.insert(QStringLiteral("subject.birth_date"), QStringLiteral("15/04/1998"));
    EXPECT_TRUE(codes(validateEntry(birthSchema(), values, kContext))
                    .contains(QStringLiteral("subject.birth_date:entry.birth_after_registration")));
    values.insert(QStringLiteral("subject.birth_date"), QStringLiteral("04/1998")); // may be on or before the 14th
    EXPECT_FALSE(codes(validateEntry(birthSchema(), values, kContext))
                     .contains(QStringLiteral("subject.birth_date:entry.birth_after_registration")));
}

TEST(EntryValidatorTest, ParentLessThanTwelveYearsOlderIsAWarning) {
    EntryValues values = birthValues();
    values.insert(QStringLiteral("mother.birth_date"), QStringLiteral("05/05/1986")); // 11 at the birth
    EntryCheck check = validateEntry(birthSchema(), values, kContext);
    EXPECT_TRUE(codes(check).contains(QStringLiteral("mother.birth_date:entry.parent_too_young")));
    EXPECT_FALSE(check.hasErrors());
    values.insert(QStringLiteral("mother.birth_date"), QStringLiteral("1986")); // may have been 12 already
    EXPECT_FALSE(codes(validateEntry(birthSchema(), values, kContext))
                     .contains(QStringLiteral("mother.birth_date:entry.parent_too_young")));
}

TEST(EntryValidatorTest, IdNumberIsCrossCheckedWithThePerson) {
    EntryValues values = birthValues();
    values.insert(QStringLiteral("subject.id_number"), QStringLiteral("074097001234")); // male, 1997
    const EntryCheck check = validateEntry(birthSchema(), values, kContext);
    EXPECT_TRUE(codes(check).contains(QStringLiteral("subject.id_number:id.sex_mismatch")));
    EXPECT_TRUE(codes(check).contains(QStringLiteral("subject.id_number:id.birth_year_mismatch")));
    EXPECT_FALSE(check.hasErrors());
}

TEST(EntryValidatorTest, DeathRules) {
    EntryValues values{{QStringLiteral("registration.commune"), QStringLiteral("Xã An Sơn")},
                       {QStringLiteral("registration.book_number"), QStringLiteral("01")},
                       {QStringLiteral("registration.year"), QStringLiteral("2010")},
                       {QStringLiteral("registration.entry_number"), QStringLiteral("7")},
                       {QStringLiteral("registration.date"), QStringLiteral("20/03/2010")},
                       {QStringLiteral("subject.full_name"), QStringLiteral("Lê Văn Tư")},
                       {QStringLiteral("subject.sex"), QStringLiteral("nam")},
                       {QStringLiteral("subject.birth_date"), QStringLiteral("1931")},
                       {QStringLiteral("subject.death_date"), QStringLiteral("18/03/2010")},
                       {QStringLiteral("subject.death_time"), QStringLiteral("5 giờ 30")},
                       {QStringLiteral("subject.death_place"), QStringLiteral("Tại nhà")}};
    const EntrySchema& schema = entrySchema(RecordType::Death);
    EXPECT_TRUE(validateEntry(schema, values, kContext).findings.empty());
    values.insert(QStringLiteral("subject.death_date"), QStringLiteral("1930"));
    EXPECT_TRUE(codes(validateEntry(schema, values, kContext))
                    .contains(QStringLiteral("subject.death_date:entry.death_before_birth")));
    values.insert(QStringLiteral("subject.death_date"), QStringLiteral("21/03/2010"));
    EXPECT_TRUE(codes(validateEntry(schema, values, kContext))
                    .contains(QStringLiteral("subject.death_date:entry.death_after_registration")));
}

EntryValues marriage(const char* husbandBorn, const char* wifeBorn, const char* registered) {
    return {{QStringLiteral("registration.commune"), QStringLiteral("Xã An Sơn")},
            {QStringLiteral("registration.book_number"), QStringLiteral("01")},
            {QStringLiteral("registration.year"), QString::fromLatin1(registered).right(4)},
            {QStringLiteral("registration.entry_number"), QStringLiteral("3")},
            {QStringLiteral("registration.date"), QString::fromLatin1(registered)},
            {QStringLiteral("husband.full_name"), QStringLiteral("Phạm Văn Bình")},
            {QStringLiteral("husband.birth_date"), QString::fromLatin1(husbandBorn)},
            {QStringLiteral("wife.full_name"), QStringLiteral("Võ Thị Hạnh")},
            {QStringLiteral("wife.birth_date"), QString::fromLatin1(wifeBorn)}};
}

struct MarriageCase {
    const char* husband;
    const char* wife;
    const char* registered;
    bool husbandUnder;
    bool wifeUnder;
};
class MarriageAgeTest : public ::testing::TestWithParam<MarriageCase> {};
TEST_P(MarriageAgeTest, UnderTheLegalAgeOfTheTimeIsAWarning) {
    const MarriageCase c = GetParam();
    const auto found =
        codes(validateEntry(entrySchema(RecordType::Marriage), marriage(c.husband, c.wife, c.registered), kContext));
    EXPECT_EQ(found.contains(QStringLiteral("husband.birth_date:entry.marriage_under_age")), c.husbandUnder);
    EXPECT_EQ(found.contains(QStringLiteral("wife.birth_date:entry.marriage_under_age")), c.wifeUnder);
}
INSTANTIATE_TEST_SUITE_P(Laws, MarriageAgeTest,
                         ::testing::Values(
                             // 2014 law (from 01/01/2015): full 20 and full 18
                             MarriageCase{"10/05/1995", "10/05/1997", "09/05/2015", true, true},
                             MarriageCase{"10/05/1995", "10/05/1997", "10/05/2015", false, false},
                             // earlier laws: entering the 20th / 18th year sufficed (19 and 17 full years)
                             MarriageCase{"10/05/1980", "10/05/1982", "10/05/1999", false, false},
                             MarriageCase{"10/05/1980", "10/05/1982", "09/05/1999", true, true},
                             MarriageCase{"1980", "1982", "05/1999", false, false}, // partial: may be old enough
                             // before the 1959 law came into force: no check
                             MarriageCase{"1945", "1947", "10/05/1959", false, false}));

TEST(EntryValidatorTest, UnknownFieldsAreWarnedAbout) {
    EntryValues values = birthValues();
    values.insert(QStringLiteral("subject.shoe_size"), QStringLiteral("42"));
    EXPECT_TRUE(codes(validateEntry(birthSchema(), values, kContext))
                    .contains(QStringLiteral("subject.shoe_size:field.unknown")));
}

TEST(EntryValidatorTest, HugeAndBrokenValuesGiveFindings) {
    EntryValues values = birthValues();
    values.insert(QStringLiteral("subject.full_name"), QString(1024 * 1024, u'A'));
    values.insert(QStringLiteral("subject.birth_place"), QString::fromUtf8("Ph\xff\xfe"));
    values.insert(QStringLiteral("notes"), QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    const EntryCheck check = validateEntry(birthSchema(), values, kContext);
    EXPECT_TRUE(codes(check).contains(QStringLiteral("subject.full_name:value.too_long")));
    EXPECT_TRUE(codes(check).contains(QStringLiteral("subject.birth_place:value.invalid_encoding")));
    EXPECT_TRUE(codes(check).contains(QStringLiteral("notes:value.control_characters")));
}

// ---- Schemas, documentation and messages -------------------------------------------------------------------

class SchemaTest : public ::testing::TestWithParam<RecordType> {};

TEST_P(SchemaTest, IsCompleteAndStartsWithTheRegistrationFacts) {
    const EntrySchema& schema = entrySchema(GetParam());
    EXPECT_TRUE(schema.version.startsWith(recordTypeKey(GetParam()) + u'/'));
    ASSERT_GE(schema.fields.size(), 10u);
    const QStringList common{QStringLiteral("registration.commune"), QStringLiteral("registration.book_number"),
                             QStringLiteral("registration.year"), QStringLiteral("registration.entry_number"),
                             QStringLiteral("registration.date")};
    for (int i = 0; i < common.size(); ++i) {
        EXPECT_EQ(schema.fields[static_cast<std::size_t>(i)].key, common.at(i));
        EXPECT_TRUE(schema.fields[static_cast<std::size_t>(i)].required);
    }
    QSet<QString> keys;
    for (const FieldSpec& f : schema.fields) {
        EXPECT_FALSE(keys.contains(f.key)) << f.key.toStdString();
        keys.insert(f.key);
        // the key names its person, except the entry's own facts
        if (f.person != Person::Entry) {
            EXPECT_TRUE(f.key.startsWith(personKey(f.person) + u'.')) << f.key.toStdString();
        }
    }
}

TEST_P(SchemaTest, EveryKeyIsDocumented) {
    QFile doc(QStringLiteral(DOICHIEU_SOURCE_DIR "/docs/FIELDS.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const FieldSpec& f : entrySchema(GetParam()).fields) {
        EXPECT_TRUE(text.contains(QStringLiteral("`%1`").arg(f.key)))
            << f.key.toStdString() << " is not in docs/FIELDS.md";
    }
}

INSTANTIATE_TEST_SUITE_P(RecordTypes, SchemaTest,
                         ::testing::Values(RecordType::Birth, RecordType::Marriage, RecordType::Death));

// Every code the domain produces has a message in both languages, and the documentation lists it.
TEST(MessagesTest, EveryCodeHasBothMessagesAndIsDocumented) {
    const QStringList produced{
        "field.required", "field.unknown", "value.too_long", "value.invalid_encoding", "value.control_characters",
        "name.digits", "name.invalid_character", "date.unreadable", "date.two_digit_year", "date.year_out_of_range",
        "date.impossible_month", "date.impossible_day", "date.day_without_month", "sex.unknown", "ethnicity.unknown",
        "nationality.invalid", "id.not_digits", "id.length", "id.unknown_province", "id.birth_year_in_future",
        "id.sex_mismatch", "id.birth_year_mismatch", "number.invalid", "year.invalid", "time.invalid", "phone.invalid",
        "email.invalid", "entry.registration_in_future", "entry.outside_campaign_scope", "entry.outside_book_years",
        "entry.registration_year_mismatch", "entry.birth_after_registration", "entry.death_before_birth",
        "entry.death_after_registration", "entry.parent_too_young", "entry.marriage_under_age",
        // the logging service's own checks of what the pair types
        "check.entry_number_out_of_range", "check.seconds_invalid", "check.transcript_required",
        "check.corrections_not_allowed", "check.correction_required", "check.unknown_field", "check.duplicate_field",
        "check.reason_required", "check.reader_not_in_pair",
        // the supervisor's review and spot-checks
        "review.reason_required", "spotcheck.no_correction_needed",
        // registration at the hub (issue 14): a unit's list and eligibility
        "registration.header_not_found", "registration.missing_column", "registration.missing_optional_column",
        "registration.duplicate_column", "registration.name_required", "registration.birth_year_required",
        "registration.birth_year_invalid", "registration.id_required", "registration.issue_date_invalid",
        "registration.too_long", "registration.answer_unreadable", "registration.district_unknown",
        "registration.commune_unknown", "registration.commune_ambiguous", "registration.unavailable_unreadable",
        "registration.duplicate_in_file", "registration.already_registered", "registration.differs_from_registered",
        "registration.registered_in_other_unit", "eligibility.birth_year_unknown", "eligibility.too_young",
        "eligibility.too_old", "eligibility.dates_refused", "eligibility.dates_unknown",
        "eligibility.assignment_refused", "eligibility.assignment_unknown", "eligibility.outside_province",
        "eligibility.province_unknown", "eligibility.withdrawn"};
    QStringList catalog = messageCodes();
    catalog.sort();
    QStringList expected = produced;
    expected.sort();
    EXPECT_EQ(catalog, expected);
    QFile doc(QStringLiteral(DOICHIEU_SOURCE_DIR "/docs/FIELDS.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString& code : produced) {
        const Finding f{QStringLiteral("subject.full_name"), Severity::Error, code, {}};
        const QString vi = findingMessage(f, Language::Vietnamese, &birthSchema());
        const QString en = findingMessage(f, Language::English, &birthSchema());
        EXPECT_NE(vi, code);
        EXPECT_NE(en, code);
        EXPECT_NE(vi, en) << code.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("`%1`").arg(code))) << code.toStdString() << " is not documented";
    }
    // {field} becomes the label in the message's language
    const Finding required{QStringLiteral("subject.full_name"), Severity::Error, QStringLiteral("field.required"), {}};
    EXPECT_TRUE(
        findingMessage(required, Language::Vietnamese, &birthSchema()).contains(QStringLiteral("Họ, chữ đệm và tên")));
    EXPECT_TRUE(findingMessage(required, Language::English, &birthSchema()).startsWith(QStringLiteral("Full name")));
}

} // namespace
