// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// report progress | corrections | volunteers | spot-checks
#include "app/cli/CliContext.h"

#include "app/common/export/ReportWriter.h"
#include "core/domain/PartialDate.h"
#include "core/services/ReportTables.h"

#include <QFile>
#include <QFileInfo>

namespace dc::app::cli {

namespace {

using core::domain::Language;

} // namespace

std::optional<QDate> parseDay(const QString& text) {
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    if (iso.isValid()) {
        return iso;
    }
    const auto date = core::domain::parsePartialDate(text).date;
    if (date && date->precision() == core::domain::DatePrecision::Day) {
        return date->earliest();
    }
    return std::nullopt;
}

void printReportText(QTextStream& out, const core::ReportDocument& doc) {
    out << doc.title << "\n";
    for (const auto& [label, value] : doc.facts) {
        out << "  " << label << (value.isEmpty() ? "" : ": ") << value << "\n";
    }
    for (const core::ReportTable& table : doc.tables) {
        out << "\n";
        if (!table.heading.isEmpty()) {
            out << table.heading << "\n";
        }
        out << table.columns.join(QStringLiteral(" | ")) << "\n";
        if (table.rows.isEmpty()) {
            out << "—\n"; // an empty list says so, rather than ending at its header
        }
        for (const QStringList& row : table.rows) {
            out << row.join(QStringLiteral(" | ")) << "\n";
        }
    }
    out.flush();
}

int runReport(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString kind = p.value(1);
    if (p.size() != 2 || !core::reportKinds().contains(kind)) {
        return context.usage(QStringLiteral("report progress|corrections|volunteers|spot-checks --from DATE --to DATE "
                                            "[--district D | --commune D/C]"));
    }
    const auto fromText = context.required(QStringLiteral("from"));
    const auto toText = fromText ? context.required(QStringLiteral("to")) : std::nullopt;
    if (!toText) {
        return kExitUsage;
    }
    const auto from = parseDay(*fromText);
    const auto to = parseDay(*toText);
    if (!from || !to) {
        return context.usage(QStringLiteral("--from and --to are dates, dd/mm/yyyy or yyyy-mm-dd"));
    }
    if (*from > *to) {
        return context.fail(
            QStringLiteral("the date range is reversed: --from %1 is after --to %2")
                .arg(from->toString(QStringLiteral("dd/MM/yyyy")), to->toString(QStringLiteral("dd/MM/yyyy"))));
    }
    const QString lang = context.args().value(QStringLiteral("lang")).value_or(QStringLiteral("vi"));
    if (lang != QLatin1String("vi") && lang != QLatin1String("en")) {
        return context.usage(QStringLiteral("--lang is vi or en"));
    }
    const Language language = lang == QLatin1String("vi") ? Language::Vietnamese : Language::English;
    const auto output = context.args().value(QStringLiteral("output"));
    std::optional<ExportFormat> format;
    if (const auto f = context.args().value(QStringLiteral("format"))) {
        format = exportFormatFromKey(*f);
        if (!format) {
            return context.usage(QStringLiteral("--format is csv, xlsx, pdf or json"));
        }
    } else if (output) {
        format = exportFormatFromKey(QFileInfo(*output).suffix().toLower());
    }
    if (output && !format) {
        return context.usage(QStringLiteral("say the format with --format csv|xlsx|pdf|json"));
    }
    // The file's extension says what it holds: XLSX written into "r.pdf" opens nowhere.
    if (output && format) {
        const auto named = exportFormatFromKey(QFileInfo(*output).suffix().toLower());
        if (named && *named != *format) {
            return context.usage(QStringLiteral("--format %1 does not match the extension of %2: name the file .%1")
                                     .arg(exportFormatKey(*format), QFileInfo(*output).fileName()));
        }
    }
    if (!output && format && (*format == ExportFormat::Xlsx || *format == ExportFormat::Pdf)) {
        return context.usage(QStringLiteral("XLSX and PDF need --output FILE"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    core::ReportRequest request{kind, core::ReportRange{*from, *to}, std::nullopt,
                                !context.args().has(QStringLiteral("identified")), core::ReportScope{}};
    // At the hub: a district or a commune (none: the whole province); the service resolves and checks them.
    const auto districtArg = context.args().value(QStringLiteral("district"));
    const auto communeArg = context.args().value(QStringLiteral("commune"));
    if (districtArg && communeArg) {
        return context.usage(QStringLiteral("give --district or --commune, not both"));
    }
    if ((districtArg && districtArg->trimmed().isEmpty()) || (communeArg && communeArg->trimmed().isEmpty())) {
        return context.usage(QStringLiteral("--district and --commune need a name"));
    }
    if ((districtArg || communeArg) && session->siteKind() != core::SiteKind::Hub) {
        return context.fail(QStringLiteral("--district and --commune are for the province hub: a commune's reports "
                                           "are its own"));
    }
    request.scope = core::ReportScope{districtArg.value_or(QString()), communeArg.value_or(QString())};
    if (const auto target = context.args().value(QStringLiteral("target"))) {
        bool ok = false;
        request.dailyTarget = target->toInt(&ok);
        if (!ok || *request.dailyTarget < 1 || *request.dailyTarget > 100000) {
            return context.usage(QStringLiteral("--target is a whole number of entries per day"));
        }
    }
    auto document = core::buildReport(*session, request, language);
    if (!document) {
        // Which scope was refused and why (an ambiguous commune names its districts); never citizen data.
        const core::ErrorCode code = document.error().code;
        return code == core::ErrorCode::InvalidInput || code == core::ErrorCode::NotPermitted
                   ? context.failExplained(document.error())
                   : context.fail(document.error());
    }
    if (!output) {
        if ((format && *format == ExportFormat::Json) || context.json()) {
            context.out() << QString::fromUtf8(jsonOf(document.value()));
        } else if (format && *format == ExportFormat::Csv) {
            context.out() << QString::fromUtf8(csvOf(document.value()).mid(3)); // no byte-order mark on a terminal
        } else {
            printReportText(context.out(), document.value());
        }
        context.out().flush();
        return kExitOk;
    }
    if (auto exported = exportReport(*session, document.value(), *format, *output, language); !exported) {
        return context.fail(exported.error());
    }
    context.note(QStringLiteral("Wrote %1").arg(QFileInfo(*output).absoluteFilePath()));
    return kExitOk;
}

} // namespace dc::app::cli
