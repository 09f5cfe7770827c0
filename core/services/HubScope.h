// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/ReportService.h"
#include "core/services/Session.h"

#include <QString>

// The one reading of a scope at the province hub — the province, a district or a `District/Commune` — shared by the
// reports, the error map and the findings. Internal to core/services.
namespace dc::core::access {

struct HubPlace {
    QString district; // canonical; empty: every district
    QString commune;  // empty: every commune of the district
    QString label;    // "District/Commune", the district, or the campaign's province
};

// Resolves `scope` in the site's campaign: an unknown district or commune, or a commune outside the district given, is
// InvalidInput with the reason. A district account reads its own district and its communes only (NotPermitted
// otherwise); with no scope it gets its own district. Whether the account's role may read at all is the caller's
// rule (each service names what it refused).
[[nodiscard]] Result<HubPlace> resolveHubPlace(const Session& session, const ReportScope& scope);

} // namespace dc::core::access
