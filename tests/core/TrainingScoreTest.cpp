// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Issue 18 part 3, the trainee's score (core/training scoreBook): a hand-made book of ten entries — one of each kind
// of difference — scored against a perfect log, then against logs with each kind of mistake; the readiness rule and
// its thresholds; the explanations, specific to the difference planted.
#include "core/training/Training.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace dc::core;
using namespace dc::core::training;
using domain::CorrectionClass;
using domain::Outcome;

namespace {

const QString kName = QStringLiteral("subject.full_name");
const QString kBorn = QStringLiteral("subject.birth_date");
const QString kSex = QStringLiteral("subject.sex");
const QString kMother = QStringLiteral("mother.full_name");
const QString kMotherBorn = QStringLiteral("mother.birth_date");
const QString kDeclarantId = QStringLiteral("declarant.id_number");

// One entry: the book's values, and the database's with the given fields changed (none: the same; `missing`: none).
TrainingEntry entry(int number, std::vector<Planted> planted, Outcome outcome,
                    const std::vector<std::pair<QString, QString>>& databaseChanges = {}, bool missing = false,
                    bool duplicate = false) {
    TrainingEntry e;
    e.entryNumber = number;
    e.registrationDate = QStringLiteral("%1/04/1998").arg(number + 10);
    e.subjectName = QStringLiteral("Nguyễn Văn An");
    e.book = {{QStringLiteral("registration.date"), e.registrationDate},
              {kName, e.subjectName},
              {kBorn, QStringLiteral("05/03/1998")},
              {kSex, QStringLiteral("Nam")},
              {kMother, QStringLiteral("Lê Thị Hòa")},
              {kMotherBorn, QStringLiteral("1970")},
              {kDeclarantId, QStringLiteral("280123456")}};
    e.planted = std::move(planted);
    e.outcome = outcome;
    e.illegible = std::find(e.planted.begin(), e.planted.end(), Planted::Illegible) != e.planted.end();
    if (!missing) {
        for (int copy = 0; copy < (duplicate ? 2 : 1); ++copy) {
            for (const FieldValue& f : e.book) {
                QString value = f.value;
                for (const auto& [key, changed] : databaseChanges) {
                    if (key == f.fieldKey) {
                        value = changed;
                    }
                }
                e.database.push_back(FieldValue{f.fieldKey, value});
            }
        }
    }
    return e;
}

ExpectedCorrection correction(const QString& field, const QString& before, const QString& after, CorrectionClass c) {
    return ExpectedCorrection{field, before, after, c};
}

// The hand-made book: every kind of difference once.
TrainingBook fixture() {
    TrainingBook book;
    book.type = domain::RecordType::Birth;
    book.year = 1998;
    book.bookNumber = 3;
    book.seed = 1;
    book.entries.push_back(entry(1, {Planted::None}, Outcome::Match));
    TrainingEntry e2 =
        entry(2, {Planted::MissingDiacritics}, Outcome::Corrected, {{kName, QStringLiteral("Nguyen Van An")}});
    e2.corrections = {correction(kName, QStringLiteral("Nguyen Van An"), QStringLiteral("Nguyễn Văn An"),
                                 CorrectionClass::Diacritic)};
    book.entries.push_back(e2);
    TrainingEntry e3 = entry(3, {Planted::TonePlacement}, Outcome::Match, {{kMother, QStringLiteral("Lê Thị Hoà")}});
    e3.writingDifferences = {correction(kMother, QStringLiteral("Lê Thị Hoà"), QStringLiteral("Lê Thị Hòa"),
                                        CorrectionClass::TonePlacement)};
    book.entries.push_back(e3);
    TrainingEntry e4 = entry(4, {Planted::DayMonthSwap}, Outcome::Corrected, {{kBorn, QStringLiteral("03/05/1998")}});
    e4.corrections = {correction(kBorn, QStringLiteral("03/05/1998"), QStringLiteral("05/03/1998"),
                                 CorrectionClass::DateDayMonthSwap)};
    book.entries.push_back(e4);
    book.entries.push_back(entry(5, {Planted::MissingEntry}, Outcome::MissingEnteredNew, {}, true));
    book.entries.push_back(entry(6, {Planted::Duplicate}, Outcome::DuplicateInDatabase, {}, false, true));
    book.entries.push_back(entry(7, {Planted::Illegible}, Outcome::Escalated));
    TrainingEntry e8 = entry(8, {Planted::PartialDate}, Outcome::Match);
    for (auto* side : {&e8.book, &e8.database}) {
        for (FieldValue& f : *side) {
            if (f.fieldKey == kBorn) {
                f.value = QStringLiteral("03/1998");
            }
        }
    }
    book.entries.push_back(e8);
    TrainingEntry e9 =
        entry(9, {Planted::WrongIdNumber}, Outcome::Corrected, {{kDeclarantId, QStringLiteral("280123457")}});
    e9.corrections = {
        correction(kDeclarantId, QStringLiteral("280123457"), QStringLiteral("280123456"), CorrectionClass::Number)};
    book.entries.push_back(e9);
    TrainingEntry e10 =
        entry(10, {Planted::Placeholder0101}, Outcome::Match, {{kMotherBorn, QStringLiteral("01/01/1970")}});
    e10.writingDifferences = {
        correction(kMotherBorn, QStringLiteral("01/01/1970"), QStringLiteral("1970"), CorrectionClass::DatePrecision)};
    book.entries.push_back(e10);
    return book;
}

// What a perfect pair logs: the key, writing differences left alone, 30 s and 12 keys an entry.
std::vector<LoggedAnswer> perfect(const TrainingBook& book) {
    std::vector<LoggedAnswer> answers;
    for (const TrainingEntry& e : book.entries) {
        LoggedAnswer a;
        a.entryNumber = e.entryNumber;
        a.outcome = e.outcome;
        a.corrections = e.corrections;
        a.secondsSpent = 30;
        a.keys = 12;
        answers.push_back(a);
    }
    return answers;
}

LoggedAnswer& answerFor(std::vector<LoggedAnswer>& answers, int entry) {
    return *std::find_if(answers.begin(), answers.end(),
                         [entry](const LoggedAnswer& a) { return a.entryNumber == entry; });
}

std::vector<Mistake> mistakesOf(const Score& score, MistakeKind kind) {
    std::vector<Mistake> out;
    std::copy_if(score.mistakes.begin(), score.mistakes.end(), std::back_inserter(out),
                 [kind](const Mistake& m) { return m.kind == kind; });
    return out;
}

} // namespace

TEST(TrainingScoreTest, APerfectLogScoresEverythingRightAndIsReady) {
    const TrainingBook book = fixture();
    const Score score = scoreBook(book, perfect(book));
    EXPECT_EQ(score.entries, 10);
    EXPECT_EQ(score.logged, 10);
    EXPECT_EQ(score.outcomesRight, 10);
    EXPECT_EQ(score.correctionsExpected, 3);
    EXPECT_EQ(score.correctionsRight, 3);
    EXPECT_EQ(score.writingDifferencesCorrected, 0);
    EXPECT_EQ(score.missedCorrections, 0);
    EXPECT_EQ(score.escalationsMissed, 0);
    EXPECT_EQ(score.escalationsUnneeded, 0);
    EXPECT_DOUBLE_EQ(score.secondsPerEntry, 30.0);
    EXPECT_DOUBLE_EQ(score.keysPerEntry, 12.0);
    EXPECT_TRUE(score.mistakes.empty());
    EXPECT_TRUE(score.ready);
    EXPECT_TRUE(readinessReasons(score).isEmpty());
}

TEST(TrainingScoreTest, AnswersMayComeInAnyOrderAndEntriesOutsideTheBookAreIgnored) {
    const TrainingBook book = fixture();
    std::vector<LoggedAnswer> answers = perfect(book);
    std::reverse(answers.begin(), answers.end());
    LoggedAnswer stray;
    stray.entryNumber = 99;
    stray.outcome = Outcome::Escalated;
    answers.push_back(stray);
    const Score score = scoreBook(book, answers);
    EXPECT_EQ(score.outcomesRight, 10);
    EXPECT_EQ(score.escalationsUnneeded, 0);
    EXPECT_TRUE(score.ready);
}

TEST(TrainingScoreTest, AnEntryNotLoggedIsAMistakeAndTheBookIsNotFinished) {
    const TrainingBook book = fixture();
    std::vector<LoggedAnswer> answers = perfect(book);
    answers.erase(answers.begin() + 3); // entry 4, a correction
    const Score score = scoreBook(book, answers);
    EXPECT_EQ(score.logged, 9);
    ASSERT_EQ(score.mistakes.size(), 1U);
    EXPECT_EQ(score.mistakes[0].kind, MistakeKind::NotLogged);
    EXPECT_EQ(score.mistakes[0].entryNumber, 4);
    EXPECT_EQ(score.mistakes[0].expected, QStringLiteral("corrected"));
    EXPECT_EQ(score.correctionsRight, 2);
    EXPECT_FALSE(score.ready);
    EXPECT_TRUE(readinessReasons(score).contains(QStringLiteral("not_all_logged")));
}

TEST(TrainingScoreTest, AWrongOutcomeIsListedWithTheRightOneAndItsExplanation) {
    const TrainingBook book = fixture();
    std::vector<LoggedAnswer> answers = perfect(book);
    answerFor(answers, 5).outcome = Outcome::Match;             // missing in the database
    answerFor(answers, 6).outcome = Outcome::MissingEnteredNew; // a duplicate
    const Score score = scoreBook(book, answers);
    EXPECT_EQ(score.outcomesRight, 8);
    const auto wrong = mistakesOf(score, MistakeKind::WrongOutcome);
    ASSERT_EQ(wrong.size(), 2U);
    EXPECT_EQ(wrong[0].entryNumber, 5);
    EXPECT_EQ(wrong[0].expected, QStringLiteral("missing_entered_new"));
    EXPECT_EQ(wrong[0].logged, QStringLiteral("match"));
    EXPECT_TRUE(wrong[0].explanationVi.contains(QStringLiteral("chưa có, đã nhập mới")))
        << wrong[0].explanationVi.toStdString();
    EXPECT_TRUE(wrong[0].explanationEn.contains(QStringLiteral("missing, entered new")));
    EXPECT_EQ(wrong[1].expected, QStringLiteral("duplicate_in_database"));
    EXPECT_TRUE(wrong[1].explanationVi.contains(QStringLiteral("«trùng»")));
    EXPECT_FALSE(score.ready);
    EXPECT_TRUE(readinessReasons(score).contains(QStringLiteral("outcomes_below_90")));
}

// An entry with a tone placement and a real correction, logged as a match: the wrong outcome is explained by what
// makes it "corrected", never by the tone placement's "the outcome is match" (seen on the score screen).
TEST(TrainingScoreTest, AWrongOutcomeIsNeverExplainedByAKindThatLeadsElsewhere) {
    TrainingBook book = fixture();
    TrainingEntry& e4 = book.entries[3];
    ASSERT_EQ(e4.entryNumber, 4);
    e4.planted = {Planted::TonePlacement, Planted::DayMonthSwap};
    e4.writingDifferences = {correction(kMother, QStringLiteral("Lê Thị Hoà"), QStringLiteral("Lê Thị Hòa"),
                                        CorrectionClass::TonePlacement)};
    std::vector<LoggedAnswer> answers = perfect(book);
    answerFor(answers, 4).outcome = Outcome::Match;
    answerFor(answers, 4).corrections.clear();
    const auto wrong = mistakesOf(scoreBook(book, answers), MistakeKind::WrongOutcome);
    ASSERT_EQ(wrong.size(), 1U);
    EXPECT_EQ(wrong[0].expected, QStringLiteral("corrected"));
    EXPECT_FALSE(wrong[0].explanationVi.contains(QStringLiteral("«khớp»"))) << wrong[0].explanationVi.toStdString();
    EXPECT_FALSE(wrong[0].explanationEn.contains(QStringLiteral("«match»"))) << wrong[0].explanationEn.toStdString();
}

TEST(TrainingScoreTest, TheRightFieldWithAnotherValueIsAWrongValue) {
    const TrainingBook book = fixture();
    std::vector<LoggedAnswer> answers = perfect(book);
    answerFor(answers, 4).corrections[0].after = QStringLiteral("05/03/1989");
    Score score = scoreBook(book, answers);
    EXPECT_EQ(score.correctionsRight, 2);
    EXPECT_EQ(score.outcomesRight, 10) << "the outcome was right";
    const auto wrong = mistakesOf(score, MistakeKind::WrongValue);
    ASSERT_EQ(wrong.size(), 1U);
    EXPECT_EQ(wrong[0].fieldKey, kBorn);
    EXPECT_EQ(wrong[0].expected, QStringLiteral("05/03/1998"));
    EXPECT_EQ(wrong[0].logged, QStringLiteral("05/03/1989"));
    EXPECT_EQ(wrong[0].explanationVi,
              QStringLiteral("Theo sổ là «05/03/1998», không phải «05/03/1989»: chú ý thứ tự ngày/tháng."));

    // The same value written another way is right: another date format, spaces, a field key with spaces around it.
    answerFor(answers, 4).corrections[0].after = QStringLiteral("5/3/1998");
    answerFor(answers, 2).corrections[0].after = QStringLiteral("  Nguyễn  Văn An ");
    answerFor(answers, 2).corrections[0].fieldKey = QStringLiteral(" subject.full_name ");
    score = scoreBook(book, answers);
    EXPECT_EQ(score.correctionsRight, 3);
    EXPECT_TRUE(score.mistakes.empty());
    // NFD is NFC: the same name typed with combining marks is right.
    answerFor(answers, 2).corrections[0].after =
        QStringLiteral("Nguyễn Văn An").normalized(QString::NormalizationForm_D);
    EXPECT_EQ(scoreBook(book, answers).correctionsRight, 3);
    // But a name without its marks is not.
    answerFor(answers, 2).corrections[0].after = QStringLiteral("Nguyen Van An");
    EXPECT_EQ(mistakesOf(scoreBook(book, answers), MistakeKind::WrongValue).size(), 1U);
}

TEST(TrainingScoreTest, ACorrectionLeftOutIsMissed) {
    const TrainingBook book = fixture();
    std::vector<LoggedAnswer> answers = perfect(book);
    answerFor(answers, 2).outcome = Outcome::Match;
    answerFor(answers, 2).corrections.clear();
    const Score score = scoreBook(book, answers);
    EXPECT_EQ(score.missedCorrections, 1);
    EXPECT_EQ(score.correctionsRight, 2);
    const auto missed = mistakesOf(score, MistakeKind::MissedCorrection);
    ASSERT_EQ(missed.size(), 1U);
    EXPECT_EQ(missed[0].fieldKey, kName);
    EXPECT_EQ(missed[0].expected, QStringLiteral("Nguyễn Văn An"));
    EXPECT_EQ(missed[0].explanationVi,
              QStringLiteral("«Nguyen Van An» thiếu dấu so với sổ «Nguyễn Văn An»: đây là lỗi dấu, phải sửa."));
    EXPECT_EQ(mistakesOf(score, MistakeKind::WrongOutcome).size(), 1U) << "match instead of corrected";
    // 2 of 3 corrections right: below 80 %.
    EXPECT_TRUE(readinessReasons(score).contains(QStringLiteral("corrections_below_80")));
}

TEST(TrainingScoreTest, AWritingDifferenceLoggedAsACorrectionIsCountedAndExplained) {
    const TrainingBook book = fixture();
    std::vector<LoggedAnswer> answers = perfect(book);
    // The pair "corrects" the tone placement: the log keeps it as a match with the difference (checkDraft).
    answerFor(answers, 3).outcome = Outcome::Corrected;
    answerFor(answers, 3).corrections = book.entries[2].writingDifferences;
    Score score = scoreBook(book, answers);
    EXPECT_EQ(score.writingDifferencesCorrected, 1);
    EXPECT_EQ(score.outcomesRight, 10) << "only writing differences: the outcome is a match";
    const auto wd = mistakesOf(score, MistakeKind::WritingDifferenceCorrected);
    ASSERT_EQ(wd.size(), 1U);
    EXPECT_EQ(wd[0].fieldKey, kMother);
    EXPECT_EQ(wd[0].explanationVi,
              QStringLiteral(
                  "«Lê Thị Hoà» và «Lê Thị Hòa» chỉ khác chỗ đặt dấu: đây là khác biệt cách viết, không cần sửa."));
    EXPECT_TRUE(score.ready) << "one writing difference corrected is allowed";

    // A second one (the 01/01 placeholder) is one too many.
    answerFor(answers, 10).outcome = Outcome::Corrected;
    answerFor(answers, 10).corrections = book.entries[9].writingDifferences;
    score = scoreBook(book, answers);
    EXPECT_EQ(score.writingDifferencesCorrected, 2);
    EXPECT_TRUE(
        mistakesOf(score, MistakeKind::WritingDifferenceCorrected)[1].explanationVi.contains(QStringLiteral("01/01")));
    EXPECT_FALSE(score.ready);
    EXPECT_TRUE(readinessReasons(score).contains(QStringLiteral("writing_differences_corrected")));

    // A partial date "completed" with a placeholder day is a writing difference too, explained as a partial date.
    answers = perfect(book);
    answerFor(answers, 8).outcome = Outcome::Corrected;
    answerFor(answers, 8).corrections = {
        correction(kBorn, QStringLiteral("03/1998"), QStringLiteral("01/03/1998"), CorrectionClass::Other)};
    score = scoreBook(book, answers);
    ASSERT_EQ(mistakesOf(score, MistakeKind::WritingDifferenceCorrected).size(), 1U);
    EXPECT_TRUE(mistakesOf(score, MistakeKind::WritingDifferenceCorrected)[0].explanationVi.contains(
        QStringLiteral("không tự thêm ngày, tháng")));
}

TEST(TrainingScoreTest, AFieldCorrectedThatNeededNothingIsAnExtraCorrection) {
    const TrainingBook book = fixture();
    std::vector<LoggedAnswer> answers = perfect(book);
    answerFor(answers, 1).outcome = Outcome::Corrected;
    answerFor(answers, 1).corrections = {
        correction(kSex, QStringLiteral("Nam"), QStringLiteral("Nữ"), CorrectionClass::Value)};
    // And one more on an entry that had a real correction.
    answerFor(answers, 9)
        .corrections.push_back(correction(kMother, QStringLiteral("Lê Thị Hòa"), QStringLiteral("Lê Thị Hoa"),
                                          CorrectionClass::Diacritic));
    // A field the record type does not have is not scored (the log never holds one: checkDraft refuses it).
    answerFor(answers, 9)
        .corrections.push_back(correction(QStringLiteral("wife.full_name"), QStringLiteral("A"), QStringLiteral("B"),
                                          CorrectionClass::Other));
    const Score score = scoreBook(book, answers);
    const auto extra = mistakesOf(score, MistakeKind::ExtraCorrection);
    ASSERT_EQ(extra.size(), 2U);
    EXPECT_EQ(extra[0].entryNumber, 1);
    EXPECT_EQ(extra[0].fieldKey, kSex);
    EXPECT_EQ(extra[0].expected, QStringLiteral("Nam")) << "the right answer: the value stays";
    EXPECT_EQ(extra[0].logged, QStringLiteral("Nữ"));
    EXPECT_EQ(extra[1].entryNumber, 9);
    EXPECT_EQ(score.correctionsRight, 3);
    EXPECT_EQ(mistakesOf(score, MistakeKind::WrongOutcome).size(), 1U) << "entry 1: corrected instead of match";
    EXPECT_EQ(score.writingDifferencesCorrected, 0);
}

TEST(TrainingScoreTest, AnIllegibleEntryNotEscalatedIsAMissedEscalation) {
    const TrainingBook book = fixture();
    std::vector<LoggedAnswer> answers = perfect(book);
    answerFor(answers, 7).outcome = Outcome::Match;
    const Score score = scoreBook(book, answers);
    EXPECT_EQ(score.escalationsMissed, 1);
    const auto missed = mistakesOf(score, MistakeKind::EscalationMissed);
    ASSERT_EQ(missed.size(), 1U);
    EXPECT_EQ(missed[0].expected, QStringLiteral("escalated"));
    EXPECT_EQ(missed[0].logged, QStringLiteral("match"));
    EXPECT_TRUE(missed[0].explanationVi.contains(QStringLiteral("F5")));
    EXPECT_TRUE(mistakesOf(score, MistakeKind::WrongOutcome).empty()) << "one mistake, not two";
    EXPECT_EQ(score.outcomesRight, 9);
    // 9 of 10 outcomes right passes that part of the rule; the missed escalation alone fails the pair.
    EXPECT_EQ(readinessReasons(score), QStringList{QStringLiteral("escalation_missed")});
    EXPECT_FALSE(score.ready);
}

TEST(TrainingScoreTest, AnEscalationOfAReadableEntryIsUnneeded) {
    const TrainingBook book = fixture();
    std::vector<LoggedAnswer> answers = perfect(book);
    answerFor(answers, 8).outcome = Outcome::Escalated; // a partial date is a valid date
    answerFor(answers, 4).outcome = Outcome::Escalated;
    answerFor(answers, 4).corrections.clear();
    const Score score = scoreBook(book, answers);
    EXPECT_EQ(score.escalationsUnneeded, 2);
    const auto unneeded = mistakesOf(score, MistakeKind::EscalationUnneeded);
    ASSERT_EQ(unneeded.size(), 2U);
    EXPECT_EQ(unneeded[0].entryNumber, 4);
    EXPECT_EQ(unneeded[0].expected, QStringLiteral("corrected"));
    EXPECT_EQ(unneeded[0].logged, QStringLiteral("escalated"));
    EXPECT_TRUE(unneeded[1].explanationVi.contains(QStringLiteral("vẫn là ngày hợp lệ")));
    EXPECT_EQ(score.missedCorrections, 1) << "entry 4's correction was not made";
    EXPECT_EQ(score.outcomesRight, 8);
}

TEST(TrainingScoreTest, TimeAndKeysAreAveragedOverWhatWasMeasured) {
    const TrainingBook book = fixture();
    std::vector<LoggedAnswer> answers = perfect(book);
    for (LoggedAnswer& a : answers) {
        a.secondsSpent = a.entryNumber * 10;  // 10..100: 55 on average
        a.keys = a.entryNumber <= 5 ? 20 : 0; // the CLI measures no keys
    }
    const Score score = scoreBook(book, answers);
    EXPECT_DOUBLE_EQ(score.secondsPerEntry, 55.0);
    EXPECT_DOUBLE_EQ(score.keysPerEntry, 20.0);
    for (LoggedAnswer& a : answers) {
        a.keys = 0;
    }
    EXPECT_DOUBLE_EQ(scoreBook(book, answers).keysPerEntry, 0.0);
    EXPECT_DOUBLE_EQ(scoreBook(book, {}).secondsPerEntry, 0.0);
}

TEST(TrainingScoreTest, TheReadinessRuleHasItsThresholds) {
    Score s;
    s.entries = 20;
    s.logged = 20;
    s.outcomesRight = 18; // 90 %
    s.correctionsExpected = 10;
    s.correctionsRight = 8; // 80 %
    s.writingDifferencesCorrected = 1;
    EXPECT_TRUE(readinessReasons(s).isEmpty());
    s.outcomesRight = 17;
    EXPECT_EQ(readinessReasons(s), QStringList{QStringLiteral("outcomes_below_90")});
    s.outcomesRight = 18;
    s.correctionsRight = 7;
    EXPECT_EQ(readinessReasons(s), QStringList{QStringLiteral("corrections_below_80")});
    s.correctionsRight = 8;
    s.correctionsExpected = 0;
    s.correctionsRight = 0;
    EXPECT_TRUE(readinessReasons(s).isEmpty()) << "a book without corrections does not fail on them";
    s.escalationsUnneeded = 3;
    EXPECT_TRUE(readinessReasons(s).isEmpty()) << "unneeded escalations cost outcomes, not the rule itself";
    EXPECT_EQ(readinessReasons(Score{}), QStringList{QStringLiteral("no_entries")});
    EXPECT_TRUE(readinessRule(true).contains(QStringLiteral("90%")));
    EXPECT_TRUE(readinessRule(false).contains(QStringLiteral("90 %")));
}

TEST(TrainingScoreTest, AGeneratedBookLoggedFromItsOwnKeyIsPerfect) {
    for (const domain::RecordType type :
         {domain::RecordType::Birth, domain::RecordType::Marriage, domain::RecordType::Death}) {
        for (quint64 seed = 0; seed < 10; ++seed) {
            const TrainingBook book = generateBook(type, seed, 30);
            const Score score = scoreBook(book, perfect(book));
            EXPECT_TRUE(score.mistakes.empty()) << seed;
            EXPECT_TRUE(score.ready) << seed;
            // Logging every planted writing difference as a correction is counted once each.
            std::vector<LoggedAnswer> answers = perfect(book);
            int planted = 0;
            for (std::size_t i = 0; i < book.entries.size(); ++i) {
                const TrainingEntry& e = book.entries[i];
                if (e.outcome != Outcome::Match && e.outcome != Outcome::Corrected) {
                    continue;
                }
                for (const ExpectedCorrection& w : e.writingDifferences) {
                    answers[i].corrections.push_back(w);
                    answers[i].outcome = Outcome::Corrected;
                    ++planted;
                }
            }
            const Score over = scoreBook(book, answers);
            EXPECT_EQ(over.writingDifferencesCorrected, planted) << seed;
            EXPECT_EQ(over.outcomesRight, over.entries) << seed;
        }
    }
}
