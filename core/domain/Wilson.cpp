// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/Wilson.h"

#include <algorithm>
#include <cmath>

namespace dc::core::domain {

ProportionEstimate wilsonInterval(int successes, int trials, double z) {
    if (trials <= 0) {
        return {0, 0, 1};
    }
    const double n = trials;
    const double p = std::clamp(static_cast<double>(successes) / n, 0.0, 1.0);
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return {p, std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

} // namespace dc::core::domain
