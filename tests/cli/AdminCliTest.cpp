// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSite.h"

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <utility>
#include <vector>

namespace {

class AdminCliTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("xa.db"));
    QString recoveryCode;

    void SetUp() override {
        const CliRun init = admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"),
                                   QStringLiteral("Xã Thanh Tuyền"), QStringLiteral("--admin"),
                                   QStringLiteral("giamsat"), QStringLiteral("--kdf"), QStringLiteral("minimum"),
                                   QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                                  {kAdminPassword});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        recoveryCode = init.json().value(QStringLiteral("recoveryCode")).toString();
        ASSERT_FALSE(recoveryCode.isEmpty());
    }
    QStringList as(const QString& command, const QString& user = QStringLiteral("giamsat")) const {
        return command.split(u' ', Qt::SkipEmptyParts) + QStringList{QStringLiteral("--db"), db,
                                                                     QStringLiteral("--user"), user,
                                                                     QStringLiteral("--password-stdin")};
    }
};

TEST(AdminCliUsageTest, UsageErrorsExitWithTwo) {
    EXPECT_EQ(admin({}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("info"), QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("info"), QStringLiteral("--user"), QStringLiteral("a"),
                     QStringLiteral("--password-stdin")})
                  .exitCode,
              2);
    EXPECT_EQ(admin({QStringLiteral("user"), QStringLiteral("fly")}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("--help")}).exitCode, 0);
}

// Every command and subcommand the top-level usage lists answers `--help` (and `-h`, and `help COMMAND`) with its own
// usage on standard output and exit 0 — also when other options, even unknown ones, are on the line.
TEST(AdminCliUsageTest, EveryCommandAnswersHelpWithItsUsage) {
    const CliRun top = admin({QStringLiteral("--help")});
    ASSERT_EQ(top.exitCode, 0);
    EXPECT_TRUE(top.err.isEmpty()) << top.err.toStdString();
    EXPECT_EQ(admin({QStringLiteral("-h")}).out, top.out);
    EXPECT_EQ(admin({QStringLiteral("help")}).out, top.out);
    // "    user add NAME --role ...": a command, then a subcommand when the second word is one (or several: a|b).
    const QRegularExpression line(QStringLiteral("^    ([a-z][a-z-]*)(?: ([a-z][a-z|-]*))?(?: |$)"),
                                  QRegularExpression::MultilineOption);
    QStringList invocations;
    for (auto it = line.globalMatch(
             top.out.section(QStringLiteral("\ncommands:\n"), 1).section(QStringLiteral("\ncommon options:"), 0, 0));
         it.hasNext();) {
        const auto m = it.next();
        const QStringList subcommands = m.captured(2).split(u'|', Qt::SkipEmptyParts);
        for (const QString& sub : subcommands.isEmpty() ? QStringList{QString()} : subcommands) {
            invocations.append((m.captured(1) + u' ' + sub).trimmed());
        }
    }
    invocations.removeDuplicates();
    for (const char* expected : {"init", "check-id", "log import", "log list", "book close", "report spot-checks",
                                 "user passwd", "audit acknowledge", "validate", "classify"}) {
        EXPECT_TRUE(invocations.contains(QLatin1String(expected))) << expected;
    }
    // `--help` after each of them, and `-h` after one; the processes run side by side (each only prints).
    std::vector<std::pair<QStringList, std::unique_ptr<QProcess>>> runs;
    for (const QString& invocation : invocations) {
        runs.emplace_back(invocation.split(u' ') + QStringList{QStringLiteral("--help")}, nullptr);
    }
    runs.emplace_back(QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("-h")}, nullptr);
    for (auto& [arguments, process] : runs) {
        process = std::make_unique<QProcess>();
        process->start(QStringLiteral(DOICHIEU_ADMIN), arguments);
    }
    for (auto& [arguments, process] : runs) {
        const std::string what = arguments.join(u' ').toStdString();
        ASSERT_TRUE(process->waitForFinished(60000)) << what;
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        const QString err = QString::fromUtf8(process->readAllStandardError());
        EXPECT_EQ(process->exitStatus(), QProcess::NormalExit) << what;
        EXPECT_EQ(process->exitCode(), 0) << what << ": " << err.toStdString();
        EXPECT_TRUE(out.startsWith(QStringLiteral("usage: doichieu-admin ") + arguments.first() + u' '))
            << what << ": " << out.toStdString();
        if (arguments.size() > 2) { // the subcommand is in the usage printed
            EXPECT_TRUE(out.contains(arguments.at(1))) << what << ": " << out.toStdString();
        }
        EXPECT_TRUE(err.isEmpty()) << what << ": " << err.toStdString();
    }
    // Help wins over the rest of the line, options and a mistake alike; it opens no database.
    const CliRun import =
        admin({QStringLiteral("log"), QStringLiteral("import"), QStringLiteral("checks.jsonl"), QStringLiteral("--db"),
               QStringLiteral("/nonexistent/xa.db"), QStringLiteral("--bogus"), QStringLiteral("--help")});
    EXPECT_EQ(import.exitCode, 0) << import.err.toStdString();
    EXPECT_TRUE(import.out.contains(QLatin1String("log import FILE.jsonl"))) << import.out.toStdString();
    const CliRun asked = admin({QStringLiteral("help"), QStringLiteral("report")});
    EXPECT_EQ(asked.exitCode, 0);
    EXPECT_TRUE(asked.out.startsWith(QLatin1String("usage: doichieu-admin report "))) << asked.out.toStdString();
    // Negative cases: an unknown command stays a usage error; after `--` or as an option's value, "--help" is data.
    const CliRun unknown = admin({QStringLiteral("help"), QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.contains(QLatin1String("unknown command 'frobnicate'"))) << unknown.err.toStdString();
    const CliRun operand = admin({QStringLiteral("classify"), QStringLiteral("--kind"), QStringLiteral("text"),
                                  QStringLiteral("--"), QStringLiteral("--help"), QStringLiteral("-h")});
    EXPECT_FALSE(operand.out.startsWith(QLatin1String("usage:"))) << operand.out.toStdString();
    const CliRun value = admin({QStringLiteral("info"), QStringLiteral("--user"), QStringLiteral("--help")});
    EXPECT_EQ(value.exitCode, 2); // --db is still missing: a usage error, not help
    EXPECT_TRUE(value.out.isEmpty()) << value.out.toStdString();
}

TEST(AdminCliUsageTest, PasswordsAreNeverTakenFromArguments) {
    const CliRun run =
        admin({QStringLiteral("info"), QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("--user"),
               QStringLiteral("a"), QStringLiteral("--password"), QStringLiteral("secret")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("never taken from arguments"))) << run.err.toStdString();
}

TEST(AdminCliPasswordTest, AWeakPasswordIsRefusedWithTheReasonAndNothingIsCreated) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("xa.db"));
    const CliRun run = admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"),
                              QStringLiteral("Xã Thanh Tuyền"), QStringLiteral("--admin"), QStringLiteral("giamsat"),
                              QStringLiteral("--kdf"), QStringLiteral("minimum"), QStringLiteral("--password-stdin")},
                             {QStringLiteral("anhyeuem2022")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("too easy to guess"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));
    EXPECT_FALSE(QFile::exists(db + QStringLiteral(".keyring")));
}

TEST_F(AdminCliTest, InitPrintsTheRecoveryCodeOnceAndRefusesToOverwrite) {
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{5}(-\\d{5}){7}$")).match(recoveryCode).hasMatch());
    const QByteArray before = dc::test::readAll(db);
    const CliRun again = admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"),
                                QStringLiteral("X"), QStringLiteral("--admin"), QStringLiteral("giamsat"),
                                QStringLiteral("--kdf"), QStringLiteral("minimum"), QStringLiteral("--password-stdin")},
                               {kAdminPassword});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QLatin1String("already exists"))) << again.err.toStdString();
    EXPECT_EQ(dc::test::readAll(db), before);
}

TEST_F(AdminCliTest, InfoShowsSettingsAndSlotsButNoSecrets) {
    const CliRun run = admin(as(QStringLiteral("info --json")), {kAdminPassword});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject info = run.json();
    EXPECT_EQ(info.value(QStringLiteral("site")).toString(), QStringLiteral("Xã Thanh Tuyền"));
    EXPECT_EQ(info.value(QStringLiteral("schemaVersion")).toInt(),
              info.value(QStringLiteral("programSchemaVersion")).toInt());
    EXPECT_GE(info.value(QStringLiteral("schemaVersion")).toInt(), 2);
    EXPECT_TRUE(info.value(QStringLiteral("sqlcipherVersion")).toString().startsWith(QLatin1String("4.6")));
    const QJsonObject cipher = info.value(QStringLiteral("cipher")).toObject();
    EXPECT_EQ(cipher.value(QStringLiteral("journalMode")).toString(), QLatin1String("wal"));
    EXPECT_EQ(cipher.value(QStringLiteral("synchronous")).toString(), QLatin1String("full"));
    EXPECT_EQ(cipher.value(QStringLiteral("tempStore")).toString(), QLatin1String("memory"));
    const QJsonArray slots = info.value(QStringLiteral("slots")).toArray();
    ASSERT_EQ(slots.size(), 2);
    EXPECT_EQ(slots.at(0).toObject().value(QStringLiteral("kind")).toString(), QLatin1String("recovery"));
    EXPECT_EQ(slots.at(1).toObject().value(QStringLiteral("user")).toString(), QLatin1String("giamsat"));
    for (const char* secretField : {"salt", "sealedPrivateKey", "databaseKey", "mac", "recoveryCode", "publicKey"}) {
        EXPECT_FALSE(run.out.contains(QStringLiteral("\"%1\"").arg(QLatin1String(secretField)))) << secretField;
    }
    EXPECT_FALSE(run.out.contains(recoveryCode));
    // the human form says the same
    const CliRun text = admin(as(QStringLiteral("info")), {kAdminPassword});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QLatin1String("synchronous FULL")));
}

TEST_F(AdminCliTest, WrongPasswordIsRefusedWithExitOne) {
    const CliRun run = admin(as(QStringLiteral("info")), {QStringLiteral("mat-khau-sai-roi")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("Wrong password"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(AdminCliTest, MissingPasswordLineIsAUsageError) {
    const CliRun run = admin(as(QStringLiteral("info")), {});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("standard input"))) << run.err.toStdString();
}

TEST_F(AdminCliTest, UserLifecycle) {
    CliRun add = admin(as(QStringLiteral("user add lan --role volunteer")) +
                           QStringList{QStringLiteral("--display-name"), QStringLiteral("Nguyễn Thị Lan")},
                       {kAdminPassword, QStringLiteral("hoa-sen-no-sang-41")});
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();

    CliRun weak = admin(as(QStringLiteral("user add minh --role volunteer")), {kAdminPassword, QStringLiteral("ngan")});
    EXPECT_EQ(weak.exitCode, 1);
    EXPECT_TRUE(weak.err.contains(QLatin1String("too short"))) << weak.err.toStdString();

    CliRun badRole = admin(as(QStringLiteral("user add minh --role boss")), {kAdminPassword, QStringLiteral("x")});
    EXPECT_EQ(badRole.exitCode, 2);

    CliRun list = admin(as(QStringLiteral("user list --json")), {kAdminPassword});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray users = list.json().value(QStringLiteral("users")).toArray();
    ASSERT_EQ(users.size(), 2);
    EXPECT_EQ(users.at(1).toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("Nguyễn Thị Lan"));

    // a volunteer may change their own password but not inspect the site
    EXPECT_EQ(admin(as(QStringLiteral("info"), QStringLiteral("lan")), {QStringLiteral("hoa-sen-no-sang-41")}).exitCode,
              1);
    EXPECT_EQ(admin(as(QStringLiteral("user passwd"), QStringLiteral("lan")),
                    {QStringLiteral("hoa-sen-no-sang-41"), QStringLiteral("hoa-sen-no-sang-43")})
                  .exitCode,
              0);
    EXPECT_EQ(
        admin(as(QStringLiteral("user list"), QStringLiteral("lan")), {QStringLiteral("hoa-sen-no-sang-43")}).exitCode,
        1);

    EXPECT_EQ(admin(as(QStringLiteral("user remove lan")), {kAdminPassword}).exitCode, 0);
    CliRun gone =
        admin(as(QStringLiteral("user passwd"), QStringLiteral("lan")), {QStringLiteral("hoa-sen-no-sang-43")});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_TRUE(gone.err.contains(QLatin1String("no account"))) << gone.err.toStdString();
}

TEST_F(AdminCliTest, RekeyIssuesANewRecoveryCode) {
    const CliRun rekey = admin(as(QStringLiteral("rekey --json")), {kAdminPassword});
    ASSERT_EQ(rekey.exitCode, 0) << rekey.err.toStdString();
    const QString newCode = rekey.json().value(QStringLiteral("recoveryCode")).toString();
    EXPECT_NE(newCode, recoveryCode);
    EXPECT_EQ(admin(as(QStringLiteral("info")), {kAdminPassword}).exitCode, 0);
    const CliRun old = admin(as(QStringLiteral("recover")), {recoveryCode, QStringLiteral("cau-vong-sau-mua-2022")});
    EXPECT_EQ(old.exitCode, 1);
    EXPECT_TRUE(old.err.contains(QLatin1String("does not belong"))) << old.err.toStdString();
    EXPECT_EQ(admin(as(QStringLiteral("recover")), {newCode, QStringLiteral("cau-vong-sau-mua-2022")}).exitCode, 0);
    EXPECT_EQ(admin(as(QStringLiteral("check")), {QStringLiteral("cau-vong-sau-mua-2022")}).exitCode, 0);
}

TEST_F(AdminCliTest, RecoverRebuildsALostKeyring) {
    ASSERT_TRUE(QFile::remove(db + QStringLiteral(".keyring")));
    const CliRun info = admin(as(QStringLiteral("info")), {kAdminPassword});
    EXPECT_EQ(info.exitCode, 1);
    EXPECT_TRUE(info.err.contains(QLatin1String("keyring file beside the database is missing")))
        << info.err.toStdString();
    const CliRun recover =
        admin(as(QStringLiteral("recover")), {recoveryCode, QStringLiteral("cau-vong-sau-mua-2022")});
    ASSERT_EQ(recover.exitCode, 0) << recover.err.toStdString();
    EXPECT_EQ(admin(as(QStringLiteral("info")), {QStringLiteral("cau-vong-sau-mua-2022")}).exitCode, 0);
}

TEST_F(AdminCliTest, CheckPassesOnASoundSite) {
    const CliRun run = admin(as(QStringLiteral("check --json")), {kAdminPassword});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.json().value(QStringLiteral("ok")).toBool());
}

TEST_F(AdminCliTest, CheckNamesADamagedPage) {
    // Grow the database past its first pages, then damage one of the later pages.
    for (const char* name : {"anh", "binh", "chi.mai", "dung", "giang", "hanh"}) {
        ASSERT_EQ(admin(as(QStringLiteral("user add %1 --role volunteer").arg(QLatin1String(name))),
                        {kAdminPassword, QStringLiteral("%1-giu-lua-tron-doi-2022").arg(QLatin1String(name))})
                      .exitCode,
                  0);
    }
    QByteArray bytes = dc::test::readAll(db);
    ASSERT_GT(bytes.size(), 4096 * 3);
    const qsizetype at = bytes.size() - 4096 + 300; // inside the last page, not page 1
    bytes[at] = static_cast<char>(bytes[at] ^ 0x40);
    dc::test::writeAll(db, bytes);
    const CliRun run = admin(as(QStringLiteral("check")), {kAdminPassword});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QLatin1String("cipher_integrity_check: FAILED"))) << run.out.toStdString();
}

TEST_F(AdminCliTest, CheckNamesADamagedKeyringWithoutAskingForAPassword) {
    QByteArray ring = dc::test::readAll(db + QStringLiteral(".keyring"));
    ring.replace("\"salt\": \"", "\"salt\": \"%%");
    dc::test::writeAll(db + QStringLiteral(".keyring"), ring);
    const CliRun run = admin(as(QStringLiteral("check")), {});
    EXPECT_EQ(run.exitCode, 1);
    // A damaged slot is named as such (its checksum fails), without a password and never as a wrong password.
    EXPECT_TRUE(run.err.contains(QLatin1String("slot of 'giamsat': damaged"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QLatin1String("password"), Qt::CaseInsensitive) &&
                 run.err.contains(QLatin1String("wrong"), Qt::CaseInsensitive))
        << run.err.toStdString();
}

TEST(AdminCliDiskTest, FullDiskDuringInitLeavesNothing) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("xa.db"));
    // `ulimit -f 16`: no file may grow past 8 KiB, as if the disk were full.
    const CliRun run = admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"),
                              QStringLiteral("Xã Thanh Tuyền"), QStringLiteral("--admin"), QStringLiteral("giamsat"),
                              QStringLiteral("--kdf"), QStringLiteral("minimum"), QStringLiteral("--password-stdin")},
                             {kAdminPassword}, QStringLiteral("ulimit -f 16"));
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("could not be read or written"))) << run.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

} // namespace
