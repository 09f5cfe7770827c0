// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The province hub's benchmarks (issue 13, "Performance"): import ≥ 50,000 checks/s; the hub's reads over 3,000,000
// checks in under 300 ms; a commune's day (800 checks) exported in under 1 s. DOICHIEU_BENCH_CHECKS sizes the province
// (default 3,000,000); see tests/bench/README.md.
#include "core/Bytes.h"
#include "core/Uuid.h"
#include "core/campaign/Campaign.h"
#include "core/gateways/HubGateway.h"
#include "core/services/AwardsService.h"
#include "core/services/BundleService.h"
#include "core/services/HubBoardService.h"
#include "core/services/ImportService.h"
#include "core/services/LogService.h"
#include "core/services/ReportTables.h"
#include "core/store/Database.h"
#include "crypto/Encoding.h"
#include "crypto/Random.h"
#include "tests/bench/PlainSqlite.h"
#include "tests/bench/ProvinceGenerator.h"
#include "tests/bench/SyntheticEnrollment.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>

namespace dc::bench {
namespace {

// Where a province hub is kept between runs, keyed by the generator's version, seed and size (never in the repo):
// DOICHIEU_BENCH_CACHE, else the build folder.
QString cacheRoot() {
    const QString set = qEnvironmentVariable("DOICHIEU_BENCH_CACHE");
    return set.isEmpty() ? QStringLiteral(DOICHIEU_BENCH_CACHE_DIR) : set;
}

// The cached hub's folder name: the generator's key, and "-plain" for the unencrypted twin (PlainSqlite.h).
QString cacheKey(const GeneratorOptions& options, bool plain) {
    return plain ? options.key() + QStringLiteral("-plain") : options.key();
}

double threadCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// The whole process's CPU time: the import's worker threads (ImportService opens the next bundle on one) included.
double processCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

struct ImportRun {
    GeneratedProvince generated;
    double importSeconds = 0;
    double importCpuSeconds = 0;        // of this thread: the import's own work, whatever else the machine runs
    double importProcessCpuSeconds = 0; // of the process: this thread and the import's worker threads
    std::int64_t imported = 0;          // checks in bundles applied
    int refused = 0;
};

// What the hub counts after the import (DOICHIEU_BENCH_VERBOSE): to see the generator's shares, and to compare two
// builds of the import.
void printTotals(core::Session& session) {
    auto status = core::ImportService::status(session);
    auto board = core::HubBoardService::board(session, &core::campaign::builtInCampaign());
    if (!status || !board) {
        return;
    }
    std::int64_t perDay = 0;
    for (const core::DistrictDay& d : board->perDay) {
        perDay += d.entries;
    }
    const core::BoardFigures& f = board->figures;
    std::fprintf(stderr,
                 "hub: %zu communes, entries %lld (per day %lld), corrected %lld, corrections %lld, writing "
                 "differences %lld, escalations open %lld, alarms %d\n",
                 status->size(), static_cast<long long>(f.entries), static_cast<long long>(perDay),
                 static_cast<long long>(f.corrected), static_cast<long long>(f.corrections),
                 static_cast<long long>(f.writingDifferences), static_cast<long long>(f.escalationsOpen),
                 f.alarms.total());
}

// Makes a hub in `dir`, generates the province's bundles beside it and imports them all, timing the import alone.
ImportRun generateAndImport(const QString& dir, const GeneratorOptions& options) {
    BenchHub hub(dir);
    auto session = hub.signIn();
    ImportRun run;
    const QString bundles = QDir(dir).filePath(QStringLiteral("incoming"));
    run.generated = ProvinceGenerator(options).generate(*session, bundles);
    std::fprintf(stderr, "generated %lld checks, %lld events in %zu bundles (%.0f MB) in %.1f s (%.0f checks/s)\n",
                 static_cast<long long>(run.generated.checks), static_cast<long long>(run.generated.events),
                 run.generated.bundles.size(), static_cast<double>(run.generated.bytes) / 1e6, run.generated.seconds,
                 static_cast<double>(run.generated.checks) / run.generated.seconds);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    const double processCpuStart = processCpuSeconds();
    // A day's bundles at a time, as the office imports a USB stick's worth.
    std::size_t i = 0;
    while (i < run.generated.bundles.size()) {
        QStringList paths;
        const int day = run.generated.bundles[i].day;
        for (; i < run.generated.bundles.size() && run.generated.bundles[i].day == day; ++i) {
            paths.append(run.generated.bundles[i].path);
        }
        auto result = core::ImportService::importFiles(*session, paths);
        if (!result) {
            throw std::runtime_error("import refused: " + result.error().detail.toStdString());
        }
        for (const core::ImportedFile& f : result.value()) {
            if (f.status == QLatin1String("imported")) {
                run.imported += f.checks;
            } else {
                ++run.refused;
                if (run.refused <= 3) {
                    std::fprintf(stderr, "bundle %s: %s %s %s\n", qPrintable(QFileInfo(f.file).fileName()),
                                 qPrintable(f.status), qPrintable(f.reason), qPrintable(f.message));
                }
            }
        }
    }
    run.importSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    run.importCpuSeconds = threadCpuSeconds() - cpuStart;
    run.importProcessCpuSeconds = processCpuSeconds() - processCpuStart;
    QDir(bundles).removeRecursively();
    QDir(QDir(dir).filePath(QStringLiteral("receipts"))).removeRecursively();
    if (qEnvironmentVariableIsSet("DOICHIEU_BENCH_VERBOSE")) {
        printTotals(*session);
    }
    return run;
}

// The hub holding the province (made once: cached in the build folder by the generator's key).
class ProvinceHub {
public:
    // The encrypted hub, or its plain twin (the same province generated and imported into an unencrypted hub).
    static ProvinceHub& get(bool plain) {
        if (plain) {
            static ProvinceHub twin(true);
            return twin;
        }
        static ProvinceHub hub(false);
        return hub;
    }
    core::Session& session() { return *m_session; }
    [[nodiscard]] std::int64_t checks() const { return m_checks; }

    // After BM_HubImport made a complete hub: it becomes the cached one when none is.
    static void offer(const QString& dir, const GeneratorOptions& options, bool plain) {
        const QString target = plainIf(plain, QDir(cacheRoot()).filePath(cacheKey(options, plain)));
        if (QFileInfo::exists(QDir(target).filePath(QStringLiteral("complete")))) {
            return;
        }
        QDir(target).removeRecursively();
        if (QDir().rename(dir, target)) {
            QFile marker(QDir(target).filePath(QStringLiteral("complete")));
            (void)marker.open(QIODevice::WriteOnly);
        }
    }

private:
    explicit ProvinceHub(bool plain) {
        const GeneratorOptions options = GeneratorOptions::fromEnvironment();
        const QString dir = plainIf(plain, QDir(cacheRoot()).filePath(cacheKey(options, plain)));
        if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("complete")))) {
            QDir(dir).removeRecursively();
            const ImportRun run = generateAndImport(dir, options);
            std::fprintf(stderr, "imported %lld checks in %.1f s into %s\n", static_cast<long long>(run.imported),
                         run.importSeconds, qPrintable(dir));
            QFile marker(QDir(dir).filePath(QStringLiteral("complete")));
            (void)marker.open(QIODevice::WriteOnly);
        }
        m_hub.emplace(dir);
        m_session = m_hub->signIn();
        expectVariant(m_session->database().path(), plain);
        // DOICHIEU_BENCH_PAGE_CACHE_MIB: SQLite's page cache of the reading connection, to see how much of the
        // cipher's cost on the board and a commune's detail is pages decrypted again (the default is 2 MB).
        if (const int mib = qEnvironmentVariableIntValue("DOICHIEU_BENCH_PAGE_CACHE_MIB"); mib > 0) {
            m_session->database().exec("PRAGMA cache_size = -" + std::to_string(mib * 1024));
        }
        auto status = core::ImportService::status(*m_session);
        if (!status) {
            throw std::runtime_error("the cached hub does not answer");
        }
        for (const core::HubCommune& c : status.value()) {
            m_checks += c.entries;
        }
    }
    std::optional<BenchHub> m_hub;
    std::unique_ptr<core::Session> m_session;
    std::int64_t m_checks = 0;
};

// Imports the whole province (DOICHIEU_BENCH_CHECKS checks, default 3,000,000) into a new hub: checks per second of
// the import alone (the generation before it is not timed). Target: ≥ 50,000/s. Argument `plain`: into an unencrypted
// hub, the engine's floor (PlainSqlite.h).
void BM_HubImport(benchmark::State& state) {
    const GeneratorOptions options = GeneratorOptions::fromEnvironment();
    const bool plain = state.range(0) == 1;
    state.SetLabel(variantLabel(plain));
    for (auto _ : state) {
        QDir().mkpath(cacheRoot());
        const QString dir =
            plainIf(plain, QDir(cacheRoot()).filePath(QStringLiteral("import-%1").arg(cacheKey(options, plain))));
        QDir(dir).removeRecursively();
        const ImportRun run = generateAndImport(dir, options);
        state.SetIterationTime(run.importSeconds);
        state.counters["checks"] = static_cast<double>(run.imported);
        state.counters["checks_per_s"] = static_cast<double>(run.imported) / run.importSeconds;
        state.counters["checks_per_cpu_s"] = static_cast<double>(run.imported) / run.importCpuSeconds;
        state.counters["checks_per_process_cpu_s"] = static_cast<double>(run.imported) / run.importProcessCpuSeconds;
        state.counters["bundles"] = static_cast<double>(run.generated.bundles.size());
        state.counters["refused"] = run.refused;
        state.counters["generated_per_s"] = static_cast<double>(run.generated.checks) / run.generated.seconds;
        if (run.refused > 0) {
            state.SkipWithError("bundles were refused");
        }
        ProvinceHub::offer(dir, options, plain);
        QDir(dir).removeRecursively();
    }
}
BENCHMARK(BM_HubImport)->ArgName("plain")->Arg(0)->Arg(1)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

// The engine's floor under the import: only the rows issue 13 makes every imported check leave at the hub, written with
// plain statements prepared once, the values made before the clock starts — per check its row in hub_checks (and the
// cell of its unique UUID index), its check.logged event in its commune's block of the chain (hub_chain_blocks: one
// row per commune and day, compressed before the clock as the import's worker does), its entry's row in
// hub_entry_state, and one correction in 6.5 (the generated province's share) with its unique index's cell; one
// transaction per day of 91
// communes × 400 checks, the import's 256 MiB page cache, WAL and synchronous FULL. No parsing, no signature, no
// summary, no review or spot-check row, no conflict or amendment look-up: whatever the import does on top of these rows
// can only make it slower, so checks_per_s here bounds what any import keeping these rows can reach on this machine.
// DOICHIEU_BENCH_CHECKS sizes it as BM_HubImport (default 3,000,000; rounded to whole days). Argument `ordered`: the
// checks' UUIDs as the sites make them since 2026-12-03 (version 7, the time of the day they were logged first: core/
// Uuid.h), or random ones (version 4, as before): what keying the hub's rows by random UUIDs costs at the province's
// size. Argument `blob`: every UUID the rows hold (the check's, its book's, site's, reader's, checker's and session's)
// stored as its 16 bytes instead of its 36 characters of text (the columns' affinity keeps a blob a blob): what that
// lever of issue 13 is worth at the engine, before any reader is changed for it.
void BM_HubImportFloor(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    const bool ordered = state.range(1) == 1;
    const bool blob = state.range(2) == 1;
    state.SetLabel(variantLabel(plain) + (ordered ? ", UUIDv7" : ", UUIDv4") + (blob ? ", 16-byte keys" : ""));
    // A UUID as the rows keep it: its text, or its 16 bytes (RFC 9562's order).
    const auto stored = [blob](std::string text) {
        if (!blob) {
            return text;
        }
        const QByteArray bytes =
            QUuid::fromString(QLatin1String(text.data(), static_cast<qsizetype>(text.size()))).toRfc4122();
        return bytes.toStdString();
    };
    const auto bindKey = [blob](core::store::Statement& statement, int index,
                                const std::string& key) -> core::store::Statement& {
        return blob ? statement.bindBlob(index, core::asBytes(key)) : statement.bindUnowned(index, key);
    };
    const GeneratorOptions options = GeneratorOptions::fromEnvironment();
    constexpr int kCommunes = 91;
    constexpr int kPerDay = 400;
    const std::int64_t days = std::max<std::int64_t>(1, options.checks / (kCommunes * kPerDay));
    const auto uuid = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(); };
    for (auto _ : state) {
        QDir().mkpath(cacheRoot());
        const QString dir = plainIf(plain, QDir(cacheRoot()).filePath(QStringLiteral("floor-%1").arg(plain)));
        QDir(dir).removeRecursively();
        {
            BenchHub hub(dir);
            auto session = hub.signIn();
            expectVariant(session->database().path(), plain);
            core::store::Database& db = session->database();
            db.exec("PRAGMA cache_size = -262144");
            // The four tables made again with their UUID columns typed BLOB or TEXT as the argument says (a STRICT
            // table refuses the other; since schema 28 the hub's own hub_checks and hub_entry_state are BLOB with a
            // 16-byte check, which text keys drop), their indexes and triggers as they were.
            for (const char* table : {"hub_checks", "hub_entry_state", "hub_corrections", "hub_chain_blocks"}) {
                QStringList others;
                QString definition;
                auto schema = db.prepare("SELECT type, sql FROM sqlite_schema WHERE tbl_name = ?1 AND sql IS NOT "
                                         "NULL ORDER BY type = 'table' DESC");
                schema.bind(1, table);
                while (schema.step()) {
                    (schema.text(0) == QLatin1String("table") ? definition : others.emplace_back()) = schema.text(1);
                }
                static const QRegularExpression uuidColumn(
                    QStringLiteral("\\b(\\w*uuid|first_check|supersedes)\\s+(TEXT|BLOB)\\b"));
                static const QRegularExpression sixteen(QStringLiteral("\\s*CHECK \\(length\\(\\w+\\) = 16\\)"));
                definition.replace(uuidColumn, blob ? QStringLiteral("\\1 BLOB") : QStringLiteral("\\1 TEXT"));
                if (!blob) {
                    definition.replace(sixteen, QString());
                }
                db.exec(("DROP TABLE " + std::string(table)).c_str());
                db.exec(definition.toStdString().c_str());
                for (const QString& sql : others) {
                    db.exec(sql.toStdString().c_str());
                }
            }
            auto check = db.prepare(
                "INSERT INTO hub_checks (uuid, book_uuid, entry_number, registration_date, subject_name, outcome, "
                "transcript, note, warnings, schema_version, reader_uuid, checker_uuid, session_uuid, logged_at, "
                "seconds_spent, supersedes, reason, site_uuid, subject_key) VALUES (?1, ?2, ?3, '14/04/1998', "
                "'Nguyễn Thị Hồng', 'match', '', '', '', 'birth/1', ?4, ?5, ?6, ?7, 35, NULL, '', ?8, "
                "'nguyen thi hong') ON CONFLICT (uuid) DO NOTHING");
            auto block = db.prepare("INSERT INTO hub_chain_blocks (site_uuid, first_seq, last_seq, hashes, encoding, "
                                    "events) VALUES (?1, ?2, ?3, ?4, 'json-zstd', ?5)");
            auto entryState =
                db.prepare("INSERT INTO hub_entry_state (book_uuid, entry_number, check_uuid, "
                           "first_check, outcome) VALUES (?1, ?2, ?3, ?3, 'match') ON CONFLICT DO NOTHING");
            auto correction = db.prepare(
                "INSERT INTO hub_corrections (check_uuid, position, field_key, value_before, value_after, class, "
                "writing_difference) VALUES (?1, 0, 'subject.full_name', 'Nguyen Thi Hong', 'Nguyễn Thị Hồng', "
                "'diacritic', 0) ON CONFLICT DO NOTHING");
            struct Site {
                std::string uuid, reader, checker, session, actors;
                std::int64_t seq = 0;
            };
            std::vector<Site> sites(kCommunes);
            for (Site& site : sites) {
                site = {uuid(), uuid(), uuid(), uuid(), {}, 0};
                site.actors = site.reader + "," + site.checker;
                site.uuid = stored(site.uuid);
                site.reader = stored(site.reader);
                site.checker = stored(site.checker);
                site.session = stored(site.session);
            }
            double seconds = 0;
            std::int64_t written = 0;
            for (std::int64_t day = 0; day < days; ++day) {
                // The day's values, made before the clock starts.
                std::vector<std::string> checks(static_cast<std::size_t>(kCommunes * kPerDay));
                std::vector<std::string> books(kCommunes);
                // The day's checks are logged between 07:00 and 17:00 (UTC+7), the communes' in one another's.
                const std::int64_t dayStart = (std::int64_t{1659139200} + day * 86400) * 1000; // 2022-07-30 00:00Z
                QRandomGenerator* random = QRandomGenerator::global();
                for (auto& c : checks) {
                    c = ordered ? core::rowUuidAt(dayStart + random->bounded(10 * 3600 * 1000), random->generate(),
                                                  random->generate64())
                                      .toStdString()
                                : uuid();
                }
                for (auto& b : books) {
                    b = uuid();
                }
                char at[32];
                std::snprintf(at, sizeof at, "2022-07-%02lldT03:00:00Z", static_cast<long long>(1 + day % 28));
                // Each commune's day of check.logged events as the hub keeps them: one compressed block.
                std::vector<core::gateways::HubGateway::ChainBlock> blocks(kCommunes);
                for (int c = 0; c < kCommunes; ++c) {
                    Site& site = sites[static_cast<std::size_t>(c)];
                    const std::string& book = books[static_cast<std::size_t>(c)];
                    std::vector<core::audit::Event> events(kPerDay);
                    for (int e = 1; e <= kPerDay; ++e) {
                        const std::string& id = checks[static_cast<std::size_t>(c * kPerDay + e - 1)];
                        core::audit::Event& event = events[static_cast<std::size_t>(e - 1)];
                        event.seq = site.seq + e;
                        event.at = QString::fromLatin1(at);
                        event.actors = QString::fromStdString(site.actors);
                        event.action = QStringLiteral("check.logged");
                        event.subject = QString::fromStdString(id);
                        event.details = QString::fromStdString(
                            "{\"book\":\"" + book + "\",\"check\":\"" + id + "\",\"content\":\"" +
                            crypto::toHex(crypto::randomSecret(32).bytes()) + "\",\"entry\":" + std::to_string(e) +
                            ",\"outcome\":\"match\"}");
                        const crypto::SecureBuffer hash = crypto::randomSecret(event.hash.size());
                        std::copy_n(hash.data(), hash.size(), event.hash.begin());
                    }
                    blocks[static_cast<std::size_t>(c)] = core::gateways::HubGateway::chainBlock(events);
                    site.seq += kPerDay;
                }
                for (auto& c : checks) {
                    c = stored(std::move(c));
                }
                for (auto& b : books) {
                    b = stored(std::move(b));
                }
                QElapsedTimer timer;
                timer.start();
                db.exec("BEGIN IMMEDIATE");
                for (int c = 0; c < kCommunes; ++c) {
                    Site& site = sites[static_cast<std::size_t>(c)];
                    const std::string& book = books[static_cast<std::size_t>(c)];
                    for (int e = 1; e <= kPerDay; ++e) {
                        const std::string& id = checks[static_cast<std::size_t>(c * kPerDay + e - 1)];
                        bindKey(check, 1, id);
                        bindKey(check, 2, book).bind(3, e);
                        bindKey(check, 4, site.reader);
                        bindKey(check, 5, site.checker);
                        bindKey(check, 6, site.session).bindUnowned(7, at);
                        bindKey(check, 8, site.uuid).run();
                        check.reset();
                        bindKey(entryState, 1, book).bind(2, e);
                        bindKey(entryState, 3, id).run();
                        entryState.reset();
                        if (e % 13 == 0 || e % 13 == 7) { // 2 in 13: one correction in 6.5 checks
                            bindKey(correction, 1, id).run();
                            correction.reset();
                        }
                    }
                    const core::gateways::HubGateway::ChainBlock& chain = blocks[static_cast<std::size_t>(c)];
                    bindKey(block, 1, site.uuid).bind(2, chain.firstSeq).bind(3, chain.lastSeq);
                    block.bindBlob(4, core::asBytes(chain.hashes)).bindBlob(5, core::asBytes(chain.events)).run();
                    block.reset();
                }
                db.exec("COMMIT");
                (void)db.checkpointIfDue();
                seconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
                written += kCommunes * kPerDay;
            }
            state.SetIterationTime(seconds);
            state.counters["checks"] = static_cast<double>(written);
            state.counters["checks_per_s"] = static_cast<double>(written) / seconds;
            state.counters["rows_per_s"] = static_cast<double>(written) * (3 + 2.0 / 13) / seconds;
        }
        QDir(dir).removeRecursively();
    }
}
BENCHMARK(BM_HubImportFloor)
    ->ArgNames({"plain", "ordered", "blob"})
    ->Args({0, 0, 0})
    ->Args({1, 0, 0})
    ->Args({0, 1, 0})
    ->Args({1, 1, 0})
    ->Args({0, 1, 1})
    ->Args({1, 1, 1})
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kSecond);

// `hub status` over the province: every commune's row with its totals and alarms. Target: < 300 ms.
void BM_HubStatus(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    ProvinceHub& hub = ProvinceHub::get(plain);
    for (auto _ : state) {
        auto status = core::ImportService::status(hub.session());
        if (!status || status->empty()) {
            state.SkipWithError("status failed");
            break;
        }
        benchmark::DoNotOptimize(status);
    }
    state.counters["hub_entries"] = static_cast<double>(hub.checks());
    state.SetLabel(variantLabel(plain));
}
BENCHMARK(BM_HubStatus)->ArgName("plain")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// What every import reads inside its transaction for its receipts' explanations (AwardsService::readForReceipts: the
// judging's facts of the whole campaign so far, EvaluationGateway::hubFacts) over the province: paid on the importing
// thread once per import call, 42 calls in BM_HubImport. No target of its own: it is part of the import's.
void BM_ReceiptsJudgingFacts(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    ProvinceHub& hub = ProvinceHub::get(plain);
    std::size_t events = 0;
    for (auto _ : state) {
        auto judging = core::AwardsService::readForReceipts(hub.session());
        if (!judging) {
            state.SkipWithError("the facts could not be read");
            break;
        }
        events = judging->facts.sessionEvents.size();
        benchmark::DoNotOptimize(judging);
    }
    state.counters["session_events"] = static_cast<double>(events);
    state.SetLabel(variantLabel(plain));
}
BENCHMARK(BM_ReceiptsJudgingFacts)->ArgName("plain")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The province board (HubBoardService::board with the built-in campaign's plan): every district and commune against the
// plan to date, entries per day by district. Target: < 300 ms.
void BM_ProvinceBoard(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    ProvinceHub& hub = ProvinceHub::get(plain);
    const core::campaign::Campaign& plan = core::campaign::builtInCampaign();
    std::int64_t entries = 0;
    for (auto _ : state) {
        auto board = core::HubBoardService::board(hub.session(), &plan);
        if (!board) {
            state.SkipWithError("board failed");
            break;
        }
        entries = board->figures.entries;
        benchmark::DoNotOptimize(board);
    }
    state.counters["hub_entries"] = static_cast<double>(entries);
    state.SetLabel(variantLabel(plain));
}
BENCHMARK(BM_ProvinceBoard)->ArgName("plain")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// A commune drilled down into (HubBoardService::commune): its row, books, alarms and days. Target: < 300 ms.
void BM_CommuneDetail(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    ProvinceHub& hub = ProvinceHub::get(plain);
    const core::campaign::Campaign& plan = core::campaign::builtInCampaign();
    auto status = core::ImportService::status(hub.session());
    if (!status || status->empty()) {
        state.SkipWithError("no commune at the hub");
        return;
    }
    const QString site = status->front().site;
    for (auto _ : state) {
        auto detail = core::HubBoardService::commune(hub.session(), site, &plan);
        if (!detail) {
            state.SkipWithError("commune failed");
            break;
        }
        benchmark::DoNotOptimize(detail);
    }
    state.SetLabel(variantLabel(plain));
}
BENCHMARK(BM_CommuneDetail)->ArgName("plain")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// A commune supervisor exports the day: a real workstation with 800 checks logged through LogService, one bundle
// sealed to the hub. Target: < 1 s. A commune's figure by nature (a workstation holds one commune); `plain`: the
// workstation and the hub unencrypted.
void BM_ExportCommuneDay(benchmark::State& state) {
    static constexpr int kDay = 800;
    const bool plain = state.range(0) == 1;
    state.SetLabel(variantLabel(plain));
    std::optional<PlainScope> scope(std::in_place, plain);
    test::TestSite site;
    const qint64 birth = site.addBook(1, 5000, QStringLiteral("01"), 1998);
    {
        auto pair = site.signInPair();
        for (int n = 1; n <= kDay; ++n) {
            core::CheckInput input;
            input.bookId = birth;
            input.entryNumber = n;
            input.registrationDate = QStringLiteral("14/04/1998");
            input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
            input.outcome = n % 8 == 0 ? core::Outcome::Corrected : core::Outcome::Match;
            if (input.outcome == core::Outcome::Corrected) {
                input.corrections = {{QStringLiteral("subject.full_name"), QStringLiteral("Nguyen Thi Hong"),
                                      QStringLiteral("Nguyễn Thị Hồng")}};
            }
            input.secondsSpent = 30;
            if (!core::LogService::logCheck(*pair, input)) {
                state.SkipWithError("logging failed");
                return;
            }
        }
    }
    QTemporaryDir hubDir;
    BenchHub hub(hubDir.path());
    auto hubSession = hub.signIn();
    auto supervisor = site.signInSupervisor();
    const core::campaign::Commune& commune = core::campaign::builtInCampaign().communes.front();
    enrollWorkstation(*hubSession, *supervisor, commune.district, commune.name);
    scope.reset();
    expectVariant(supervisor->database().path(), plain);
    expectVariant(hubSession->database().path(), plain);
    QTemporaryDir out;
    std::int64_t checks = 0;
    for (auto _ : state) {
        auto written = core::BundleService::exportBundle(*supervisor, out.path());
        if (!written || written->size() != 1) {
            state.SkipWithError(written ? "split export" : qPrintable(written.error().detail));
            break;
        }
        checks = written->front().checks;
        state.PauseTiming();
        QFile::remove(written->front().file);
        state.ResumeTiming();
    }
    state.counters["checks"] = static_cast<double>(checks);
}
BENCHMARK(BM_ExportCommuneDay)->ArgName("plain")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The four reports at the hub over a province of 3,000,000 checks (issue 13: < 300 ms each). The report summaries of
// schema 8 filled as an import of 3,003,000 checks would leave them (the generator's shape: 91 communes of the
// built-in campaign × 42 days of about 785 entries, 4 books, 16 volunteers in 8 pairs, about 2 % spot-checked), not
// imported: the import's own rate is BM_HubImport's. Each report is built and laid out (ReportTables), for the
// province and for a district (Dầu Tiếng, 12 communes), over a month (2022-08-01 … 31).
class ReportScaleHub {
public:
    static ReportScaleHub& get(bool plain) {
        if (plain) {
            static ReportScaleHub twin(true);
            return twin;
        }
        static ReportScaleHub hub(false);
        return hub;
    }
    core::Session& session() { return *m_session; }

private:
    explicit ReportScaleHub(bool plain) : m_hub(plainIf(plain, m_dir.path())) {
        m_session = m_hub.signIn();
        expectVariant(m_session->database().path(), plain);
        core::store::Database& db = m_session->database();
        db.exec("BEGIN");
        int i = 0;
        for (const core::campaign::Commune& c : core::campaign::builtInCampaign().communes) {
            db.prepare("INSERT INTO hub_sites (site_uuid, epoch, district, commune, site_name, signing_public, "
                       "box_public, key_id, fingerprint, status, enrolled_by, enrolled_at) VALUES (?1, 1, ?2, ?3, ?3, "
                       "zeroblob(32), zeroblob(32), 'k', 'f', 'current', 'tinh', '2022-07-30T00:00:00Z')")
                .bind(1, QStringLiteral("00000000-0000-4000-8000-%1").arg(i++, 12, 10, QLatin1Char('0')))
                .bind(2, c.district)
                .bind(3, c.name)
                .run();
        }
        db.exec(
            "WITH b(k, t) AS (VALUES (0, 'birth'), (1, 'birth'), (2, 'death'), (3, 'marriage')) "
            "INSERT INTO hub_books (uuid, site_uuid, district, commune, record_type, book_number, year_from, "
            "year_to, first_entry, last_entry, status, created_at) SELECT '0000000b-000' || b.k || '-4000-8000-' || "
            "substr(h.site_uuid, 25), "
            "h.site_uuid, h.district, h.commune, b.t, '0' || b.k, 1998, 1998, 1, 20000, 'open', "
            "'2022-07-30T00:00:00Z' FROM hub_sites h, b");
        db.exec("WITH RECURSIVE u(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM u WHERE i < 15) "
                "INSERT INTO hub_users (uuid, site_uuid, user_name, display_name, role, active, created_at) SELECT "
                "h.site_uuid || '-u' || u.i, h.site_uuid, 'tnv' || u.i, 'Nguyễn Văn Tình ' || u.i, 'volunteer', 1, "
                "'2022-07-30T00:00:00Z' FROM hub_sites h, u");
        const char* days = "WITH RECURSIVE d(n, day) AS (SELECT 0, '2022-08-01' UNION ALL SELECT n + 1, "
                           "date('2022-08-01', '+' || (n + 1) || ' days') FROM d WHERE n < 41) ";
        db.exec(std::string(days) + "INSERT INTO hub_daily_books (site_uuid, day, book_uuid, logged) SELECT "
                                    "b.site_uuid, d.day, b.uuid, 196 FROM hub_books b, d");
        // A third of 3 record types × 8 fields × 3 classes a site and day (24 kinds of correction, about 48
        // corrections: a commune's day of 785 entries holds about 100; a name's diacritics are writing differences).
        db.exec(std::string(days) +
                ", t(r) AS (VALUES ('birth'), ('death'), ('marriage')), f(k) AS (VALUES ('subject.full_name'), "
                "('subject.sex'), ('subject.birth_date'), ('subject.birth_place'), ('father.full_name'), "
                "('mother.full_name'), ('registration.date'), ('registrar.full_name')), c(k) AS (VALUES ('spelling'), "
                "('diacritic'), ('date_day_month_swap')) INSERT INTO hub_daily_corrections (site_uuid, day, "
                "record_type, field_key, class, writing_difference, count) SELECT h.site_uuid, d.day, t.r, f.k, c.k, "
                "c.k = 'diacritic', 1 + (d.n + length(f.k)) % 3 FROM hub_sites h, d, t, f, c WHERE (d.n + length(f.k) "
                "+ length(c.k) + length(t.r)) % 3 = 0");
        db.exec(std::string(days) +
                "INSERT INTO hub_daily_people (site_uuid, day, user_uuid, read, checked, corrections, rechecks, "
                "returns) SELECT u.site_uuid, d.day, u.uuid, 49, 49, 6, 1, (d.n + length(u.uuid)) % 2 FROM hub_users "
                "u, d");
        // Spot-checks: each of 4 pairs a day, 4 items each (2 % of 785), one in about 33 missed.
        db.exec(std::string(days) +
                ", p(k) AS (VALUES (0), (1), (2), (3)) INSERT INTO hub_spot_samples (uuid, site_uuid, day, "
                "first_user, second_user, seed, rate_permille, minimum, population, drawn_by, drawn_at) SELECT "
                "h.site_uuid || d.day || '-' || p.k, h.site_uuid, d.day, h.site_uuid || '-u' || (2 * p.k + d.n % 2), "
                "h.site_uuid || '-u' || (2 * p.k + 1 - d.n % 2), 'seed', 20, 4, 196, 'sup', d.day || 'T10:00:00Z' "
                "FROM hub_sites h, d, p");
        // Each item's check UUID is a UUID (hub_checks keeps it as 16 bytes, schema 28); the checks' reader and
        // checker stand in as the site's UUID, the summaries below take the pair from the sample.
        db.exec("WITH i(k) AS (VALUES (0), (1), (2), (3)) INSERT INTO hub_spot_items (uuid, sample_uuid, check_uuid) "
                "SELECT s.uuid || '-i' || i.k, s.uuid, printf('00000000-0000-4000-8000-%012x', row_number() OVER "
                "(ORDER BY s.uuid, i.k)) "
                "FROM hub_spot_samples s, i");
        db.exec("INSERT INTO hub_checks (uuid, site_uuid, book_uuid, entry_number, registration_date, subject_name, "
                "subject_key, outcome, transcript, note, warnings, schema_version, reader_uuid, checker_uuid, "
                "logged_at, seconds_spent, reason) SELECT unhex(replace(i.check_uuid, '-', '')), "
                "unhex(replace(s.site_uuid, '-', '')), unhex('0000000b000040008000' || substr(s.site_uuid, 25)), "
                "abs(random() % 20000), "
                "'14/04/1998', 'Nguyễn Thị Hồng', 'nguyen thi hong', 'match', '', '', '', 'birth/1', "
                "unhex(replace(s.site_uuid, '-', '')), unhex(replace(s.site_uuid, '-', '')), s.day || 'T03:00:00Z', "
                "30, '' FROM hub_spot_items i JOIN hub_spot_samples s ON s.uuid = i.sample_uuid");
        db.exec("INSERT INTO hub_spot_results (uuid, item_uuid, result, field_key, value_before, value_after, class, "
                "note, supervisor_uuid, at) SELECT i.uuid || '-r', i.uuid, CASE WHEN abs(random() % 33) = 0 THEN "
                "'missed' ELSE 'confirmed' END, 'subject.sex', 'nam', 'nữ', 'other', '', 'sup', "
                "'2022-09-01T10:00:00Z' FROM hub_spot_items i");
        db.exec("INSERT INTO hub_daily_spots (site_uuid, day, first_user, second_user, reader, checker, sampled, "
                "missed) SELECT p.site_uuid, p.day, p.first_user, p.second_user, p.first_user, p.second_user, "
                "count(*), sum(r.result = 'missed') FROM hub_spot_items i JOIN hub_spot_samples p ON p.uuid = "
                "i.sample_uuid JOIN hub_spot_results r ON r.item_uuid = i.uuid GROUP BY 1, 2, 3, 4, 5, 6");
        db.exec("COMMIT");
        db.exec("ANALYZE");
    }
    QTemporaryDir m_dir;
    BenchHub m_hub;
    std::unique_ptr<core::Session> m_session;
};

// One report (state.range(0): 0 progress, 1 corrections, 2 volunteers, 3 spot-checks) for the province (range(1) 0)
// or a district (1), over a month; range(2) 1: on the plain twin. Target: < 300 ms.
void BM_HubReport(benchmark::State& state) {
    static const char* const kKinds[] = {"progress", "corrections", "volunteers", "spot-checks"};
    const bool plain = state.range(2) == 1;
    core::Session& session = ReportScaleHub::get(plain).session();
    core::ReportRequest request;
    request.kind = QString::fromLatin1(kKinds[state.range(0)]);
    request.range = {QDate(2022, 8, 1), QDate(2022, 8, 31)};
    if (state.range(1) == 1) {
        request.scope.district = QStringLiteral("Dầu Tiếng");
    }
    state.SetLabel(request.kind.toStdString() + (state.range(1) == 1 ? " / district" : " / province") + ", " +
                   variantLabel(plain));
    for (auto _ : state) {
        auto document = core::buildReport(session, request, core::domain::Language::Vietnamese);
        if (!document) {
            state.SkipWithError(qPrintable(document.error().detail));
            break;
        }
        benchmark::DoNotOptimize(document);
    }
}
BENCHMARK(BM_HubReport)
    ->ArgNames({"kind", "district", "plain"})
    ->ArgsProduct({{0, 1, 2, 3}, {0, 1}, {0, 1}})
    ->Unit(benchmark::kMillisecond);

} // namespace
} // namespace dc::bench
