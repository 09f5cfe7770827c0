// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/ReportTables.h"

#include <QByteArray>

namespace dc::app {

// An A4 PDF drawn with cairo: title, commune, period, the tables (repeated headings on new pages), and a signature
// block. Text is set in DejaVu Sans (Debian's fonts-dejavu-core, which covers every Vietnamese letter), embedded as
// a subset, so the document prints the same anywhere and pdftotext reads the names back intact. Built in memory.
[[nodiscard]] core::Result<QByteArray> renderPdf(const core::ReportDocument& document, core::domain::Language language);

} // namespace dc::app
