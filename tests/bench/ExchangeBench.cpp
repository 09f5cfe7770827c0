// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The exchange (docs/HUB.md): exporting a commune's day (800 checks) and importing bundles at the hub, in checks per
// second (issue 13: at least 50,000). A commune is filled through the logging service (DOICHIEU_BENCH_EXCHANGE checks,
// 40,000 by default), enrolled with a hub through the real files, and its bundles imported with synchronous = FULL.
#include "core/services/BundleService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/ImportService.h"
#include "core/services/LogService.h"
#include "core/store/Database.h"
#include "tests/bench/FilledSite.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>
#include <stdexcept>

using namespace dc::core;
using dc::test::TestSite;

namespace {

const int kChecks = qEnvironmentVariableIsSet("DOICHIEU_BENCH_EXCHANGE")
                        ? qEnvironmentVariableIntValue("DOICHIEU_BENCH_EXCHANGE")
                        : 40000;

struct Exchange {
    TestSite hubSite{SiteKind::Hub};
    TestSite commune;
    std::unique_ptr<Session> hub;
    std::unique_ptr<Session> supervisor;
    std::unique_ptr<Session> pair;
    qint64 book = 0;
    int next = 1;
    QTemporaryDir out;

    Exchange() {
        book = commune.addBook(1, 9999999, QStringLiteral("01"), 1998);
        hub = hubSite.signInSupervisor();
        supervisor = commune.signInSupervisor();
        const QString request = out.filePath(QStringLiteral("r.enroll"));
        const QString welcome = out.filePath(QStringLiteral("w.welcome"));
        auto written = EnrollmentService::request(*supervisor, request);
        auto accepted = EnrollmentService::accept(*hub, request, written->fingerprint,
                                                  QStringLiteral("Dầu Tiếng/Thanh An"), welcome);
        if (!accepted || !EnrollmentService::finish(*supervisor, welcome, accepted->hubFingerprint)) {
            throw std::runtime_error("enrollment failed");
        }
        pair = commune.signInPair();
    }
    void log(int count) {
        pair->database().exec("PRAGMA synchronous = OFF");
        for (int i = 0; i < count; ++i) {
            if (!LogService::logCheck(*pair, dc::bench::entry(book, next++))) {
                throw std::runtime_error("fill failed");
            }
        }
        pair->database().exec("PRAGMA synchronous = FULL");
    }
};

void BM_ExportADay(benchmark::State& state) {
    Exchange x;
    x.log(800);
    for (auto _ : state) {
        auto written = BundleService::exportBundle(*x.supervisor, x.out.path());
        if (!written) {
            state.SkipWithError("export failed");
            return;
        }
        state.counters["checks"] = static_cast<double>(written->front().checks);
    }
}
BENCHMARK(BM_ExportADay)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_ImportChecksPerSecond(benchmark::State& state) {
    Exchange x;
    x.log(kChecks);
    auto written = BundleService::exportBundle(*x.supervisor, x.out.path());
    if (!written) {
        state.SkipWithError("export failed");
        return;
    }
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto imported = ImportService::importFiles(*x.hub, {written->front().file});
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!imported || imported->front().status != QLatin1String("imported")) {
            state.SkipWithError("import failed");
            return;
        }
        state.counters["checks"] = static_cast<double>(imported->front().checks);
        state.counters["checks_per_s"] = static_cast<double>(imported->front().checks) / seconds;
    }
}
BENCHMARK(BM_ImportChecksPerSecond)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
