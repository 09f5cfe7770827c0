// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/support/SyntheticVolunteers.h"

#include <algorithm>
#include <cstdint>

namespace dc::test {

namespace {

// A small portable generator (SplitMix64): the same numbers on every platform and standard library.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool percent(int p) { return below(100) < p; }

private:
    std::uint64_t m_state;
};

} // namespace

std::vector<QDate> decemberDays() {
    std::vector<QDate> days;
    for (int d = 1; d <= 31; ++d) {
        days.emplace_back(2022, 12, d);
    }
    return days;
}

std::vector<core::allocation::Volunteer> syntheticVolunteers(const core::campaign::Campaign& campaign, int count,
                                                             unsigned seed, const std::vector<QDate>& workDays) {
    Random random(seed * 7919ULL + 17);
    int weightSum = 0;
    for (const auto& district : campaign.districts) {
        weightSum += std::max(1, district.volunteers);
    }
    std::vector<core::allocation::Volunteer> volunteers;
    volunteers.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        core::allocation::Volunteer v;
        v.person = QStringLiteral("00000000-0000-4000-8000-%1").arg(seed * 100000ULL + i, 12, 10, QChar(u'0'));
        int pick = random.below(weightSum);
        std::size_t d = 0;
        while (pick >= std::max(1, campaign.districts[d].volunteers)) {
            pick -= std::max(1, campaign.districts[d].volunteers);
            ++d;
        }
        const auto& district = campaign.districts[d];
        const QString home = district.communes.at(random.below(static_cast<int>(district.communes.size())));
        if (!random.percent(10)) {
            v.residenceDistrict = district.name;
            v.residenceCommune = home;
        }
        const int preference = random.below(100);
        if (preference < 45) {
            // Mostly their own commune, else another of the district, sometimes one anywhere.
            const int where = random.below(10);
            if (where < 6) {
                v.preferredDistrict = district.name;
                v.preferredCommune = home;
            } else if (where < 9) {
                v.preferredDistrict = district.name;
                v.preferredCommune = district.communes.at(random.below(static_cast<int>(district.communes.size())));
            } else {
                const auto& commune = campaign.communes[random.below(static_cast<int>(campaign.communes.size()))];
                v.preferredDistrict = commune.district;
                v.preferredCommune = commune.name;
            }
        } else if (preference < 65) {
            v.preferredDistrict =
                random.percent(80) ? district.name
                                   : campaign.districts[random.below(static_cast<int>(campaign.districts.size()))].name;
        }
        v.student = random.percent(30);
        v.computer = random.percent(70);
        if (random.percent(10) && !workDays.empty()) {
            const int marked = 1 + random.below(3);
            for (int k = 0; k < marked; ++k) {
                const QDate day = workDays[random.below(static_cast<int>(workDays.size()))];
                if (std::find(v.unavailable.begin(), v.unavailable.end(), day) == v.unavailable.end()) {
                    v.unavailable.push_back(day);
                }
            }
        }
        volunteers.push_back(std::move(v));
    }
    return volunteers;
}

} // namespace dc::test
