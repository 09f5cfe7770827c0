// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/TrainerBoard.h"
#include "app/gui/TrainingBoardModel.h"
#include "app/gui/TrainingDesk.h"
#include "app/gui/TrainingMistakeModel.h"
#include "app/gui/TrainingScore.h"
#include "app/gui/TrainingSidesModel.h"
#include "core/domain/EntrySchema.h"
#include "tests/support/Fifo.h"

#include <QFile>
#include <QInputDevice>
#include <QKeyEvent>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// The training day's view models (issue 18, app/gui/Training*): what the logging screen's panel, the score screen and
// the trainer's board show of core's structs, and the key count's rule. The sources are English here (no translator
// is installed); numbers Vietnamese or English as asked. The pages themselves: tests/gui/tst_training.qml.

namespace {

using namespace dc::core::training;
using dc::core::domain::Outcome;
using dc::core::domain::RecordType;
using dc::gui::TrainerBoard;
using dc::gui::TrainingBoardModel;
using dc::gui::TrainingDesk;
using dc::gui::TrainingMistakeModel;
using dc::gui::TrainingScore;
using dc::gui::TrainingSidesModel;

template <typename Model> QVariant value(const Model& model, int row, int role) {
    return model.data(model.index(row), role);
}

const TrainingEntry* firstWith(const TrainingBook& book, Planted planted) {
    for (const TrainingEntry& entry : book.entries) {
        if (std::find(entry.planted.begin(), entry.planted.end(), planted) != entry.planted.end()) {
            return &entry;
        }
    }
    return nullptr;
}

QString bookValue(const TrainingEntry& entry, const QString& key) {
    for (const FieldValue& field : entry.book) {
        if (field.fieldKey == key) {
            return field.value;
        }
    }
    return {};
}

TEST(TrainingSides, ShowsBothSidesInTheSchemasOrderWithItsLabels) {
    const TrainingBook book = generateBook(RecordType::Birth, 7, 20);
    const TrainingEntry* clean = firstWith(book, Planted::None);
    ASSERT_NE(clean, nullptr);
    TrainingSidesModel model;
    model.setEntry(RecordType::Birth, *clean, true);
    ASSERT_GT(model.count(), 2);
    const auto& schema = dc::core::domain::entrySchema(RecordType::Birth);
    int previous = -1;
    for (int row = 0; row < model.count(); ++row) {
        const QString key = value(model, row, TrainingSidesModel::FieldKeyRole).toString();
        ASSERT_TRUE(schema.index.contains(key)) << key.toStdString();
        const int position = static_cast<int>(schema.index.value(key));
        EXPECT_GT(position, previous) << "the schema's order";
        previous = position;
        EXPECT_EQ(value(model, row, TrainingSidesModel::LabelRole).toString(), schema.field(key)->labelVi);
        EXPECT_EQ(value(model, row, TrainingSidesModel::BookValueRole).toString(), bookValue(*clean, key));
    }
    // The registration date first (the checker types it); the entry number, the same on both sides, is the title's.
    EXPECT_EQ(value(model, 0, TrainingSidesModel::FieldKeyRole).toString(), schema.keys.date);
    for (int row = 0; row < model.count(); ++row) {
        EXPECT_NE(value(model, row, TrainingSidesModel::FieldKeyRole).toString(), schema.keys.number);
    }
    model.setEntry(RecordType::Birth, *clean, false);
    EXPECT_EQ(value(model, 0, TrainingSidesModel::LabelRole).toString(),
              schema.field(value(model, 0, TrainingSidesModel::FieldKeyRole).toString())->labelEn);
}

TEST(TrainingSides, AMissingRecordHasNoDatabaseSide) {
    const TrainingBook book = generateBook(RecordType::Birth, 7, 20);
    const TrainingEntry* missing = firstWith(book, Planted::MissingEntry);
    ASSERT_NE(missing, nullptr);
    TrainingSidesModel model;
    model.setEntry(RecordType::Birth, *missing, true);
    ASSERT_GT(model.count(), 0);
    for (int row = 0; row < model.count(); ++row) {
        EXPECT_EQ(value(model, row, TrainingSidesModel::DatabaseValueRole).toString(), QString());
        EXPECT_FALSE(value(model, row, TrainingSidesModel::BookValueRole).toString().isEmpty());
    }
}

TEST(TrainingSides, AnIllegibleEntryIsShownWithGaps) {
    EXPECT_EQ(TrainingSidesModel::gapped(QStringLiteral("Nguyễn Văn An")), QStringLiteral("N░u░ễ░ V░n A░"));
    EXPECT_EQ(TrainingSidesModel::gapped(QStringLiteral("12/03/1978")), QStringLiteral("1░/0░/1░7░"));
    const TrainingBook book = generateBook(RecordType::Death, 11, 20);
    const TrainingEntry* illegible = firstWith(book, Planted::Illegible);
    ASSERT_NE(illegible, nullptr);
    ASSERT_TRUE(illegible->illegible);
    TrainingSidesModel model;
    model.setEntry(RecordType::Death, *illegible, true);
    int gapped = 0;
    for (int row = 0; row < model.count(); ++row) {
        const QString key = value(model, row, TrainingSidesModel::FieldKeyRole).toString();
        const QString shown = value(model, row, TrainingSidesModel::BookValueRole).toString();
        const QString written = bookValue(*illegible, key);
        if (written.size() > 1) {
            EXPECT_NE(shown, written) << key.toStdString() << ": the book's text must not be readable";
            EXPECT_TRUE(shown.contains(QChar(0x2591)));
            ++gapped;
        }
    }
    EXPECT_GT(gapped, 0);
    model.clear();
    EXPECT_EQ(model.count(), 0);
}

Mistake mistake(int entry, MistakeKind kind, const QString& field, const QString& expected, const QString& logged) {
    return Mistake{
        entry, kind, field, expected, logged, QStringLiteral("vi %1").arg(entry), QStringLiteral("en %1").arg(entry)};
}

TEST(TrainingMistakes, InEntryOrderWithFieldLabelsAndOutcomeNames) {
    const std::vector<Mistake> mistakes = {
        mistake(9, MistakeKind::EscalationMissed, {}, QStringLiteral("escalated"), QStringLiteral("match")),
        mistake(2, MistakeKind::MissedCorrection, QStringLiteral("subject.full_name"), QStringLiteral("Lê Văn Hùng"),
                {}),
    };
    TrainingMistakeModel model;
    model.setMistakes(RecordType::Birth, mistakes, true);
    ASSERT_EQ(model.count(), 2);
    EXPECT_EQ(value(model, 0, TrainingMistakeModel::EntryNumberRole).toInt(), 2);
    EXPECT_EQ(value(model, 0, TrainingMistakeModel::KindRole).toString(), QStringLiteral("missed_correction"));
    EXPECT_EQ(value(model, 0, TrainingMistakeModel::KindNameRole).toString(), QStringLiteral("Missed correction"));
    EXPECT_EQ(value(model, 0, TrainingMistakeModel::FieldRole).toString(),
              dc::core::domain::entrySchema(RecordType::Birth).field(QStringLiteral("subject.full_name"))->labelVi);
    EXPECT_EQ(value(model, 0, TrainingMistakeModel::ExpectedRole).toString(), QStringLiteral("Lê Văn Hùng"));
    EXPECT_EQ(value(model, 0, TrainingMistakeModel::LoggedRole).toString(), QStringLiteral("—"));
    EXPECT_EQ(value(model, 0, TrainingMistakeModel::ExplanationRole).toString(), QStringLiteral("vi 2"));
    EXPECT_EQ(value(model, 1, TrainingMistakeModel::FieldRole).toString(), QString());
    EXPECT_EQ(value(model, 1, TrainingMistakeModel::ExpectedRole).toString(),
              QStringLiteral("Cannot decide, escalated"));
    EXPECT_EQ(value(model, 1, TrainingMistakeModel::LoggedRole).toString(), QStringLiteral("Match"));
    model.setMistakes(RecordType::Birth, mistakes, false);
    EXPECT_EQ(value(model, 0, TrainingMistakeModel::ExplanationRole).toString(), QStringLiteral("en 2"));
}

Score scoreOf(int entries, int outcomesRight, double seconds, double keys) {
    Score score;
    score.entries = entries;
    score.logged = entries;
    score.outcomesRight = outcomesRight;
    score.correctionsExpected = 2;
    score.correctionsRight = 2;
    score.secondsPerEntry = seconds;
    score.keysPerEntry = keys;
    score.ready = outcomesRight == entries;
    return score;
}

TEST(TrainingScoreModel, ShowsTheNumbersWithTheDecimalCommaInVietnamese) {
    TrainingScore score;
    EXPECT_FALSE(score.scored());
    Score s = scoreOf(5, 3, 12.3, 27.4);
    s.writingDifferencesCorrected = 1;
    s.escalationsMissed = 1;
    s.mistakes = {mistake(5, MistakeKind::EscalationMissed, {}, QStringLiteral("escalated"), QStringLiteral("match"))};
    score.show(RecordType::Birth, s, true);
    EXPECT_TRUE(score.scored());
    EXPECT_EQ(score.outcomesRight(), 3);
    EXPECT_EQ(score.writingDifferencesCorrected(), 1);
    EXPECT_EQ(score.keysPerEntry(), QStringLiteral("27,4"));
    EXPECT_EQ(score.secondsPerEntry(), QStringLiteral("12,3"));
    EXPECT_FALSE(score.ready());
    EXPECT_EQ(score.rule(), readinessRule(true));
    EXPECT_TRUE(score.reasons().contains(QStringLiteral("an escalation missed"))) << score.reasons().toStdString();
    EXPECT_EQ(score.mistakes()->count(), 1);
    score.show(RecordType::Birth, scoreOf(5, 5, 10, 0), false);
    EXPECT_EQ(score.keysPerEntry(), QStringLiteral("—")) << "keys not measured (logged from the command line)";
    EXPECT_EQ(score.secondsPerEntry(), QStringLiteral("10.0"));
    EXPECT_EQ(score.rule(), readinessRule(false));
    EXPECT_EQ(score.mistakes()->count(), 0);
}

TraineeResult resultOf(const QString& reader, const QString& checker, RecordType type, const Score& score) {
    TraineeResult result;
    result.site = QStringLiteral("Tập huấn");
    result.reader = reader;
    result.checker = checker;
    result.type = type;
    result.bookNumber = static_cast<int>(type) + 1;
    result.seed = 42;
    result.finishedAt = QStringLiteral("2026-11-30T03:00:00Z");
    result.score = score;
    return result;
}

std::vector<TraineeResult> twoPairs() {
    std::vector<TraineeResult> results;
    for (const RecordType type : {RecordType::Birth, RecordType::Marriage, RecordType::Death}) {
        results.push_back(resultOf(QStringLiteral("hv01"), QStringLiteral("hv02"), type, scoreOf(20, 20, 10, 3.5)));
    }
    results.push_back(
        resultOf(QStringLiteral("hv04"), QStringLiteral("hv03"), RecordType::Birth, scoreOf(20, 12, 30, 0)));
    return results;
}

TEST(TrainingBoardRows, OneRowPerPairWithItsVerdictAndReasonsInWords) {
    TrainingBoardModel model;
    model.setRows(trainerBoard(twoPairs()), true);
    ASSERT_EQ(model.count(), 2);
    EXPECT_EQ(model.needingAnotherRound(), 1);
    int ready = -1;
    int behind = -1;
    for (int row = 0; row < model.count(); ++row) {
        (value(model, row, TrainingBoardModel::NeedsAnotherRoundRole).toBool() ? behind : ready) = row;
    }
    ASSERT_GE(ready, 0);
    ASSERT_GE(behind, 0);
    EXPECT_EQ(value(model, ready, TrainingBoardModel::BooksRole).toInt(), 3);
    EXPECT_EQ(value(model, ready, TrainingBoardModel::OutcomesRole).toString(), QStringLiteral("60/60"));
    EXPECT_EQ(value(model, ready, TrainingBoardModel::CorrectionsRole).toString(), QStringLiteral("6/6"));
    EXPECT_EQ(value(model, ready, TrainingBoardModel::KeysPerEntryRole).toString(), QStringLiteral("3,5"));
    EXPECT_EQ(value(model, ready, TrainingBoardModel::ReasonsRole).toString(), QString());
    EXPECT_EQ(value(model, behind, TrainingBoardModel::OutcomesRole).toString(), QStringLiteral("12/20"));
    EXPECT_EQ(value(model, behind, TrainingBoardModel::KeysPerEntryRole).toString(), QStringLiteral("—"));
    const QString reasons = value(model, behind, TrainingBoardModel::ReasonsRole).toString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("Birth: fewer than 90 % of outcomes right"))) << reasons.toStdString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("Death: no book of this kind yet"))) << reasons.toStdString();
    EXPECT_FALSE(reasons.contains(QStringLiteral("birth."))) << "no stable key left unworded";
}

TEST(TrainingBoardRows, APairThatLoggedNothingSaysSoWithoutFigures) {
    const std::vector<TraineePair> pairs = {
        {QStringLiteral("Tập huấn"), 1, QStringLiteral("hv01"), QStringLiteral("hv02")},
        {QStringLiteral("Tập huấn"), 2, QStringLiteral("hv03"), QStringLiteral("hv04")},
        {QStringLiteral("Tập huấn"), 3, QStringLiteral("hv05"), QStringLiteral("hv06")},
    };
    TrainingBoardModel model;
    model.setRows(trainerBoard(twoPairs(), pairs), true);
    ASSERT_EQ(model.count(), 3);
    EXPECT_EQ(model.needingAnotherRound(), 2);
    EXPECT_EQ(value(model, 2, TrainingBoardModel::PairRole).toString(), QStringLiteral("hv05 + hv06"));
    EXPECT_EQ(value(model, 2, TrainingBoardModel::BooksRole).toInt(), 0);
    EXPECT_TRUE(value(model, 2, TrainingBoardModel::NeedsAnotherRoundRole).toBool());
    EXPECT_EQ(value(model, 2, TrainingBoardModel::ReasonsRole).toString(), QStringLiteral("Nothing logged yet"));
    for (const int role : {TrainingBoardModel::OutcomesRole, TrainingBoardModel::CorrectionsRole,
                           TrainingBoardModel::SecondsPerEntryRole, TrainingBoardModel::KeysPerEntryRole}) {
        EXPECT_EQ(value(model, 2, role).toString(), QStringLiteral("—")) << role;
    }
    // The pairs that logged are as they were.
    EXPECT_EQ(value(model, 0, TrainingBoardModel::OutcomesRole).toString(), QStringLiteral("60/60"));
    EXPECT_EQ(value(model, 1, TrainingBoardModel::OutcomesRole).toString(), QStringLiteral("12/20"));
    EXPECT_EQ(value(model, 1, TrainingBoardModel::SecondsPerEntryRole).toString(), QStringLiteral("30,0"));
}

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// A FIFO chosen in the file dialog (or a device) is refused at once: reading one used to block the window for ever.
TEST(TrainerBoardImport, AFifoOrADeviceIsRefusedAtOnce) {
    QTemporaryDir folder;
    // The board is made on the reading thread, which owns it.
    const auto imported = dc::test::readOfAFifo(folder.filePath(QStringLiteral("results.json")), [](const QString& p) {
        TrainerBoard board;
        board.importPaths({p, QStringLiteral("/dev/zero")});
        return std::make_pair(board.imports(), board.pairs());
    });
    ASSERT_TRUE(imported.has_value()) << "importing a FIFO waited for a writer";
    const auto& [files, pairs] = *imported;
    ASSERT_EQ(files.size(), 2);
    for (const QVariant& file : files) {
        EXPECT_FALSE(file.toMap().value(QStringLiteral("ok")).toBool());
        EXPECT_EQ(file.toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Cannot be read."));
    }
    EXPECT_EQ(pairs, 0);
}

TEST(TrainerBoardImport, ImportsResultsFilesOnceAndRefusesOthersWithTheReason) {
    QTemporaryDir folder;
    const QString good = folder.filePath(QStringLiteral("good.json"));
    const QString again = folder.filePath(QStringLiteral("again.json"));
    const QString garbage = folder.filePath(QStringLiteral("garbage.json"));
    const QString huge = folder.filePath(QStringLiteral("huge.json"));
    write(good, resultsToJson(twoPairs()));
    write(again, resultsToJson({twoPairs().front()}));
    write(garbage, QByteArrayLiteral("{\"not\": \"results\"}"));
    write(huge, QByteArray(kMaxTrainingFileBytes + 1, ' '));

    TrainerBoard board;
    board.importPaths({good, again, garbage, huge, folder.filePath(QStringLiteral("absent.json"))});
    EXPECT_EQ(board.pairs(), 2);
    EXPECT_EQ(board.needingAnotherRound(), 1);
    EXPECT_EQ(board.rows()->data(board.rows()->index(0), TrainingBoardModel::BooksRole).toInt() +
                  board.rows()->data(board.rows()->index(1), TrainingBoardModel::BooksRole).toInt(),
              4)
        << "a result imported twice counts once";
    const QVariantList imports = board.imports();
    ASSERT_EQ(imports.size(), 5);
    const auto ok = [&](int i) { return imports[i].toMap().value(QStringLiteral("ok")).toBool(); };
    const auto text = [&](int i) { return imports[i].toMap().value(QStringLiteral("text")).toString(); };
    EXPECT_TRUE(ok(0));
    EXPECT_TRUE(ok(1));
    EXPECT_FALSE(ok(2));
    EXPECT_TRUE(text(2).startsWith(QStringLiteral("Not a results file: "))) << text(2).toStdString();
    EXPECT_FALSE(ok(3));
    EXPECT_EQ(text(3), QStringLiteral("Too large to be a results file."));
    EXPECT_FALSE(ok(4));
    EXPECT_EQ(imports[2].toMap().value(QStringLiteral("file")).toString(), QStringLiteral("garbage.json"));

    // A refused file changes nothing already imported.
    board.importPaths({garbage});
    EXPECT_EQ(board.pairs(), 2);

    // The file of a machine whose pair has logged nothing names its pair: a row of its own, another round needed.
    const QString idle = folder.filePath(QStringLiteral("idle.json"));
    write(idle, resultsToJson({}, {{twoPairs().front().site, 3, QStringLiteral("hv05"), QStringLiteral("hv06")}}));
    board.importPaths({idle});
    EXPECT_EQ(board.pairs(), 3);
    EXPECT_EQ(board.needingAnotherRound(), 2);
    EXPECT_EQ(board.rows()->data(board.rows()->index(2), TrainingBoardModel::BooksRole).toInt(), 0);
    EXPECT_EQ(board.imports().value(0).toMap().value(QStringLiteral("text")).toString(),
              QStringLiteral("0 result(s) imported."));
}

TEST(TrainingKeys, EveryKeyPressCountsButModifiersAloneAndAutoRepeat) {
    // The events come from a keyboard of the test's own: without one, Qt makes a process-wide primary keyboard it never
    // frees, which LeakSanitizer reports (scripts/sanitize.sh).
    const QInputDevice keyboard(QStringLiteral("test keyboard"), 1, QInputDevice::DeviceType::Keyboard);
    const auto key = [&keyboard](QEvent::Type type, int code, Qt::KeyboardModifiers modifiers, const QString& text = {},
                                 bool autoRepeat = false) {
        return TrainingDesk::counts(QKeyEvent(type, code, modifiers, 0, 0, 0, text, autoRepeat, 1, &keyboard));
    };
    EXPECT_TRUE(key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a")));
    EXPECT_TRUE(key(QEvent::KeyPress, Qt::Key_F1, Qt::NoModifier));
    EXPECT_TRUE(key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("ễ")));
    EXPECT_TRUE(key(QEvent::KeyPress, Qt::Key_B, Qt::ControlModifier));
    EXPECT_FALSE(key(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier));
    EXPECT_FALSE(key(QEvent::KeyPress, Qt::Key_Control, Qt::ControlModifier));
    EXPECT_FALSE(key(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, QStringLiteral("a")));
    EXPECT_FALSE(key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"), true));
}

} // namespace
