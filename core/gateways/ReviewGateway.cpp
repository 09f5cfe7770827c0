// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/ReviewGateway.h"

#include "core/Uuid.h"
#include "core/store/Database.h"

#include <algorithm>
#include <string>

namespace dc::core::gateways {

namespace {

// The outcomes a supervisor reviews: corrections, new entries and escalations. A match is spot-checked instead.
constexpr const char* kQueueRows = " FROM entry_state e JOIN checks c ON c.id = e.check_id "
                                   "WHERE e.outcome IN ('corrected', 'missing_entered_new', 'escalated')";
// An item's state: its latest decision's, "pending" before any.
constexpr const char* kStateOf = "coalesce((SELECT r.state FROM review_events r WHERE r.check_id = c.id "
                                 "ORDER BY r.id DESC LIMIT 1), 'pending')";

// The filter's conditions are fixed text chosen by which fields are set; every value is bound.
std::string queueWhere(const ReviewGateway::QueueQuery& q) {
    std::string where = kQueueRows;
    if (q.bookId) {
        where += " AND c.book_id = :book";
    }
    if (q.volunteerId) {
        where += " AND (c.reader_id = :volunteer OR c.checker_id = :volunteer)";
    }
    if (q.pair) {
        where += " AND ((c.reader_id = :a AND c.checker_id = :b) OR (c.reader_id = :b AND c.checker_id = :a))";
    }
    if (!q.from.isEmpty()) {
        where += " AND c.logged_at >= :from";
    }
    if (!q.to.isEmpty()) {
        where += " AND c.logged_at < :to";
    }
    if (!q.correctionClass.isEmpty()) {
        where += " AND EXISTS (SELECT 1 FROM corrections k WHERE k.check_id = c.id AND k.class = :class)";
    }
    if (!q.state.isEmpty()) {
        where += std::string(" AND ") + kStateOf + " = :state";
    }
    return where;
}

void bindQueue(store::Statement& s, const ReviewGateway::QueueQuery& q) {
    const auto bindNamed = [&s](const char* name, const auto& value) {
        if (const int index = s.parameterIndex(name); index > 0) {
            s.bind(index, value);
        }
    };
    bindNamed(":book", q.bookId);
    bindNamed(":volunteer", q.volunteerId);
    if (q.pair) {
        bindNamed(":a", q.pair->first);
        bindNamed(":b", q.pair->second);
    }
    bindNamed(":from", q.from);
    bindNamed(":to", q.to);
    bindNamed(":class", q.correctionClass);
    bindNamed(":state", q.state);
}

} // namespace

void ReviewGateway::append(qint64 checkId, const Decision& d) {
    m_db.cached("INSERT INTO review_events (check_id, decision, state, reason, note, supervisor_id, at, uuid) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        ->bind(1, checkId)
        .bind(2, d.decision)
        .bind(3, d.state)
        .bind(4, d.reason)
        .bind(5, d.note)
        .bind(6, d.supervisorId)
        .bind(7, d.at)
        .bind(8, core::newRowUuid())
        .run();
}

std::vector<ReviewGateway::Decision> ReviewGateway::history(qint64 checkId) {
    auto s = m_db.cached("SELECT decision, state, reason, note, supervisor_id, at FROM review_events "
                         "WHERE check_id = ?1 ORDER BY id");
    s->bind(1, checkId);
    std::vector<Decision> out;
    while (s->step()) {
        out.push_back({s->text(0), s->text(1), s->text(2), s->text(3), s->int64(4), s->text(5)});
    }
    return out;
}

int ReviewGateway::count(const QueueQuery& query) {
    auto s = m_db.cached("SELECT count(*)" + queueWhere(query));
    bindQueue(*s, query);
    return s->step() ? s->integer(0) : 0;
}

std::vector<qint64> ReviewGateway::page(const QueueQuery& query) {
    auto s = m_db.cached("SELECT c.id" + queueWhere(query) + " ORDER BY c.logged_at, c.id LIMIT :limit OFFSET :offset");
    bindQueue(*s, query);
    s->bind(s->parameterIndex(":limit"), std::max(1, query.limit));
    s->bind(s->parameterIndex(":offset"), std::max(0, query.offset));
    std::vector<qint64> ids;
    while (s->step()) {
        ids.push_back(s->int64(0));
    }
    return ids;
}

ReviewGateway::Pending ReviewGateway::pending() {
    auto s = m_db.cached(std::string("SELECT count(*), min(c.logged_at)") + kQueueRows + " AND " + kStateOf +
                         " = 'pending'");
    Pending p;
    if (s->step()) {
        p.count = s->integer(0);
        p.oldestLoggedAt = s->isNull(1) ? QString() : s->text(1);
    }
    return p;
}

std::map<qint64, ReviewGateway::BookStates> ReviewGateway::statesPerBook() {
    auto s = m_db.cached(std::string("SELECT book_id, sum(state = 'pending'), sum(state = 'returned') FROM (SELECT "
                                     "c.book_id AS book_id, ") +
                         kStateOf + " AS state" + kQueueRows + ") GROUP BY book_id");
    std::map<qint64, BookStates> out;
    while (s->step()) {
        out.emplace(s->int64(0), BookStates{s->integer(1), s->integer(2)});
    }
    return out;
}

std::vector<ReviewGateway::ItemState> ReviewGateway::statesOfPeople(qint64 first, qint64 second) {
    auto s = m_db.cached(std::string("SELECT c.id, ") + kStateOf +
                         ", (SELECT r.at FROM review_events r WHERE r.check_id = c.id ORDER BY r.id DESC LIMIT 1) "
                         "FROM entry_state e JOIN checks c ON c.id = e.check_id WHERE (c.reader_id IN (?1, ?2) OR "
                         "c.checker_id IN (?1, ?2)) ORDER BY c.id");
    s->bind(1, first).bind(2, second);
    std::vector<ItemState> out;
    while (s->step()) {
        out.push_back({s->int64(0), s->text(1), s->isNull(2) ? QString() : s->text(2)});
    }
    return out;
}

std::vector<std::pair<qint64, qint64>> ReviewGateway::returnsBetween(const QString& from, const QString& to) {
    auto s = m_db.cached("SELECT c.reader_id, c.checker_id FROM review_events r JOIN checks c ON c.id = r.check_id "
                         "WHERE r.decision = 'return' AND r.at >= ?1 AND r.at < ?2");
    s->bind(1, from).bind(2, to);
    std::vector<std::pair<qint64, qint64>> out;
    while (s->step()) {
        out.emplace_back(s->int64(0), s->int64(1));
    }
    return out;
}

} // namespace dc::core::gateways
