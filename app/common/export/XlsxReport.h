// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/ReportTables.h"

namespace dc::app {

// One worksheet with the title, the facts and the tables; numbers as numbers. libxlsxwriter writes to a file name
// and keeps its working files in `tmpdir`: both are in the destination folder, and the finished workbook is renamed
// over `path`, so nothing partial is left there and nothing goes to the system's temporary folder.
[[nodiscard]] core::Result<void> writeXlsx(const core::ReportDocument& document, const QString& path,
                                           core::domain::Language language);

} // namespace dc::app
