// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/EvaluationGateway.h"

#include "core/store/Database.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace dc::core::gateways {

namespace {

// An unbounded end of the range compares below or above every ISO day.
QString lowDay(const QString& day) {
    return day.isEmpty() ? QStringLiteral("0000-00-00") : day;
}
QString highDay(const QString& day) {
    return day.isEmpty() ? QStringLiteral("9999-99-99") : day;
}

// The facts' texts repeat (a hub's tens of thousands of rows name a few hundred accounts, 91 sites, a few dozen days):
// each distinct text is made a QString once and shared, instead of converted and allocated for every row (at a
// province's size the conversions were nearly half of the read, which runs before every import's commit). Equal texts
// then also share their data, so the evaluation's maps hold far fewer distinct strings (judging a province's facts
// took about two-thirds of the time with them, docs/HUB.md).
struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

class TextPool {
public:
    QString operator()(const store::Statement& s, int column) {
        const std::string_view bytes = s.utf8(column);
        if (auto found = m_texts.find(bytes); found != m_texts.end()) {
            return found->second;
        }
        QString text = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
        m_texts.emplace(std::string(bytes), text);
        return text;
    }

private:
    std::unordered_map<std::string, QString, TextHash, std::equal_to<>> m_texts;
};

// The nine counts of a work row, from column `first` on: logged, matches, corrections, writing differences, new
// entries, duplicates, escalations, voids, amendments.
void readCounts(const store::Statement& s, int first, evaluation::Facts::Work& w) {
    w.logged = s.int64(first);
    w.matches = s.int64(first + 1);
    w.corrections = s.int64(first + 2);
    w.writingDifferences = s.int64(first + 3);
    w.newEntries = s.int64(first + 4);
    w.duplicates = s.int64(first + 5);
    w.escalations = s.int64(first + 6);
    w.voids = s.int64(first + 7);
    w.amendments = s.int64(first + 8);
}

// Columns: site, day, district, commune, record type, book year, first user, second user, then the counts.
evaluation::Facts::Work readWork(const store::Statement& s, TextPool& pool) {
    evaluation::Facts::Work w;
    w.site = pool(s, 0);
    w.day = pool(s, 1);
    w.district = pool(s, 2);
    w.commune = pool(s, 3);
    w.registerType = pool(s, 4);
    w.bookYear = static_cast<int>(s.int64(5));
    w.first = pool(s, 6);
    w.second = pool(s, 7);
    readCounts(s, 8, w);
    return w;
}

} // namespace

evaluation::Facts EvaluationGateway::hubFacts(const QString& fromDay, const QString& toDay) {
    evaluation::Facts facts;
    TextPool pool;
    facts.fromDay = fromDay;
    facts.toDay = toDay;
    const QString from = lowDay(fromDay);
    const QString to = highDay(toDay);
    {
        auto s = m_db.prepare(
            "SELECT u.site_uuid, u.uuid, u.user_name, coalesce(nullif(p.full_name, ''), u.display_name), "
            "coalesce(l.person_uuid, ''), coalesce(r.unit, '') FROM hub_users u LEFT JOIN person_links l ON "
            "l.site_uuid = u.site_uuid AND l.user_uuid = u.user_name LEFT JOIN persons p ON p.uuid = l.person_uuid "
            "LEFT JOIN registrations r ON r.person_uuid = l.person_uuid WHERE u.role = 'volunteer'");
        while (s.step()) {
            facts.accounts.push_back({pool(s, 0), pool(s, 1), pool(s, 2), pool(s, 3), pool(s, 4), pool(s, 5)});
        }
    }
    {
        // The books first, then the work rows matched to them here: a join looked each row's book up in SQLite's
        // B-trees (about a third of this read, which runs before every import's commit).
        struct Book {
            QString district;
            QString commune;
            QString registerType;
            int year = 0;
        };
        std::unordered_map<std::string, Book, TextHash, std::equal_to<>> books;
        auto b = m_db.prepare("SELECT uuid, district, commune, record_type, year_from FROM hub_books");
        while (b.step()) {
            books.emplace(std::string(b.utf8(0)),
                          Book{pool(b, 1), pool(b, 2), pool(b, 3), static_cast<int>(b.int64(4))});
        }
        // Counted first and reserved: grown by doubling, the rows (about 100,000 at 3,000,000 checks, a quarter of a
        // kilobyte each) were copied and twice as much fresh memory touched, a third of this read. The whole table is
        // counted (SQLite counts a table's rows from its pages' headers; counting the days asked for read every row,
        // 7 % of this read): at most the rows outside the days asked for are reserved in vain.
        auto count = m_db.prepare("SELECT count(*) FROM hub_daily_work");
        if (count.step()) {
            facts.work.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, count.int64(0))));
        }
        auto s = m_db.prepare(
            "SELECT site_uuid, day, book_uuid, first_user, second_user, logged, matches, corrections, "
            "writing_differences, new_entries, duplicates, escalations, voids, amendments FROM hub_daily_work WHERE "
            "day >= ?1 AND day <= ?2");
        s.bind(1, from).bind(2, to);
        while (s.step()) {
            evaluation::Facts::Work w;
            w.site = pool(s, 0);
            w.day = pool(s, 1);
            if (const auto book = books.find(s.utf8(2)); book != books.end()) { // else '' and 0, as a missing book
                w.district = book->second.district;
                w.commune = book->second.commune;
                w.registerType = book->second.registerType;
                w.bookYear = book->second.year;
            }
            w.first = pool(s, 3);
            w.second = pool(s, 4);
            readCounts(s, 5, w);
            facts.work.push_back(std::move(w));
        }
    }
    // The spot-checks and the decisions are summed per account by the judging (evaluation::assemble), so they are read
    // a day at a time as the summaries hold them: summed here by SQL first (GROUP BY), each was sorted again before
    // every import's commit. The people's days are read once for both their roles and their decisions.
    {
        auto s = m_db.prepare("SELECT site_uuid, day, user_uuid, read, checked, approvals, returns, flags FROM "
                              "hub_daily_people WHERE day >= ?1 AND day <= ?2 AND (read <> 0 OR checked <> 0 OR "
                              "approvals <> 0 OR returns <> 0 OR flags <> 0)");
        s.bind(1, from).bind(2, to);
        while (s.step()) {
            const std::int64_t read = s.int64(3);
            const std::int64_t checked = s.int64(4);
            const std::int64_t approved = s.int64(5);
            const std::int64_t returned = s.int64(6);
            const std::int64_t flagged = s.int64(7);
            if (read != 0 || checked != 0) {
                facts.roles.push_back({pool(s, 0), pool(s, 1), pool(s, 2), read, checked});
            }
            if (approved != 0 || returned != 0 || flagged != 0) {
                facts.decisions.push_back({pool(s, 0), pool(s, 2), approved, returned, flagged});
            }
        }
    }
    {
        auto s = m_db.prepare("SELECT site_uuid, min(first_user, second_user), max(first_user, second_user), sampled, "
                              "missed FROM hub_daily_spots WHERE day >= ?1 AND day <= ?2");
        s.bind(1, from).bind(2, to);
        while (s.step()) {
            facts.spots.push_back({pool(s, 0), pool(s, 1), pool(s, 2), s.int64(3), s.int64(4)});
        }
    }
    {
        // Each session's events together and in time (the order Facts asks for; which session comes first does not
        // matter), walked along hub_work_session_events_by_session: ordered by site first, all of the province's
        // events were sorted again before every import's commit. Counted first and reserved, as the work rows are.
        auto count = m_db.prepare("SELECT count(*) FROM hub_work_session_events");
        if (count.step()) {
            facts.sessionEvents.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, count.int64(0))));
        }
        auto s = m_db.prepare("SELECT s.site_uuid, s.uuid, min(s.first_user, s.second_user), max(s.first_user, "
                              "s.second_user), e.kind, e.at FROM hub_work_session_events e JOIN hub_work_sessions s ON "
                              "s.uuid = e.session_uuid ORDER BY e.session_uuid, e.at, e.uuid");
        while (s.step()) {
            facts.sessionEvents.push_back({pool(s, 0), pool(s, 1), pool(s, 2), pool(s, 3), pool(s, 4), s.text(5)});
        }
    }
    return facts;
}

evaluation::Facts EvaluationGateway::siteFacts(const QString& fromDay, const QString& toDay) {
    evaluation::Facts facts;
    TextPool pool;
    facts.fromDay = fromDay;
    facts.toDay = toDay;
    const QString from = lowDay(fromDay);
    const QString to = highDay(toDay);
    QString district;
    {
        auto s = m_db.prepare("SELECT district FROM enrollment ORDER BY epoch DESC LIMIT 1");
        if (s.step()) {
            district = s.text(0);
        }
    }
    {
        auto s = m_db.prepare("SELECT site_uuid, uuid, user_name, display_name, coalesce(person_uuid, '') FROM users "
                              "WHERE role = 'volunteer'");
        while (s.step()) {
            facts.accounts.push_back({pool(s, 0), pool(s, 1), pool(s, 2), pool(s, 3), pool(s, 4), QString()});
        }
    }
    {
        // The entries' columns, where the first row of each entry's line counts (its day and pair), with the current
        // row's outcome and corrections: the hub's hub_daily_work rule over the site's own log.
        auto s = m_db.prepare(
            "SELECT f.site_uuid, date(f.logged_at, '+7 hours') AS day, ?3, b.commune, b.record_type, b.year_from, "
            "min(ru.uuid, cu.uuid), max(ru.uuid, cu.uuid), count(*), sum(e.outcome = 'match'), sum((SELECT count(*) "
            "FROM corrections k WHERE k.check_id = e.check_id AND k.writing_difference = 0)), sum((SELECT count(*) "
            "FROM corrections k WHERE k.check_id = e.check_id AND k.writing_difference = 1)), sum(e.outcome = "
            "'missing_entered_new'), sum(e.outcome = 'duplicate_in_database'), sum(e.outcome = 'escalated'), 0, 0 "
            "FROM entry_state e JOIN checks f ON f.id = e.first_check_id JOIN books b ON b.id = f.book_id JOIN users "
            "ru ON ru.id = f.reader_id JOIN users cu ON cu.id = f.checker_id WHERE date(f.logged_at, '+7 hours') >= "
            "?1 AND date(f.logged_at, '+7 hours') <= ?2 GROUP BY f.site_uuid, day, b.id, min(ru.uuid, cu.uuid), "
            "max(ru.uuid, cu.uuid)");
        s.bind(1, from).bind(2, to).bind(3, district);
        while (s.step()) {
            facts.work.push_back(readWork(s, pool));
        }
    }
    {
        // Voids and amendments, for the pair that made them on the day they made them.
        auto s = m_db.prepare(
            "SELECT c.site_uuid, date(c.logged_at, '+7 hours') AS day, ?3, b.commune, b.record_type, b.year_from, "
            "min(ru.uuid, cu.uuid), max(ru.uuid, cu.uuid), 0, 0, 0, 0, 0, 0, 0, sum(c.outcome = 'void'), "
            "sum(c.outcome <> 'void') FROM checks c JOIN books b ON b.id = c.book_id JOIN users ru ON ru.id = "
            "c.reader_id JOIN users cu ON cu.id = c.checker_id WHERE c.supersedes IS NOT NULL AND date(c.logged_at, "
            "'+7 hours') >= ?1 AND date(c.logged_at, '+7 hours') <= ?2 GROUP BY c.site_uuid, day, b.id, "
            "min(ru.uuid, cu.uuid), max(ru.uuid, cu.uuid)");
        s.bind(1, from).bind(2, to).bind(3, district);
        while (s.step()) {
            facts.work.push_back(readWork(s, pool));
        }
    }
    {
        auto s = m_db.prepare(
            "SELECT site, day, user, sum(r), sum(k) FROM (SELECT f.site_uuid AS site, date(f.logged_at, '+7 hours') "
            "AS day, u.uuid AS user, 1 AS r, 0 AS k FROM entry_state e JOIN checks f ON f.id = e.first_check_id JOIN "
            "users u ON u.id = f.reader_id UNION ALL SELECT f.site_uuid, date(f.logged_at, '+7 hours'), u.uuid, 0, 1 "
            "FROM entry_state e JOIN checks f ON f.id = e.first_check_id JOIN users u ON u.id = f.checker_id) WHERE "
            "day >= ?1 AND day <= ?2 GROUP BY site, day, user");
        s.bind(1, from).bind(2, to);
        while (s.step()) {
            facts.roles.push_back({pool(s, 0), pool(s, 1), pool(s, 2), s.int64(3), s.int64(4)});
        }
    }
    {
        // Items decided (any result) and those whose latest result is a miss, per sample pair, by the sample's day.
        auto s = m_db.prepare(
            "SELECT a.site_uuid, min(a.uuid, b.uuid), max(a.uuid, b.uuid), count(*), sum((SELECT r.result = 'missed' "
            "FROM spot_results r WHERE r.item_id = i.id ORDER BY r.id DESC LIMIT 1)) FROM spot_items i JOIN "
            "spot_samples p ON p.id = i.sample_id JOIN users a ON a.id = p.first_user JOIN users b ON b.id = "
            "p.second_user WHERE EXISTS (SELECT 1 FROM spot_results r WHERE r.item_id = i.id) AND p.day >= ?1 AND "
            "p.day <= ?2 GROUP BY 1, 2, 3");
        s.bind(1, from).bind(2, to);
        while (s.step()) {
            facts.spots.push_back({pool(s, 0), pool(s, 1), pool(s, 2), s.int64(3), s.int64(4)});
        }
    }
    {
        // Both members of the reviewed row's pair, on the decision's site day.
        auto s = m_db.prepare(
            "SELECT c.site_uuid, u.uuid, sum(e.decision = 'approve'), sum(e.decision = 'return'), sum(e.decision = "
            "'flag') FROM review_events e JOIN checks c ON c.id = e.check_id JOIN users u ON u.id IN (c.reader_id, "
            "c.checker_id) WHERE e.decision IN ('approve', 'return', 'flag') AND date(e.at, '+7 hours') >= ?1 AND "
            "date(e.at, '+7 hours') <= ?2 GROUP BY 1, 2");
        s.bind(1, from).bind(2, to);
        while (s.step()) {
            facts.decisions.push_back({pool(s, 0), pool(s, 1), s.int64(2), s.int64(3), s.int64(4)});
        }
    }
    {
        auto s = m_db.prepare("SELECT s.site_uuid, s.uuid, min(a.uuid, b.uuid), max(a.uuid, b.uuid), e.kind, e.at "
                              "FROM work_sessions s JOIN work_session_events e ON e.session_id = s.id JOIN users a ON "
                              "a.id = s.first_user JOIN users b ON b.id = s.second_user ORDER BY s.id, e.id");
        while (s.step()) {
            facts.sessionEvents.push_back({pool(s, 0), pool(s, 1), pool(s, 2), pool(s, 3), pool(s, 4), s.text(5)});
        }
    }
    return facts;
}

} // namespace dc::core::gateways
