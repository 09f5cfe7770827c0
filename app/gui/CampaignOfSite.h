// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/campaign/Campaign.h"
#include "core/services/Session.h"
#include "core/services/SiteCampaign.h"

namespace dc::gui {

// What a view lists from the campaign (districts, units, the province's name): the signed-in site's, through
// core::sessionCampaign; the built-in one before sign-in; an empty one when the site's campaign cannot be read (the
// next service call says why).
[[nodiscard]] inline const core::campaign::Campaign& campaignOfSite(const core::Session* session) {
    static const core::campaign::Campaign none;
    if (!session) {
        return core::campaign::builtInCampaign();
    }
    auto campaign = core::sessionCampaign(*session);
    return campaign ? *campaign.value() : none;
}

} // namespace dc::gui
