// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Issue 15: score, rank and shortlist 600 volunteers (core/evaluation) from metrics made synthetically — 9 districts,
// 300 pairs, each volunteer on 6 kinds of book (register type × decade). The metrics themselves come from the hub's
// summaries (next step); the target, metrics and ranking for 600 volunteers over 3,000,000 checks, is < 2 s.
#include "core/evaluation/Evaluation.h"

#include <benchmark/benchmark.h>

#include <random>

namespace {

using namespace dc::core::evaluation;

struct Synthetic {
    std::vector<VolunteerMetrics> volunteers;
    std::vector<PairWork> pairs;
};

Synthetic synthetic(int count, unsigned seed) {
    std::mt19937 random(seed);
    const QStringList types{QStringLiteral("birth"), QStringLiteral("marriage"), QStringLiteral("death")};
    Synthetic s;
    for (int i = 0; i < count; ++i) {
        VolunteerMetrics v;
        v.person = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        v.district = QStringLiteral("district-%1").arg(i % 9);
        v.commune = v.district + QStringLiteral("/commune-%1").arg(i % 10);
        v.daysPresent = 3 + static_cast<int>(random() % 25);
        v.spotCheckItems = 5 + random() % 60;
        v.spotCheckMisses = random() % 5;
        v.decisionsApproved = random() % 80;
        v.decisionsReturned = random() % 6;
        v.decisionsFlagged = random() % 3;
        v.realCorrections = random() % 300;
        v.writingDifferences = random() % 300;
        v.duplicatesFound = random() % 20;
        v.newEntries = random() % 20;
        v.escalations = random() % 20;
        v.voids = random() % 15;
        v.amendments = random() % 15;
        v.longestMatchRun = random() % 300;
        for (int k = 0; k < 6; ++k) {
            const std::int64_t entries = 200 + random() % 1500;
            const std::int64_t seconds = 3600 + random() % (30 * 3600);
            v.cells.push_back(
                {v.district, types[k % 3], 1960 + 10 * (k / 3 + static_cast<int>(random() % 5)), entries, seconds});
            v.workingSeconds += seconds;
            v.entriesRead += entries / 2;
            v.entriesChecked += entries - entries / 2;
        }
        s.volunteers.push_back(std::move(v));
    }
    for (std::size_t i = 0; i + 1 < s.volunteers.size(); i += 2) {
        for (const WorkCell& cell : s.volunteers[i].cells) {
            s.pairs.push_back({s.volunteers[i].person, s.volunteers[i + 1].person, cell.district,
                               s.volunteers[i].commune, cell.registerType, cell.bookDecade, cell.entries,
                               cell.workingSeconds, static_cast<std::int64_t>(random() % 60)});
        }
    }
    return s;
}

void BM_ScoreAndRank600(benchmark::State& state) {
    const Synthetic s = synthetic(600, 1);
    const AwardRules& rules = defaultAwardRules();
    for (auto _ : state) {
        const std::vector<Evaluation> ranked = rank(s.volunteers, s.pairs, rules);
        const Shortlist list = shortlist(ranked, rules);
        const QByteArray json = toJson(ranked, list);
        const auto flagged = suspicious(s.volunteers, ComparisonIndex(s.pairs), rules);
        benchmark::DoNotOptimize(json.size() + flagged.size());
    }
}
BENCHMARK(BM_ScoreAndRank600)->Unit(benchmark::kMillisecond);

} // namespace
