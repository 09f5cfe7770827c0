// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/HubBoardService.h"
#include "core/services/ImportService.h"
#include "core/services/ReportService.h"
#include "core/services/Session.h"
#include "tests/support/TestSite.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <vector>

namespace dc::test {

// The province simulated (issue 13's simulation test): N communes of the built-in campaign × D days, each commune a
// real site made through the services (its supervisor, two pairs of volunteers with Vietnamese names, two books),
// enrolled with a real hub through the real files and fingerprints. Every day each pair logs its entries — matches,
// real corrections, writing differences, entries missing from the database, duplicates, escalations; the roles swap
// now and then; a pair amends its own mistakes and voids an entry typed twice; the supervisor approves, returns
// (the pair re-checks the next morning), flags escalations for the district or resolves them, spot-checks the day's
// matches — then exports the day's bundle. The bundles reach the hub in a shuffled order: some a day late, some
// twice, one lost (the next bundle carries it again; the lost one turns up at the end and is already imported);
// every third commune never records a receipt. A district account at the hub decides the flagged entries of its
// district, and its decisions travel back in the receipts. Everything is drawn from one seeded random: the same plan
// gives the same province.
//
// The cost is the sign-ins (Argon2id at the RFC 9106 floor, about 0.3 s each on two cores): 9 per commune (the
// site's set-up, its supervisor, four volunteers added, two pairs), once each; the sessions stay open for the whole
// simulation, the work sessions restart every day.
struct SimulationPlan {
    int communes = 9;          // the first commune of each district, then the second of each, … (91: all of them)
    int days = 2;              // consecutive days from firstDay
    int entriesPerPair = 12;   // entries each pair logs a day (before returns and re-checks)
    std::uint32_t seed = 2022; // the one random
    QDate firstDay = QDate(2022, 12, 1);
    bool progress = false; // a line on stderr after the set-up and after each day (for the long run)
};

// What the simulation did, counted (to say the shares are realistic, and to print).
struct SimulationTally {
    int logged = 0; // first checks of an entry
    int matches = 0;
    int corrected = 0;          // real corrections
    int writingDifferences = 0; // logged with writing differences only (a match)
    int missing = 0;            // missing, entered new
    int duplicates = 0;
    int escalated = 0;
    int swaps = 0; // entries read by the pair's other member
    int amended = 0;
    int voided = 0;
    int approved = 0;
    int returned = 0;
    int rechecked = 0;
    int flagged = 0;
    int resolved = 0;
    int spotConfirmed = 0;
    int spotMissed = 0;
    int bundles = 0;  // exported
    int imported = 0; // files imported (status imported)
    int alreadyImported = 0;
    int importedTwice = 0; // files given to the hub a second time
    int late = 0;          // files imported a day late
    int lost = 0;
    int receiptsRecorded = 0;
    int districtDecisions = 0;
    int decisionsBack = 0; // district decisions recorded at workstations from receipts
    [[nodiscard]] QString summary() const;
};

// A commune workstation of the simulation.
struct SimulatedCommune {
    QString district;
    QString commune;
    QString place; // "District/Commune"
    std::unique_ptr<QTemporaryDir> dir;
    QString database;
    QString siteId;
    QDateTime now; // the workstation's clock, moved by the simulation
    std::unique_ptr<core::Session> supervisor;
    std::array<std::unique_ptr<core::Session>, 2> pairs;
    std::array<std::array<QString, 2>, 2> members; // user names of each pair
    std::array<qint64, 2> books{};
    std::array<int, 2> nextEntry{1, 1};
    bool recordsReceipts = true;
    qint64 lastSequence = 0;   // of its newest export
    qint64 lastEvent = 0;      // its newest export's last event
    QStringList flagged;       // UUIDs of checks flagged for the district, not yet decided there (its district's)
    int districtDecisions = 0; // decisions made at the hub on its flagged entries
};

// What the hub says of one commune, gathered once for the comparisons.
struct HubView {
    core::HubCommune status;
    core::BoardCommune board;
    core::CommuneDetail detail;
};

class ProvinceSimulation {
public:
    explicit ProvinceSimulation(SimulationPlan plan);
    ~ProvinceSimulation();
    ProvinceSimulation(const ProvinceSimulation&) = delete;
    ProvinceSimulation& operator=(const ProvinceSimulation&) = delete;

    // Makes the hub and the communes, enrolls them, and runs the plan's days with their imports, then a closing
    // round (every commune exports once more, imported in order, receipts recorded) so that each commune's last
    // export is at the hub. Throws std::runtime_error (with the service's detail) when a service refuses what a
    // real workstation or office would have done.
    void run();

    [[nodiscard]] const SimulationPlan& plan() const { return m_plan; }
    [[nodiscard]] core::Session& hub() { return *m_hub; }
    // The district account of the first commune's district, and its name.
    [[nodiscard]] core::Session& district() { return *m_district; }
    [[nodiscard]] const QString& districtName() const { return m_districtName; }
    [[nodiscard]] std::vector<std::unique_ptr<SimulatedCommune>>& communes() { return m_communes; }
    [[nodiscard]] const SimulationTally& tally() const { return m_tally; }
    // The plan's days, as the reports take them.
    [[nodiscard]] core::ReportRange range() const;

    // A comparison of one commune: the workstation (its supervisor's session, the reports) against what the hub says
    // of it; appends one English line per disagreement to `out`. Later code adds its own (the reports run at the hub)
    // and runs them with compareEachCommune.
    using Comparison = std::function<void(ProvinceSimulation& simulation, SimulatedCommune& commune, const HubView& hub,
                                          QStringList& out)>;
    // Runs `comparison` for every commune (the hub's view read once per commune, as the province account sees it);
    // returns the disagreements, each prefixed with the commune's "District/Commune". Empty: the hub agrees.
    [[nodiscard]] QStringList compareEachCommune(const Comparison& comparison);
    // The comparisons the simulation test runs: `hub status` (entries, corrections, writing differences, open
    // escalations, sequence, checkpoint, no alarms) against the progress and corrections reports and the log; the
    // board's commune row and drill-down (per day) against the same; the hub's daily counts per day against the
    // progress report's days; per volunteer and pair against the volunteers report; the spot-checks against the
    // workstation's miss rates; district decisions back at the workstation; the four reports made at the hub for
    // the commune (ReportService with a scope) against its own, row by row, over the whole run, its first and last day.
    [[nodiscard]] static std::vector<Comparison> standardComparisons();
    // Every district's row on the board against the sum of its communes' own progress and corrections reports (and
    // the province's row against the sum of all). Empty: they agree.
    [[nodiscard]] QStringList compareDistricts();

    // Appends "what: hub H, workstation W" to `out` when they differ.
    static void expectSame(QStringList& out, const QString& what, qint64 hub, qint64 workstation);

private:
    void makeHub();
    void makeCommune(int index, const QString& district, const QString& commune);
    void workDay(SimulatedCommune& c, int day);
    void logEntry(SimulatedCommune& c, int pair, std::vector<qint64>& logged, bool forceEscalation);
    void review(SimulatedCommune& c, const std::vector<qint64>& logged);
    void spotCheck(SimulatedCommune& c);
    void recheckReturned(SimulatedCommune& c);
    QString exportDay(SimulatedCommune& c);
    void importFiles(const QStringList& files);
    void decideFlagged();
    void closingRound();

    SimulationPlan m_plan;
    std::mt19937 m_random;
    SimulationTally m_tally;
    std::unique_ptr<TestSite> m_hubSite;
    std::unique_ptr<core::Session> m_hub;
    std::unique_ptr<core::Session> m_district;
    QString m_districtName;
    std::unique_ptr<QTemporaryDir> m_work;
    std::vector<std::unique_ptr<SimulatedCommune>> m_communes;
    std::map<QString, SimulatedCommune*> m_bySite;
    std::map<QString, SimulatedCommune*> m_byFile;
    QStringList m_receiptsSeen;
    QString m_lostFile; // a copy of the lost bundle, found again at the end
};

} // namespace dc::test
