// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/common/export/ReportWriter.h"

#include "app/common/export/PdfReport.h"
#include "app/common/export/XlsxReport.h"
#include "core/platform/Files.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dc::app {

namespace {

// A cell that a spreadsheet would read as a formula (OWASP "CSV Injection"): one beginning with '=', '+', '-', '@',
// a tab or a carriage return — a display name "=HYPERLINK(...)", or its initials "=. V. A.". A plain number such as
// "-3" or "12,5" stays a number.
bool opensFormula(const QString& text) {
    if (text.isEmpty() || !QStringView(u"=+-@\t\r").contains(text.front())) {
        return false;
    }
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?( ?%)?$"));
    return !number.match(text).hasMatch();
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A cell that would open a formula is
// neutralised as OWASP advises: a single quote before it (the spreadsheet then shows it as text) and the whole field
// in quotes. XLSX needs none of this: its cells are written as strings, never formulas.
QByteArray csvField(const QString& text) {
    if (opensFormula(text)) {
        QByteArray utf8 = text.toUtf8();
        utf8.replace("\"", "\"\"");
        return "\"'" + utf8 + '"';
    }
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray csvLine(const QStringList& fields) {
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

} // namespace

std::optional<ExportFormat> exportFormatFromKey(const QString& key) {
    for (const ExportFormat f : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf, ExportFormat::Json}) {
        if (exportFormatKey(f) == key) {
            return f;
        }
    }
    return std::nullopt;
}

QString exportFormatKey(ExportFormat format) {
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QByteArray csvOf(const core::ReportDocument& document) {
    QByteArray out("\xEF\xBB\xBF"); // UTF-8 byte-order mark: Excel then reads the file as UTF-8
    out += csvLine({document.title});
    for (const auto& [label, value] : document.facts) {
        out += csvLine({label, value});
    }
    if (!document.recipient.isEmpty()) {
        out += csvLine({QStringLiteral("recipient"), document.recipient});
    }
    for (const core::ReportTable& table : document.tables) {
        out += "\r\n";
        if (!table.heading.isEmpty()) {
            out += csvLine({table.heading});
        }
        out += csvLine(table.columns);
        for (const QStringList& row : table.rows) {
            out += csvLine(row);
        }
    }
    return out;
}

QByteArray jsonOf(const core::ReportDocument& document) {
    QJsonObject root = document.data;
    root.insert(QStringLiteral("title"), document.title);
    if (!document.recipient.isEmpty()) {
        root.insert(QStringLiteral("recipient"), document.recipient);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

core::Result<void> writeReport(const core::ReportDocument& document, ExportFormat format, const QString& path,
                               core::domain::Language language) {
    switch (format) {
    case ExportFormat::Csv:
        return core::platform::writeFileAtomically(path, csvOf(document));
    case ExportFormat::Json:
        return core::platform::writeFileAtomically(path, jsonOf(document));
    case ExportFormat::Pdf: {
        auto pdf = renderPdf(document, language);
        if (!pdf) {
            return pdf.error();
        }
        return core::platform::writeFileAtomically(path, pdf.value());
    }
    case ExportFormat::Xlsx:
        return writeXlsx(document, path, language);
    }
    return core::makeError(core::ErrorCode::InvalidInput, QStringLiteral("unknown format"));
}

core::Result<void> exportReport(core::Session& session, const core::ReportDocument& document, ExportFormat format,
                                const QString& path, core::domain::Language language) {
    const bool existed = QFileInfo::exists(path);
    bool written = false;
    const core::ReportHeader header{document.site,         document.key,   document.range,    {},
                                    document.deidentified, document.scope, document.recipient};
    auto recorded =
        core::ReportService::recordExport(session, header, exportFormatKey(format), [&]() -> core::Result<void> {
            auto result = writeReport(document, format, path, language);
            written = result.ok();
            return result;
        });
    if (!recorded && written && !existed) {
        QFile::remove(path);
    }
    return recorded;
}

} // namespace dc::app
