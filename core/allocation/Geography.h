// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// Internal to core/allocation: the campaign's districts and communes as indices, the names a volunteer gave resolved
// once, the preference tiers and each commune's share and capacity.

#include "core/allocation/Allocation.h"
#include "core/domain/VietnameseText.h"

#include <QHash>

#include <algorithm>

namespace dc::core::allocation {

struct Place {
    int preferredCommune = -1;
    int preferredDistrict = -1;
    int residenceCommune = -1;
    int residenceDistrict = -1;
};

struct CommuneBounds {
    int share = 0;    // floor(district target / its communes)
    int capacity = 0; // ceiling of the same
};

class Geography {
public:
    explicit Geography(const campaign::Campaign& campaign) : m_campaign(campaign) {
        const int districts = static_cast<int>(campaign.districts.size());
        for (int d = 0; d < districts; ++d) {
            m_districtIndex.insert(domain::caseAndSpaceKey(campaign.districts[d].name), d);
        }
        m_adjacent.assign(static_cast<std::size_t>(districts) * districts, false);
        for (const auto& [a, b] : campaign.neighbours) {
            const int da = district(a);
            const int db = district(b);
            if (da >= 0 && db >= 0) {
                m_adjacent[da * districts + db] = true;
                m_adjacent[db * districts + da] = true;
            }
        }
        std::vector<int> communesOf(districts, 0);
        for (int c = 0; c < static_cast<int>(campaign.communes.size()); ++c) {
            const campaign::Commune& commune = campaign.communes[c];
            const int d = district(commune.district);
            m_districtOf.push_back(d);
            communesOf[d] += 1;
            m_communeIndex.insert(key(commune.district, commune.name), c);
            m_bareIndex.insert(domain::caseAndSpaceKey(commune.name),
                               m_bareIndex.contains(domain::caseAndSpaceKey(commune.name)) ? -1 : c);
        }
        for (int c = 0; c < static_cast<int>(campaign.communes.size()); ++c) {
            const int d = m_districtOf[c];
            const int target = campaign.districts[d].volunteers;
            const int k = communesOf[d];
            if (target > 0) {
                m_bounds.push_back(CommuneBounds{target / k, (target + k - 1) / k});
            } else {
                m_bounds.push_back(CommuneBounds{2 * std::max(1, campaign.communes[c].pairsPerDay), kMaxVolunteers});
            }
        }
    }

    [[nodiscard]] int districtCount() const { return static_cast<int>(m_campaign.districts.size()); }
    [[nodiscard]] int district(const QString& name) const {
        return name.trimmed().isEmpty() ? -1 : m_districtIndex.value(domain::caseAndSpaceKey(name), -1);
    }
    // A commune by district and name, or by a bare name that only one district has (district empty).
    [[nodiscard]] int commune(const QString& districtName, const QString& name) const {
        if (name.trimmed().isEmpty()) {
            return -1;
        }
        if (districtName.trimmed().isEmpty()) {
            return m_bareIndex.value(domain::caseAndSpaceKey(name), -1);
        }
        const int d = district(districtName);
        return d < 0 ? -1 : m_communeIndex.value(key(m_campaign.districts[d].name, name), -1);
    }
    [[nodiscard]] int districtOf(int commune) const { return m_districtOf[commune]; }
    [[nodiscard]] bool neighbours(int a, int b) const {
        return a >= 0 && b >= 0 && m_adjacent[a * districtCount() + b];
    }
    [[nodiscard]] CommuneBounds bounds(int commune) const { return m_bounds[commune]; }

    [[nodiscard]] Place place(const Volunteer& volunteer) const {
        Place place;
        place.residenceCommune = commune(volunteer.residenceDistrict, volunteer.residenceCommune);
        place.residenceDistrict =
            place.residenceCommune >= 0 ? districtOf(place.residenceCommune) : district(volunteer.residenceDistrict);
        if (!volunteer.student) {
            place.preferredCommune = commune(volunteer.preferredDistrict, volunteer.preferredCommune);
            place.preferredDistrict = place.preferredCommune >= 0 ? districtOf(place.preferredCommune)
                                                                  : district(volunteer.preferredDistrict);
        }
        return place;
    }

    [[nodiscard]] Nearness nearness(const Place& place, int c) const {
        const int d = districtOf(c);
        if (place.preferredCommune == c) {
            return Nearness::PreferredCommune;
        }
        if (place.preferredDistrict == d) {
            return Nearness::PreferredDistrict;
        }
        if (place.residenceCommune == c) {
            return Nearness::ResidenceCommune;
        }
        if (place.residenceDistrict == d) {
            return Nearness::ResidenceDistrict;
        }
        if (neighbours(place.residenceDistrict, d)) {
            return Nearness::NeighbourDistrict;
        }
        return Nearness::Further;
    }

private:
    static QString key(const QString& district, const QString& name) {
        return domain::caseAndSpaceKey(district) + u'/' + domain::caseAndSpaceKey(name);
    }

    const campaign::Campaign& m_campaign;
    QHash<QString, int> m_districtIndex;
    QHash<QString, int> m_communeIndex;
    QHash<QString, int> m_bareIndex;
    std::vector<int> m_districtOf;
    std::vector<bool> m_adjacent;
    std::vector<CommuneBounds> m_bounds;
};

} // namespace dc::core::allocation
