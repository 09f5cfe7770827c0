// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Issue 15's target: every volunteer's metrics and the ranking for about 600 volunteers over 3,000,000 checks in
// under 2 s (AwardsService::compute: the facts read from the hub's summaries, assembled, scored, ranked, shortlisted,
// the private patterns). The hub is filled as the import keeps its summaries, not imported (as BM_HubReport's): 91
// communes × 42 days, 7 volunteers a commune in 3 pairs a day (the seventh alternating), 4 books of different register
// types and decades, about 3,003,000 entries, work sessions of 7 hours with a pause, spot-checks and decisions.
#include "core/campaign/Campaign.h"
#include "core/services/AwardsService.h"
#include "core/store/Database.h"
#include "tests/bench/SyntheticEnrollment.h"

#include "tests/bench/PlainSqlite.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using namespace dc;

class AwardsScaleHub {
public:
    // The hub, or its unencrypted twin (the same rows: PlainSqlite.h).
    static AwardsScaleHub& get(bool plain) {
        if (plain) {
            static AwardsScaleHub twin(true);
            return twin;
        }
        static AwardsScaleHub hub(false);
        return hub;
    }
    core::Session& session() { return *m_session; }
    std::int64_t entries = 0;

private:
    explicit AwardsScaleHub(bool plain) : m_hub(bench::plainIf(plain, m_dir.path())) {
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
        db.exec("WITH b(k, t, y) AS (VALUES (0, 'birth', 1998), (1, 'birth', 1978), (2, 'death', 1986), (3, "
                "'marriage', 2005)) INSERT INTO hub_books (uuid, site_uuid, district, commune, record_type, "
                "book_number, year_from, year_to, first_entry, last_entry, status, created_at) SELECT h.site_uuid || "
                "'-b' || b.k, h.site_uuid, h.district, h.commune, b.t, '0' || b.k, b.y, b.y, 1, 20000, 'open', "
                "'2022-07-30T00:00:00Z' FROM hub_sites h, b");
        db.exec("WITH RECURSIVE u(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM u WHERE i < 6) INSERT INTO hub_users "
                "(uuid, site_uuid, user_name, display_name, role, active, created_at) SELECT h.site_uuid || '-u' || "
                "u.i, h.site_uuid, 'tnv' || u.i, 'Nguyễn Văn Tình ' || u.i, 'volunteer', 1, '2022-07-30T00:00:00Z' "
                "FROM hub_sites h, u");
        // The pairs of a day: (u0, u1), (u2, u3), (u4, u5 or u6 on alternate days).
        const std::string pairs =
            "WITH RECURSIVE d(n, day) AS (SELECT 0, '2022-08-01' UNION ALL SELECT n + 1, date('2022-08-01', '+' || "
            "(n + 1) || ' days') FROM d WHERE n < 41), p(k) AS (VALUES (0), (1), (2)), pd AS (SELECT h.site_uuid AS "
            "site, d.n AS n, d.day AS day, p.k AS k, h.site_uuid || '-u' || (2 * p.k) AS a, h.site_uuid || '-u' || "
            "(CASE WHEN p.k = 2 AND d.n % 2 = 1 THEN 6 ELSE 2 * p.k + 1 END) AS b FROM hub_sites h, d, p) ";
        db.exec(pairs +
                ", bk(k) AS (VALUES (0), (1), (2), (3)) INSERT INTO hub_daily_work (site_uuid, day, book_uuid, "
                "first_user, second_user, logged, matches, corrections, writing_differences, new_entries, duplicates, "
                "escalations, voids, amendments) SELECT pd.site, pd.day, pd.site || '-b' || bk.k, pd.a, pd.b, 55 + "
                "(pd.n + pd.k + bk.k) % 22, 45 + (pd.n + pd.k + bk.k) % 22, 6 + (pd.n + bk.k) % 5, 4, 1, (pd.n + "
                "bk.k) % 2, 1, (pd.n + pd.k) % 5 = 0, 1 FROM pd, bk");
        db.exec(pairs +
                ", m(who) AS (VALUES (0), (1)) INSERT INTO hub_daily_people (site_uuid, day, user_uuid, read, checked, "
                "corrections, rechecks, returns, approvals, flags) SELECT pd.site, pd.day, CASE m.who WHEN 0 THEN pd.a "
                "ELSE pd.b END, CASE m.who WHEN 0 THEN 150 ELSE 110 END, CASE m.who WHEN 0 THEN 110 ELSE 150 END, 30, "
                "4, (pd.n + pd.k) % 7 = 0, 36, (pd.n + pd.k) % 11 = 0 FROM pd, m");
        db.exec(pairs + "INSERT INTO hub_daily_spots (site_uuid, day, first_user, second_user, reader, checker, "
                        "sampled, missed) SELECT pd.site, pd.day, pd.a, pd.b, pd.a, pd.b, 5, (pd.n + pd.k) % 13 = 0 "
                        "FROM pd");
        db.exec(pairs + "INSERT INTO hub_work_sessions (uuid, site_uuid, first_user, second_user, started_at) SELECT "
                        "pd.site || pd.day || pd.k, pd.site, pd.a, pd.b, pd.day || 'T01:00:00Z' FROM pd");
        db.exec("WITH e(i, kind, at) AS (VALUES (0, 'start', 'T01:00:00Z'), (1, 'pause', 'T04:00:00Z'), (2, "
                "'resume', 'T05:00:00Z'), (3, 'end', 'T09:00:00Z')) INSERT INTO hub_work_session_events (uuid, "
                "session_uuid, kind, reader, at) SELECT s.uuid || '-' || e.i, s.uuid, e.kind, s.first_user, "
                "substr(s.started_at, 1, 10) || e.at FROM hub_work_sessions s, e");
        db.exec("COMMIT");
        db.exec("ANALYZE");
        auto total = db.prepare("SELECT sum(logged) FROM hub_daily_work");
        if (total.step()) {
            entries = total.int64(0);
        }
    }
    QTemporaryDir m_dir;
    bench::BenchHub m_hub;
    std::unique_ptr<core::Session> m_session;
};

void BM_AwardsOverAProvince(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    AwardsScaleHub& hub = AwardsScaleHub::get(plain);
    std::size_t volunteers = 0;
    for (auto _ : state) {
        auto awards = core::AwardsService::compute(hub.session(), {});
        if (!awards) {
            state.SkipWithError(qPrintable(awards.error().detail));
            break;
        }
        volunteers = awards->volunteers.size();
        benchmark::DoNotOptimize(awards);
    }
    state.SetLabel(std::to_string(volunteers) + " volunteers, " + std::to_string(hub.entries) + " entries, " +
                   bench::variantLabel(plain));
}
BENCHMARK(BM_AwardsOverAProvince)->ArgName("plain")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
