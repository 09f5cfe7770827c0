// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/HubBoardGateway.h"

#include "core/store/Database.h"

#include <string>

namespace dc::core::gateways {

namespace {

constexpr const char* kSiteColumns =
    "SELECT s.site_uuid, s.district, s.commune, s.site_name, s.epoch, coalesce(t.entries, 0), coalesce(t.checks, 0), "
    "coalesce(t.corrected, 0), coalesce(t.corrections, 0), coalesce(t.writing_differences, 0), "
    "coalesce(t.escalations_open, 0) "
    "FROM hub_sites s LEFT JOIN hub_site_totals t ON t.site_uuid = s.site_uuid WHERE s.status = 'current'";

HubBoardGateway::SiteTotals siteFrom(const store::Statement& s) {
    HubBoardGateway::SiteTotals row;
    row.site = s.text(0);
    row.district = s.text(1);
    row.commune = s.text(2);
    row.siteName = s.text(3);
    row.epoch = s.integer(4);
    row.entries = s.int64(5);
    row.checks = s.int64(6);
    row.corrected = s.int64(7);
    row.corrections = s.int64(8);
    row.writingDifferences = s.int64(9);
    row.escalationsOpen = s.int64(10);
    return row;
}

} // namespace

std::vector<HubBoardGateway::SiteTotals> HubBoardGateway::sites(const QString& district) {
    auto s =
        m_db.prepare(std::string(kSiteColumns) + " AND (?1 = '' OR s.district = ?1) ORDER BY s.district, s.commune");
    s.bind(1, district);
    std::vector<SiteTotals> rows;
    while (s.step()) {
        rows.push_back(siteFrom(s));
    }
    return rows;
}

std::optional<HubBoardGateway::SiteTotals> HubBoardGateway::site(const QString& siteUuid) {
    auto s = m_db.prepare(std::string(kSiteColumns) + " AND s.site_uuid = ?1");
    s.bind(1, siteUuid);
    if (s.step()) {
        return siteFrom(s);
    }
    return std::nullopt;
}

std::vector<HubBoardGateway::LastBundle> HubBoardGateway::lastBundles() {
    // The newest applied bundle of each site by sequence (hub_bundles_by_sequence).
    auto s = m_db.prepare("SELECT b.site_uuid, b.sequence, b.received_at FROM hub_bundles b "
                          "WHERE b.status = 'imported' AND b.sequence = (SELECT max(x.sequence) FROM hub_bundles x "
                          "WHERE x.site_uuid = b.site_uuid AND x.status = 'imported')");
    std::vector<LastBundle> rows;
    while (s.step()) {
        rows.push_back({s.text(0), s.int64(1), s.text(2)});
    }
    return rows;
}

std::vector<HubBoardGateway::AlarmCount> HubBoardGateway::openAlarmCounts() {
    auto s = m_db.prepare("SELECT site_uuid, kind, count(*) FROM hub_alarms WHERE cleared_at IS NULL "
                          "GROUP BY site_uuid, kind");
    std::vector<AlarmCount> rows;
    while (s.step()) {
        rows.push_back({s.text(0), s.text(1), s.integer(2)});
    }
    return rows;
}

std::vector<HubBoardGateway::Alarm> HubBoardGateway::alarms(const QString& siteUuid, int limit) {
    auto s = m_db.prepare("SELECT kind, message, at, cleared_at IS NOT NULL FROM hub_alarms WHERE site_uuid = ?1 "
                          "ORDER BY at DESC, id DESC LIMIT ?2");
    s.bind(1, siteUuid).bind(2, limit);
    std::vector<Alarm> rows;
    while (s.step()) {
        rows.push_back({s.text(0), s.text(1), s.text(2), s.integer(3) != 0});
    }
    return rows;
}

std::vector<HubBoardGateway::DayEntries> HubBoardGateway::loggedPerDay(const QString& district) {
    auto s = m_db.prepare("SELECT d.site_uuid, s.district, d.day, sum(d.logged) FROM hub_daily d "
                          "JOIN hub_sites s ON s.site_uuid = d.site_uuid AND s.status = 'current' "
                          "WHERE (?1 = '' OR s.district = ?1) GROUP BY d.site_uuid, d.day ORDER BY d.day");
    s.bind(1, district);
    std::vector<DayEntries> rows;
    while (s.step()) {
        rows.push_back({s.text(0), s.text(1), s.text(2), s.int64(3)});
    }
    return rows;
}

std::optional<std::pair<QString, QString>> HubBoardGateway::dayRange() {
    auto s = m_db.prepare("SELECT min(day), max(day) FROM hub_daily WHERE logged > 0");
    if (s.step() && !s.isNull(0)) {
        return std::pair{s.text(0), s.text(1)};
    }
    return std::nullopt;
}

std::vector<HubBoardGateway::Book> HubBoardGateway::books(const QString& siteUuid) {
    // hub_entry_state keeps the book's UUID as its 16 bytes (schema 28), hub_books as its text.
    auto s = m_db.prepare(
        "SELECT b.uuid, b.record_type, b.book_number, b.year_from, b.year_to, b.first_entry, b.last_entry, b.status, "
        "(SELECT count(*) FROM hub_entry_state e WHERE e.book_uuid = unhex(replace(b.uuid, '-', '')) "
        " AND e.outcome <> 'void'), "
        "(SELECT count(*) FROM hub_entry_state e WHERE e.book_uuid = unhex(replace(b.uuid, '-', '')) "
        " AND e.outcome IN ('corrected', 'missing_entered_new')), "
        "(SELECT count(*) FROM hub_entry_state e WHERE e.book_uuid = unhex(replace(b.uuid, '-', '')) "
        " AND e.outcome = 'escalated') "
        "FROM hub_books b WHERE b.site_uuid = ?1 ORDER BY b.record_type, b.year_from, b.book_number");
    s.bind(1, siteUuid);
    std::vector<Book> rows;
    while (s.step()) {
        Book book;
        book.uuid = s.text(0);
        book.recordType = s.text(1);
        book.bookNumber = s.text(2);
        book.yearFrom = s.integer(3);
        book.yearTo = s.integer(4);
        if (!s.isNull(5)) {
            book.firstEntry = s.int64(5);
        }
        if (!s.isNull(6)) {
            book.lastEntry = s.int64(6);
        }
        book.status = s.text(7);
        book.entries = s.int64(8);
        book.corrected = s.int64(9);
        book.escalated = s.int64(10);
        rows.push_back(book);
    }
    return rows;
}

} // namespace dc::core::gateways
