// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/DraftGateway.h"

#include "core/store/Database.h"

#include <algorithm>

namespace dc::core::gateways {

std::optional<DraftGateway::Row> DraftGateway::find(qint64 userA, qint64 userB, qint64 bookId) {
    auto s = m_db.prepare("SELECT entry_number, content, saved_at FROM drafts "
                          "WHERE first_user = ?1 AND second_user = ?2 AND book_id = ?3");
    s.bind(1, std::min(userA, userB)).bind(2, std::max(userA, userB)).bind(3, bookId);
    if (!s.step()) {
        return std::nullopt;
    }
    Row row;
    if (!s.isNull(0)) {
        row.entryNumber = s.integer(0);
    }
    row.content = s.text(1);
    row.savedAt = s.text(2);
    return row;
}

void DraftGateway::put(qint64 userA, qint64 userB, qint64 bookId, const Row& row) {
    auto s = m_db.prepare("INSERT INTO drafts (first_user, second_user, book_id, entry_number, content, saved_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (first_user, second_user, book_id) DO UPDATE "
                          "SET entry_number = ?4, content = ?5, saved_at = ?6");
    s.bind(1, std::min(userA, userB)).bind(2, std::max(userA, userB)).bind(3, bookId);
    if (row.entryNumber) {
        s.bind(4, *row.entryNumber);
    } else {
        s.bindNull(4);
    }
    s.bind(5, row.content).bind(6, row.savedAt).run();
}

void DraftGateway::remove(qint64 userA, qint64 userB, qint64 bookId) {
    m_db.prepare("DELETE FROM drafts WHERE first_user = ?1 AND second_user = ?2 AND book_id = ?3")
        .bind(1, std::min(userA, userB))
        .bind(2, std::max(userA, userB))
        .bind(3, bookId)
        .run();
}

// Cached: it runs inside every save of the log.
void DraftGateway::removeEntry(qint64 userA, qint64 userB, qint64 bookId, int entryNumber) {
    auto s = m_db.cached("DELETE FROM drafts WHERE first_user = ?1 AND second_user = ?2 AND book_id = ?3 "
                         "AND entry_number = ?4");
    s->bind(1, std::min(userA, userB)).bind(2, std::max(userA, userB)).bind(3, bookId).bind(4, entryNumber);
    s->run();
}

void DraftGateway::removeForUser(qint64 userId) {
    auto s = m_db.cached("DELETE FROM drafts WHERE first_user = ?1 OR second_user = ?1");
    s->bind(1, userId);
    s->run();
}

} // namespace dc::core::gateways
