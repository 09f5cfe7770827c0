// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of `review_events`: the supervisor's decisions, appended, never changed. An item's state is its
// latest decision's ("pending" before any). The queue is the current rows of corrected, new and escalated entries.
class ReviewGateway {
public:
    explicit ReviewGateway(store::Database& db) : m_db(db) {}

    struct Decision {
        QString decision; // "approve", "return", ...
        QString state;    // the state it led to
        QString reason;
        QString note;
        qint64 supervisorId = 0;
        QString at;
    };
    void append(qint64 checkId, const Decision& decision);
    // Oldest first.
    [[nodiscard]] std::vector<Decision> history(qint64 checkId);

    // The queue, filtered. Times are stored UTC bounds [from, to); empty strings and zero ids do not filter.
    struct QueueQuery {
        qint64 bookId = 0;
        qint64 volunteerId = 0;                        // reader or checker
        std::optional<std::pair<qint64, qint64>> pair; // both, in either role
        QString from;
        QString to;
        QString correctionClass; // has a correction of this class
        QString state;           // the item's state
        int limit = 50;
        int offset = 0;
    };
    [[nodiscard]] int count(const QueueQuery& query);
    // Check ids, oldest logged first.
    [[nodiscard]] std::vector<qint64> page(const QueueQuery& query);
    struct Pending {
        int count = 0;
        QString oldestLoggedAt; // empty when none waits
    };
    [[nodiscard]] Pending pending();
    // Per book: how many queue items are pending and how many are returned (books without either are left out).
    struct BookStates {
        int pending = 0;
        int returned = 0;
    };
    [[nodiscard]] std::map<qint64, BookStates> statesPerBook();

    // The current rows that either person read or checked, each with its state and when that state was decided.
    struct ItemState {
        qint64 checkId = 0;
        QString state;
        QString decidedAt;
    };
    [[nodiscard]] std::vector<ItemState> statesOfPeople(qint64 first, qint64 second);
    // The reader and the checker of each check returned in [from, to).
    [[nodiscard]] std::vector<std::pair<qint64, qint64>> returnsBetween(const QString& from, const QString& to);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
