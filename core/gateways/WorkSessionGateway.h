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

// The only SQL of `work_sessions` (a pair at work) and `work_session_events` (start, swap, pause, resume, end, each
// with who reads from then on).
class WorkSessionGateway {
public:
    explicit WorkSessionGateway(store::Database& db) : m_db(db) {}

    struct Row {
        qint64 id = 0;
        QString uuid;
        qint64 firstUser = 0;
        qint64 secondUser = 0;
        QString startedAt;
        bool ended = false;
    };
    // Returns the new session's id.
    [[nodiscard]] qint64 insert(const QString& uuid, const QString& siteUuid, qint64 firstUser, qint64 secondUser,
                                const QString& startedAt);
    [[nodiscard]] std::optional<Row> byId(qint64 id);

    struct Event {
        QString kind; // "start", "swap", "pause", "resume", "end"
        qint64 reader = 0;
        QString at;
    };
    void append(qint64 sessionId, const Event& event);
    // In the order they happened.
    [[nodiscard]] std::vector<Event> events(qint64 sessionId);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
