// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/WorkSessionGateway.h"

#include "core/Uuid.h"
#include "core/store/Database.h"

namespace dc::core::gateways {

qint64 WorkSessionGateway::insert(const QString& uuid, const QString& siteUuid, qint64 firstUser, qint64 secondUser,
                                  const QString& startedAt) {
    auto s = m_db.cached("INSERT INTO work_sessions (uuid, site_uuid, first_user, second_user, started_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id");
    s->bind(1, uuid).bind(2, siteUuid).bind(3, firstUser).bind(4, secondUser).bind(5, startedAt);
    (void)s->step();
    const qint64 id = s->int64(0);
    s->run();
    return id;
}

std::optional<WorkSessionGateway::Row> WorkSessionGateway::byId(qint64 id) {
    auto s = m_db.cached("SELECT w.uuid, w.first_user, w.second_user, w.started_at, EXISTS (SELECT 1 FROM "
                         "work_session_events e WHERE e.session_id = w.id AND e.kind = 'end') "
                         "FROM work_sessions w WHERE w.id = ?1");
    s->bind(1, id);
    if (!s->step()) {
        return std::nullopt;
    }
    return Row{id, s->text(0), s->int64(1), s->int64(2), s->text(3), s->int64(4) != 0};
}

void WorkSessionGateway::append(qint64 sessionId, const Event& event) {
    m_db.cached("INSERT INTO work_session_events (session_id, kind, reader, at, uuid) VALUES (?1, ?2, ?3, ?4, ?5)")
        ->bind(1, sessionId)
        .bind(2, event.kind)
        .bind(3, event.reader)
        .bind(4, event.at)
        .bind(5, core::newRowUuid())
        .run();
}

std::vector<WorkSessionGateway::Event> WorkSessionGateway::events(qint64 sessionId) {
    auto s = m_db.cached("SELECT kind, reader, at FROM work_session_events WHERE session_id = ?1 ORDER BY id");
    s->bind(1, sessionId);
    std::vector<Event> out;
    while (s->step()) {
        out.push_back({s->text(0), s->int64(1), s->text(2)});
    }
    return out;
}

} // namespace dc::core::gateways
