// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace dc::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// The supervisor "giamsat"'s password in the tests' sites (TestSite's kSupervisorPassword).
inline const QString kAdminPassword = QStringLiteral("song-sai-gon-chay-mai-7");

// The password the tests give the volunteers "lan" and "minh" (TestSite's): strong enough for the password rule.
inline QString fixturePassword(QLatin1String name) {
    return name == QLatin1String("lan") ? QStringLiteral("hoa-sen-no-sang-41")
                                        : QStringLiteral("trang-len-doi-thong-86");
}

// Runs doichieu-admin with `arguments`, writing `stdinLines` (one per line) to its standard input.
inline CliRun admin(const QStringList& arguments, const QStringList& stdinLines = {}, const QString& shellPrefix = {}) {
    QProcess process;
    if (shellPrefix.isEmpty()) {
        process.start(QStringLiteral(DOICHIEU_ADMIN), arguments);
    } else {
        process.start(QStringLiteral("/bin/sh"),
                      QStringList{QStringLiteral("-c"), shellPrefix + QStringLiteral("; exec \"$0\" \"$@\""),
                                  QStringLiteral(DOICHIEU_ADMIN)} +
                          arguments);
    }
    for (const QString& line : stdinLines) {
        process.write((line + QLatin1Char('\n')).toUtf8());
    }
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A site made through doichieu-admin as a commune would start one: the supervisor "giamsat", the volunteers
// "lan" and "minh", and birth book 01/1998 (entries 1-400) open. Fixtures derive from it and call createSite().
class CliSite : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("xa.db"));
    QString recoveryCode;
    QString book; // the open book's id

    // `command` (split at spaces) run on this site as `user`, whose password comes on standard input.
    [[nodiscard]] QStringList as(const QString& command, const QString& user = QStringLiteral("giamsat")) const {
        return command.split(u' ', Qt::SkipEmptyParts) + QStringList{QStringLiteral("--db"), db,
                                                                     QStringLiteral("--user"), user,
                                                                     QStringLiteral("--password-stdin")};
    }
    // Empty display names leave the volunteers' logins as their names.
    void createSite(const QString& siteName = QStringLiteral("Phường Phú Cường"), const QString& lanName = {},
                    const QString& minhName = {}) {
        const CliRun init =
            admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"), siteName,
                   QStringLiteral("--admin"), QStringLiteral("giamsat"), QStringLiteral("--kdf"),
                   QStringLiteral("minimum"), QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                  {kAdminPassword});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        recoveryCode = init.json().value(QStringLiteral("recoveryCode")).toString();
        for (const auto& [name, display] : {std::pair{"lan", lanName}, std::pair{"minh", minhName}}) {
            QStringList arguments = as(QStringLiteral("user add %1 --role volunteer").arg(QLatin1String(name)));
            if (!display.isEmpty()) {
                arguments << QStringLiteral("--display-name") << display;
            }
            const CliRun added = admin(arguments, {kAdminPassword, fixturePassword(QLatin1String(name))});
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
        const CliRun opened =
            admin(as(QStringLiteral("book open --type birth --number 01 --year 1998 --first 1 --last 400 --json")) +
                      QStringList{QStringLiteral("--commune"), QStringLiteral("Phường Phú Cường")},
                  {kAdminPassword});
        ASSERT_EQ(opened.exitCode, 0) << opened.err.toStdString();
        book = QString::number(opened.json().value(QStringLiteral("id")).toInteger());
    }
    // A province hub beside the site (`init --kind hub`, its first account "vanphong"), and this site enrolled to it as
    // `commune` — the request, the office's accept and the supervisor's finish, each fingerprint as read by phone.
    QString hubDb = dir.filePath(QStringLiteral("hub/hub.db"));
    [[nodiscard]] QStringList atHub(const QString& command) const {
        return command.split(u' ', Qt::SkipEmptyParts) +
               QStringList{QStringLiteral("--db"), hubDb, QStringLiteral("--user"), QStringLiteral("vanphong"),
                           QStringLiteral("--password-stdin")};
    }
    // `initOptions`: more for the hub's `init` (e.g. `--campaign FILE`).
    void createHubAndEnroll(const QString& commune, const QStringList& initOptions = {}) {
        QDir().mkpath(QFileInfo(hubDb).absolutePath());
        const CliRun hub = admin(
            QStringList{QStringLiteral("init"), QStringLiteral("--kind"), QStringLiteral("hub"), QStringLiteral("--db"),
                        hubDb, QStringLiteral("--site"), QStringLiteral("Tỉnh Đoàn Bình Dương"),
                        QStringLiteral("--admin"), QStringLiteral("vanphong"), QStringLiteral("--kdf"),
                        QStringLiteral("minimum"), QStringLiteral("--password-stdin"), QStringLiteral("--json")} +
                initOptions,
            {kAdminPassword});
        ASSERT_EQ(hub.exitCode, 0) << hub.err.toStdString();
        const QString request = dir.filePath(QStringLiteral("xa.enroll"));
        const QString welcome = dir.filePath(QStringLiteral("xa.welcome"));
        const CliRun requested =
            admin(as(QStringLiteral("enroll request --json --output ") + request), {kAdminPassword});
        ASSERT_EQ(requested.exitCode, 0) << requested.err.toStdString();
        const CliRun accepted =
            admin(atHub(QStringLiteral("enroll accept ") + request + QStringLiteral(" --json --output ") + welcome) +
                      QStringList{QStringLiteral("--fingerprint"),
                                  requested.json().value(QStringLiteral("fingerprint")).toString(),
                                  QStringLiteral("--commune"), commune},
                  {kAdminPassword});
        ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
        const CliRun finished =
            admin(as(QStringLiteral("enroll finish ") + welcome) +
                      QStringList{QStringLiteral("--fingerprint"),
                                  accepted.json().value(QStringLiteral("hubFingerprint")).toString()},
                  {kAdminPassword});
        ASSERT_EQ(finished.exitCode, 0) << finished.err.toStdString();
    }
    // `log import SOURCE FLAGS --partner minh` signed in as lan; both passwords come first on standard input,
    // then `afterPasswords` (a source of "-" reads its lines there).
    [[nodiscard]] CliRun importAsPair(const QString& source, const QString& flags = {},
                                      const QStringList& afterPasswords = {}, const QString& shellPrefix = {}) const {
        return admin(as(QStringLiteral("log import ") + source + u' ' + flags + QStringLiteral(" --partner minh"),
                        QStringLiteral("lan")),
                     QStringList{fixturePassword(QLatin1String("lan")), fixturePassword(QLatin1String("minh"))} +
                         afterPasswords,
                     shellPrefix);
    }
};

// Another program's standard output (pdftotext, unzip...), or empty with a failure when it does not run or exits
// non-zero.
inline QByteArray tool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace dc::test
