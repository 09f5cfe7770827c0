// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The only POSIX-specific file of core/ (DESIGN.md "Deployment picture": keep the code portable).
#include "core/platform/Files.h"

#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace dc::core::platform {

Result<void> replaceFile(const QString& temporary, const QString& target) {
#if defined(Q_OS_UNIX)
    const bool moved = ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) == 0;
#else
    QFile::remove(target);
    const bool moved = QFile::rename(temporary, target);
#endif
    if (!moved) {
        QFile::remove(temporary);
        return makeError(ErrorCode::IoError, QStringLiteral("cannot move the new file to %1").arg(target));
    }
    if (!syncFolder(QFileInfo(target).absolutePath())) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot flush the folder of %1").arg(target));
    }
    return {};
}

bool moveFile(const QString& temporary, const QString& target) {
#if defined(Q_OS_UNIX)
    const bool moved = ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) == 0;
#else
    QFile::remove(target);
    const bool moved = QFile::rename(temporary, target);
#endif
    if (!moved) {
        QFile::remove(temporary);
    }
    return moved;
}

bool syncFile(QFileDevice& file) {
    if (!file.flush()) {
        return false;
    }
#if defined(Q_OS_UNIX)
    const int fd = file.handle();
    if (fd < 0) {
        return false;
    }
    int rc = 0;
    do {
        rc = ::fdatasync(fd);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
#else
    return true; // QSaveFile::commit() flushes the file on Windows (FlushFileBuffers)
#endif
}

bool syncFolder(const QString& folder) {
#if defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(folder);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return false;
    }
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    ::close(fd);
    // Some file systems cannot fsync a directory (EINVAL); the rename is as durable as they allow.
    return rc == 0 || errno == EINVAL;
#else
    // NTFS makes renames durable with the file's own flush (MoveFileEx with MOVEFILE_WRITE_THROUGH).
    Q_UNUSED(folder);
    return true;
#endif
}

} // namespace dc::core::platform
