// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace dc::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

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

} // namespace dc::test
