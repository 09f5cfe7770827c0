// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/FindingsGateway.h"

#include "core/store/Database.h"

namespace dc::core::gateways {

namespace {

// The columns of a row and its reference, hub side: the district's books first (CROSS JOIN keeps hub_books the outer
// loop, so a district reads its own books' entries by the primary key, not the province's 3 million).
constexpr const char* kHubRow =
    "SELECT b.district, b.commune, b.record_type, b.year_from, b.book_number, e.entry_number, c.registration_date, "
    "c.uuid, c.subject_name, c.outcome, c.schema_version";
constexpr const char* kHubFrom = " FROM hub_books b CROSS JOIN hub_entry_state e ON e.book_uuid = b.uuid "
                                 "JOIN hub_checks c ON c.uuid = e.check_uuid";
constexpr const char* kHubScope = " WHERE (?1 = '' OR b.district = ?1) AND (?2 = '' OR b.commune = ?2)";

// The same at a commune site; district and commune come from the enrollment (columns 0 and 1 are placeholders).
constexpr const char* kSiteRow =
    "SELECT '', b.commune, b.record_type, b.year_from, b.book_number, e.entry_number, c.registration_date, c.uuid, "
    "c.subject_name, c.outcome, c.schema_version";
constexpr const char* kSiteFrom =
    " FROM entry_state e JOIN books b ON b.id = e.book_id JOIN checks c ON c.id = e.check_id WHERE true";

std::string sql(std::initializer_list<const char*> parts) {
    std::string out;
    for (const char* p : parts) {
        out += p;
    }
    return out;
}

} // namespace

std::pair<QString, QString> FindingsGateway::sitePlace() {
    if (!m_place) {
        auto s = m_db.prepare("SELECT district, commune FROM enrollment ORDER BY epoch DESC LIMIT 1");
        m_place = s.step() ? std::make_pair(s.text(0), s.text(1)) : std::make_pair(QString(), QString());
    }
    return *m_place;
}

namespace {

FindingsGateway::Row readRow(const store::Statement& s, const std::pair<QString, QString>* place) {
    FindingsGateway::Row r;
    r.reference.district = place ? place->first : s.text(0);
    r.reference.commune = place && !place->second.isEmpty() ? place->second : s.text(1);
    r.reference.recordType = s.text(2);
    r.reference.year = s.integer(3);
    r.reference.bookNumber = s.text(4);
    r.reference.entry = s.integer(5);
    r.reference.registrationDate = s.text(6);
    r.reference.check = s.text(7);
    r.subjectName = s.text(8);
    r.outcome = s.text(9);
    r.schemaVersion = s.text(10);
    return r;
}

} // namespace

std::vector<FindingsGateway::Row> FindingsGateway::currentRows(const Scope& scope,
                                                               const std::vector<QString>& outcomes) {
    std::vector<Row> out;
    const auto place = m_hub ? std::pair<QString, QString>() : sitePlace();
    for (const QString& outcome : outcomes) {
        auto s = m_hub ? m_db.prepare(sql({kHubRow, kHubFrom, kHubScope, " AND e.outcome = ?3"}))
                       : m_db.prepare(sql({kSiteRow, kSiteFrom, " AND e.outcome = ?3"}));
        if (m_hub) {
            s.bind(1, scope.district).bind(2, scope.commune);
        }
        s.bind(3, outcome);
        while (s.step()) {
            out.push_back(readRow(s, m_hub ? nullptr : &place));
        }
    }
    return out;
}

std::optional<FindingsGateway::Row> FindingsGateway::currentRow(const QString& checkUuid) {
    const auto place = m_hub ? std::pair<QString, QString>() : sitePlace();
    auto s = m_hub ? m_db.prepare(
                         sql({kHubRow, " FROM hub_checks c JOIN hub_entry_state e ON e.book_uuid = c.book_uuid AND "
                                       "e.entry_number = c.entry_number AND e.check_uuid = c.uuid JOIN hub_books b ON "
                                       "b.uuid = c.book_uuid WHERE c.uuid = ?1"}))
                   : m_db.prepare(sql({kSiteRow, kSiteFrom, " AND c.uuid = ?1"}));
    s.bind(1, checkUuid);
    if (!s.step()) {
        return std::nullopt;
    }
    return readRow(s, m_hub ? nullptr : &place);
}

std::vector<FindingsGateway::Correction> FindingsGateway::realCorrections(const Scope& scope) {
    std::vector<Correction> out;
    const auto place = m_hub ? std::pair<QString, QString>() : sitePlace();
    auto s = m_hub ? m_db.prepare(sql({kHubRow, ", k.position, k.field_key, k.value_before, k.value_after, k.class",
                                       kHubFrom, " JOIN hub_corrections k ON k.check_uuid = c.uuid", kHubScope,
                                       " AND e.outcome <> 'match' AND k.writing_difference = 0"}))
                   : m_db.prepare(sql({kSiteRow, ", k.position, k.field_key, k.value_before, k.value_after, k.class",
                                       " FROM entry_state e JOIN books b ON b.id = e.book_id JOIN checks c ON c.id = "
                                       "e.check_id JOIN corrections k ON k.check_id = c.id WHERE e.outcome <> 'match' "
                                       "AND k.writing_difference = 0"}));
    if (m_hub) {
        s.bind(1, scope.district).bind(2, scope.commune);
    }
    while (s.step()) {
        Correction c;
        c.row = readRow(s, m_hub ? nullptr : &place);
        c.position = s.integer(11);
        c.field = s.text(12);
        c.before = s.text(13);
        c.after = s.text(14);
        c.correctionClass = s.text(15);
        out.push_back(std::move(c));
    }
    return out;
}

qint64 FindingsGateway::writingDifferences(const Scope& scope) {
    auto s = m_hub ? m_db.prepare("SELECT coalesce(sum(d.count), 0) FROM hub_daily_corrections d JOIN hub_sites s ON "
                                  "s.site_uuid = d.site_uuid AND s.status = 'current' WHERE d.writing_difference = 1 "
                                  "AND (?1 = '' OR s.district = ?1) AND (?2 = '' OR s.commune = ?2)")
                   : m_db.prepare("SELECT count(*) FROM entry_state e JOIN corrections k ON k.check_id = e.check_id "
                                  "WHERE k.writing_difference = 1");
    if (m_hub) {
        s.bind(1, scope.district).bind(2, scope.commune);
    }
    return s.step() ? s.int64(0) : 0;
}

std::vector<FindingsGateway::EscalatedEarlier> FindingsGateway::escalatedEarlier(const Scope& scope) {
    // Only amended entries have a history: at a hub those whose current row is not their first; at a commune those
    // whose current row supersedes another. The chain is walked back by `supersedes` (a UUID at a hub, an id here).
    auto s =
        m_hub
            ? m_db.prepare(sql({"WITH RECURSIVE chain(cur, prev) AS (SELECT c.uuid, c.supersedes", kHubFrom, kHubScope,
                                " AND e.check_uuid <> e.first_check AND c.supersedes IS NOT NULL UNION ALL "
                                "SELECT chain.cur, p.supersedes FROM chain JOIN hub_checks p ON p.uuid = "
                                "chain.prev WHERE p.supersedes IS NOT NULL) SELECT chain.cur, x.uuid FROM chain "
                                "JOIN hub_checks x ON x.uuid = chain.prev WHERE x.outcome = 'escalated'"}))
            : m_db.prepare("WITH RECURSIVE chain(cur, prev) AS (SELECT c.id, c.supersedes FROM entry_state e JOIN "
                           "checks c ON c.id = e.check_id WHERE c.supersedes IS NOT NULL UNION ALL SELECT "
                           "chain.cur, p.supersedes FROM chain JOIN checks p ON p.id = chain.prev WHERE "
                           "p.supersedes IS NOT NULL) SELECT cur.uuid, x.uuid FROM chain JOIN checks x ON x.id = "
                           "chain.prev JOIN checks cur ON cur.id = chain.cur WHERE x.outcome = 'escalated'");
    if (m_hub) {
        s.bind(1, scope.district).bind(2, scope.commune);
    }
    std::vector<EscalatedEarlier> out;
    while (s.step()) {
        out.push_back({s.text(0), s.text(1)});
    }
    return out;
}

std::optional<FindingsGateway::Review> FindingsGateway::newestReview(const QString& checkUuid) {
    auto s = m_hub ? m_db.prepare("SELECT decision, reason, note, at FROM hub_review_events WHERE check_uuid = ?1 "
                                  "ORDER BY at DESC, id DESC LIMIT 1")
                   : m_db.prepare("SELECT r.decision, r.reason, r.note, r.at FROM review_events r JOIN checks c ON "
                                  "c.id = r.check_id WHERE c.uuid = ?1 ORDER BY r.at DESC, r.id DESC LIMIT 1");
    s.bind(1, checkUuid);
    if (!s.step()) {
        return std::nullopt;
    }
    return Review{s.text(0), s.text(1), s.text(2), s.text(3)};
}

std::optional<FindingsGateway::DistrictDecision> FindingsGateway::newestDistrictDecision(const QString& checkUuid) {
    auto s = m_hub ? m_db.prepare("SELECT decision, note, decided_at FROM hub_decisions WHERE check_uuid = ?1 ORDER BY "
                                  "decided_at DESC, uuid DESC LIMIT 1")
                   : m_db.prepare("SELECT decision, note, decided_at FROM district_decisions WHERE check_uuid = ?1 "
                                  "ORDER BY decided_at DESC, uuid DESC LIMIT 1");
    s.bind(1, checkUuid);
    if (!s.step()) {
        return std::nullopt;
    }
    return DistrictDecision{s.text(0), s.text(1), s.text(2)};
}

std::vector<FindingsGateway::Book> FindingsGateway::books(const Scope& scope) {
    std::vector<Book> out;
    if (m_hub) {
        auto s = m_db.prepare("SELECT uuid, district, commune, record_type, year_from, book_number, first_entry, "
                              "last_entry FROM hub_books WHERE (?1 = '' OR district = ?1) AND (?2 = '' OR commune = "
                              "?2)");
        s.bind(1, scope.district).bind(2, scope.commune);
        while (s.step()) {
            Book b{s.text(0), s.text(1), s.text(2), s.text(3), s.integer(4), s.text(5), std::nullopt, std::nullopt};
            if (!s.isNull(6)) {
                b.first = s.integer(6);
            }
            if (!s.isNull(7)) {
                b.last = s.integer(7);
            }
            out.push_back(std::move(b));
        }
        return out;
    }
    const auto place = sitePlace();
    auto s = m_db.prepare(
        "SELECT id, commune, record_type, year_from, book_number, first_entry, last_entry FROM books ORDER BY id");
    while (s.step()) {
        Book b{QString::number(s.int64(0)),
               place.first,
               place.second.isEmpty() ? s.text(1) : place.second,
               s.text(2),
               s.integer(3),
               s.text(4),
               std::nullopt,
               std::nullopt};
        if (!s.isNull(5)) {
            b.first = s.integer(5);
        }
        if (!s.isNull(6)) {
            b.last = s.integer(6);
        }
        out.push_back(std::move(b));
    }
    return out;
}

std::vector<int> FindingsGateway::currentEntries(const QString& bookKey) {
    auto s = m_hub ? m_db.prepare("SELECT entry_number FROM hub_entry_state WHERE book_uuid = ?1 ORDER BY entry_number")
                   : m_db.prepare("SELECT entry_number FROM entry_state WHERE book_id = ?1 ORDER BY entry_number");
    if (m_hub) {
        s.bind(1, bookKey);
    } else {
        s.bind(1, bookKey.toLongLong());
    }
    std::vector<int> out;
    while (s.step()) {
        out.push_back(s.integer(0));
    }
    return out;
}

} // namespace dc::core::gateways
