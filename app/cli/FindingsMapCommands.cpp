// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
// `findings map` (issue 16 part 2): the error map of the national database, printed, as JSON, or written as XLSX, PDF
// or JSON through runDocument. The scope and who may read it are the service's (ErrorMapService).
#include "app/cli/CliContext.h"
#include "core/services/ErrorMapService.h"

namespace dc::app::cli {

int runFindingsMap(CliContext& context) {
    if (context.args().positional.size() != 2) {
        return context.usage(QStringLiteral("findings map [--district D | --commune D/C] [--json] "
                                            "[--output F.xlsx|F.pdf|F.json] [--lang vi|en] --db PATH --user NAME"));
    }
    const auto district = context.args().value(QStringLiteral("district"));
    const auto commune = context.args().value(QStringLiteral("commune"));
    if (district && commune) {
        return context.usage(QStringLiteral("give --district or --commune, not both"));
    }
    if ((district && district->trimmed().isEmpty()) || (commune && commune->trimmed().isEmpty())) {
        return context.usage(QStringLiteral("--district and --commune need a name"));
    }
    core::ErrorMapRequest request;
    request.scope = core::ReportScope{district.value_or(QString()).trimmed(), commune.value_or(QString()).trimmed()};
    return runDocument(
        context, [&](core::Session& session, core::domain::Language language) -> core::Result<core::ReportDocument> {
            auto map = core::ErrorMapService::compute(session, request);
            if (!map) {
                return map.error();
            }
            return core::ErrorMapService::document(map.value(), language);
        });
}

} // namespace dc::app::cli
