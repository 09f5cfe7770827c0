// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Issue 16's target: an action list for a district in under 1 s at province scale (FindingsService::actions: the
// district's current rows, their real corrections, the escalations and the decisions on them, the writing differences
// from the summaries). The hub is filled as the import leaves its rows, not imported (as BM_HubReport's): 91 communes
// × 4 books (birth 1998 and 1978, death 1986, marriage 2005) × 8,250 entries = 3,003,000 current entries; per 100
// entries 85 match, 10 corrected (a real correction and a writing difference each), 2 entered new, 1 duplicate, 1
// escalated and open, 1 escalated, resolved by the supervisor and re-checked as corrected (two rows).
#include "core/campaign/Campaign.h"
#include "core/services/FindingsService.h"
#include "core/store/Database.h"
#include "tests/bench/SyntheticEnrollment.h"

#include "tests/bench/PlainSqlite.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>

namespace {

using namespace dc;

constexpr int kEntriesPerBook = 8250;

class FindingsScaleHub {
public:
    // The hub, or its unencrypted twin (the same rows: PlainSqlite.h).
    static FindingsScaleHub& get(bool plain) {
        if (plain) {
            static FindingsScaleHub twin(true);
            return twin;
        }
        static FindingsScaleHub hub(false);
        return hub;
    }
    core::Session& session() { return *m_session; }
    QString largestDistrict;
    std::int64_t entries = 0;

private:
    explicit FindingsScaleHub(bool plain) : m_hub(bench::plainIf(plain, m_dir.path())) {
        m_session = m_hub.signIn();
        bench::expectVariant(m_session->database().path(), plain);
        core::store::Database& db = m_session->database();
        db.exec("BEGIN");
        int i = 0;
        std::map<QString, int> communes;
        for (const core::campaign::Commune& c : core::campaign::builtInCampaign().communes) {
            ++communes[c.district];
            db.prepare("INSERT INTO hub_sites (site_uuid, epoch, district, commune, site_name, signing_public, "
                       "box_public, key_id, fingerprint, status, enrolled_by, enrolled_at) VALUES (?1, 1, ?2, ?3, ?3, "
                       "zeroblob(32), zeroblob(32), 'k', 'f', 'current', 'tinh', '2022-07-30T00:00:00Z')")
                .bind(1, QStringLiteral("00000000-0000-4000-8000-%1").arg(i++, 12, 10, QLatin1Char('0')))
                .bind(2, c.district)
                .bind(3, c.name)
                .run();
        }
        for (const auto& [district, count] : communes) {
            if (largestDistrict.isEmpty() || count > communes[largestDistrict]) {
                largestDistrict = district;
            }
        }
        // Books keep their UUIDs as text; checks and entry states as 16 bytes (schema 28): the checks are made as
        // text in a temporary table first (a book's UUID with the entry's number; "e" ends an escalated first row),
        // then stored as the import stores them.
        db.exec("WITH b(k, t, y) AS (VALUES (0, 'birth', 1998), (1, 'birth', 1978), (2, 'death', 1986), (3, "
                "'marriage', 2005)) INSERT INTO hub_books (uuid, site_uuid, district, commune, record_type, "
                "book_number, year_from, year_to, first_entry, last_entry, status, created_at) SELECT "
                "'0000000b-000' || b.k || '-4000-8000-' || substr(h.site_uuid, 25), h.site_uuid, h.district, "
                "h.commune, b.t, '0' || b.k, b.y, b.y, 1, "
                "9000, 'open', '2022-07-30T00:00:00Z' FROM hub_sites h, b ORDER BY 1");
        db.exec("CREATE TEMP TABLE t_checks (uuid TEXT, site_uuid TEXT, book_uuid TEXT, entry_number INTEGER, "
                "outcome TEXT, transcript TEXT, schema_version TEXT, logged_at TEXT, supersedes TEXT, reason TEXT)");
        const std::string entriesCte = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                                       std::to_string(kEntriesPerBook) + ") ";
        // In the order of the site (its last 8 digits), the book (its UUID's 13th character) and the entry, as the
        // rows the text keys made before schema 28 were; a last digit 0 for the current row, e for the escalated first.
        const std::string checkUuid = "substr(b.site_uuid, 29, 8) || '-000' || substr(b.uuid, 13, 1) || "
                                      "'-4000-8000-' || printf('%011d', n.i)";
        // The escalated first rows of the re-checked entries, then every entry's current row.
        db.exec(entriesCte + "INSERT INTO t_checks SELECT " + checkUuid +
                " || 'e', b.site_uuid, b.uuid, n.i, 'escalated', 'Ng_y_n', b.record_type || '/1', "
                "'2022-08-01T01:00:00Z', NULL, '' FROM hub_books b, n WHERE n.i % 100 = 99");
        db.exec(entriesCte + "INSERT INTO t_checks SELECT " + checkUuid +
                " || '0', b.site_uuid, b.uuid, n.i, CASE WHEN n.i % 100 < 85 THEN 'match' WHEN n.i % 100 < 95 OR "
                "n.i % 100 = 99 THEN 'corrected' WHEN n.i % 100 < 97 THEN 'missing_entered_new' WHEN n.i % 100 = 97 "
                "THEN 'duplicate_in_database' ELSE 'escalated' END, '', b.record_type || '/1', "
                "'2022-08-02T01:00:00Z', CASE WHEN n.i % 100 = 99 THEN " +
                checkUuid + " || 'e' END, CASE WHEN n.i % 100 = 99 THEN 'đọc lại' ELSE '' END FROM hub_books b, n");
        db.exec("INSERT INTO hub_checks (uuid, site_uuid, book_uuid, entry_number, registration_date, subject_name, "
                "subject_key, outcome, transcript, note, warnings, schema_version, reader_uuid, checker_uuid, "
                "session_uuid, logged_at, seconds_spent, supersedes, reason) SELECT unhex(replace(uuid, '-', '')), "
                "unhex(replace(site_uuid, '-', '')), unhex(replace(book_uuid, '-', '')), entry_number, '14/04/1998', "
                "'Nguyễn Văn Tình', 'k', outcome, transcript, '', '', schema_version, "
                "unhex('0000000000004000800000000000000a'), unhex('0000000000004000800000000000000c'), NULL, "
                "logged_at, 30, unhex(replace(supersedes, '-', '')), reason FROM t_checks ORDER BY rowid");
        db.exec("INSERT INTO hub_entry_state (book_uuid, entry_number, check_uuid, first_check, outcome) SELECT "
                "unhex(replace(book_uuid, '-', '')), entry_number, unhex(replace(uuid, '-', '')), "
                "unhex(replace(coalesce(supersedes, uuid), '-', '')), outcome FROM t_checks WHERE uuid NOT LIKE '%e'");
        db.exec("INSERT INTO hub_corrections (check_uuid, position, field_key, value_before, value_after, class, "
                "writing_difference) SELECT c.uuid, p.k, CASE p.k WHEN 0 THEN 'subject.full_name' ELSE "
                "'subject.sex' END, CASE p.k WHEN 0 THEN 'Nguyễn Văn Tinh' ELSE 'Nam' END, CASE p.k WHEN 0 THEN "
                "'Nguyễn Văn Tình' ELSE 'nam' END, CASE p.k WHEN 0 THEN 'diacritic' ELSE 'spacing_case' END, p.k "
                "FROM t_checks c, (SELECT 0 AS k UNION ALL SELECT 1) p WHERE c.outcome = 'corrected' AND c.uuid NOT "
                "LIKE '%e'");
        db.exec("INSERT INTO hub_review_events (uuid, site_uuid, check_uuid, decision, state, reason, note, "
                "supervisor_uuid, at) SELECT uuid || '-r', site_uuid, uuid, 'resolve', 'resolved', 'Giữ theo sổ', '', "
                "'s', '2022-08-01T08:00:00Z' FROM t_checks WHERE outcome = 'escalated' AND uuid LIKE '%e'");
        db.exec("INSERT INTO hub_daily_corrections (site_uuid, day, record_type, field_key, class, writing_difference, "
                "count) SELECT c.site_uuid, '2022-08-02', b.record_type, k.field_key, k.class, k.writing_difference, "
                "count(*) FROM hub_corrections k JOIN t_checks c ON c.uuid = k.check_uuid JOIN hub_books b ON "
                "b.uuid = c.book_uuid GROUP BY 1, 2, 3, 4, 5, 6");
        db.exec("DROP TABLE t_checks");
        db.exec("COMMIT");
        db.exec("ANALYZE");
        auto total = db.prepare("SELECT count(*) FROM hub_entry_state");
        if (total.step()) {
            entries = total.int64(0);
        }
    }
    QTemporaryDir m_dir;
    bench::BenchHub m_hub;
    std::unique_ptr<core::Session> m_session;
};

void BM_ActionListForDistrict(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    FindingsScaleHub& hub = FindingsScaleHub::get(plain);
    core::FindingsRequest request;
    request.scope.district = hub.largestDistrict;
    std::size_t items = 0;
    for (auto _ : state) {
        auto lists = core::FindingsService::actions(hub.session(), request);
        if (!lists) {
            state.SkipWithError(qPrintable(lists.error().detail));
            break;
        }
        items = lists->missingEnteredNew.size() + lists->duplicatesInDatabase.size() + lists->escalations.size() +
                lists->corrections.size();
        benchmark::DoNotOptimize(lists);
    }
    state.SetLabel(std::to_string(items) + " items in " + hub.largestDistrict.toStdString() + ", " +
                   std::to_string(hub.entries) + " entries at the hub" + ", " + bench::variantLabel(plain));
}
BENCHMARK(BM_ActionListForDistrict)->ArgName("plain")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
