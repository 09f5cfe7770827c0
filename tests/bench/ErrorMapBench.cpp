// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Issue 16 part 2's target: the error map of a province over about 3,000,000 checks in under 1 s
// (ErrorMapService::compute and its views). The hub is filled as the import keeps its summaries (hub_map_entries,
// hub_map_corrected: schema 22), not imported (as BM_AwardsOverAProvince's): 91 communes, the three register types
// over five decades, about 33,000 entries a commune by current outcome, 10 fields corrected per register type with
// two classes each.
#include "core/campaign/Campaign.h"
#include "core/services/ErrorMapService.h"
#include "core/store/Database.h"
#include "tests/bench/FilledSite.h"
#include "tests/bench/SyntheticEnrollment.h"

#include "tests/bench/PlainSqlite.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using namespace dc;

class ErrorMapHub {
public:
    // The hub, or its unencrypted twin (the same rows: PlainSqlite.h).
    static ErrorMapHub& get(bool plain) {
        if (plain) {
            static ErrorMapHub twin(true);
            return twin;
        }
        static ErrorMapHub hub(false);
        return hub;
    }
    core::Session& session() { return *m_session; }
    std::int64_t entries = 0;
    std::int64_t rows = 0;

private:
    explicit ErrorMapHub(bool plain) : m_hub(bench::plainIf(plain, m_dir.path())) {
        m_session = m_hub.signIn();
        bench::expectVariant(m_session->database().path(), plain);
        core::store::Database& db = m_session->database();
        db.exec("BEGIN");
        int i = 0;
        for (const core::campaign::Commune& c : core::campaign::builtInCampaign().communes) {
            db.prepare("INSERT INTO hub_sites (site_uuid, epoch, district, commune, site_name, signing_public, "
                       "box_public, key_id, fingerprint, status, enrolled_by, enrolled_at) VALUES (?1, 1, ?2, ?3, ?3, "
                       "zeroblob(32), zeroblob(32), 'k', 'f', 'current', 'tinh', '2022-07-30T00:00:00Z')")
                .bind(1, QStringLiteral("site-%1").arg(i++, 2, 10, QLatin1Char('0')))
                .bind(2, c.district)
                .bind(3, c.name)
                .run();
        }
        // Per site, type and decade: 2,200 entries (1,430 match, 660 corrected, 44 new, 22 duplicates, 44 escalated).
        db.exec("WITH t(type) AS (VALUES ('birth'), ('marriage'), ('death')), d(decade) AS (VALUES (1970), (1980), "
                "(1990), (2000), (2010)), o(outcome, n) AS (VALUES ('match', 1430), ('corrected', 660), "
                "('missing_entered_new', 44), ('duplicate_in_database', 22), ('escalated', 44)) INSERT INTO "
                "hub_map_entries (site_uuid, record_type, decade, schema_version, outcome, entries, "
                "writing_differences) SELECT h.site_uuid, t.type, d.decade, t.type || '/1', o.outcome, o.n, o.n / 5 "
                "FROM hub_sites h, t, d, o");
        db.exec("WITH f(type, field) AS (VALUES ('birth', 'subject.full_name'), ('birth', 'subject.birth_date'), "
                "('birth', 'subject.sex'), ('birth', 'subject.birth_place'), ('birth', 'subject.home_town'), ('birth', "
                "'father.full_name'), ('birth', 'father.birth_date'), ('birth', 'mother.full_name'), ('birth', "
                "'mother.birth_date'), ('birth', 'subject.ethnicity'), ('marriage', 'husband.full_name'), "
                "('marriage', 'husband.birth_date'), ('marriage', 'husband.residence'), ('marriage', "
                "'husband.id_number'), ('marriage', 'wife.full_name'), ('marriage', 'wife.birth_date'), ('marriage', "
                "'wife.residence'), ('marriage', 'wife.id_number'), ('marriage', 'husband.ethnicity'), ('marriage', "
                "'wife.ethnicity'), ('death', 'subject.full_name'), ('death', 'subject.birth_date'), ('death', "
                "'subject.sex'), ('death', 'subject.residence'), ('death', 'subject.death_date'), ('death', "
                "'subject.death_place'), ('death', 'subject.death_cause'), ('death', 'subject.id_number'), ('death', "
                "'declarant.full_name'), ('death', 'subject.ethnicity')), d(decade) AS (VALUES (1970), (1980), (1990), "
                "(2000), (2010)), k(class, share) AS (VALUES ('', 3), ('diacritic', 2), ('date_other', 1)) INSERT INTO "
                "hub_map_corrected (site_uuid, record_type, decade, field_key, class, entries) SELECT h.site_uuid, "
                "f.type, d.decade, f.field, k.class, 20 * k.share + (length(h.site_uuid || f.field) + d.decade / 10) "
                "% 17 FROM hub_sites h, f, d, k");
        db.exec("COMMIT");
        db.exec("ANALYZE");
        auto total = db.prepare("SELECT sum(entries), count(*) FROM hub_map_entries");
        if (total.step()) {
            entries = total.int64(0);
            rows = total.int64(1);
        }
        auto more = db.prepare("SELECT count(*) FROM hub_map_corrected");
        if (more.step()) {
            rows += more.int64(0);
        }
    }
    QTemporaryDir m_dir;
    bench::BenchHub m_hub;
    std::unique_ptr<core::Session> m_session;
};

void BM_ErrorMapOverAProvince(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    ErrorMapHub& hub = ErrorMapHub::get(plain);
    std::size_t cells = 0;
    for (auto _ : state) {
        auto map = core::ErrorMapService::compute(hub.session(), {});
        if (!map) {
            state.SkipWithError(qPrintable(map.error().detail));
            break;
        }
        cells = map->cells.size();
        benchmark::DoNotOptimize(map);
    }
    state.SetLabel(std::to_string(cells) + " cells from " + std::to_string(hub.rows) + " summary rows, " +
                   std::to_string(hub.entries) + " entries, " + bench::variantLabel(plain));
}
BENCHMARK(BM_ErrorMapOverAProvince)->ArgName("plain")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

// The same map's printable document (every view the office reads, and the weakest cells).
void BM_ErrorMapDocumentOverAProvince(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    ErrorMapHub& hub = ErrorMapHub::get(plain);
    auto map = core::ErrorMapService::compute(hub.session(), {});
    if (!map) {
        state.SkipWithError(qPrintable(map.error().detail));
        return;
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(core::ErrorMapService::document(map.value(), core::domain::Language::Vietnamese));
    }
    state.SetLabel(bench::variantLabel(plain));
}
BENCHMARK(BM_ErrorMapDocumentOverAProvince)
    ->ArgName("plain")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

// At a commune site the map is a scan of its own log (schema 22's map_* views over entry_state): the logging
// benchmarks' site, 200,000 corrected checks (DOICHIEU_BENCH_FILL), twice a commune's campaign.
void BM_ErrorMapAtACommune(benchmark::State& state) {
    bench::FilledSite& site = bench::filled();
    auto supervisor = site.site.signInSupervisor();
    std::size_t cells = 0;
    for (auto _ : state) {
        auto map = core::ErrorMapService::compute(*supervisor, {});
        if (!map) {
            state.SkipWithError(qPrintable(map.error().detail));
            break;
        }
        cells = map->cells.size();
        benchmark::DoNotOptimize(map);
    }
    state.SetLabel(std::to_string(cells) + " cells, " + std::to_string(bench::kFill) + " checks");
}
BENCHMARK(BM_ErrorMapAtACommune)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
