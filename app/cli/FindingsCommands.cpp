// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `findings` (issue 16): what the campaign found, for those who clean the national database. Each subcommand lives in
// its own file (FindingsActionCommands.cpp: actions, coverage, inventory; FindingsMapCommands.cpp: map); this only
// sends to it.
#include "app/cli/CliContext.h"

#include <QHash>

namespace dc::app::cli {

int runFindings(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() >= 2 ? p.at(1) : QString();
    // The options each subcommand reads (they share the command's option set): any other is a usage error.
    static const QHash<QString, QStringList> kOptions{
        {QStringLiteral("actions"),
         {QStringLiteral("commune"), QStringLiteral("district"), QStringLiteral("deidentified"), QStringLiteral("json"),
          QStringLiteral("output"), QStringLiteral("recipient"), QStringLiteral("lang")}},
        {QStringLiteral("coverage"),
         {QStringLiteral("commune"), QStringLiteral("district"), QStringLiteral("json"), QStringLiteral("output"),
          QStringLiteral("lang")}},
        {QStringLiteral("map"),
         {QStringLiteral("commune"), QStringLiteral("district"), QStringLiteral("json"), QStringLiteral("output"),
          QStringLiteral("lang")}},
        {QStringLiteral("inventory"),
         {QStringLiteral("commune"), QStringLiteral("district"), QStringLiteral("type"), QStringLiteral("year"),
          QStringLiteral("number"), QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("json")}},
    };
    if (kOptions.contains(sub) && !context.onlyOptions(kOptions.value(sub), QStringLiteral("findings ") + sub)) {
        return kExitUsage;
    }
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
