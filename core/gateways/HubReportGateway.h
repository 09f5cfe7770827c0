// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The reads of the four reports at the hub (docs/HUB.md "Summary tables"), one site at a time: the report summaries
// HubGateway keeps at import (`hub_daily_books`, `hub_daily_corrections`, `hub_daily_people`), and the small tables
// they name (`hub_books`, `hub_users`), `hub_daily_spots`, and the spot-check tables for the misses only. A projection
// of tables HubGateway writes, as HubBoardGateway's: the writes belong to the import's transaction. Days are ISO site
// days, ranges inclusive. Functions throw store::StoreError.
class HubReportGateway {
public:
    explicit HubReportGateway(store::Database& db) : m_db(db) {}

    struct BookDay {
        QString day;
        QString bookUuid;
        qint64 logged = 0;
    };
    // Entries per first day and book (only non-zero ones), by day then book.
    [[nodiscard]] std::vector<BookDay> loggedPerDayAndBook(const QString& siteUuid, const QString& fromDay,
                                                           const QString& toDay);

    struct Book {
        QString uuid;
        QString recordType; // "birth", "marriage", "death"
        QString bookNumber;
        int yearFrom = 0;
    };
    [[nodiscard]] std::vector<Book> books(const QString& siteUuid);

    struct CorrectionCount {
        QString recordType;
        QString fieldKey;
        QString correctionClass;
        bool writingDifference = false;
        qint64 count = 0;
    };
    // Corrections of current rows logged on the range's days, summed per record type, field, class (non-zero only).
    [[nodiscard]] std::vector<CorrectionCount> corrections(const QString& siteUuid, const QString& fromDay,
                                                           const QString& toDay);

    struct PersonWork {
        QString userUuid;
        qint64 read = 0;
        qint64 checked = 0;
        qint64 corrections = 0;
        qint64 rechecks = 0;
        qint64 returns = 0;
    };
    // The volunteers report's credits over the range's days, per account.
    [[nodiscard]] std::vector<PersonWork> people(const QString& siteUuid, const QString& fromDay, const QString& toDay);

    struct User {
        QString uuid;
        QString userName;
        QString displayName;
        QString role;
    };
    // The site's accounts as the newest bundle says, removed ones included, in the order they were made.
    [[nodiscard]] std::vector<User> users(const QString& siteUuid);

    struct SpotCounts {
        QString firstUser; // the sample's pair (user UUIDs, as the workstation ordered them)
        QString secondUser;
        QString reader; // the sampled rows' reader and checker
        QString checker;
        qint64 sampled = 0; // items decided
        qint64 missed = 0;  // whose latest result is a miss
    };
    // Spot-checks of samples drawn on the range's days (hub_daily_spots), per pair, reader and checker.
    [[nodiscard]] std::vector<SpotCounts> spotCounts(const QString& siteUuid, const QString& fromDay,
                                                     const QString& toDay);
    struct SpotMiss {
        QString siteUuid;
        QString day;
        QString bookUuid;
        qint64 entryNumber = 0;
        QString subjectName;
        QString fieldKey;
        QString before;
        QString after;
        QString correctionClass;
        QString firstUser;
        QString secondUser;
    };
    // Every item, of any site, of a sample drawn on the range's days whose latest result (the newest `at`, then the
    // greatest UUID) is a miss: found from the missed results (a few), never by reading every item.
    [[nodiscard]] std::vector<SpotMiss> spotMisses(const QString& fromDay, const QString& toDay);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
