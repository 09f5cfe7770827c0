// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/sheets/Table.h"

#include "core/sheets/Readers.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace dc::core::sheets {

namespace detail {

QString numberText(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

Error tooManyRows() {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("the table has more than %1 rows").arg(kMaxTableRows));
}

Error tooManyColumns(qint64 rowNumber) {
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("row %1 has more than %2 columns").arg(rowNumber).arg(kMaxTableColumns));
}

Error cellTooLong(qint64 rowNumber, qint64 columnNumber) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("row %1, column %2: a cell longer than %3 characters")
                                                  .arg(rowNumber)
                                                  .arg(columnNumber)
                                                  .arg(kMaxCellCharacters));
}

Result<void> RowCollector::add(QStringList row, qint64 rowNumber) {
    if (row.size() > kMaxTableColumns)
        return tooManyColumns(rowNumber);
    bool empty = true;
    for (qsizetype c = 0; c < row.size(); ++c) {
        if (row[c].size() > kMaxCellCharacters)
            return cellTooLong(rowNumber, c + 1);
        if (!row[c].isEmpty())
            empty = false;
    }
    if (empty) {
        ++m_pendingEmpty;
        return {};
    }
    if (qint64(m_rows.size()) + m_pendingEmpty + 1 > kMaxTableRows)
        return tooManyRows();
    for (; m_pendingEmpty > 0; --m_pendingEmpty)
        m_rows.emplace_back();
    m_rows.push_back(std::move(row));
    return {};
}

} // namespace detail

Result<Table> readTable(const QByteArray& bytes) {
    if (bytes.size() > kMaxTableFileBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the file is larger than %1 MiB").arg(kMaxTableFileBytes / (1024 * 1024)));
    // By content only: a zip is XLSX, an OLE2 compound file XLS, anything else text.
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return detail::readXlsx(bytes);
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return detail::readXls(bytes);
    return detail::readCsv(bytes);
}

Result<Table> readTable(const QString& path) {
    // A regular file only, as core/platform's readSmallFile (out of this library's reach): a FIFO would be waited on
    // for ever, a device read up to the cap.
    const auto notAFile = [] {
        return makeError(ErrorCode::IoError, QStringLiteral("the list is not a regular file"));
    };
    if (QFileInfo::exists(path) && !QFileInfo(path).isFile())
        return notAFile();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError, QStringLiteral("cannot open the list: %1").arg(file.errorString()));
    if (file.isSequential())
        return notAFile();
    if (file.size() > kMaxTableFileBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the file is larger than %1 MiB").arg(kMaxTableFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(kMaxTableFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::IoError, QStringLiteral("cannot read the list: %1").arg(file.errorString()));
    return readTable(bytes);
}

} // namespace dc::core::sheets
