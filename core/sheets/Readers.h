// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// The readers behind readTable, one per format (internal to core/sheets).

#include "core/sheets/Table.h"

namespace dc::core::sheets::detail {

[[nodiscard]] Result<Table> readCsv(const QByteArray& bytes);
[[nodiscard]] Result<Table> readXlsx(const QByteArray& bytes);
[[nodiscard]] Result<Table> readXls(const QByteArray& bytes);

// Collects rows as they are read, enforcing the bounds of Table.h: trailing empty rows are dropped (a run of empty
// rows is kept only once a row with content follows it), and every refusal names row and column numbers only.
class RowCollector {
public:
    // Adds a row (1-based number `rowNumber` for messages). Cells are NFC already.
    [[nodiscard]] Result<void> add(QStringList row, qint64 rowNumber);
    [[nodiscard]] std::vector<QStringList> take() { return std::move(m_rows); }

private:
    std::vector<QStringList> m_rows;
    qint64 m_pendingEmpty = 0;
};

// A number cell as text: a whole number without a decimal point, any other with 15 significant digits.
[[nodiscard]] QString numberText(double value);

[[nodiscard]] Error tooManyRows();
[[nodiscard]] Error tooManyColumns(qint64 rowNumber);
[[nodiscard]] Error cellTooLong(qint64 rowNumber, qint64 columnNumber);

} // namespace dc::core::sheets::detail
