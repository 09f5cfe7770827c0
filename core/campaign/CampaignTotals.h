// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/campaign/Campaign.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dc::core::campaign {

// The campaign's totals, recomputed from its communes and plan, never taken from a typed total (DOMAIN.md: the 2022
// plan's total row says 362 volunteers a day; its own rows add up to 364). `campaign check` prints them.
//
// Province totals: districts, communes, communes of each kind ("communes.xã", ...), dailyTarget (sum over the
// communes), pairsPerDay (sum), volunteersPerDay (2 per pair), volunteers (sum of the districts' allocations).
// District totals: communes, dailyTarget, pairsPerDay, volunteersPerDay, volunteers.
struct Total {
    QString district; // empty for a province total
    QString total;
    qint64 value = 0;
};

struct Disagreement {
    QString district; // empty for a province total
    QString total;
    qint64 stated = 0;
    qint64 computed = 0;
};

struct TotalsCheck {
    std::vector<Total> computed;
    std::vector<Disagreement> disagreements;
    // Stated totals this program does not compute (a newer file's): listed, neither agreeing nor disagreeing.
    std::vector<StatedTotal> unchecked;
};

inline constexpr int kVolunteersPerPair = 2; // a reader and a checker (DOMAIN.md)

[[nodiscard]] std::vector<Total> computeTotals(const Campaign& campaign);
[[nodiscard]] TotalsCheck checkTotals(const Campaign& campaign);

} // namespace dc::core::campaign
