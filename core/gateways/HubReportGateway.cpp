// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/HubReportGateway.h"

#include "core/store/Database.h"

namespace dc::core::gateways {

std::vector<HubReportGateway::BookDay>
HubReportGateway::loggedPerDayAndBook(const QString& siteUuid, const QString& fromDay, const QString& toDay) {
    auto s = m_db.cached("SELECT day, book_uuid, logged FROM hub_daily_books WHERE site_uuid = ?1 AND day >= ?2 AND "
                         "day <= ?3 AND logged <> 0 ORDER BY day, book_uuid");
    s->bind(1, siteUuid).bind(2, fromDay).bind(3, toDay);
    std::vector<BookDay> out;
    while (s->step()) {
        out.push_back({s->text(0), s->text(1), s->int64(2)});
    }
    s->reset();
    return out;
}

std::vector<HubReportGateway::Book> HubReportGateway::books(const QString& siteUuid) {
    auto s = m_db.cached("SELECT uuid, record_type, book_number, year_from FROM hub_books WHERE site_uuid = ?1");
    s->bind(1, siteUuid);
    std::vector<Book> out;
    while (s->step()) {
        out.push_back({s->text(0), s->text(1), s->text(2), s->integer(3)});
    }
    s->reset();
    return out;
}

std::vector<HubReportGateway::CorrectionCount>
HubReportGateway::corrections(const QString& siteUuid, const QString& fromDay, const QString& toDay) {
    auto s = m_db.cached("SELECT record_type, field_key, class, writing_difference, sum(count) FROM "
                         "hub_daily_corrections WHERE site_uuid = ?1 AND day >= ?2 AND day <= ?3 GROUP BY "
                         "record_type, field_key, class, writing_difference HAVING sum(count) <> 0");
    s->bind(1, siteUuid).bind(2, fromDay).bind(3, toDay);
    std::vector<CorrectionCount> out;
    while (s->step()) {
        out.push_back({s->text(0), s->text(1), s->text(2), s->int64(3) != 0, s->int64(4)});
    }
    s->reset();
    return out;
}

std::vector<HubReportGateway::PersonWork> HubReportGateway::people(const QString& siteUuid, const QString& fromDay,
                                                                   const QString& toDay) {
    auto s = m_db.cached("SELECT user_uuid, sum(read), sum(checked), sum(corrections), sum(rechecks), sum(returns) "
                         "FROM hub_daily_people WHERE site_uuid = ?1 AND day >= ?2 AND day <= ?3 GROUP BY user_uuid");
    s->bind(1, siteUuid).bind(2, fromDay).bind(3, toDay);
    std::vector<PersonWork> out;
    while (s->step()) {
        out.push_back({s->text(0), s->int64(1), s->int64(2), s->int64(3), s->int64(4), s->int64(5)});
    }
    s->reset();
    return out;
}

std::vector<HubReportGateway::User> HubReportGateway::users(const QString& siteUuid) {
    auto s = m_db.cached("SELECT uuid, user_name, display_name, role FROM hub_users WHERE site_uuid = ?1 "
                         "ORDER BY created_at, user_name");
    s->bind(1, siteUuid);
    std::vector<User> out;
    while (s->step()) {
        out.push_back({s->text(0), s->text(1), s->text(2), s->text(3)});
    }
    s->reset();
    return out;
}

std::vector<HubReportGateway::SpotCounts> HubReportGateway::spotCounts(const QString& siteUuid, const QString& fromDay,
                                                                       const QString& toDay) {
    auto s = m_db.cached("SELECT first_user, second_user, reader, checker, sum(sampled), sum(missed) FROM "
                         "hub_daily_spots WHERE site_uuid = ?1 AND day >= ?2 AND day <= ?3 GROUP BY first_user, "
                         "second_user, reader, checker HAVING sum(sampled) <> 0");
    s->bind(1, siteUuid).bind(2, fromDay).bind(3, toDay);
    std::vector<SpotCounts> out;
    while (s->step()) {
        out.push_back({s->text(0), s->text(1), s->text(2), s->text(3), s->int64(4), s->int64(5)});
    }
    s->reset();
    return out;
}

std::vector<HubReportGateway::SpotMiss> HubReportGateway::spotMisses(const QString& fromDay, const QString& toDay) {
    auto s = m_db.cached(
        "SELECT p.site_uuid, p.day, c.book_uuid, c.entry_number, c.subject_name, r.field_key, r.value_before, "
        "r.value_after, r.class, p.first_user, p.second_user FROM hub_spot_results r "
        "JOIN hub_spot_items i ON i.uuid = r.item_uuid JOIN hub_spot_samples p ON p.uuid = i.sample_uuid "
        "JOIN hub_checks c ON c.uuid = unhex(replace(i.check_uuid, '-', '')) WHERE r.result = 'missed' "
        "AND p.day >= ?1 AND p.day <= ?2 "
        "AND r.uuid = (SELECT x.uuid FROM hub_spot_results x WHERE x.item_uuid = r.item_uuid "
        "ORDER BY x.at DESC, x.uuid DESC LIMIT 1) ORDER BY p.site_uuid, p.day, c.entry_number");
    s->bind(1, fromDay).bind(2, toDay);
    std::vector<SpotMiss> out;
    while (s->step()) {
        out.push_back({s->text(0), s->text(1), s->uuid(2), s->int64(3), s->text(4), s->text(5), s->text(6), s->text(7),
                       s->text(8), s->text(9), s->text(10)}); // the book's UUID: 16 bytes in hub_checks (schema 28)
    }
    s->reset();
    return out;
}

} // namespace dc::core::gateways
