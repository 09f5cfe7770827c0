// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <optional>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of `drafts` (migration 6): the entry a pair left half typed in a book, one per pair and book. The pair
// is order-free: `firstUser` < `secondUser` (the callers pass the two ids in any order; the gateway orders them).
class DraftGateway {
public:
    explicit DraftGateway(store::Database& db) : m_db(db) {}

    struct Row {
        std::optional<int> entryNumber;
        QString content; // the draft as JSON, written and read by DraftService only
        QString savedAt;
    };
    [[nodiscard]] std::optional<Row> find(qint64 userA, qint64 userB, qint64 bookId);
    // Replaces the pair's draft of the book.
    void put(qint64 userA, qint64 userB, qint64 bookId, const Row& row);
    void remove(qint64 userA, qint64 userB, qint64 bookId);
    // Removes the pair's draft of the book when it is a draft of that entry (the entry was just saved).
    void removeEntry(qint64 userA, qint64 userB, qint64 bookId, int entryNumber);
    // Every draft a user typed, with whichever partner (the account is removed: its drafts name citizens for nobody).
    void removeForUser(qint64 userId);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
