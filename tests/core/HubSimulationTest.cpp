// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The province simulated (tests/support/ProvinceSimulation.h): every commune's own reports equal what the hub says of
// it, and every district's row on the board the sum of its communes. The default run: 9 communes (one per district)
// × 2 days. The long run (CTest label `long`): DOICHIEU_SIMULATION=91x31 (communes × days[× entries per pair a day]).
#include "tests/support/ProvinceSimulation.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

#include <gtest/gtest.h>

#include <exception>
#include <iostream>

using dc::test::ProvinceSimulation;
using dc::test::SimulationPlan;

namespace {

// "COMMUNESxDAYS" or "COMMUNESxDAYSxENTRIES" from the environment; the default plan (9 × 2) otherwise.
SimulationPlan planFromEnvironment() {
    SimulationPlan plan;
    const QList<QByteArray> parts = qgetenv("DOICHIEU_SIMULATION").split('x');
    if (parts.size() >= 2) {
        plan.communes = parts[0].toInt();
        plan.days = parts[1].toInt();
        plan.progress = true;
        if (parts.size() >= 3) {
            plan.entriesPerPair = parts[2].toInt();
        }
    }
    return plan;
}

TEST(HubSimulationTest, EveryCommuneAgreesWithTheHub) {
    const SimulationPlan plan = planFromEnvironment();
    ASSERT_GE(plan.communes, 2);
    ASSERT_LE(plan.communes, 91);
    ASSERT_GE(plan.days, 1);
    ASSERT_GE(plan.entriesPerPair, 10);
    ProvinceSimulation simulation(plan);
    QElapsedTimer timer;
    timer.start();
    try {
        simulation.run();
    } catch (const std::exception& e) {
        FAIL() << e.what();
    }
    const auto& t = simulation.tally();
    std::cout << plan.communes << " communes x " << plan.days << " days in " << timer.elapsed() / 1000.0
              << " s: " << t.summary().toStdString() << std::endl;

    // Every kind of work happened, in shares a commune meets (docs DOMAIN.md): mostly matches, about one entry in
    // eight corrected, a few writing differences, escalations, returns and spot-check misses.
    ASSERT_EQ(t.logged, plan.communes * plan.days * 2 * plan.entriesPerPair);
    EXPECT_GT(t.matches, t.logged * 7 / 10);
    EXPECT_GT(t.corrected, t.logged / 20);
    EXPECT_LT(t.corrected, t.logged / 5);
    for (const int kind : {t.writingDifferences, t.missing, t.escalated, t.swaps, t.amended, t.approved, t.returned,
                           t.rechecked, t.flagged, t.resolved, t.spotConfirmed, t.spotMissed}) {
        EXPECT_GT(kind, 0) << t.summary().toStdString();
    }
    EXPECT_EQ(t.bundles, plan.communes * (plan.days + 1));
    EXPECT_EQ(t.lost, 1);
    EXPECT_GT(t.late, 0);
    EXPECT_GT(t.importedTwice, 0);
    EXPECT_GT(t.alreadyImported, t.importedTwice); // the second copies, the lost file found again, late files
    EXPECT_GT(t.receiptsRecorded, 0);
    EXPECT_GT(t.districtDecisions, 0);
    // The first commune records its receipts (per commune: compareDecisions below).
    EXPECT_GT(t.decisionsBack, 0);
    EXPECT_LE(t.decisionsBack, t.districtDecisions);

    for (const auto& comparison : ProvinceSimulation::standardComparisons()) {
        const QStringList disagreements = simulation.compareEachCommune(comparison);
        EXPECT_TRUE(disagreements.isEmpty()) << disagreements.join(QLatin1Char('\n')).toStdString();
    }
    const QStringList districts = simulation.compareDistricts();
    EXPECT_TRUE(districts.isEmpty()) << districts.join(QLatin1Char('\n')).toStdString();
}

} // namespace
