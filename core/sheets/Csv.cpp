// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/sheets/Encoding.h"
#include "core/sheets/Readers.h"

namespace dc::core::sheets::detail {
namespace {

// The fields of the first records for a separator: how many of the first 50 records have the first record's
// number of fields, and that number. Quotes are honoured.
std::pair<int, int> separatorFit(const QString& text, QChar separator) {
    int firstCount = -1;
    int agreeing = 0;
    int records = 0;
    int fields = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && records < 50; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            ++fields;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (firstCount < 0)
                firstCount = fields;
            if (fields == firstCount)
                ++agreeing;
            ++records;
            fields = 1;
        }
    }
    if (firstCount < 0)
        firstCount = fields;
    if (records == 0 || fields > 1) // the last record without a line end
        agreeing += fields == firstCount ? 1 : 0;
    if (firstCount <= 1)
        return {0, 1};
    return {agreeing, firstCount};
}

QChar detectSeparator(const QString& text) {
    QChar best = u',';
    std::pair<int, int> bestFit{0, 1};
    for (const QChar separator : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const auto fit = separatorFit(text, separator);
        if (fit > bestFit) {
            bestFit = fit;
            best = separator;
        }
    }
    return best;
}

} // namespace

Result<Table> readCsv(const QByteArray& bytes) {
    DecodedText decoded = decodeText(bytes);
    const QString& text = decoded.text;
    if (text.contains(QChar(0)))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the file is not a text table (it holds NUL bytes)"));
    const QChar separator = detectSeparator(text);

    // RFC 4180: fields separated by the separator, records by CRLF, LF or CR; a quoted field may hold separators,
    // line ends and doubled quotes. A quote inside an unquoted field is kept as it is (as Excel reads it).
    RowCollector collector;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    qint64 rowNumber = 1;
    qint64 quoteRow = 0;
    auto endField = [&]() -> Result<void> {
        if (row.size() >= kMaxTableColumns)
            return tooManyColumns(rowNumber);
        if (field.size() > kMaxCellCharacters)
            return cellTooLong(rowNumber, row.size() + 1);
        row.append(field);
        field.clear();
        fieldWasQuoted = false;
        return {};
    };
    auto endRow = [&]() -> Result<void> {
        if (auto r = endField(); !r)
            return r;
        if (auto r = collector.add(std::move(row), rowNumber); !r)
            return r;
        row = QStringList();
        ++rowNumber;
        return {};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
                if (field.size() > kMaxCellCharacters)
                    return cellTooLong(rowNumber, row.size() + 1);
            }
            continue;
        }
        if (c == separator) {
            if (auto r = endField(); !r)
                return r.error();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (auto r = endRow(); !r)
                return r.error();
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteRow = rowNumber;
        } else {
            field.append(c);
            if (field.size() > kMaxCellCharacters)
                return cellTooLong(rowNumber, row.size() + 1);
        }
    }
    if (quoted)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("row %1, column %2: a quoted cell is never closed").arg(quoteRow).arg(row.size() + 1));
    if (!field.isEmpty() || !row.isEmpty() || fieldWasQuoted)
        if (auto r = endRow(); !r)
            return r.error();

    Table table;
    table.rows = collector.take();
    table.format = QStringLiteral("csv");
    table.encoding = decoded.encoding;
    return table;
}

} // namespace dc::core::sheets::detail
