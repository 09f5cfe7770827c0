// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/HubScope.h"

#include "core/campaign/Campaign.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"

namespace dc::core::access {

Result<HubPlace> resolveHubPlace(const Session& session, const ReportScope& scope) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    const campaign::Campaign& plan = campaignOf(session);
    const bool districtAccount = session.user().role == Role::District;
    HubPlace out;
    if (!scope.commune.isEmpty()) {
        auto found = campaign::resolveCommune(plan, scope.commune);
        if (!found) {
            return found.error();
        }
        if (!scope.district.isEmpty() && campaign::canonicalDistrict(plan, scope.district) != found->district) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the commune is not in the district given"));
        }
        out.district = found->district;
        out.commune = found->name;
        out.label = campaign::communePath(out.district, out.commune);
    } else if (!scope.district.isEmpty()) {
        const auto known = campaign::canonicalDistrict(plan, scope.district);
        if (!known) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no district of that name in the campaign"));
        }
        out.district = *known;
        out.label = out.district;
    } else if (districtAccount) {
        out.district = session.user().district; // a district account's default: its own district
        out.label = out.district;
    } else {
        out.label = plan.province;
    }
    if (districtAccount) {
        if (session.user().district.isEmpty()) {
            return makeError(ErrorCode::NotPermitted, QStringLiteral("this district account names no district"));
        }
        if (out.district != session.user().district) {
            return makeError(ErrorCode::NotPermitted,
                             QStringLiteral("a district account reads its own district and its communes only"));
        }
    }
    return out;
}

} // namespace dc::core::access
