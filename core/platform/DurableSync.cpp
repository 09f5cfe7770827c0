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
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <vector>

namespace dc::core::platform {

Result<void> replaceFile(const QString& temporary, const QString& target) {
    if (!replaceable(target)) {
        QFile::remove(temporary);
        return makeError(ErrorCode::IoError,
                         QStringLiteral("%1 is not a regular file: it is not replaced").arg(target));
    }
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
    if (!replaceable(target)) {
        QFile::remove(temporary);
        return false;
    }
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

Result<qint64> overwriteAndRemove(const QString& path) {
    const auto failed = [&path](const char* what) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot %1 %2").arg(QLatin1String(what), path));
    };
    constexpr qint64 kChunk = 1 << 20; // zeros written a mebibyte at a time
    const std::vector<char> zeros(static_cast<std::size_t>(kChunk), 0);
    qint64 size = 0;
#if defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return failed("open for overwriting");
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return failed("overwrite (not a regular file)");
    }
    size = static_cast<qint64>(st.st_size);
    for (qint64 done = 0; done < size;) {
        const auto want = static_cast<std::size_t>(std::min(kChunk, size - done));
        const ssize_t n = ::pwrite(fd, zeros.data(), want, static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            ::close(fd);
            return failed("overwrite");
        }
        done += n;
    }
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    ::close(fd);
    if (rc != 0) {
        return failed("flush the zeros of");
    }
    if (::unlink(native.constData()) != 0) {
        return failed("remove");
    }
    if (!syncFolder(QFileInfo(path).absolutePath())) {
        return failed("flush the folder of");
    }
    struct stat gone {};
    if (::lstat(native.constData(), &gone) == 0 || errno != ENOENT) {
        return failed("verify the removal of");
    }
#else
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile()) {
        return failed("overwrite (not a regular file)");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return failed("open for overwriting");
    }
    size = file.size();
    for (qint64 done = 0; done < size;) {
        const qint64 n = file.write(zeros.data(), std::min(kChunk, size - done));
        if (n <= 0) {
            return failed("overwrite");
        }
        done += n;
    }
    if (!syncFile(file)) {
        return failed("flush the zeros of");
    }
    file.close();
    if (!QFile::remove(path) || QFileInfo::exists(path)) {
        return failed("remove");
    }
#endif
    return size;
}

} // namespace dc::core::platform
