// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace dc::core::platform {

// Replaces `path` with `contents` so that a crash or power cut at any moment leaves either the old file or
// the new one, never a mix: write a temporary file in the same folder, flush it to disk (fsync), rename it
// over the target, then flush the folder so the rename itself is durable. On failure the temporary file is
// removed and the old file is untouched. `mustNotExist` refuses to replace an existing file. With
// `FolderSync::ByCaller` the folder is not flushed: the caller writes several files into it and calls syncFolder
// once after the last (until then a crash may lose the renames, never leave a mix).
enum class FolderSync { Now, ByCaller };
[[nodiscard]] Result<void> writeFileAtomically(const QString& path, const QByteArray& contents,
                                               bool mustNotExist = false, FolderSync folderSync = FolderSync::Now);

// Several files at once, each as writeFileAtomically with FolderSync::ByCaller would (a crash leaves each either old
// or new, never a mix), in fewer trips to the disk: every temporary file is written first, then each is flushed once
// (QSaveFile would flush it a second time) and renamed over its target; the caller flushes the folder. Answers, per
// file in order, whether it was written; a failed one leaves its target untouched and no temporary file.
struct FileToWrite {
    QString path;
    QByteArray contents;
};
[[nodiscard]] std::vector<bool> writeFilesAtomically(std::span<const FileToWrite> files);

// Whether a file may be written over `target`: nothing is there, or a regular file (or a link to one). A folder, a
// FIFO or a device is never replaced by a file: `--output /dev/null` run as root would have put a report in its
// place. Every writer below asks this first and refuses (IoError, or not written) when it says no.
[[nodiscard]] bool replaceable(const QString& target);

// Flushes a file's written data to the disk (fdatasync on POSIX) and reports whether the disk took it.
[[nodiscard]] bool syncFile(QFileDevice& file);

// Moves a finished temporary file over `target` in one step (rename(2) on POSIX, MoveFileEx on Windows), then
// makes the rename durable. On failure the temporary file is removed and the target is untouched.
[[nodiscard]] Result<void> replaceFile(const QString& temporary, const QString& target);

// Moves a finished temporary file over `target` in one step, without flushing the folder (the caller does); on
// failure the temporary file is removed and the target is untouched.
[[nodiscard]] bool moveFile(const QString& temporary, const QString& target);

// Makes a completed rename or file creation in `folder` durable (fsync of the directory on POSIX;
// a no-op where the platform has no such call).
[[nodiscard]] bool syncFolder(const QString& folder);

// Overwrites a regular file's bytes with zeros in place, flushes them to the disk, removes the file, flushes its
// folder and checks that the name is gone (issue 17 part 6, docs/HUB.md "The end of the campaign"). Answers the size
// overwritten. A symbolic link or anything but a regular file is refused (IoError) and left alone; so is a file that
// cannot be opened for writing. What overwriting can promise depends on the disk: on a flash drive (SSD, USB stick)
// or a copy-on-write file system the zeros may land elsewhere and the old blocks survive until the device reuses them
// — only the encryption of the database and the keyring protects those.
[[nodiscard]] Result<qint64> overwriteAndRemove(const QString& path);

// Reads a whole file of at most maxBytes; an absent file, an unreadable one and one that is too large are
// told apart by the error's code (DatabaseMissing is not used here: callers choose their own). Anything but a regular
// file (a folder, a FIFO, a device) is Unreadable, "not a regular file", and is not opened or not read.
enum class ReadFailure { Missing, Unreadable, TooLarge };
struct ReadResult {
    QByteArray contents;
    std::optional<ReadFailure> failure;
    QString detail;
};
[[nodiscard]] ReadResult readSmallFile(const QString& path, qint64 maxBytes);

} // namespace dc::core::platform
