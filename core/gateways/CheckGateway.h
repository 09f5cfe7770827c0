// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/CheckLog.h"

#include <QHash>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of the pair's log: `checks` and `corrections` (never changed: an amendment or a void is a newer
// row), and what is kept beside them in the same transaction — `entry_state` (the current row of each logged entry;
// the one definition of "current"), `book_counts` (entries logged per book) and `daily_counts` (entries per site
// day, book and pair, by the day each was first logged; the one definition of "logged on a day"). Callers hold the
// transaction; functions throw store::StoreError.
class CheckGateway {
public:
    explicit CheckGateway(store::Database& db) : m_db(db) {}

    // Inserts the check and its corrections (check.id and check.uuid are filled in), moves the entry's state to it
    // (a void removes the entry's state) and keeps the counts.
    void insert(const QString& siteUuid, LoggedCheck& check);

    [[nodiscard]] std::optional<LoggedCheck> byId(qint64 checkId);
    [[nodiscard]] std::optional<LoggedCheck> byUuid(const QString& uuid);
    [[nodiscard]] std::optional<QString> uuidOf(qint64 checkId);
    // The current check of an entry, if the entry is logged (a voided entry is not).
    [[nodiscard]] std::optional<qint64> currentOfEntry(qint64 bookId, int entryNumber);
    // Current rows, newest first: of one book (0: all), of one work session (when given), at most `limit` (0: all).
    [[nodiscard]] std::vector<qint64> currentIds(qint64 bookId, std::optional<qint64> sessionId, int limit);

    // A book's logged entries: how many, the highest number, and every number ascending (for its gaps).
    [[nodiscard]] int loggedCount(qint64 bookId);
    [[nodiscard]] int highestEntry(qint64 bookId);
    [[nodiscard]] std::vector<int> loggedNumbers(qint64 bookId);
    struct BookCount {
        int logged = 0;
        int highestEntry = 0;
    };
    // Every book with entries logged.
    [[nodiscard]] QHash<qint64, BookCount> loggedPerBook();
    // Per book: the logged entries whose current row has real corrections (daily_counts' "corrected", every day).
    [[nodiscard]] QHash<qint64, int> correctedPerBook();

    // "Logged on a day": entries first logged on the site day `day` (ISO date) by the pair {a, b}.
    [[nodiscard]] DayCounts dayCounts(const QString& day, qint64 a, qint64 b);
    struct DayBookCount {
        QString day; // ISO date
        qint64 bookId = 0;
        int logged = 0;
    };
    // The same for every day in [fromDay, toDay] and book, by day then book.
    [[nodiscard]] std::vector<DayBookCount> loggedPerDayAndBook(const QString& fromDay, const QString& toDay);

    // The corrections of current rows logged in [from, to) (stored times), by record type, field, class.
    struct CorrectionCount {
        QString recordType;
        QString fieldKey;
        QString correctionClass;
        bool writingDifference = false;
        int count = 0;
    };
    [[nodiscard]] std::vector<CorrectionCount> correctionCounts(const QString& from, const QString& to);
    // Who did the work of each logged entry (not voided) first logged in [from, to): the reader and the checker of
    // the first row of its line — whoever amended it since — and the real corrections of its current row.
    struct Work {
        qint64 readerId = 0;
        qint64 checkerId = 0;
        int realCorrections = 0;
    };
    [[nodiscard]] std::vector<Work> firstWork(const QString& from, const QString& to);
    // The reader and the checker of each amendment (a row superseding another that is not a void) logged in
    // [from, to): the re-checks, credited to those who made them.
    [[nodiscard]] std::vector<std::pair<qint64, qint64>> amendmentsBetween(const QString& from, const QString& to);
    // The "match" entries (current rows) logged in [from, to): each with its pair (lower user id first), by id.
    struct PairMatch {
        qint64 firstUser = 0;
        qint64 secondUser = 0;
        QString uuid;
    };
    [[nodiscard]] std::vector<PairMatch> currentMatches(const QString& from, const QString& to);

private:
    [[nodiscard]] std::optional<LoggedCheck> read(const char* sql, qint64 id, const QString* uuid);
    void moveState(const LoggedCheck& check);

    store::Database& m_db;
};

} // namespace dc::core::gateways
