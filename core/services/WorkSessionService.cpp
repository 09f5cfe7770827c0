// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/WorkSessionService.h"

#include "core/Clock.h"
#include "core/services/Records.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"

#include <QTimeZone>
#include <QUuid>

namespace dc::core {

namespace {

// Vietnam's civil time (UTC+7, no daylight saving): "today" for the pair.
const QTimeZone kVietnam(7 * 3600);

Result<void> requirePair(const Session& session) {
    if (!session.partner()) {
        return makeError(ErrorCode::NotAPair, QStringLiteral("a work session needs both members of the pair"));
    }
    return {};
}

// Replays the events of a work session up to now.
WorkSessionState load(store::Database& db, qint64 id, const QDateTime& now) {
    WorkSessionState state;
    auto s = db.prepare("SELECT uuid, first_user, second_user, started_at FROM work_sessions WHERE id = ?1");
    s.bind(1, id);
    if (!s.step()) {
        return state;
    }
    state.id = id;
    state.uuid = s.text(0);
    const qint64 first = s.int64(1);
    const qint64 second = s.int64(2);
    state.startedAt = s.text(3);
    auto events = db.prepare("SELECT kind, reader, at FROM work_session_events WHERE session_id = ?1 ORDER BY id");
    events.bind(1, id);
    QDateTime runningSince;
    QDateTime endedAt;
    while (events.step()) {
        const QString kind = events.text(0);
        const QDateTime at = QDateTime::fromString(events.text(2), Qt::ISODate);
        state.readerId = events.int64(1);
        if (kind == QLatin1String("start") || kind == QLatin1String("resume")) {
            runningSince = at;
            state.paused = false;
        } else if (kind == QLatin1String("pause") || kind == QLatin1String("end")) {
            if (runningSince.isValid()) {
                state.workedSeconds += runningSince.secsTo(at);
            }
            runningSince = QDateTime();
            state.paused = kind == QLatin1String("pause");
            state.ended = kind == QLatin1String("end");
        } else if (kind == QLatin1String("swap")) {
            ++state.swaps;
        }
    }
    if (runningSince.isValid() && !state.ended) {
        state.workedSeconds += std::max<qint64>(0, runningSince.secsTo(now));
    }
    state.checkerId = state.readerId == first ? second : first;
    return state;
}

Result<WorkSessionState> running(Session& session) {
    if (!session.workSessionId()) {
        return makeError(ErrorCode::SessionNotStarted, QStringLiteral("no work session is running"));
    }
    WorkSessionState state = load(session.database(), *session.workSessionId(), session.now());
    if (state.id == 0 || state.ended) {
        return makeError(ErrorCode::SessionNotStarted, QStringLiteral("the work session has ended"));
    }
    return state;
}

// Appends a work-session event and its audit event in one transaction.
Result<WorkSessionState> change(Session& session, const char* kind, qint64 reader) {
    return access::guarded([&]() -> Result<WorkSessionState> {
        if (auto pair = requirePair(session); !pair) {
            return pair.error();
        }
        auto state = running(session);
        if (!state) {
            return state.error();
        }
        const QString what = QString::fromLatin1(kind);
        if ((what == QLatin1String("pause") && state->paused) || (what == QLatin1String("resume") && !state->paused)) {
            return state; // nothing to change
        }
        if (what == QLatin1String("swap") && state->paused) {
            return makeError(ErrorCode::SessionPaused, QStringLiteral("the work session is paused"));
        }
        store::Transaction transaction(session.database());
        session.database()
            .prepare("INSERT INTO work_session_events (session_id, kind, reader, at) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, state->id)
            .bind(2, what)
            .bind(3, reader == 0 ? state->readerId : reader)
            .bind(4, toStoredTime(session.now()))
            .run();
        access::record(session, QStringLiteral("session.") + what, state->uuid);
        transaction.commit();
        return load(session.database(), state->id, session.now());
    });
}

} // namespace

Result<WorkSessionState> WorkSessionService::start(Session& session, qint64 readerId) {
    return access::guarded([&]() -> Result<WorkSessionState> {
        if (auto pair = requirePair(session); !pair) {
            return pair.error();
        }
        for (const UserAccount* member : {&session.user(), &*session.partner()}) {
            const auto fresh = records::findUser(session.database(), member->userName);
            if (!fresh || !fresh->active || fresh->role != Role::Volunteer) {
                return makeError(ErrorCode::NotAPair, QStringLiteral("a pair is two active volunteers"));
            }
        }
        if (!session.signedIn(readerId)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the reader is one of the pair"));
        }
        if (session.workSessionId()) {
            auto current = running(session);
            if (current) {
                return current; // already running
            }
        }
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString now = toStoredTime(session.now());
        store::Transaction transaction(session.database());
        session.database()
            .prepare("INSERT INTO work_sessions (uuid, site_uuid, first_user, second_user, started_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, uuid)
            .bind(2, session.databaseId())
            .bind(3, session.user().id)
            .bind(4, session.partner()->id)
            .bind(5, now)
            .run();
        auto id = session.database().prepare("SELECT last_insert_rowid()");
        (void)id.step();
        const qint64 sessionId = id.int64(0);
        session.database()
            .prepare("INSERT INTO work_session_events (session_id, kind, reader, at) VALUES (?1, 'start', ?2, ?3)")
            .bind(1, sessionId)
            .bind(2, readerId)
            .bind(3, now)
            .run();
        access::record(session, QStringLiteral("session.start"), uuid,
                       {{QStringLiteral("reader"), session.signedIn(readerId)->uuid}});
        transaction.commit();
        session.setWorkSessionId(sessionId);
        return load(session.database(), sessionId, session.now());
    });
}

Result<WorkSessionState> WorkSessionService::swapRoles(Session& session) {
    auto state = running(session);
    if (!state) {
        return state.error();
    }
    return change(session, "swap", state->checkerId);
}

Result<WorkSessionState> WorkSessionService::pause(Session& session) {
    return change(session, "pause", 0);
}

Result<WorkSessionState> WorkSessionService::resume(Session& session) {
    return change(session, "resume", 0);
}

Result<WorkSessionState> WorkSessionService::end(Session& session) {
    auto ended = change(session, "end", 0);
    if (ended) {
        session.setWorkSessionId(std::nullopt);
    }
    return ended;
}

Result<WorkSessionState> WorkSessionService::state(Session& session) {
    return access::guarded([&]() -> Result<WorkSessionState> { return running(session); });
}

Result<DayCounts> WorkSessionService::today(Session& session) {
    return access::guarded([&]() -> Result<DayCounts> {
        auto state = running(session);
        if (!state) {
            return state.error();
        }
        // Today's checks of this pair, in Vietnam's day, as stored (UTC): [midnight+7, next midnight+7).
        const QDate day = session.now().toTimeZone(kVietnam).date();
        const QDateTime from(day, QTime(0, 0), kVietnam);
        auto s = session.database().prepare(
            "SELECT c.outcome, (SELECT count(*) FROM corrections k WHERE k.check_id = c.id AND k.writing_difference = "
            "0) "
            "FROM checks c WHERE c.supersedes IS NULL AND c.logged_at >= ?1 AND c.logged_at < ?2 "
            "AND ((c.reader_id = ?3 AND c.checker_id = ?4) OR (c.reader_id = ?4 AND c.checker_id = ?3))");
        s.bind(1, toStoredTime(from))
            .bind(2, toStoredTime(from.addDays(1)))
            .bind(3, state->readerId)
            .bind(4, state->checkerId);
        DayCounts counts;
        while (s.step()) {
            ++counts.logged;
            counts.corrected += s.int64(1) > 0 ? 1 : 0;
            counts.escalated += s.text(0) == QLatin1String("escalated") ? 1 : 0;
        }
        return counts;
    });
}

} // namespace dc::core
