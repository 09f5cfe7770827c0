// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The campaign file (core/campaign, docs/CAMPAIGN.md): parseCampaign, what loadCampaign and `campaign check` call on a
// file a province writes, with its districts, communes, units, dates, the judging rules and the certificate's wording.
// What parses has every commune in a district it names, and resolves by its own District/Commune path.
#include "FuzzSupport.h"

#include "core/campaign/Campaign.h"

using namespace dc;
using namespace dc::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto parsed = campaign::parseCampaign(fuzz::bytesOf(data, size));
    if (!parsed) {
        if (parsed.error().code != ErrorCode::InvalidInput) {
            fuzz::invariantBroken("a campaign refused with another code than InvalidInput");
        }
        return 0;
    }
    const campaign::Campaign& plan = parsed.value();
    for (const campaign::Commune& commune : plan.communes) {
        if (!campaign::hasDistrict(plan, commune.district)) {
            fuzz::invariantBroken("a campaign parsed with a commune in a district it does not name");
        }
        if (!campaign::resolveCommune(plan, campaign::communePath(commune.district, commune.name))) {
            fuzz::invariantBroken("a campaign's commune does not resolve by its own path");
        }
    }
    return 0;
}
