// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// A min-cost flow over plain vectors, solved by LEMON's network simplex (liblemon-dev). LEMON 1.3.1's headers are not
// C++20-clean, so MinCostFlow.cpp is the only file that includes them and is compiled as C++17 (core/CMakeLists.txt);
// this header holds no LEMON and no Qt.

#include <cstdint>
#include <optional>
#include <vector>

namespace dc::core::allocation {

struct FlowArc {
    int from = 0;
    int to = 0;
    std::int64_t capacity = 0;
    std::int64_t cost = 0;
};

struct FlowProblem {
    int nodes = 0;
    std::vector<std::int64_t> supply; // per node; positive = source; they sum to zero
    std::vector<FlowArc> arcs;
};

// The flow on each arc of a min-cost flow meeting every supply exactly, or nullopt when there is none. Deterministic:
// the same problem gives the same flow.
[[nodiscard]] std::optional<std::vector<std::int64_t>> solveMinCostFlow(const FlowProblem& problem);

} // namespace dc::core::allocation
