// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

namespace dc::core::domain {

// The Wilson score interval for a binomial proportion (E. B. Wilson, 1927, "Probable inference, the law of
// succession, and statistical inference", JASA 22:209–212): unlike the normal approximation it stays within
// [0, 1] and behaves for the small samples and zero counts a day's spot-check gives.
struct ProportionEstimate {
    double rate = 0; // successes / trials (0 when there are no trials)
    double low = 0;  // 95 % interval
    double high = 0;
};

// z = 1.959964 for 95 %. With no trials the interval is [0, 1]: nothing is known.
[[nodiscard]] ProportionEstimate wilsonInterval(int successes, int trials, double z = 1.959963984540054);

} // namespace dc::core::domain
