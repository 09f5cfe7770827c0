// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// What doichieu-admin reads: `log import` lines read strictly (numbers that do not fit, wrong types, unknown keys),
// full-width digits stored as ASCII digits, inputs from a FIFO or standard input, every read capped (1 MiB for
// validate, 256 MiB for an import; /dev/zero is refused, not read until the kernel stops the process), and an empty
// database file refused without being set up in place.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

namespace {

// The caps of app/cli/InputFile.h.
constexpr qint64 kEntryCap = 1024 * 1024;
constexpr qint64 kImportCap = 256 * 1024 * 1024;
// A regression must fail the test, not exhaust the machine: reads of /dev/zero run under a 2 GiB address space. Not in
// an AddressSanitizer build (scripts/sanitize.sh): its shadow memory alone takes terabytes of address space, so the
// program could not start under the limit; the refusals are asserted all the same, only the safety net is off there.
#if defined(__SANITIZE_ADDRESS__)
const QString kMemoryLimit; // no prefix
#else
const QString kMemoryLimit = QStringLiteral("ulimit -v 2097152");
#endif

// A shell prefix making `fifo` and a writer that opens it, waits a moment — as a slow producer would — and then writes
// `file` into it. A reader that stops at "no data yet" reads nothing.
QString slowWriter(const QString& fifo, const QString& file) {
    return QStringLiteral("mkfifo '%1' && { (exec 3>'%1'; sleep 0.5; cat '%2' >&3) >/dev/null 2>&1 & }")
        .arg(fifo, file);
}

QJsonObject fieldOf(const QJsonArray& list, const QString& key, const QJsonValue& value) {
    for (const QJsonValue& v : list) {
        if (v.toObject().value(key) == value) {
            return v.toObject();
        }
    }
    return {};
}

class ImportInputTest : public dc::test::CliSite {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(createSite()); }
    QStringList lines(const QStringList& templates) const {
        QStringList out;
        for (const QString& t : templates) {
            out << QString(t).replace(QStringLiteral("BOOK"), book);
        }
        return out;
    }
    QString importFile(const QStringList& templates) const {
        const QString path = dir.filePath(QStringLiteral("log.jsonl"));
        dc::test::writeAll(path, lines(templates).join(u'\n').toUtf8());
        return path;
    }
    CliRun import(const QString& source, const QString& flags = QStringLiteral("--json"),
                  const QStringList& afterPasswords = {}, const QString& shellPrefix = {}) const {
        return importAsPair(source, flags, afterPasswords, shellPrefix);
    }
    QJsonArray logged() const {
        const CliRun list = admin(as(QStringLiteral("log list --json --book ") + book), {kAdminPassword});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return list.json().value(QStringLiteral("checks")).toArray();
    }
};

// 4294967317 is 2^32 + 21: read into 32 bits it was entry 21. Every number that is not a whole number fitting its
// field, and every value of the wrong JSON type, refuses its line — and only its line.
TEST_F(ImportInputTest, NumbersThatDoNotFitAndWrongTypesRefuseTheirLine) {
    const QString good = QStringLiteral(R"("registrationDate": "14/04/1998", "subjectName": "Lê Văn Tám")");
    const QStringList refused{
        QStringLiteral(R"({"book": BOOK, "entry": 4294967317, %1})").arg(good),
        QStringLiteral(R"({"book": BOOK, "entry": 2, "secondsSpent": 4294967317, %1})").arg(good),
        QStringLiteral(R"({"book": BOOK, "entry": 3.5, %1})").arg(good),
        QStringLiteral(R"({"book": BOOK, "entry": "4", %1})").arg(good),
        QStringLiteral(R"({"book": BOOK, "entry": true, %1})").arg(good),
        QStringLiteral(R"({"book": BOOK, "entry": 6, "secondsSpent": 12.5, %1})").arg(good),
        QStringLiteral(R"({"book": BOOK, "entry": 7, "secondsSpent": "30", %1})").arg(good),
        QStringLiteral(R"({"book": 9223372036854775808, "entry": 8, %1})").arg(good),
        QStringLiteral(R"({"book": 1e300, "entry": 9, %1})").arg(good),
        QStringLiteral(R"({"book": 0, "entry": 10, %1})").arg(good),
        QStringLiteral(R"({"entry": 11, %1})").arg(good),
        QStringLiteral(R"({"book": BOOK, "entry": 12, "registrationDate": 1998, "subjectName": "Lê Văn Tám"})"),
        QStringLiteral(R"({"book": BOOK, "entry": 13, "corrections": "none", %1})").arg(good),
        QStringLiteral(R"({"book": BOOK, "entry": 14, "outcome": "corrected", "corrections": [3], %1})").arg(good),
        QStringLiteral(R"({"book": BOOK, "entry": 15, "reader": false, %1})").arg(good),
    };
    const QStringList keys = QStringLiteral("entry secondsSpent entry entry entry secondsSpent secondsSpent book book "
                                            "book book registrationDate corrections corrections[0] reader")
                                 .split(u' ');
    const CliRun run = import(importFile(
        refused + QStringList{QStringLiteral(R"({"book": BOOK, "entry": 16, "secondsSpent": 40, %1})").arg(good)}));
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("imported")).toInt(), 1);
    const QJsonArray failed = run.json().value(QStringLiteral("failed")).toArray();
    ASSERT_EQ(failed.size(), refused.size()) << run.out.toStdString();
    for (qsizetype i = 0; i < failed.size(); ++i) {
        const QJsonObject f = failed.at(i).toObject();
        EXPECT_EQ(f.value(QStringLiteral("line")).toInt(), i + 1);
        EXPECT_EQ(f.value(QStringLiteral("code")).toString(), QLatin1String("invalid-line"));
        EXPECT_TRUE(f.value(QStringLiteral("findings")).isArray()) << "the same shape as every refused line";
        EXPECT_TRUE(f.value(QStringLiteral("message")).toString().startsWith(u'\'' + keys.at(i) + u'\''))
            << f.value(QStringLiteral("message")).toString().toStdString();
    }
    EXPECT_TRUE(failed.at(0)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("from 1 to 2147483647")));
    const QJsonArray checks = logged();
    ASSERT_EQ(checks.size(), 1) << "entry 21 (4294967317 truncated) or any other refused line was logged";
    EXPECT_EQ(checks.at(0).toObject().value(QStringLiteral("entry")).toInt(), 16);
    EXPECT_EQ(checks.at(0).toObject().value(QStringLiteral("secondsSpent")).toInt(), 40);
}

TEST_F(ImportInputTest, UnknownKeysAreWarnedNotSilentlyIgnored) {
    const QString file = importFile(
        {R"({"book": BOOK, "entry": 1, "registrationDate": "14/04/1998", "subjectName": "Lê Văn Tám", "entyr": 2})",
         R"({"book": BOOK, "entry": 2, "registrationDate": "14/04/1998", "subjectName": "Lê Văn Tám",)"
         R"( "outcome": "corrected", "corrections": [{"field": "subject.full_name", "before": "Le Van Tam",)"
         R"( "after": "Lê Văn Tám", "why": "dấu"}]})"});
    const CliRun run = import(file);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("imported")).toInt(), 2) << "a warning does not refuse the line";
    const QJsonArray warnings = run.json().value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 2) << run.out.toStdString();
    const QJsonObject first = fieldOf(warnings, QStringLiteral("field"), QStringLiteral("entyr"));
    EXPECT_EQ(first.value(QStringLiteral("line")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("code")).toString(), QLatin1String("unknown-field"));
    EXPECT_EQ(fieldOf(warnings, QStringLiteral("field"), QStringLiteral("corrections[0].why"))
                  .value(QStringLiteral("line"))
                  .toInt(),
              2);

    // The same in text, on a new entry.
    const CliRun text = import(importFile({R"({"book": BOOK, "entry": 3, "registrationDate": "14/04/1998",)"
                                           R"( "subjectName": "Lê Văn Tám", "secondSpent": 30})"}),
                               QString());
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("1 warning(s)"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("line 1: warning: unknown field 'secondSpent' ignored")))
        << text.out.toStdString();
}

// Full-width digits, as an East Asian input method types them, in an ID number, a date and a correction: stored as
// the ASCII digits they are (NFKC), by the domain's check that the logging screen uses too.
TEST_F(ImportInputTest, FullWidthDigitsAreStoredAsAsciiDigits) {
    const CliRun run = import(importFile(
        {R"({"book": BOOK, "entry": 1, "registrationDate": "１４/０４/１９９８", "subjectName": "Lê Văn Tám",)"
         R"( "outcome": "corrected", "corrections": [{"field": "subject.id_number", "before": "074098001234",)"
         R"( "after": "０７４０９８００１２３５"}, {"field": "subject.birth_date", "before": "03/05/1998",)"
         R"( "after": "０５／０３／１９９８"}]})"}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonArray checks = logged();
    ASSERT_EQ(checks.size(), 1);
    const QJsonObject check = checks.at(0).toObject();
    EXPECT_EQ(check.value(QStringLiteral("registrationDate")).toString(), QLatin1String("14/04/1998"));
    const QJsonArray corrections = check.value(QStringLiteral("corrections")).toArray();
    ASSERT_EQ(corrections.size(), 2);
    EXPECT_EQ(fieldOf(corrections, QStringLiteral("field"), QStringLiteral("subject.id_number"))
                  .value(QStringLiteral("after"))
                  .toString(),
              QLatin1String("074098001235"));
    const QJsonObject date = fieldOf(corrections, QStringLiteral("field"), QStringLiteral("subject.birth_date"));
    EXPECT_EQ(date.value(QStringLiteral("after")).toString(), QLatin1String("05/03/1998"));
    EXPECT_EQ(date.value(QStringLiteral("class")).toString(), QLatin1String("date_day_month_swap"));
}

// `log import <(cat f)` read nothing and said "Imported 0": a FIFO is read until its writer closes it. `-` is
// standard input; with --password-stdin the two passwords come first and the check lines follow.
TEST_F(ImportInputTest, ImportsFromAFifoAndFromStandardInput) {
    const QString file =
        importFile({R"({"book": BOOK, "entry": 1, "registrationDate": "1998", "subjectName": "A Bình"})",
                    R"({"book": BOOK, "entry": 2, "registrationDate": "1998", "subjectName": "B Bình"})"});
    const QString fifo = dir.filePath(QStringLiteral("checks.fifo"));
    const CliRun fromFifo = import(fifo, QStringLiteral("--json"), {}, slowWriter(fifo, file));
    ASSERT_EQ(fromFifo.exitCode, 0) << fromFifo.err.toStdString() << fromFifo.out.toStdString();
    EXPECT_EQ(fromFifo.json().value(QStringLiteral("imported")).toInt(), 2);

    const CliRun fromStdin = import(
        QStringLiteral("-"), QStringLiteral("--json"),
        lines(
            {R"({"book": BOOK, "entry": 3, "registrationDate": "1998", "subjectName": "C Bình"})",
             R"({"book": BOOK, "entry": 4, "registrationDate": "1998", "subjectName": "D Bình", "reader": "minh"})"}));
    ASSERT_EQ(fromStdin.exitCode, 0) << fromStdin.err.toStdString() << fromStdin.out.toStdString();
    EXPECT_EQ(fromStdin.json().value(QStringLiteral("imported")).toInt(), 2);
    const QJsonArray checks = logged();
    ASSERT_EQ(checks.size(), 4);
    EXPECT_EQ(checks.at(0).toObject().value(QStringLiteral("entry")).toInt(), 4); // newest first
    EXPECT_EQ(checks.at(0).toObject().value(QStringLiteral("reader")).toString(), QLatin1String("minh"));
}

// The caps, refused before anyone signs in: no password is read (none is given: asking for one would be a usage
// error, exit 2) and the database is never opened (there is none).
TEST(InputCapsTest, AnImportOverTheCapIsRefusedBeforeSigningIn) {
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.jsonl"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(kImportCap + 1)); // sparse: no disk is used
    }
    const QStringList rest{QStringLiteral("--db"),
                           dir.filePath(QStringLiteral("none.db")),
                           QStringLiteral("--user"),
                           QStringLiteral("lan"),
                           QStringLiteral("--partner"),
                           QStringLiteral("minh"),
                           QStringLiteral("--password-stdin")};
    const CliRun run = admin(QStringList{QStringLiteral("log"), QStringLiteral("import"), big} + rest);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("larger than 256 MiB"))) << run.err.toStdString();

    // A stream has no size to look at: it is read up to the cap and refused there.
    QElapsedTimer timer;
    timer.start();
    const CliRun zero =
        admin(QStringList{QStringLiteral("log"), QStringLiteral("import"), QStringLiteral("/dev/zero")} + rest, {},
              kMemoryLimit);
    EXPECT_EQ(zero.exitCode, 1) << zero.err.toStdString();
    EXPECT_TRUE(zero.err.contains(QStringLiteral("/dev/zero holds more than 256 MiB"))) << zero.err.toStdString();
    EXPECT_LT(timer.elapsed(), 30000);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("big.jsonl")});
}

TEST(InputCapsTest, ValidateReadsAtMostOneMebibyte) {
    QTemporaryDir dir;
    const QStringList validate{QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth")};
    QElapsedTimer timer;
    timer.start();
    const CliRun zero = admin(validate + QStringList{QStringLiteral("/dev/zero")}, {}, kMemoryLimit);
    EXPECT_EQ(zero.exitCode, 1) << zero.err.toStdString();
    EXPECT_TRUE(zero.err.contains(QStringLiteral("/dev/zero holds more than 1 MiB"))) << zero.err.toStdString();
    EXPECT_LT(timer.elapsed(), 30000);

    const QString big = dir.filePath(QStringLiteral("entry.json"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(kEntryCap + 1));
    }
    const CliRun tooLarge = admin(validate + QStringList{big});
    EXPECT_EQ(tooLarge.exitCode, 1);
    EXPECT_TRUE(tooLarge.err.contains(QStringLiteral("larger than 1 MiB"))) << tooLarge.err.toStdString();

    // check-id takes its number as an argument and reads no file: "/dev/zero" is a number that is not digits.
    const CliRun id =
        admin({QStringLiteral("check-id"), QStringLiteral("/dev/zero"), QStringLiteral("--json")}, {}, kMemoryLimit);
    EXPECT_EQ(id.exitCode, 1);
    EXPECT_EQ(id.json().value(QStringLiteral("findings")).toArray().at(0).toObject().value(QStringLiteral("code")),
              QLatin1String("id.not_digits"));
}

TEST(InputCapsTest, ValidateReadsStandardInputAndFifos) {
    QTemporaryDir dir;
    const QStringList validate{QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"),
                               QStringLiteral("--json")};
    const QString entry = QStringLiteral(
        R"({"registration.date": "１４/０４/１９９８", "subject.full_name": "Nguyễn Thị Hồng", "subject.id_number": "０７４１９８００１２３４"})");
    const CliRun piped = admin(validate + QStringList{QStringLiteral("-")}, {entry});
    EXPECT_EQ(piped.exitCode, 1) << "required fields are missing: " << piped.out.toStdString();
    const QJsonObject normalized = piped.json().value(QStringLiteral("normalized")).toObject();
    EXPECT_EQ(normalized.value(QStringLiteral("registration.date")).toString(), QLatin1String("14/04/1998"));
    EXPECT_EQ(normalized.value(QStringLiteral("subject.id_number")).toString(), QLatin1String("074198001234"));

    const QString file = dir.filePath(QStringLiteral("entry.json"));
    dc::test::writeAll(file, entry.toUtf8());
    const QString fifo = dir.filePath(QStringLiteral("entry.fifo"));
    const CliRun fromFifo = admin(validate + QStringList{fifo}, {}, slowWriter(fifo, file));
    EXPECT_EQ(fromFifo.json().value(QStringLiteral("normalized")).toObject(), normalized) << fromFifo.err.toStdString();
}

// A zero-byte database file was set up in place as a new database while the message said "Nothing was changed".
TEST(EmptyDatabaseCliTest, IsRefusedAndNothingIsWritten) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("xa.db"));
    ASSERT_EQ(admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"),
                     QStringLiteral("Phường Phú Cường"), QStringLiteral("--admin"), QStringLiteral("giamsat"),
                     QStringLiteral("--kdf"), QStringLiteral("minimum"), QStringLiteral("--password-stdin")},
                    {kAdminPassword})
                  .exitCode,
              0);
    ASSERT_TRUE(QFile::resize(db, 0));
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    const CliRun run = admin({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("giamsat"), QStringLiteral("--password-stdin")},
                             {kAdminPassword});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Nothing was changed"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("empty or shorter than one page"))) << run.err.toStdString();
    EXPECT_EQ(QFileInfo(db).size(), 0) << "the empty file was set up as a database";
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before);
}

} // namespace
