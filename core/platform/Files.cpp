// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/platform/Files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <memory>

namespace dc::core::platform {

bool replaceable(const QString& target) {
    const QFileInfo info(target);
    return !info.exists() || info.isFile();
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& contents, bool mustNotExist,
                                 FolderSync folderSync) {
    const QFileInfo info(path);
    if (mustNotExist && info.exists()) {
        return makeError(ErrorCode::IoError, QStringLiteral("refusing to replace existing file %1").arg(path));
    }
    if (!replaceable(path)) {
        return makeError(ErrorCode::IoError, QStringLiteral("%1 is not a regular file: it is not replaced").arg(path));
    }
    // QSaveFile writes to a temporary file in the same folder and, in commit(), flushes it to disk (fsync)
    // before renaming it over the target; cancelled or failed writes remove the temporary file.
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    }
    // Only the account that runs the program reads the site's files.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(contents) != contents.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, why));
    }
    // QSaveFile::commit() also syncs, but ignores a failed sync; an I/O error there must not be acknowledged.
    if (!syncFile(file)) {
        file.cancelWriting();
        return makeError(ErrorCode::IoError, QStringLiteral("cannot flush %1 to disk").arg(path));
    }
    if (!file.commit()) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot save %1: %2").arg(path, file.errorString()));
    }
    if (folderSync == FolderSync::Now && !syncFolder(info.absolutePath())) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot flush folder of %1 to disk").arg(path));
    }
    return {};
}

std::vector<bool> writeFilesAtomically(std::span<const FileToWrite> files) {
    std::vector<bool> written(files.size(), false);
    std::vector<std::unique_ptr<QTemporaryFile>> temporaries(files.size());
    const auto drop = [&temporaries](std::size_t i) {
        temporaries[i]->remove();
        temporaries[i].reset();
    };
    // 1. Every temporary file written (created 0600 by QTemporaryFile, beside its target so the rename stays on one
    // file system).
    for (std::size_t i = 0; i < files.size(); ++i) {
        const QFileInfo info(files[i].path);
        auto file = std::make_unique<QTemporaryFile>(info.absolutePath() + QLatin1Char('/') + info.fileName() +
                                                     QStringLiteral(".XXXXXX"));
        file->setAutoRemove(false);
        if (!file->open()) {
            continue;
        }
        temporaries[i] = std::move(file);
        if (temporaries[i]->write(files[i].contents) != files[i].contents.size()) {
            drop(i);
        }
    }
    // 2. Each flushed: with all the data already handed to the system, the first flush carries most of it.
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (temporaries[i] && !syncFile(*temporaries[i])) {
            drop(i);
        }
    }
    // 3. Each renamed over its target (not yet durable: the caller flushes the folder once).
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!temporaries[i]) {
            continue;
        }
        const QString temporary = temporaries[i]->fileName();
        temporaries[i]->close();
        temporaries[i].reset();
        written[i] = moveFile(temporary, files[i].path);
    }
    return written;
}

ReadResult readSmallFile(const QString& path, qint64 maxBytes) {
    ReadResult result;
    QFile file(path);
    if (!file.exists()) {
        result.failure = ReadFailure::Missing;
        return result;
    }
    // Only a regular file (or a link to one): opening a FIFO would wait for a writer for ever, and a device such as
    // /dev/zero would be read up to the cap. Checked before opening, and again on what was opened.
    const auto notAFile = [&result] {
        result.failure = ReadFailure::Unreadable;
        result.detail = QStringLiteral("not a regular file");
        return result;
    };
    if (!QFileInfo(path).isFile()) {
        return notAFile();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.failure = ReadFailure::Unreadable;
        result.detail = file.errorString();
        return result;
    }
    if (file.isSequential()) {
        return notAFile();
    }
    if (file.size() > maxBytes) {
        result.failure = ReadFailure::TooLarge;
        return result;
    }
    result.contents = file.read(maxBytes + 1);
    if (result.contents.size() > maxBytes) {
        result.failure = ReadFailure::TooLarge;
        result.contents.clear();
    }
    return result;
}

} // namespace dc::core::platform
