// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The province board's reads at the hub (docs/HUB.md "Summary tables"): only the summary tables and the small ones
// (hub_sites, hub_site_totals, hub_daily, hub_bundles, hub_alarms, hub_books, hub_entry_state by book), never
// hub_checks in full, so the board stays fast at 3,000,000 checks. The hub's writes are HubGateway's (import); this
// class only reads. Functions throw store::StoreError.
class HubBoardGateway {
public:
    explicit HubBoardGateway(store::Database& db) : m_db(db) {}

    // An enrolled workstation (its current epoch) with its totals, kept at import (hub_site_totals; zero before the
    // first bundle).
    struct SiteTotals {
        QString site; // site UUID
        QString district;
        QString commune;
        QString siteName;
        int epoch = 0;
        std::int64_t entries = 0;
        std::int64_t checks = 0;
        std::int64_t corrected = 0;
        std::int64_t corrections = 0;
        std::int64_t writingDifferences = 0;
        std::int64_t escalationsOpen = 0;
    };
    // Every site with a current epoch, by district and commune; only `district`'s when it is not empty.
    [[nodiscard]] std::vector<SiteTotals> sites(const QString& district = {});
    [[nodiscard]] std::optional<SiteTotals> site(const QString& siteUuid);

    // The newest bundle applied per site: sequence and when it was received (stored UTC).
    struct LastBundle {
        QString site;
        std::int64_t sequence = 0;
        QString receivedAt;
    };
    [[nodiscard]] std::vector<LastBundle> lastBundles();

    // Alarms not cleared, counted per site and kind ("fork", "rollback", "held", "conflict").
    struct AlarmCount {
        QString site;
        QString kind;
        int count = 0;
    };
    [[nodiscard]] std::vector<AlarmCount> openAlarmCounts();
    // A site's alarms, newest first (by time, then as recorded; at most `limit`).
    struct Alarm {
        QString kind;
        QString message;
        QString at;
        bool cleared = false;
    };
    [[nodiscard]] std::vector<Alarm> alarms(const QString& siteUuid, int limit);

    // Entries first logged per site day (hub_daily summed over record types and pairs), with the site's district.
    struct DayEntries {
        QString site;
        QString district;
        QString day; // "yyyy-MM-dd"
        std::int64_t logged = 0;
    };
    [[nodiscard]] std::vector<DayEntries> loggedPerDay(const QString& district = {});
    // The first and last site day with any entry at the hub, or nullopt when it holds none.
    [[nodiscard]] std::optional<std::pair<QString, QString>> dayRange();

    // A site's books with the entries the hub holds for each (hub_entry_state, by book).
    struct Book {
        QString uuid;
        QString recordType;
        QString bookNumber;
        int yearFrom = 0;
        int yearTo = 0;
        std::optional<std::int64_t> firstEntry;
        std::optional<std::int64_t> lastEntry;
        QString status;
        std::int64_t entries = 0;
        std::int64_t corrected = 0;
        std::int64_t escalated = 0;
    };
    [[nodiscard]] std::vector<Book> books(const QString& siteUuid);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
