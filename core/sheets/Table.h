// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace dc::core::sheets {

// A list as a unit sends it (a volunteers' registration list): the cells of its first sheet, row by row, as text in
// Unicode NFC, whatever the file's format (CSV, XLSX, XLS) and the text's encoding (UTF-8, UTF-16, Windows-1258,
// VISCII, TCVN3/ABC, VNI). Nothing here knows what the columns mean: that is the registration's business.
struct Table {
    // rows[0] is the file's first row (row number 1 as a spreadsheet shows it). Empty cells are empty strings; rows
    // may have different lengths. Trailing empty rows are dropped.
    std::vector<QStringList> rows;
    // The format read: "csv", "xlsx" or "xls".
    QString format;
    // The text encoding recognised: "utf-8", "utf-16", "windows-1258", "viscii", "tcvn3", "vni", or "ascii" when
    // every byte was ASCII. For XLSX and XLS, "unicode" unless cells in a legacy font were recovered (then the
    // legacy encoding recognised).
    QString encoding;
};

// The bounds of a table read from outside: larger files are refused (InvalidInput), never truncated.
inline constexpr qint64 kMaxTableFileBytes = 32 * 1024 * 1024;
inline constexpr int kMaxTableRows = 20000;
inline constexpr int kMaxTableColumns = 200;
inline constexpr int kMaxCellCharacters = 2000;

// Reads a table from a file, the format chosen by its content (XLSX is a zip, XLS an OLE2 compound file, anything
// else CSV with ',', ';' or tab as the separator), never by its name alone. IoError when the file cannot be read or
// is not a regular file (a FIFO, a device, a folder);
// InvalidInput (detail in English, naming the problem, never a cell's content) for a damaged or oversized file.
[[nodiscard]] Result<Table> readTable(const QString& path);
// The same for bytes already read (bounded by kMaxTableFileBytes).
[[nodiscard]] Result<Table> readTable(const QByteArray& bytes);

} // namespace dc::core::sheets
