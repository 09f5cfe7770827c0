// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `roster apply FILE`: a commune supervisor applies the hub's roster package (issue 14; docs/HUB.md "Roster
// packages"), and `roster package --commune D/C --output F`: the hub writes one from the saved allocation
// (`allocate --save`) and prints the roster sheet's one-time codes. The rules are core's (RosterService,
// AllocationService); this file prints.
#include "app/cli/CliContext.h"
#include "core/services/AllocationLists.h"
#include "core/services/AllocationService.h"
#include "core/services/RosterService.h"
#include "core/services/SiteCampaign.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace dc::app::cli {

namespace {

int rosterApply(CliContext& context, const QString& file) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto applied = core::RosterService::apply(*session, file);
    if (!applied) {
        const core::Error& error = applied.error();
        if (error.code == core::ErrorCode::FileRefused && !error.detail.isEmpty()) {
            return context.fail(QStringLiteral("refused: %1").arg(error.detail));
        }
        return context.failExplained(error);
    }
    const core::AppliedRoster& a = applied.value();
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("sequence"), a.sequence},
                                      {QStringLiteral("alreadyApplied"), a.alreadyApplied},
                                      {QStringLiteral("created"), a.created},
                                      {QStringLiteral("updated"), a.updated},
                                      {QStringLiteral("unchanged"), a.unchanged},
                                      {QStringLiteral("dropped"), a.dropped},
                                      {QStringLiteral("withdrawn"), a.withdrawn},
                                      {QStringLiteral("removedHere"), a.removedHere}});
        return kExitOk;
    }
    QTextStream& out = context.out();
    if (a.alreadyApplied) {
        out << "Roster package " << a.sequence << " was applied already; nothing changed.\n";
    } else {
        out << "Applied roster package " << a.sequence << ": " << a.created << " new account(s) awaiting activation, "
            << a.updated << " updated, " << a.unchanged << " unchanged, " << a.dropped << " no longer rostered ("
            << a.withdrawn << " of them never activated: code withdrawn)";
        if (a.removedHere > 0) {
            out << ", " << a.removedHere << " removed here and left removed";
        }
        out << ".\n";
        if (a.created > 0) {
            out << "Each new volunteer activates with the code on the roster sheet: in the program at the pair's "
                   "sign-in or on the supervisor's accounts page, or with doichieu-admin user activate NAME (the "
                   "supervisor signed in).\n";
        }
    }
    out.flush();
    return kExitOk;
}

int rosterPackage(CliContext& context) {
    const auto commune = context.required(QStringLiteral("commune"));
    if (!commune) {
        return kExitUsage;
    }
    const auto output = context.required(QStringLiteral("output"));
    if (!output) {
        return kExitUsage;
    }
    // --sheet: the roster sheet as a PDF, the only place the codes then appear. Checked before anything is built, so
    // that a sheet that cannot be written does not cost a package whose codes nobody saw.
    const auto sheet = context.args().value(QStringLiteral("sheet"));
    const auto language = languageOption(context);
    if (!language) {
        return context.usage(QStringLiteral("--lang is vi or en"));
    }
    if (sheet) {
        const QFileInfo info(*sheet);
        if (info.suffix().toLower() != QLatin1String("pdf")) {
            return context.usage(QStringLiteral("--sheet names a .pdf file"));
        }
        if (info.absoluteFilePath() == QFileInfo(*output).absoluteFilePath()) {
            return context.usage(QStringLiteral("--sheet and --output must be different files"));
        }
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir() || !folder.isWritable() || info.isDir()) {
            return context.fail(QStringLiteral("cannot write the roster sheet %1: its folder is missing or not "
                                               "writable")
                                    .arg(info.absoluteFilePath()));
        }
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto plan = core::AllocationService::rosterPlan(*session, *commune);
    if (!plan) {
        return context.failExplained(plan.error());
    }
    auto built = core::RosterService::buildPackage(*session, plan.value(), *output);
    if (!built) {
        return context.failExplained(built.error());
    }
    // The codes are the roster sheet's: printed once, for the office to print and hand over; never stored in clear.
    QHash<QString, const core::RosterPlanVolunteer*> byPerson;
    for (const core::RosterPlanVolunteer& v : plan->volunteers) {
        byPerson.insert(v.person, &v);
    }
    const auto codeText = [](const core::IssuedCode& c) {
        return QString::fromLatin1(c.code.chars().data(), static_cast<qsizetype>(c.code.size()));
    };
    bool sheetWritten = false;
    if (sheet) {
        const auto campaign = core::sessionCampaign(*session);
        const core::ReportDocument document = core::AllocationLists::rosterSheet(plan.value(), built.value(), *language,
                                                                                 campaign ? campaign.value() : nullptr);
        if (auto written = exportReport(*session, document, ExportFormat::Pdf, *sheet, *language); written) {
            sheetWritten = true;
        } else {
            // The package is written and its codes exist nowhere else: print them rather than lose them.
            context.fail(QStringLiteral("the package was written but not the roster sheet (%1): its codes follow")
                             .arg(written.error().detail));
        }
    }
    if (context.json()) {
        QJsonArray lines;
        for (const core::IssuedCode& c : built->codes) {
            const core::RosterPlanVolunteer* v = byPerson.value(c.person);
            QJsonArray days;
            for (const QDate& d : v ? v->days : std::vector<QDate>{}) {
                days.append(d.toString(QStringLiteral("dd/MM/yyyy")));
            }
            QJsonObject line{{QStringLiteral("person"), c.person},
                             {QStringLiteral("userName"), c.userName},
                             {QStringLiteral("fullName"), v ? v->fullName : QString()},
                             {QStringLiteral("expiresAt"), c.expiresAt},
                             {QStringLiteral("days"), days}};
            if (!sheetWritten) {
                line.insert(QStringLiteral("code"), codeText(c));
            }
            lines.append(line);
        }
        QJsonObject document{{QStringLiteral("file"), built->file},      {QStringLiteral("sequence"), built->sequence},
                             {QStringLiteral("site"), built->site},      {QStringLiteral("district"), plan->district},
                             {QStringLiteral("commune"), plan->commune}, {QStringLiteral("volunteers"), lines}};
        if (sheetWritten) {
            document.insert(QStringLiteral("sheet"), QFileInfo(*sheet).absoluteFilePath());
        }
        context.printJson(document);
        return sheet && !sheetWritten ? kExitFailed : kExitOk;
    }
    QTextStream& out = context.out();
    if (sheetWritten) {
        out << "Roster package " << built->sequence << " for " << plan->district << "/" << plan->commune
            << " written to " << built->file << ".\nThe roster sheet with the one-time codes is "
            << QFileInfo(*sheet).absoluteFilePath() << ": print it and delete the file; the codes are nowhere else.\n";
        out.flush();
        return kExitOk;
    }
    out << "Roster package " << built->sequence << " for " << plan->district << "/" << plan->commune << " written to "
        << built->file << ".\nThe roster sheet (print it; the codes are shown only now):\n\n";
    for (const core::IssuedCode& c : built->codes) {
        const core::RosterPlanVolunteer* v = byPerson.value(c.person);
        QStringList days;
        for (const QDate& d : v ? v->days : std::vector<QDate>{}) {
            days << d.toString(QStringLiteral("dd/MM"));
        }
        out << c.userName.leftJustified(24) << ' ' << (v ? v->fullName : QString()).leftJustified(32) << ' '
            << codeText(c) << "  " << days.size() << " days: " << days.join(QStringLiteral(" ")) << "\n";
    }
    out << "\nEach code works once, until " << (built->codes.empty() ? QString() : built->codes.front().expiresAt)
        << " (UTC).\n";
    out.flush();
    return sheet ? kExitFailed : kExitOk;
}

// `roster --commune D/C [--output F]`: the saved plan's roster of one commune as a week view (AllocationLists).
int rosterWeek(CliContext& context) {
    const auto commune = context.required(QStringLiteral("commune"));
    if (!commune) {
        return kExitUsage;
    }
    if (context.args().has(QStringLiteral("sheet"))) {
        return context.usage(QStringLiteral("--sheet goes with roster package"));
    }
    return runDocument(context, [&](core::Session& session, core::domain::Language language) {
        return core::AllocationLists::weekView(session, *commune, language);
    });
}

} // namespace

int runRoster(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() > 1 ? p.at(1) : QString();
    if (p.size() == 1 && context.args().value(QStringLiteral("commune"))) {
        return rosterWeek(context);
    }
    if (sub == QLatin1String("package")) {
        if (p.size() != 2) {
            return context.usage(QStringLiteral("roster package takes no operand"));
        }
        return rosterPackage(context);
    }
    if (sub != QLatin1String("apply")) {
        return context.usage(
            QStringLiteral("roster needs --commune D/C (the week view) or a subcommand: apply or package"));
    }
    if (p.size() != 3) {
        return context.usage(QStringLiteral("roster apply takes one file"));
    }
    return rosterApply(context, p.at(2));
}

} // namespace dc::app::cli
