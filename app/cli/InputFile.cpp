// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/cli/InputFile.h"

#include <QFile>

#include <cstdio>

namespace dc::app::cli {

namespace {

constexpr qint64 kChunk = 64 * 1024;

QString sizeText(qint64 bytes) {
    return bytes >= 1024 * 1024 ? QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024))
                                : QStringLiteral("%1 KiB").arg(bytes / 1024);
}

QString tooLarge(const QString& path, qint64 limit) {
    return QStringLiteral("%1 holds more than %2; refused without reading further").arg(path, sizeText(limit));
}

// Standard input through C stdio: PasswordInput reads the passwords with fgetc, and what it has buffered already
// belongs to the data that follows them.
std::optional<QByteArray> readStandardInput(qint64 limit, QString& error) {
    QByteArray data;
    char buffer[kChunk];
    for (;;) {
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
        if (n > 0) {
            if (data.size() + static_cast<qint64>(n) > limit) {
                error = tooLarge(QStringLiteral("standard input"), limit);
                return std::nullopt;
            }
            data.append(buffer, static_cast<qsizetype>(n));
        }
        if (n < sizeof buffer) {
            if (std::ferror(stdin)) {
                error = QStringLiteral("cannot read standard input");
                return std::nullopt;
            }
            if (std::feof(stdin)) {
                return data;
            }
        }
    }
}

} // namespace

bool isStandardInput(const QString& path) {
    return path == QLatin1String("-");
}

std::optional<QByteArray> readInput(const QString& path, qint64 limit, QString& error) {
    if (isStandardInput(path)) {
        return readStandardInput(limit, error);
    }
    QFile file(path);
    // Unbuffered: a pipe or FIFO is read with plain read() calls until it reports its end. (QFile::atEnd() is true
    // on a pipe whose writer has not written yet, which made an import from `<(cat f)` read nothing.)
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (!file.isSequential() && file.size() > limit) {
        error = QStringLiteral("%1 is larger than %2; refused").arg(path, sizeText(limit));
        return std::nullopt;
    }
    QByteArray data;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n < 0) {
            error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        if (n == 0) {
            return data;
        }
        if (data.size() + n > limit) {
            error = tooLarge(path, limit);
            return std::nullopt;
        }
        data.append(buffer.constData(), n);
    }
}

} // namespace dc::app::cli
