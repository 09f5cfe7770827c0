// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `roster apply FILE`: a commune supervisor applies the hub's roster package (issue 14; docs/HUB.md "Roster
// packages"). The rules are core's (RosterService); this file prints. Building a package at the hub comes from the
// allocation's output and is wired with it.
#include "app/cli/CliContext.h"
#include "core/services/RosterService.h"

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
                   "(or at the pair's sign-in).\n";
        }
    }
    out.flush();
    return kExitOk;
}

} // namespace

int runRoster(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() > 1 ? p.at(1) : QString();
    if (sub != QLatin1String("apply")) {
        return context.usage(QStringLiteral("roster needs a subcommand: apply"));
    }
    if (p.size() != 3) {
        return context.usage(QStringLiteral("roster apply takes one file"));
    }
    return rosterApply(context, p.at(2));
}

} // namespace dc::app::cli
