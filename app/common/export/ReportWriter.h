// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/ReportTables.h"

#include <QString>

#include <optional>

namespace dc::app {

// The formats the office opens: CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese intact), XLSX
// (libxlsxwriter), PDF (A4, DejaVu Sans embedded, with a signature block; cairo) and JSON (for machines).
enum class ExportFormat { Csv, Xlsx, Pdf, Json };
[[nodiscard]] std::optional<ExportFormat> exportFormatFromKey(const QString& key);
[[nodiscard]] QString exportFormatKey(ExportFormat format);

// Writes a report to `path`. Nothing partial is ever left at `path`: CSV, JSON and PDF are built in memory and
// written atomically; XLSX is built under a temporary name in the same folder and renamed into place. An unwritable
// path is an IoError naming it.
[[nodiscard]] core::Result<void> writeReport(const core::ReportDocument& document, ExportFormat format,
                                             const QString& path, core::domain::Language language);

// What the GUI and doichieu-admin call: checks that the user may export (supervisors only; a refusal writes
// nothing), writes the report, and records the export as an audit event in the same step — a file whose event
// could not be committed is removed again.
[[nodiscard]] core::Result<void> exportReport(core::Session& session, const core::ReportDocument& document,
                                              ExportFormat format, const QString& path,
                                              core::domain::Language language);

// The bytes of the CSV and JSON forms (also what doichieu-admin prints).
[[nodiscard]] QByteArray csvOf(const core::ReportDocument& document);
[[nodiscard]] QByteArray jsonOf(const core::ReportDocument& document);

} // namespace dc::app
