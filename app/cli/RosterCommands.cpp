// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `roster apply FILE`: a commune supervisor applies the hub's roster package (issue 14; docs/HUB.md "Roster
// packages"), and `roster package --commune D/C --output F`: the hub writes one from the saved allocation
// (`allocate --save`) and prints the roster sheet's one-time codes. The rules are core's (RosterService,
// AllocationService); this file prints.
#include "app/cli/CliContext.h"
#include "core/services/AllocationService.h"
#include "core/services/RosterService.h"

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
            out << "Each new volunteer activates with the code on the roster sheet: doichieu-admin user activate NAME "
                   "(the supervisor signed in; the GUI's activation comes later).\n";
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
    if (context.json()) {
        QJsonArray sheet;
        for (const core::IssuedCode& c : built->codes) {
            const core::RosterPlanVolunteer* v = byPerson.value(c.person);
            QJsonArray days;
            for (const QDate& d : v ? v->days : std::vector<QDate>{}) {
                days.append(d.toString(QStringLiteral("dd/MM/yyyy")));
            }
            sheet.append(QJsonObject{{QStringLiteral("person"), c.person},
                                     {QStringLiteral("userName"), c.userName},
                                     {QStringLiteral("fullName"), v ? v->fullName : QString()},
                                     {QStringLiteral("code"), codeText(c)},
                                     {QStringLiteral("expiresAt"), c.expiresAt},
                                     {QStringLiteral("days"), days}});
        }
        context.printJson(QJsonObject{{QStringLiteral("file"), built->file},
                                      {QStringLiteral("sequence"), built->sequence},
                                      {QStringLiteral("site"), built->site},
                                      {QStringLiteral("district"), plan->district},
                                      {QStringLiteral("commune"), plan->commune},
                                      {QStringLiteral("volunteers"), sheet}});
        return kExitOk;
    }
    QTextStream& out = context.out();
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
    return kExitOk;
}

} // namespace

int runRoster(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() > 1 ? p.at(1) : QString();
    if (sub == QLatin1String("package")) {
        if (p.size() != 2) {
            return context.usage(QStringLiteral("roster package takes no operand"));
        }
        return rosterPackage(context);
    }
    if (sub != QLatin1String("apply")) {
        return context.usage(QStringLiteral("roster needs a subcommand: apply or package"));
    }
    if (p.size() != 3) {
        return context.usage(QStringLiteral("roster apply takes one file"));
    }
    return rosterApply(context, p.at(2));
}

} // namespace dc::app::cli
