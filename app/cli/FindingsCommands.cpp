// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `findings` (issue 16): what the campaign found, for those who clean the national database. Each subcommand lives in
// its own file (FindingsActionCommands.cpp: actions, coverage, inventory; FindingsMapCommands.cpp: map); this only
// sends to it.
#include "app/cli/CliContext.h"

namespace dc::app::cli {

int runFindings(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() >= 2 ? p.at(1) : QString();
    if (sub == QLatin1String("actions")) {
        return runFindingsActions(context);
    }
    if (sub == QLatin1String("coverage")) {
        return runFindingsCoverage(context);
    }
    if (sub == QLatin1String("inventory")) {
        return runFindingsInventory(context);
    }
    if (sub == QLatin1String("map")) {
        return runFindingsMap(context);
    }
    return context.usage(QStringLiteral("findings actions|coverage|map|inventory add|import|list [options]"));
}

} // namespace dc::app::cli
