// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/common/export/XlsxReport.h"

#include "core/platform/Files.h"
#include "crypto/Encoding.h"
#include "crypto/Random.h"

#include <xlsxwriter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace dc::app {

namespace {

// A count is written as a number; a code with a leading nought (book "01") stays text, as it reads.
bool isWholeNumber(const QString& text, double& value) {
    bool ok = false;
    value = static_cast<double>(text.toLongLong(&ok));
    return ok && (text == QLatin1String("0") || !text.startsWith(u'0'));
}

// A percentage as the report writes it ("33,3 %" or "33.3 %") is a number too: the fraction, shown with a per cent
// format, so a spreadsheet can add and compare it. An interval ("6,1 % – 79,2 %") stays text.
bool isPercentage(const QString& text, double& value) {
    static const QRegularExpression percentage(QStringLiteral("^([0-9]+)(?:[.,]([0-9]+))? %$"));
    const QRegularExpressionMatch match = percentage.match(text);
    if (!match.hasMatch()) {
        return false;
    }
    value = QStringLiteral("%1.%2").arg(match.captured(1), match.captured(2)).toDouble() / 100.0;
    return true;
}

// One cell: a count or a percentage as a number, anything else as a string (never a formula).
void writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const QString& text, lxw_format* format,
               lxw_format* percent) {
    double number = 0;
    if (isWholeNumber(text, number)) {
        worksheet_write_number(sheet, row, column, number, format);
    } else if (isPercentage(text, number)) {
        worksheet_write_number(sheet, row, column, number, percent);
    } else {
        worksheet_write_string(sheet, row, column, text.toUtf8().constData(), format);
    }
}

} // namespace

core::Result<void> writeXlsx(const core::ReportDocument& document, const QString& path,
                             core::domain::Language language) {
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        return core::makeError(core::ErrorCode::IoError,
                               QStringLiteral("cannot write in the folder %1").arg(folder.absoluteFilePath()));
    }
    const QString temporary =
        QDir(target.absolutePath())
            .filePath(QStringLiteral(".%1.%2.tmp")
                          .arg(target.fileName(), QString::fromStdString(crypto::toHex(crypto::randomBytes(6)))));
    QByteArray tmpdir = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    lxw_workbook* workbook = workbook_new_opt(QFile::encodeName(temporary).constData(), &options);
    if (!workbook) {
        return core::makeError(core::ErrorCode::IoError, QStringLiteral("cannot create %1").arg(path));
    }
    // The sheet is named in the report's language (at most 31 characters, as Excel allows).
    const QString sheetName = core::reportLabel(QStringLiteral("sheet.") + document.key, language).left(31);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName.toUtf8().constData());
    lxw_format* title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_bottom(heading, LXW_BORDER_THIN);
    lxw_format* percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0.0 %");

    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, document.title.toUtf8().constData(), title);
    for (const auto& [label, value] : document.facts) {
        worksheet_write_string(sheet, row, 0, label.toUtf8().constData(), bold);
        writeCell(sheet, row++, 1, value, nullptr, percent); // a total is a number, not the text "11"
    }
    if (!document.recipient.isEmpty()) {
        worksheet_write_string(
            sheet, row, 0, core::reportLabel(QStringLiteral("meta.recipient"), language).toUtf8().constData(), bold);
        worksheet_write_string(sheet, row++, 1, document.recipient.toUtf8().constData(), nullptr);
    }
    for (const core::ReportTable& table : document.tables) {
        ++row;
        if (!table.heading.isEmpty()) {
            worksheet_write_string(sheet, row++, 0, table.heading.toUtf8().constData(), bold);
        }
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), table.columns.at(c).toUtf8().constData(),
                                   heading);
        }
        ++row;
        for (const QStringList& cells : table.rows) {
            for (qsizetype c = 0; c < cells.size(); ++c) {
                writeCell(sheet, row, static_cast<lxw_col_t>(c), cells.at(c), nullptr, percent);
            }
            ++row;
        }
    }
    worksheet_set_column(sheet, 0, 1, 28, nullptr);
    worksheet_set_column(sheet, 2, 12, 16, nullptr);
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return core::makeError(core::ErrorCode::IoError,
                               QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return core::platform::replaceFile(temporary, path);
}

} // namespace dc::app
