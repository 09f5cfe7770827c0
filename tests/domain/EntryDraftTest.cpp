// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// checkDraft — the one check of an entry draft, which the logging screen, `log import` and LogService all call — keeps
// ASCII digits in what it stores, whatever form of digit was typed.
#include "core/domain/EntryDraft.h"

#include <gtest/gtest.h>

using namespace dc::core::domain;

namespace {

EntryDraft corrected(const char* field, const char* before, const char* after) {
    EntryDraft draft;
    draft.entryNumber = QStringLiteral("12");
    draft.registrationDate = QStringLiteral("14/04/1998");
    draft.subjectName = QStringLiteral("Lê Văn Tám");
    draft.outcome = Outcome::Corrected;
    draft.corrections.push_back({QString::fromLatin1(field), QString::fromUtf8(before), QString::fromUtf8(after)});
    return draft;
}

TEST(EntryDraftDigitsTest, FullWidthDigitsAreStoredAsAsciiDigits) {
    const DraftCheck check = checkDraft(entrySchema(RecordType::Birth),
                                        corrected("subject.id_number", "074098001234", "０７４０９８００１２３５"));
    ASSERT_FALSE(check.hasErrors());
    ASSERT_EQ(check.corrections.size(), 1u);
    EXPECT_EQ(check.corrections[0].after, QStringLiteral("074098001235"));
    EXPECT_EQ(check.corrections[0].correctionClass, CorrectionClass::Number);
    EXPECT_FALSE(check.corrections[0].writingDifference);
}

TEST(EntryDraftDigitsTest, AFullWidthEntryNumberAndRegistrationDateAreRead) {
    EntryDraft draft = corrected("subject.id_number", "074098001234", "074098001235");
    draft.entryNumber = QString::fromUtf8("１２");
    draft.registrationDate = QString::fromUtf8("１４／０４／１９９８");
    const DraftCheck check = checkDraft(entrySchema(RecordType::Birth), draft);
    ASSERT_FALSE(check.hasErrors());
    EXPECT_EQ(check.entryNumber, 12);
    EXPECT_EQ(check.registrationDate, QStringLiteral("14/04/1998"));
}

TEST(EntryDraftDigitsTest, TheSameDigitsInFullWidthAreAWritingDifferenceNotACorrection) {
    const DraftCheck check = checkDraft(entrySchema(RecordType::Birth),
                                        corrected("subject.id_number", "０７４０９８００１２３４", "074 098 001 234"));
    ASSERT_FALSE(check.hasErrors());
    ASSERT_EQ(check.corrections.size(), 1u);
    EXPECT_EQ(check.corrections[0].before, QStringLiteral("074098001234"));
    EXPECT_EQ(check.corrections[0].after, QStringLiteral("074 098 001 234")); // the shape typed, ASCII digits
    EXPECT_TRUE(check.corrections[0].writingDifference);
    EXPECT_EQ(check.outcome, Outcome::Match);
}

TEST(EntryDraftDigitsTest, DatesAreStoredAsAsciiDigitsAndNamesAreLeftAsTyped) {
    const DraftCheck date = checkDraft(entrySchema(RecordType::Birth),
                                       corrected("subject.birth_date", "03/05/1998", "０５／０３／１９９８"));
    ASSERT_FALSE(date.hasErrors());
    EXPECT_EQ(date.corrections[0].after, QStringLiteral("05/03/1998"));
    EXPECT_EQ(date.corrections[0].correctionClass, CorrectionClass::DateDayMonthSwap);
    // NFKC is for the kinds written with digits only: a place keeps what it was typed with (NFC).
    const DraftCheck place =
        checkDraft(entrySchema(RecordType::Birth), corrected("subject.birth_place", "Ấp 2", "Ấp ２"));
    EXPECT_EQ(place.corrections[0].after, QString::fromUtf8("Ấp ２"));
}

TEST(EntryDraftDigitsTest, DigitsOfAnotherScriptAreRefusedNotStored) {
    const DraftCheck check =
        checkDraft(entrySchema(RecordType::Birth), corrected("subject.id_number", "074098001234", "٠٧٤٠٩٨٠٠١٢٣٥"));
    ASSERT_TRUE(check.hasErrors());
    EXPECT_EQ(check.findingsOf(QStringLiteral("subject.id_number")).at(0).code, QStringLiteral("id.not_digits"));
}

} // namespace
