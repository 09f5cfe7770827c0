// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/campaign/CampaignTotals.h"

#include <algorithm>

namespace dc::core::campaign {

namespace {

struct Sums {
    qint64 communes = 0;
    qint64 dailyTarget = 0;
    qint64 pairsPerDay = 0;
    qint64 volunteers = 0;

    void append(std::vector<Total>& out, const QString& district) const {
        out.push_back({district, QStringLiteral("communes"), communes});
        out.push_back({district, QStringLiteral("dailyTarget"), dailyTarget});
        out.push_back({district, QStringLiteral("pairsPerDay"), pairsPerDay});
        out.push_back({district, QStringLiteral("volunteersPerDay"), pairsPerDay * kVolunteersPerPair});
        out.push_back({district, QStringLiteral("volunteers"), volunteers});
    }
};

} // namespace

std::vector<Total> computeTotals(const Campaign& campaign) {
    std::vector<Total> out;
    Sums province;
    std::vector<std::pair<QString, qint64>> kinds; // in the order first met
    std::vector<Total> districts;
    for (const District& district : campaign.districts) {
        Sums sums;
        sums.volunteers = district.volunteers;
        for (const Commune& commune : campaign.communes) {
            if (commune.district != district.name) {
                continue;
            }
            ++sums.communes;
            sums.dailyTarget += commune.dailyTarget;
            sums.pairsPerDay += commune.pairsPerDay;
            auto kind =
                std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == commune.kind; });
            if (kind == kinds.end()) {
                kinds.emplace_back(commune.kind, 1);
            } else {
                ++kind->second;
            }
        }
        sums.append(districts, district.name);
        province.communes += sums.communes;
        province.dailyTarget += sums.dailyTarget;
        province.pairsPerDay += sums.pairsPerDay;
        province.volunteers += sums.volunteers;
    }
    out.push_back({{}, QStringLiteral("districts"), static_cast<qint64>(campaign.districts.size())});
    province.append(out, {});
    for (const auto& [kind, count] : kinds) {
        out.push_back({{}, QStringLiteral("communes.") + kind, count});
    }
    if (!campaign.units.empty()) {
        qint64 quota = 0;
        for (const Unit& unit : campaign.units) {
            quota += unit.quota;
        }
        out.push_back({{}, QStringLiteral("units"), static_cast<qint64>(campaign.units.size())});
        out.push_back({{}, QStringLiteral("quota"), quota});
    }
    out.insert(out.end(), districts.begin(), districts.end());
    return out;
}

TotalsCheck checkTotals(const Campaign& campaign) {
    TotalsCheck check;
    check.computed = computeTotals(campaign);
    for (const StatedTotal& stated : campaign.statedTotals) {
        const auto computed = std::find_if(check.computed.begin(), check.computed.end(), [&](const Total& total) {
            return total.district == stated.district && total.total == stated.total;
        });
        if (computed == check.computed.end()) {
            check.unchecked.push_back(stated);
        } else if (computed->value != stated.value) {
            check.disagreements.push_back({stated.district, stated.total, stated.value, computed->value});
        }
    }
    return check;
}

} // namespace dc::core::campaign
