// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// A province-sized data set for the hub's benchmarks (issue 13, "Performance"): the bundles a province's commune
// workstations would send over a campaign, deterministic for a seed. See tests/bench/README.md.
#pragma once

#include "core/services/Session.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace dc::bench {

// Bumped whenever what the generator writes changes (a cached hub keyed by it is then made again).
inline constexpr int kGeneratorVersion = 2; // 2: rows keyed by version 7 UUIDs, as workstations make them

struct GeneratorOptions {
    std::int64_t checks = 3'000'000; // rows of the log (first checks, amendments and voids)
    std::uint64_t seed = 2022;
    int communes = 91;   // the built-in campaign's first N communes, in its order (91: all of them)
    int maxPerDay = 800; // checks a commune logs on one day, at most
    int minDays = 31;    // the campaign's days; more when `checks` does not fit in minDays × maxPerDay a commune
    QDate firstDay{2022, 8, 1};
    int threads = 2; // workstations generated in parallel

    // DOICHIEU_BENCH_CHECKS, DOICHIEU_BENCH_SEED, DOICHIEU_BENCH_COMMUNES, DOICHIEU_BENCH_THREADS and
    // DOICHIEU_BENCH_DAYS (minDays) override the defaults.
    [[nodiscard]] static GeneratorOptions fromEnvironment();
    // "v1-seed2022-checks3000000-communes91" ("-days4" when minDays is not 31): what a cached hub is keyed by.
    [[nodiscard]] QString key() const;
};

struct GeneratedBundle {
    QString path;
    QString site;
    int day = 0; // 0-based day of the campaign
    std::int64_t sequence = 0;
    std::int64_t checks = 0;
};

struct GeneratedProvince {
    std::vector<GeneratedBundle> bundles; // in import order: by day, then commune
    std::int64_t checks = 0;
    std::int64_t events = 0;
    std::int64_t bytes = 0; // of the bundle files
    int days = 0;
    double seconds = 0; // wall time of the generation (enrollment excluded)
};

// Synthetic commune workstations (keys from the seed, 6–8 volunteers and a supervisor with Vietnamese names, books of
// the three register types from 1975–2016, a campaign of checks with realistic outcomes, corrections classified by
// core's classifier, amendments, voids, reviews, spot-checks and work sessions), each enrolled at the hub through
// EnrollmentService (its request built with the synthetic keys, accepted with the fingerprint read out), and one real
// bundle file per workstation and day: payload rows as the workstation's ExchangeGateway reads them, audit events
// hashed with core's audit::eventHash, check contents with core's contentHash, a checkpoint signed with the site's
// key, sealed to the hub and signed (exchange::buildEnvelope).
class ProvinceGenerator {
public:
    explicit ProvinceGenerator(GeneratorOptions options) : m_options(std::move(options)) {}

    // `hub`: a province account signed in at the hub, holding its keys. Writes the bundles into `outputDir`.
    // Throws std::runtime_error when anything refuses.
    [[nodiscard]] GeneratedProvince generate(core::Session& hub, const QString& outputDir) const;

    [[nodiscard]] const GeneratorOptions& options() const { return m_options; }

private:
    GeneratorOptions m_options;
};

} // namespace dc::bench
