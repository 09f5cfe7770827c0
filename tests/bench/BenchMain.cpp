// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// doichieu-bench's main: Google Benchmark's, inside a QGuiApplication (offscreen unless a platform is chosen), because
// LogFormBench drives the GUI's view models in a QML engine. On the console, the benchmarks that ran on both an
// encrypted and a plain database (an argument `plain`: tests/bench/PlainSqlite.h) are printed again at the end, side
// by side with their ratio.
#include <benchmark/benchmark.h>

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

// The console's report, then a table of SQLCipher against plain SQLite for every pair `…plain:0…` / `…plain:1…`:
// wall and CPU time (the benchmark's own, or its median with repetitions), every rate counter (`…per…`) and every
// time counter (`…_ms`).
class PairingReporter : public benchmark::ConsoleReporter {
public:
    explicit PairingReporter(OutputOptions options) : ConsoleReporter(options) {}

    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            if (run.error_occurred) {
                continue;
            }
            const bool aggregate = run.run_type == Run::RT_Aggregate;
            if (aggregate && run.aggregate_name != "median") {
                continue;
            }
            std::string name = run.run_name.str();
            const std::size_t at = name.find("plain:");
            if (at == std::string::npos || at + 6 >= name.size()) {
                continue;
            }
            const bool plain = name[at + 6] == '1';
            name.replace(at, 7, "plain:*");
            Pair& pair = m_pairs[name];
            // With repetitions the median wins over the single runs.
            Side& side = plain ? pair.plain : pair.encrypted;
            if (side.fromAggregate && !aggregate) {
                continue;
            }
            side = Side{true,
                        aggregate,
                        run.GetAdjustedRealTime(),
                        run.GetAdjustedCPUTime(),
                        benchmark::GetTimeUnitString(run.time_unit),
                        {}};
            for (const auto& [counter, value] : run.counters) {
                // (not the generator's rate beside the import: no database in it)
                if ((counter.find("per") != std::string::npos && !counter.starts_with("generated")) ||
                    counter.ends_with("_ms")) {
                    side.counters[counter] = value.value;
                }
            }
        }
    }

    void Finalize() override {
        ConsoleReporter::Finalize();
        bool header = false;
        for (const auto& [name, pair] : m_pairs) {
            if (!pair.encrypted.seen || !pair.plain.seen) {
                continue;
            }
            if (!header) {
                std::printf("\nSQLCipher against plain SQLite (the same work, the same engine without its codec):\n");
                header = true;
            }
            std::printf("%s\n  wall %.4g %s vs %.4g %s plain: %.2fx; CPU %.4g vs %.4g: %.2fx\n", name.c_str(),
                        pair.encrypted.real, pair.encrypted.unit.c_str(), pair.plain.real, pair.plain.unit.c_str(),
                        ratio(pair.encrypted.real, pair.plain.real), pair.encrypted.cpu, pair.plain.cpu,
                        ratio(pair.encrypted.cpu, pair.plain.cpu));
            for (const auto& [counter, value] : pair.encrypted.counters) {
                const auto other = pair.plain.counters.find(counter);
                if (other != pair.plain.counters.end()) {
                    // A time (…_ms) encrypted over plain, a rate (…per…) plain over encrypted: above 1 is what
                    // encryption costs either way.
                    const bool time = counter.ends_with("_ms");
                    std::printf("  %s %.6g vs %.6g plain: %.2fx\n", counter.c_str(), value, other->second,
                                time ? ratio(value, other->second) : ratio(other->second, value));
                }
            }
        }
        std::fflush(stdout);
    }

private:
    struct Side {
        bool seen = false;
        bool fromAggregate = false;
        double real = 0;
        double cpu = 0;
        std::string unit;
        std::map<std::string, double> counters; // the rates (…per…) and times (…_ms) among its counters
    };
    struct Pair {
        Side encrypted;
        Side plain;
    };
    static double ratio(double a, double b) { return b > 0 ? a / b : 0; }
    std::map<std::string, Pair> m_pairs;
};

bool consoleOutput(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--benchmark_format=", 19) == 0 && std::strcmp(argv[i] + 19, "console") != 0) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // nothing is shown
    }
    QGuiApplication application(argc, argv);
    const bool console = consoleOutput(argc, argv); // before Initialize takes the flags out of argv
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    if (console) {
        // Colours only on a terminal, as the library's own console reporter does.
        PairingReporter reporter(isatty(STDOUT_FILENO) != 0 ? benchmark::ConsoleReporter::OO_ColorTabular
                                                            : benchmark::ConsoleReporter::OO_Tabular);
        ::benchmark::RunSpecifiedBenchmarks(&reporter);
    } else {
        ::benchmark::RunSpecifiedBenchmarks();
    }
    ::benchmark::Shutdown();
    return 0;
}
