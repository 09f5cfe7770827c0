// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `allocation list --by district|unit [--district D | --unit U] [--output F.xlsx|F.pdf]`: the saved allocation's
// lists (issue 14 item 5), and the output of every printable document of the allocation (the lists, `roster
// --commune`'s week view): laid out in core (AllocationLists), written by app/common/export as the reports are.
#include "app/cli/CliContext.h"

#include "app/common/export/ReportWriter.h"
#include "core/services/AllocationLists.h"

#include <QFileInfo>

namespace dc::app::cli {

std::optional<core::domain::Language> languageOption(CliContext& context) {
    const QString lang = context.args().value(QStringLiteral("lang")).value_or(QStringLiteral("vi"));
    if (lang != QLatin1String("vi") && lang != QLatin1String("en")) {
        return std::nullopt;
    }
    return lang == QLatin1String("vi") ? core::domain::Language::Vietnamese : core::domain::Language::English;
}

std::optional<ExportFormat> documentFormat(CliContext& context, const QString& output, int& exitCode) {
    const auto format = exportFormatFromKey(QFileInfo(output).suffix().toLower());
    if (!format || *format == ExportFormat::Csv) {
        exitCode = context.usage(QStringLiteral("--output names an .xlsx, .pdf or .json file"));
        return std::nullopt;
    }
    return format;
}

int emitDocument(CliContext& context, core::Session& session, const core::ReportDocument& document,
                 const std::optional<QString>& output, core::domain::Language language) {
    if (!output) {
        if (context.json()) {
            context.out() << QString::fromUtf8(jsonOf(document));
        } else {
            printReportText(context.out(), document);
        }
        context.out().flush();
        return kExitOk;
    }
    int exitCode = kExitOk;
    const auto format = documentFormat(context, *output, exitCode);
    if (!format) {
        return exitCode;
    }
    if (auto exported = exportReport(session, document, *format, *output, language); !exported) {
        return context.fail(exported.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(*output).absoluteFilePath()},
                                      {QStringLiteral("format"), exportFormatKey(*format)}});
    } else {
        context.note(QStringLiteral("Wrote %1").arg(QFileInfo(*output).absoluteFilePath()));
    }
    return kExitOk;
}

int runDocument(CliContext& context, const DocumentMaker& make) {
    const auto language = languageOption(context);
    if (!language) {
        return context.usage(QStringLiteral("--lang is vi or en"));
    }
    const auto output = context.args().value(QStringLiteral("output"));
    if (output) {
        int exitCode = kExitOk;
        if (!documentFormat(context, *output, exitCode)) {
            return exitCode;
        }
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto document = make(*session, *language);
    if (!document) {
        return context.failExplained(document.error());
    }
    return emitDocument(context, *session, document.value(), output, *language);
}

int runAllocation(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() != 2 || p.at(1) != QLatin1String("list")) {
        return context.usage(QStringLiteral("allocation list --by district|unit [--district D | --unit U] "
                                            "[--output F.xlsx|F.pdf]"));
    }
    const auto by = context.required(QStringLiteral("by"));
    if (!by) {
        return kExitUsage;
    }
    core::AllocationListRequest request;
    const auto district = context.args().value(QStringLiteral("district"));
    const auto unit = context.args().value(QStringLiteral("unit"));
    if (*by == QLatin1String("district")) {
        request.by = core::ListGrouping::District;
        if (unit) {
            return context.usage(QStringLiteral("--unit goes with --by unit"));
        }
        request.name = district.value_or(QString());
    } else if (*by == QLatin1String("unit")) {
        request.by = core::ListGrouping::Unit;
        if (district) {
            return context.usage(QStringLiteral("--district goes with --by district"));
        }
        request.name = unit.value_or(QString());
    } else {
        return context.usage(QStringLiteral("--by is district or unit"));
    }
    if ((district && district->trimmed().isEmpty()) || (unit && unit->trimmed().isEmpty())) {
        return context.usage(QStringLiteral("--district and --unit need a name"));
    }
    request.identified = context.args().has(QStringLiteral("identified"));
    return runDocument(context, [&](core::Session& session, core::domain::Language language) {
        return core::AllocationLists::allocationList(session, request, language);
    });
}

} // namespace dc::app::cli
