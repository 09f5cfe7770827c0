// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/FindingsGateway.h"

#include "core/Uuid.h"
#include "core/store/Database.h"

#include <algorithm>
#include <tuple>

namespace dc::core::gateways {

FindingsGateway::FindingsGateway(store::Database& db, bool atHub) : m_db(db), m_hub(atHub) {
    if (m_hub) {
        m_db.exec("PRAGMA cache_size = -262144");
    }
}

std::pair<QString, QString> FindingsGateway::sitePlace() {
    if (!m_place) {
        auto s = m_db.prepare("SELECT district, commune FROM enrollment ORDER BY epoch DESC LIMIT 1");
        m_place = s.step() ? std::make_pair(s.text(0), s.text(1)) : std::make_pair(QString(), QString());
    }
    return *m_place;
}

std::vector<FindingsGateway::Book> FindingsGateway::books(const Scope& scope) {
    std::vector<Book> out;
    const auto read = [&out](const store::Statement& s, const QString& district, const QString& commune) {
        Book b{s.text(0), district, commune, s.text(3), s.integer(4), s.text(5), std::nullopt, std::nullopt};
        if (!s.isNull(6)) {
            b.first = s.integer(6);
        }
        if (!s.isNull(7)) {
            b.last = s.integer(7);
        }
        out.push_back(std::move(b));
    };
    if (m_hub) {
        auto s = m_db.prepare("SELECT uuid, district, commune, record_type, year_from, book_number, first_entry, "
                              "last_entry FROM hub_books WHERE (?1 = '' OR district = ?1) AND (?2 = '' OR commune = "
                              "?2)");
        s.bind(1, scope.district).bind(2, scope.commune);
        while (s.step()) {
            read(s, s.text(1), s.text(2));
        }
    } else {
        const auto place = sitePlace();
        auto s = m_db.prepare("SELECT id, '', commune, record_type, year_from, book_number, first_entry, last_entry "
                              "FROM books");
        while (s.step()) {
            // Keyed by its id; the place is the site's enrollment (the book's own commune before it enrolled).
            read(s, place.first, place.second.isEmpty() ? s.text(2) : place.second);
            out.back().key = QString::number(s.int64(0));
        }
    }
    // The lists' order (domain::RegisterReference::order): district, commune, record type, year, number.
    std::sort(out.begin(), out.end(), [](const Book& a, const Book& b) {
        return std::tie(a.district, a.commune, a.recordType, a.year, a.bookNumber) <
               std::tie(b.district, b.commune, b.recordType, b.year, b.bookNumber);
    });
    return out;
}

std::vector<int> FindingsGateway::currentEntries(const QString& bookKey) {
    auto s = m_hub ? m_db.cached("SELECT entry_number FROM hub_entry_state WHERE book_uuid = ?1 ORDER BY entry_number")
                   : m_db.cached("SELECT entry_number FROM entry_state WHERE book_id = ?1 ORDER BY entry_number");
    if (m_hub) {
        s->bindUuid(1, bookKey); // hub_entry_state keeps its UUIDs as their 16 bytes (schema 28)
    } else {
        s->bind(1, bookKey.toLongLong());
    }
    std::vector<int> out;
    while (s->step()) {
        out.push_back(s->integer(0));
    }
    return out;
}

std::vector<FindingsGateway::Row> FindingsGateway::notableRows(const Book& book) {
    // At a hub an amended entry's current row is not its first; at a commune it supersedes another row.
    auto s = m_hub ? m_db.cached("SELECT e.entry_number, c.registration_date, c.uuid, c.subject_name, c.outcome, "
                                 "c.schema_version, c.supersedes FROM hub_entry_state e JOIN hub_checks "
                                 "c ON c.uuid = e.check_uuid WHERE e.book_uuid = ?1 AND (e.outcome <> 'match' OR "
                                 "e.check_uuid <> e.first_check) ORDER BY e.entry_number")
                   : m_db.cached("SELECT e.entry_number, c.registration_date, c.uuid, c.subject_name, c.outcome, "
                                 "c.schema_version, coalesce(p.uuid, '') FROM entry_state e JOIN checks c ON c.id = "
                                 "e.check_id LEFT JOIN checks p ON p.id = c.supersedes WHERE e.book_id = ?1 AND "
                                 "(e.outcome <> 'match' OR c.supersedes IS NOT NULL) ORDER BY e.entry_number");
    if (m_hub) {
        s->bindUuid(1, book.key);
    } else {
        s->bind(1, book.key.toLongLong());
    }
    std::vector<Row> out;
    while (s->step()) {
        // The hub's UUIDs are 16 bytes (schema 28); a row that supersedes none reads as an empty string either way.
        out.push_back({s->integer(0), s->text(1), m_hub ? s->uuid(2) : s->text(2), s->text(3), s->text(4), s->text(5),
                       m_hub ? s->uuid(6) : s->text(6)});
    }
    return out;
}

std::vector<FindingsGateway::Correction> FindingsGateway::corrections(const QString& checkUuid) {
    auto s = m_hub ? m_db.cached("SELECT position, field_key, value_before, value_after, class, writing_difference "
                                 "FROM hub_corrections WHERE check_uuid = ?1 ORDER BY position")
                   : m_db.cached("SELECT k.position, k.field_key, k.value_before, k.value_after, k.class, "
                                 "k.writing_difference FROM corrections k JOIN checks c ON c.id = k.check_id WHERE "
                                 "c.uuid = ?1 ORDER BY k.position");
    s->bind(1, checkUuid);
    std::vector<Correction> out;
    while (s->step()) {
        out.push_back({s->integer(0), s->text(1), s->text(2), s->text(3), s->text(4), s->int64(5) != 0});
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

std::optional<FindingsGateway::Earlier> FindingsGateway::earlier(const QString& checkUuid) {
    if (m_hub && !uuidBytes(checkUuid)) {
        return std::nullopt; // not a UUID: no check of the hub's
    }
    auto s = m_hub ? m_db.cached("SELECT outcome, supersedes FROM hub_checks WHERE uuid = ?1")
                   : m_db.cached("SELECT c.outcome, coalesce(p.uuid, '') FROM checks c LEFT JOIN checks p ON p.id = "
                                 "c.supersedes WHERE c.uuid = ?1");
    if (m_hub) {
        s->bindUuid(1, checkUuid);
    } else {
        s->bind(1, checkUuid);
    }
    if (!s->step()) {
        return std::nullopt;
    }
    return Earlier{s->text(0), m_hub ? s->uuid(1) : s->text(1)};
}

std::optional<FindingsGateway::Review> FindingsGateway::newestReview(const QString& checkUuid) {
    auto s = m_hub ? m_db.cached("SELECT decision, reason, note, at FROM hub_review_events WHERE check_uuid = ?1 "
                                 "ORDER BY at DESC, id DESC LIMIT 1")
                   : m_db.cached("SELECT r.decision, r.reason, r.note, r.at FROM review_events r JOIN checks c ON "
                                 "c.id = r.check_id WHERE c.uuid = ?1 ORDER BY r.at DESC, r.id DESC LIMIT 1");
    s->bind(1, checkUuid);
    if (!s->step()) {
        return std::nullopt;
    }
    return Review{s->text(0), s->text(1), s->text(2), s->text(3)};
}

std::optional<FindingsGateway::DistrictDecision> FindingsGateway::newestDistrictDecision(const QString& checkUuid) {
    auto s = m_hub ? m_db.cached("SELECT decision, note, decided_at FROM hub_decisions WHERE check_uuid = ?1 ORDER BY "
                                 "decided_at DESC, uuid DESC LIMIT 1")
                   : m_db.cached("SELECT decision, note, decided_at FROM district_decisions WHERE check_uuid = ?1 "
                                 "ORDER BY decided_at DESC, uuid DESC LIMIT 1");
    s->bind(1, checkUuid);
    if (!s->step()) {
        return std::nullopt;
    }
    return DistrictDecision{s->text(0), s->text(1), s->text(2)};
}

} // namespace dc::core::gateways
