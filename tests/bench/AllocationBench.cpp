// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Target (issue 14): allocation and the 31-day roster for 600 volunteers and 91 communes in under 10 s on this
// machine. The synthetic population of tests/support/SyntheticVolunteers (the one the tests check).
#include "core/allocation/Allocation.h"
#include "tests/support/SyntheticVolunteers.h"

#include <benchmark/benchmark.h>

namespace {

using namespace dc::core;

void BM_AllocateAndRoster600(benchmark::State& state) {
    const campaign::Campaign& bd = campaign::builtInCampaign();
    const auto days = dc::test::decemberDays();
    const auto volunteers = dc::test::syntheticVolunteers(bd, 600, static_cast<unsigned>(state.range(0)), days);
    for (auto _ : state) {
        Result<allocation::Allocation> allocated = allocation::allocate(bd, volunteers, days);
        if (!allocated || !allocated.value().solve.provedOptimal) {
            state.SkipWithError("the allocation was not solved to optimality");
            return;
        }
        Result<allocation::Roster> roster = allocation::buildRoster(bd, volunteers, allocated.value(), days);
        if (!roster) {
            state.SkipWithError("no roster");
            return;
        }
        benchmark::DoNotOptimize(roster.value().unmet.size());
    }
}
BENCHMARK(BM_AllocateAndRoster600)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Allocate600(benchmark::State& state) {
    const campaign::Campaign& bd = campaign::builtInCampaign();
    const auto days = dc::test::decemberDays();
    const auto volunteers = dc::test::syntheticVolunteers(bd, 600, 1, days);
    for (auto _ : state) {
        benchmark::DoNotOptimize(allocation::allocate(bd, volunteers, days).ok());
    }
}
BENCHMARK(BM_Allocate600)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Roster600(benchmark::State& state) {
    const campaign::Campaign& bd = campaign::builtInCampaign();
    const auto days = dc::test::decemberDays();
    const auto volunteers = dc::test::syntheticVolunteers(bd, 600, 1, days);
    const allocation::Allocation allocated = allocation::allocate(bd, volunteers, days).value();
    for (auto _ : state) {
        benchmark::DoNotOptimize(allocation::buildRoster(bd, volunteers, allocated, days).ok());
    }
}
BENCHMARK(BM_Roster600)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
