// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
// `findings` (issue 16): what the campaign found, for those who clean the national database. Each subcommand lives in
// its own file (FindingsMapCommands.cpp: map); this dispatcher only names them.
#include "app/cli/CliContext.h"

namespace dc::app::cli {

int runFindings(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() >= 2 ? p.at(1) : QString();
    if (sub == QLatin1String("map")) {
        return runFindingsMap(context);
    }
    return context.usage(QStringLiteral("findings map [--district D | --commune D/C] [--json] "
                                        "[--output F.xlsx|F.pdf|F.json] [--lang vi|en] --db PATH --user NAME"));
}

} // namespace dc::app::cli
