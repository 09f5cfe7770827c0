// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The training day from the command line (issue 18): `init --kind training` prints passwords that sign in, a pair logs
// entries by `log import` and takes its results file to the trainer (no value of the book in it, mode 0600), the
// trainer's board reads several files and names a refused one, and training and real work never mix.
#include "core/training/Training.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace dc::test {
namespace {

namespace training = core::training;
namespace domain = core::domain;

const QString kTrainerPassword = QStringLiteral("giang-vien-tap-huan-30");

class TrainingCliTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("taphuan.db"));
    QJsonObject created;

    [[nodiscard]] QStringList on(const QString& command, const QString& user) const {
        return command.split(u' ', Qt::SkipEmptyParts) + QStringList{QStringLiteral("--db"), db,
                                                                     QStringLiteral("--user"), user,
                                                                     QStringLiteral("--password-stdin")};
    }
    [[nodiscard]] QString passwordOf(const QString& user) const {
        for (const auto value : created.value(QStringLiteral("trainees")).toArray()) {
            if (value.toObject().value(QStringLiteral("user")).toString() == user) {
                return value.toObject().value(QStringLiteral("password")).toString();
            }
        }
        return {};
    }
    [[nodiscard]] qint64 bookOf(int pair, const QString& type) const {
        for (const auto value : created.value(QStringLiteral("books")).toArray()) {
            const QJsonObject b = value.toObject();
            if (b.value(QStringLiteral("pair")).toInt() == pair && b.value(QStringLiteral("type")).toString() == type) {
                return b.value(QStringLiteral("id")).toInteger();
            }
        }
        return 0;
    }
    [[nodiscard]] quint64 seedOf(qint64 book) const {
        for (const auto value : created.value(QStringLiteral("books")).toArray()) {
            const QJsonObject b = value.toObject();
            if (b.value(QStringLiteral("id")).toInteger() == book) {
                return b.value(QStringLiteral("seed")).toString().toULongLong();
            }
        }
        return 0;
    }
    void createTrainingSite(int pairs) {
        const CliRun init =
            admin({QStringLiteral("init"), QStringLiteral("--kind"), QStringLiteral("training"), QStringLiteral("--db"),
                   db, QStringLiteral("--site"), QString::fromUtf8("Tập huấn Dầu Tiếng"), QStringLiteral("--admin"),
                   QStringLiteral("taphuan"), QStringLiteral("--pairs"), QString::number(pairs),
                   QStringLiteral("--seed"), QStringLiteral("3011"), QStringLiteral("--kdf"), QStringLiteral("minimum"),
                   QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                  {kTrainerPassword});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        created = init.json();
    }
    // The pair of `first` logs the first `count` legible entries of `book` as matches, typing the book's values.
    void logEntries(const QString& first, const QString& second, qint64 book, int count) {
        const training::TrainingBook content = training::generateBook(domain::RecordType::Birth, seedOf(book), 20);
        QByteArray lines;
        int n = 0;
        for (const auto& e : content.entries) {
            if (e.illegible || n == count) {
                continue;
            }
            lines += QJsonDocument(QJsonObject{{QStringLiteral("book"), book},
                                               {QStringLiteral("entry"), e.entryNumber},
                                               {QStringLiteral("registrationDate"), e.registrationDate},
                                               {QStringLiteral("subjectName"), e.subjectName},
                                               {QStringLiteral("outcome"), QStringLiteral("match")}})
                         .toJson(QJsonDocument::Compact) +
                     '\n';
            ++n;
        }
        const QString path = dir.filePath(first + QStringLiteral(".jsonl"));
        writeAll(path, lines);
        const CliRun imported =
            admin(on(QStringLiteral("log import ") + path + QStringLiteral(" --json --partner ") + second, first),
                  {passwordOf(first), passwordOf(second)});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString() << imported.out.toStdString();
    }
};

TEST_F(TrainingCliTest, InitPrintsPasswordsThatSignInAndResultsGoToTheBoardWithoutBookValues) {
    createTrainingSite(2);
    EXPECT_EQ(created.value(QStringLiteral("kind")).toString(), QStringLiteral("training"));
    EXPECT_EQ(created.value(QStringLiteral("seed")).toString(), QStringLiteral("3011"));
    const QJsonArray trainees = created.value(QStringLiteral("trainees")).toArray();
    ASSERT_EQ(trainees.size(), 4);
    EXPECT_EQ(created.value(QStringLiteral("books")).toArray().size(), 6);
    // Each printed password signs in: hv03 sees its own pair's three books.
    const CliRun listed = admin(on(QStringLiteral("training book list --json"), QStringLiteral("hv03")),
                                {passwordOf(QStringLiteral("hv03"))});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray books = listed.json().value(QStringLiteral("books")).toArray();
    ASSERT_EQ(books.size(), 3);
    for (const auto b : books) {
        EXPECT_EQ(b.toObject().value(QStringLiteral("pair")).toInt(), 2);
    }
    // A wrong password does not.
    EXPECT_EQ(
        admin(on(QStringLiteral("training book list"), QStringLiteral("hv03")), {passwordOf(QStringLiteral("hv01"))})
            .exitCode,
        1);
    // A trainee adds no book; the trainer does.
    const CliRun byTrainee =
        admin(on(QStringLiteral("training book add --type death --seed 5"), QStringLiteral("hv01")),
              {passwordOf(QStringLiteral("hv01"))});
    EXPECT_EQ(byTrainee.exitCode, 1);
    const CliRun byTrainer =
        admin(on(QStringLiteral("training book add --type death --seed 5 --pair 2 --json"), QStringLiteral("taphuan")),
              {kTrainerPassword});
    ASSERT_EQ(byTrainer.exitCode, 0) << byTrainer.err.toStdString();
    EXPECT_EQ(byTrainer.json().value(QStringLiteral("pair")).toInt(), 2);
    EXPECT_EQ(byTrainer.json().value(QStringLiteral("seed")).toString(), QStringLiteral("5"));
    // Without --seed, or with one that is not a number: usage errors, before any password is asked.
    EXPECT_EQ(admin(on(QStringLiteral("training book add --type death"), QStringLiteral("taphuan"))).exitCode, 2);
    EXPECT_EQ(admin(on(QStringLiteral("training book add --type death --seed -3"), QStringLiteral("taphuan"))).exitCode,
              2);
    // A book that is not an id (a whole number from 1): a usage error before any password, for the score and export.
    for (const char* book : {"abc", "0", "-2", "99999999999999999999"}) {
        EXPECT_EQ(
            admin(on(QStringLiteral("training score --book ") + QLatin1String(book), QStringLiteral("hv01"))).exitCode,
            2)
            << book;
        EXPECT_EQ(admin(on(QStringLiteral("training book export --output x.json --book ") + QLatin1String(book),
                           QStringLiteral("taphuan")))
                      .exitCode,
                  2)
            << book;
    }

    const qint64 book1 = bookOf(1, QStringLiteral("birth"));
    const qint64 book2 = bookOf(2, QStringLiteral("birth"));
    logEntries(QStringLiteral("hv01"), QStringLiteral("hv02"), book1, 4);
    logEntries(QStringLiteral("hv03"), QStringLiteral("hv04"), book2, 3);

    // The pair's score, with each mistake and its explanation.
    const CliRun scored =
        admin(on(QStringLiteral("training score --json --book ") + QString::number(book1), QStringLiteral("hv02")),
              {passwordOf(QStringLiteral("hv02"))});
    ASSERT_EQ(scored.exitCode, 0) << scored.err.toStdString();
    EXPECT_EQ(scored.json().value(QStringLiteral("logged")).toInt(), 4);
    EXPECT_EQ(scored.json().value(QStringLiteral("entries")).toInt(), 20);
    EXPECT_FALSE(scored.json().value(QStringLiteral("mistakes")).toArray().isEmpty()); // 16 entries not logged
    // Not the other pair's.
    EXPECT_EQ(admin(on(QStringLiteral("training score --book ") + QString::number(book1), QStringLiteral("hv03")),
                    {passwordOf(QStringLiteral("hv03"))})
                  .exitCode,
              1);

    const QString a = dir.filePath(QStringLiteral("pair1.json"));
    const QString b = dir.filePath(QStringLiteral("pair2.json"));
    for (const auto& [user, file] : {std::pair{QStringLiteral("hv01"), a}, std::pair{QStringLiteral("hv04"), b}}) {
        const CliRun written = admin(on(QStringLiteral("training results --output ") + file, user), {passwordOf(user)});
        ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
        EXPECT_EQ(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                              QFileDevice::WriteGroup | QFileDevice::WriteOther),
                  QFileDevice::Permissions());
    }
    // No value of the book: neither side's names, dates or numbers, nor the registration dates and subjects.
    const QByteArray results = readAll(a);
    ASSERT_FALSE(results.isEmpty());
    const training::TrainingBook content = training::generateBook(domain::RecordType::Birth, seedOf(book1), 20);
    int looked = 0;
    for (const auto& e : content.entries) {
        QStringList values{e.subjectName, e.registrationDate};
        for (const auto& v : e.book) {
            values << v.value;
        }
        for (const auto& v : e.database) {
            values << v.value;
        }
        for (const QString& v : values) {
            if (v.size() >= 6) { // shorter values (a sex, a year) are also ordinary words and numbers
                ++looked;
                EXPECT_FALSE(results.contains(v.toUtf8())) << "entry " << e.entryNumber << ": " << v.toStdString();
            }
        }
    }
    EXPECT_GT(looked, 40);

    // The board over both files: a row per pair, no site needed.
    const CliRun board = admin({QStringLiteral("training"), QStringLiteral("board"), a, b, QStringLiteral("--json")});
    ASSERT_EQ(board.exitCode, 0) << board.err.toStdString();
    const QJsonArray rows = board.json().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    for (const auto row : rows) {
        EXPECT_TRUE(row.toObject().value(QStringLiteral("needsAnotherRound")).toBool()); // a partial book is not ready
    }
    const CliRun boardText = admin({QStringLiteral("training"), QStringLiteral("board"), a, b});
    EXPECT_EQ(boardText.exitCode, 0);
    EXPECT_TRUE(boardText.out.contains(QStringLiteral("hv01"))) << boardText.out.toStdString();

    // A tampered file and an oversized one are refused, each named with its reason; the good file is still read.
    QByteArray tampered = results;
    tampered.replace("\"entries\"", "\"entries\": \"many\", \"x\"");
    const QString bad = dir.filePath(QStringLiteral("tampered.json"));
    writeAll(bad, tampered);
    const QString big = dir.filePath(QStringLiteral("big.json"));
    writeAll(big, QByteArray(training::kMaxTrainingFileBytes + 10, ' '));
    const CliRun refused =
        admin({QStringLiteral("training"), QStringLiteral("board"), a, bad, big, QStringLiteral("--json")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(bad)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(big)) << refused.err.toStdString();
    EXPECT_EQ(refused.json().value(QStringLiteral("refused")).toArray().size(), 2);
    EXPECT_EQ(refused.json().value(QStringLiteral("rows")).toArray().size(), 1);
    // The board reads files only: --db is a usage error, as is no file.
    EXPECT_EQ(admin({QStringLiteral("training"), QStringLiteral("board"), a, QStringLiteral("--db"), db}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("training"), QStringLiteral("board")}).exitCode, 2);
}

// A pair that has logged nothing still writes a results file, which names its pair: the trainer's board over the files
// of several machines shows it, needing another round because nothing is logged.
TEST_F(TrainingCliTest, APairThatLoggedNothingIsOnTheBoardFromItsFile) {
    createTrainingSite(3);
    logEntries(QStringLiteral("hv01"), QStringLiteral("hv02"), bookOf(1, QStringLiteral("birth")), 2);
    const QString busy = dir.filePath(QStringLiteral("pair1.json"));
    const QString idle = dir.filePath(QStringLiteral("pair3.json"));
    ASSERT_EQ(admin(on(QStringLiteral("training results --output ") + busy, QStringLiteral("hv02")),
                    {passwordOf(QStringLiteral("hv02"))})
                  .exitCode,
              0);
    const CliRun written = admin(on(QStringLiteral("training results --json --output ") + idle, QStringLiteral("hv05")),
                                 {passwordOf(QStringLiteral("hv05"))});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_EQ(written.json().value(QStringLiteral("results")).toInt(), 0);
    const CliRun board =
        admin({QStringLiteral("training"), QStringLiteral("board"), busy, idle, QStringLiteral("--json")});
    ASSERT_EQ(board.exitCode, 0) << board.err.toStdString();
    const QJsonArray rows = board.json().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2) << board.out.toStdString(); // pair 2 wrote no file: the board knows only the files
    const QJsonObject first = rows.at(0).toObject();
    const QJsonObject third = rows.at(1).toObject();
    EXPECT_EQ(first.value(QStringLiteral("pair")).toString(), QStringLiteral("hv01 + hv02"));
    EXPECT_EQ(first.value(QStringLiteral("books")).toInt(), 1);
    EXPECT_EQ(third.value(QStringLiteral("pair")).toString(), QStringLiteral("hv05 + hv06"));
    EXPECT_EQ(third.value(QStringLiteral("books")).toInt(), 0);
    EXPECT_TRUE(third.value(QStringLiteral("needsAnotherRound")).toBool());
    EXPECT_EQ(third.value(QStringLiteral("reasons")).toArray(), QJsonArray{QStringLiteral("nothing_logged")});
    // A trainee's file names its own pair only; the trainer's names every pair.
    const CliRun all = admin(on(QStringLiteral("training results --output ") + dir.filePath(QStringLiteral("all.json")),
                                QStringLiteral("taphuan")),
                             {kTrainerPassword});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const CliRun everyPair = admin({QStringLiteral("training"), QStringLiteral("board"),
                                    dir.filePath(QStringLiteral("all.json")), QStringLiteral("--json")});
    EXPECT_EQ(everyPair.json().value(QStringLiteral("rows")).toArray().size(), 3);
}

// Part 4 from the command line: a training site exports no bundle and enrolls with no hub; a real site loads no
// training book.
TEST_F(TrainingCliTest, TrainingAndRealWorkNeverMix) {
    // Made in text mode: the table of trainees is printed once, at init (one pair by default).
    const CliRun text =
        admin({QStringLiteral("init"), QStringLiteral("--kind"), QStringLiteral("training"), QStringLiteral("--db"), db,
               QStringLiteral("--site"), QStringLiteral("T"), QStringLiteral("--admin"), QStringLiteral("taphuan"),
               QStringLiteral("--kdf"), QStringLiteral("minimum"), QStringLiteral("--password-stdin")},
              {kTrainerPassword});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("pair  user  password"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("hv02")));
    EXPECT_FALSE(text.out.contains(QStringLiteral("hv03")));
    const CliRun books =
        admin(on(QStringLiteral("training book list --json"), QStringLiteral("taphuan")), {kTrainerPassword});
    ASSERT_EQ(books.exitCode, 0) << books.err.toStdString();
    created.insert(QStringLiteral("books"), books.json().value(QStringLiteral("books")));
    const CliRun exported = admin(on(QStringLiteral("bundle export --output ") + dir.path(), QStringLiteral("taphuan")),
                                  {kTrainerPassword});
    EXPECT_EQ(exported.exitCode, 1);
    EXPECT_TRUE(exported.err.contains(QStringLiteral("training site"))) << exported.err.toStdString();
    const CliRun enrolled = admin(
        on(QStringLiteral("enroll request --output ") + dir.filePath(QStringLiteral("r")), QStringLiteral("taphuan")),
        {kTrainerPassword});
    EXPECT_EQ(enrolled.exitCode, 1);
    EXPECT_TRUE(enrolled.err.contains(QStringLiteral("training site"))) << enrolled.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("r"))));

    // The trainer's copy of a book loads at another training site, never at a real one.
    const QString file = dir.filePath(QStringLiteral("book.json"));
    const CliRun copied =
        admin(on(QStringLiteral("training book export --output ") + file + QStringLiteral(" --book ") +
                     QString::number(bookOf(1, QStringLiteral("marriage"))),
                 QStringLiteral("taphuan")),
              {kTrainerPassword});
    ASSERT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    QTemporaryDir realDir;
    const QString real = realDir.filePath(QStringLiteral("xa.db"));
    ASSERT_EQ(admin({QStringLiteral("init"), QStringLiteral("--db"), real, QStringLiteral("--site"),
                     QStringLiteral("Xã"), QStringLiteral("--admin"), QStringLiteral("giamsat"),
                     QStringLiteral("--kdf"), QStringLiteral("minimum"), QStringLiteral("--password-stdin")},
                    {kAdminPassword})
                  .exitCode,
              0);
    const QStringList atReal{QStringLiteral("--db"), real, QStringLiteral("--user"), QStringLiteral("giamsat"),
                             QStringLiteral("--password-stdin")};
    const CliRun loaded =
        admin(QStringList{QStringLiteral("training"), QStringLiteral("book"), QStringLiteral("load"), file} + atReal,
              {kAdminPassword});
    EXPECT_EQ(loaded.exitCode, 1);
    EXPECT_TRUE(loaded.err.contains(QStringLiteral("training site"))) << loaded.err.toStdString();
    const CliRun added = admin(QStringList{QStringLiteral("training"), QStringLiteral("book"), QStringLiteral("add"),
                                           QStringLiteral("--type"), QStringLiteral("birth"), QStringLiteral("--seed"),
                                           QStringLiteral("1")} +
                                   atReal,
                               {kAdminPassword});
    EXPECT_EQ(added.exitCode, 1);
    const CliRun listed =
        admin(QStringList{QStringLiteral("book"), QStringLiteral("list"), QStringLiteral("--json")} + atReal,
              {kAdminPassword});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("[]")) || !listed.out.contains(QStringLiteral("\"id\"")))
        << listed.out.toStdString();
    // --pairs and --seed belong to a training site's init.
    EXPECT_EQ(
        admin({QStringLiteral("init"), QStringLiteral("--db"), realDir.filePath(QStringLiteral("y.db")),
               QStringLiteral("--site"), QStringLiteral("Y"), QStringLiteral("--admin"), QStringLiteral("giamsat"),
               QStringLiteral("--pairs"), QStringLiteral("2"), QStringLiteral("--password-stdin")},
              {kAdminPassword})
            .exitCode,
        2);
}

} // namespace
} // namespace dc::test
