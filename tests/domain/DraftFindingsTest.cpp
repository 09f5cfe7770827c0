// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The one composition of an entry draft's checks (domain::checkDraft), as the logging screen reads it: a field's own
// findings apart from those of a correction under the same key, and a correction's two values apart.
#include "core/domain/EntryDraft.h"

#include <gtest/gtest.h>

using namespace dc::core::domain;

namespace {

TEST(DraftFindingsTest, AFieldsOwnFindingsAreApartFromACorrectionOfTheSameKey) {
    const EntrySchema& schema = entrySchema(RecordType::Birth);
    EntryDraft draft;
    draft.entryNumber = QStringLiteral("12");
    draft.registrationDate = QStringLiteral("14/04/1998");
    draft.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    draft.outcome = Outcome::Corrected;
    // The database's name holds a control character; the register's name has a digit in it.
    draft.corrections = {{schema.keys.name, QStringLiteral("Nguyen\x01Thi"), QStringLiteral("Nguyễn Thị H0ng")}};
    const DraftCheck checked = checkDraft(schema, draft, {}, DraftStage::Live);
    EXPECT_TRUE(checked.fieldFindings(schema.keys.name).empty()); // the typed name itself is fine
    EXPECT_FALSE(checked.findingsOf(schema.keys.name).empty());   // all findings under that key
    ASSERT_EQ(checked.corrections.size(), 1u);
    const CheckedCorrection& c = checked.corrections[0];
    ASSERT_FALSE(c.beforeFindings.empty());
    ASSERT_FALSE(c.afterFindings.empty());
    EXPECT_EQ(c.beforeFindings[0].code, QLatin1String("value.control_characters"));
    EXPECT_EQ(c.afterFindings[0].code, QLatin1String("name.digits"));
    EXPECT_EQ(c.findings.size(), c.beforeFindings.size() + c.afterFindings.size());
}

TEST(DraftFindingsTest, APartsFindingsAreNamedByItsConstant) {
    const EntrySchema& schema = entrySchema(RecordType::Death);
    EntryDraft draft;
    draft.entryNumber = QStringLiteral("3");
    draft.outcome = Outcome::Escalated;
    const DraftCheck saving = checkDraft(schema, draft, {}, DraftStage::Save);
    ASSERT_FALSE(saving.fieldFindings(QString::fromLatin1(kTranscriptPart)).empty());
    EXPECT_EQ(saving.fieldFindings(QString::fromLatin1(kTranscriptPart))[0].code,
              QLatin1String("check.transcript_required"));
    draft.outcome = Outcome::Corrected;
    const DraftCheck corrected = checkDraft(schema, draft, {}, DraftStage::Save);
    ASSERT_FALSE(corrected.fieldFindings(QString::fromLatin1(kCorrectionsPart)).empty());
    EXPECT_EQ(corrected.fieldFindings(QString::fromLatin1(kCorrectionsPart))[0].code,
              QLatin1String("check.correction_required"));
}

} // namespace
