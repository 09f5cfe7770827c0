// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The rules between an entry's values are one composition (checkEntryRules): `validate` applies them to a whole entry,
// checkDraft — the logging screen, `log import`, LogService — to the entry as it will be after its corrections.
#include "core/domain/EntryDraft.h"

#include <gtest/gtest.h>

using namespace dc::core::domain;

namespace {

const EntrySchema& birth() {
    return entrySchema(RecordType::Birth);
}

EntryDraft corrected(std::vector<DraftCorrection> corrections, const char* registered = "14/04/1998") {
    EntryDraft draft;
    draft.entryNumber = QStringLiteral("12");
    draft.registrationDate = QString::fromLatin1(registered);
    draft.subjectName = QStringLiteral("Lê Văn Tám");
    draft.outcome = Outcome::Corrected;
    draft.corrections = std::move(corrections);
    return draft;
}

DraftCorrection correction(const char* field, const char* before, const char* after) {
    return {QString::fromLatin1(field), QString::fromUtf8(before), QString::fromUtf8(after)};
}

bool has(const Findings& findings, const char* code, Severity severity) {
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.code == QLatin1String(code) && f.severity == severity; });
}

ValidationContext bookOf(int from, int to = 0) {
    ValidationContext rules;
    rules.today = QDate(2026, 12, 2);
    rules.bookYearFrom = from;
    rules.bookYearTo = to;
    return rules;
}

// The case: the register's birth date, typed as a correction, after the registration date. `validate` refuses
// the same entry; the logging path now refuses it too, on the correction the pair typed, live and on saving.
TEST(EntryRulesTest, ACorrectedBirthDateAfterTheRegistrationIsRefusedAsValidateRefusesIt) {
    const EntryDraft draft = corrected({correction("subject.birth_date", "02/04/1998", "20/04/1998")});
    for (const DraftStage stage : {DraftStage::Live, DraftStage::Save}) {
        const DraftCheck check = checkDraft(birth(), draft, {}, stage, bookOf(1998));
        EXPECT_TRUE(check.hasErrors());
        ASSERT_EQ(check.corrections.size(), 1u);
        EXPECT_TRUE(has(check.corrections[0].afterFindings, "entry.birth_after_registration", Severity::Error));
        EXPECT_TRUE(check.fieldFindings(birth().keys.date).empty()) << "shown on the correction, not the date";
    }
    const EntryCheck validated = validateEntry(birth(),
                                               {{QStringLiteral("registration.date"), QStringLiteral("14/04/1998")},
                                                {QStringLiteral("subject.birth_date"), QStringLiteral("20/04/1998")}},
                                               bookOf(0));
    EXPECT_TRUE(has(validated.findings, "entry.birth_after_registration", Severity::Error));
}

// The database's value is what is wrong: only the register's, after the correction, is compared.
TEST(EntryRulesTest, TheDatabasesWrongValueIsNotCompared) {
    const DraftCheck check =
        checkDraft(birth(), corrected({correction("subject.birth_date", "20/04/1998", "02/04/1998")}), {},
                   DraftStage::Save, bookOf(1998));
    EXPECT_FALSE(check.hasErrors());
    EXPECT_TRUE(check.findings.empty());
}

// Implausible is a warning kept with the entry, not a refusal: a father 10 years older than the child.
TEST(EntryRulesTest, AnImplausibleCorrectionIsAWarning) {
    const DraftCheck check = checkDraft(birth(),
                                        corrected({correction("subject.birth_date", "", "02/04/1998"),
                                                   correction("father.birth_date", "1968", "1988")}),
                                        {}, DraftStage::Save, bookOf(1998));
    EXPECT_FALSE(check.hasErrors());
    ASSERT_EQ(check.corrections.size(), 2u);
    EXPECT_TRUE(has(check.corrections[1].findings, "entry.parent_too_young", Severity::Warning));
}

// The registration date within the book's year(s): outside is a warning, on the date; a book of 1998–1999 takes both.
TEST(EntryRulesTest, ARegistrationDateOutsideTheBooksYearsIsAWarning) {
    EntryDraft draft = corrected({correction("subject.full_name", "Lê Văn Tam", "Lê Văn Tám")}, "14/04/1989");
    DraftCheck check = checkDraft(birth(), draft, {}, DraftStage::Save, bookOf(1998));
    EXPECT_FALSE(check.hasErrors());
    const Findings onDate = check.fieldFindings(birth().keys.date);
    ASSERT_EQ(onDate.size(), 1u);
    EXPECT_EQ(onDate[0].code, QStringLiteral("entry.outside_book_years"));
    EXPECT_EQ(onDate[0].severity, Severity::Warning);
    EXPECT_EQ(onDate[0].params.value(QStringLiteral("years")), QStringLiteral("1998"));

    EXPECT_TRUE(has(checkDraft(birth(), draft, {}, DraftStage::Save, bookOf(1998, 1999)).findings,
                    "entry.outside_book_years", Severity::Warning));
    draft.registrationDate = QStringLiteral("03/01/1999"); // a book may run into the next year it covers
    EXPECT_TRUE(checkDraft(birth(), draft, {}, DraftStage::Save, bookOf(1998, 1999)).findings.empty());
    draft.registrationDate = QStringLiteral("1998"); // a year alone is within
    EXPECT_TRUE(checkDraft(birth(), draft, {}, DraftStage::Save, bookOf(1998)).findings.empty());
    // Without a book (`doichieu-admin validate`) there is nothing to compare with.
    draft.registrationDate = QStringLiteral("14/04/1989");
    EXPECT_TRUE(checkDraft(birth(), draft, {}, DraftStage::Save, bookOf(0)).findings.empty());
}

// The registration date's own rules stay on the date as before (in the future: refused).
TEST(EntryRulesTest, ARegistrationDateInTheFutureIsStillRefusedOnTheDate) {
    const DraftCheck check =
        checkDraft(birth(), corrected({correction("subject.full_name", "Lê Văn Tam", "Lê Văn Tám")}, "14/04/2027"), {},
                   DraftStage::Live, bookOf(0));
    const Findings onDate = check.fieldFindings(birth().keys.date);
    EXPECT_TRUE(has(onDate, "entry.registration_in_future", Severity::Error));
    EXPECT_TRUE(has(onDate, "entry.outside_campaign_scope", Severity::Warning));
}

// A death: a corrected death date before the (corrected) birth is impossible.
TEST(EntryRulesTest, ACorrectedDeathBeforeTheBirthIsRefused) {
    const DraftCheck check = checkDraft(entrySchema(RecordType::Death),
                                        corrected({correction("subject.birth_date", "", "05/03/1940"),
                                                   correction("subject.death_date", "01/02/1998", "01/02/1930")}),
                                        {}, DraftStage::Save, bookOf(1998));
    EXPECT_TRUE(check.hasErrors());
    ASSERT_EQ(check.corrections.size(), 2u);
    EXPECT_TRUE(has(check.corrections[1].findings, "entry.death_before_birth", Severity::Error));
}

// A sex chosen from the list, corrected to another: its own class, and a value outside the list is refused.
TEST(EntryRulesTest, ASexCorrectionIsAValueAndAnUnknownSexIsRefused) {
    DraftCheck check =
        checkDraft(birth(), corrected({correction("subject.sex", "nữ", "nam")}), {}, DraftStage::Save, bookOf(1998));
    ASSERT_EQ(check.corrections.size(), 1u);
    EXPECT_EQ(check.corrections[0].correctionClass, CorrectionClass::Value);
    EXPECT_FALSE(check.hasErrors());
    check =
        checkDraft(birth(), corrected({correction("subject.sex", "nữ", "trai")}), {}, DraftStage::Save, bookOf(1998));
    EXPECT_TRUE(has(check.corrections[0].afterFindings, "sex.unknown", Severity::Error));
    check = checkDraft(birth(), corrected({correction("subject.ethnicity", "Kinh", "Kin Tày")}), {}, DraftStage::Save,
                       bookOf(1998));
    EXPECT_TRUE(has(check.corrections[0].afterFindings, "ethnicity.unknown", Severity::Error));
}

} // namespace

// F5 on an entry the rules refuse: what the book shows goes to the supervisor — the impossible date, what was written,
// then each correction's register value after its field's Vietnamese label (stored with the entry, whatever the
// screen's language); a field the schema does not know and an empty value are left out.
TEST(EscalationTranscriptTest, SaysWhatTheBookShowsInVietnamese) {
    const EntrySchema& schema = entrySchema(RecordType::Birth);
    const std::vector<DraftCorrection> corrections{
        {QStringLiteral("subject.birth_date"), QStringLiteral("01/01/1998"), QStringLiteral(" 20/04/1998 ")},
        {QStringLiteral("subject.sex"), QStringLiteral("Nam"), QStringLiteral("Nữ")},
        {QStringLiteral("no.such_field"), QString(), QStringLiteral("x")},
        {QStringLiteral("subject.ethnicity"), QStringLiteral("Kinh"), QString()}};
    EXPECT_EQ(escalationTranscript(schema, QStringLiteral("31/04/1998"), QStringLiteral("chữ mờ"), corrections),
              QStringLiteral("31/04/1998 chữ mờ; Ngày, tháng, năm sinh: 20/04/1998; Giới tính: Nữ"));
    EXPECT_EQ(escalationTranscript(schema, QString(), QString(), corrections),
              QStringLiteral("Ngày, tháng, năm sinh: 20/04/1998; Giới tính: Nữ"));
    EXPECT_EQ(escalationTranscript(schema, QStringLiteral("31/04/1998"), QString(), {}), QStringLiteral("31/04/1998"));
    EXPECT_EQ(escalationTranscript(schema, QString(), QString(), {}), QString());
}
