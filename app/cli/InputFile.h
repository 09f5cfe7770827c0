// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dc::app::cli {

// The most a command reads from one input, so /dev/zero or a runaway pipe is refused instead of read until the kernel
// stops the process. A register entry (validate) is a few kilobytes; an import file of a whole province's log stays
// far below 256 MiB (about a million lines of 250 bytes).
inline constexpr qint64 kMaxEntryInputBytes = 1024 * 1024;
inline constexpr qint64 kMaxImportInputBytes = 256 * 1024 * 1024;

// "-" names standard input, as in most command-line tools.
[[nodiscard]] bool isStandardInput(const QString& path);

// Reads a whole input named on the command line — a regular file, a FIFO or pipe (`<(cat f)`), a character device, or
// "-" for standard input — until its end, never more than `limit` bytes. A regular file larger than the limit is
// refused before anything is read. Standard input is read through the C stream that --password-stdin reads too, so
// the lines after the passwords are the data. nullopt with `error` set (English, naming the path) when the input
// cannot be read or holds more than `limit` bytes.
[[nodiscard]] std::optional<QByteArray> readInput(const QString& path, qint64 limit, QString& error);

} // namespace dc::app::cli
