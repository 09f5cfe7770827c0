// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// A synthetic population of volunteers for the allocation's tests and bench (core/allocation): residences spread over
// the campaign's communes in proportion to each district's target, about 10 % with an unknown residence; about 45 %
// state a commune (mostly their own or one of their district), 20 % a district only; about 30 % students, about 70 %
// computer users; about 10 % mark one to three work days unavailable. Deterministic for a seed; UUID-shaped ids only.

#include "core/allocation/Allocation.h"

#include <QDate>

#include <vector>

namespace dc::test {

[[nodiscard]] std::vector<core::allocation::Volunteer> syntheticVolunteers(const core::campaign::Campaign& campaign,
                                                                           int count, unsigned seed,
                                                                           const std::vector<QDate>& workDays);

// 01/12 to 31/12 of 2022, the plan's work period.
[[nodiscard]] std::vector<QDate> decemberDays();

} // namespace dc::test
