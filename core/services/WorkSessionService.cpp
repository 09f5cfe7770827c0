// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/WorkSessionService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/Uuid.h"
#include "core/gateways/CheckGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/gateways/WorkSessionGateway.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"

namespace dc::core {

namespace {

Result<void> requirePair(const Session& session) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "run work sessions"); !kind) {
        return kind.error();
    }
    if (!session.partner()) {
        return makeError(ErrorCode::NotAPair, QStringLiteral("a work session needs both members of the pair"));
    }
    return {};
}

// Replays the events of a work session up to now.
WorkSessionState load(store::Database& db, qint64 id, const QDateTime& now) {
    WorkSessionState state;
    gateways::WorkSessionGateway sessions(db);
    const auto row = sessions.byId(id);
    if (!row) {
        return state;
    }
    state.id = id;
    state.uuid = row->uuid;
    state.startedAt = row->startedAt;
    QDateTime runningSince;
    for (const auto& event : sessions.events(id)) {
        const QDateTime at = QDateTime::fromString(event.at, Qt::ISODate);
        state.readerId = event.reader;
        if (event.kind == QLatin1String("start") || event.kind == QLatin1String("resume")) {
            runningSince = at;
            state.paused = false;
        } else if (event.kind == QLatin1String("pause") || event.kind == QLatin1String("end")) {
            if (runningSince.isValid()) {
                state.workedSeconds += runningSince.secsTo(at);
            }
            runningSince = QDateTime();
            state.paused = event.kind == QLatin1String("pause");
            state.ended = event.kind == QLatin1String("end");
        } else if (event.kind == QLatin1String("swap")) {
            ++state.swaps;
        }
    }
    if (runningSince.isValid() && !state.ended) {
        state.workedSeconds += std::max<qint64>(0, runningSince.secsTo(now));
    }
    state.checkerId = state.readerId == row->firstUser ? row->secondUser : row->firstUser;
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
        gateways::WorkSessionGateway(session.database())
            .append(state->id, {what, reader == 0 ? state->readerId : reader, toStoredTime(session.now())});
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
            const auto fresh = gateways::SiteGateway(session.database()).findUser(member->userName);
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
        const QString uuid = newRowUuid();
        const QString now = toStoredTime(session.now());
        store::Transaction transaction(session.database());
        gateways::WorkSessionGateway sessions(session.database());
        const qint64 sessionId =
            sessions.insert(uuid, session.databaseId(), session.user().id, session.partner()->id, now);
        sessions.append(sessionId, {QStringLiteral("start"), readerId, now});
        access::record(session, QStringLiteral("session.start"), uuid,
                       {{QStringLiteral("reader"), session.signedIn(readerId)->uuid}});
        transaction.commit();
        session.setWorkSessionId(sessionId);
        return load(session.database(), sessionId, session.now());
    });
}

Result<WorkSessionState> WorkSessionService::swapRoles(Session& session) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "run work sessions"); !kind) {
        return kind.error();
    }
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
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "run work sessions"); !kind) {
        return kind.error();
    }
    return access::guarded([&]() -> Result<WorkSessionState> { return running(session); });
}

Result<DayCounts> WorkSessionService::today(Session& session) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "run work sessions"); !kind) {
        return kind.error();
    }
    return access::guarded([&]() -> Result<DayCounts> {
        auto state = running(session);
        if (!state) {
            return state.error();
        }
        // The entries this pair first logged on the site's day, not voided since: the same numbers as the progress
        // report (CheckGateway, daily_counts).
        const QString today = sitetime::dayKey(sitetime::dayOf(session.now()));
        const DayCounts counts =
            gateways::CheckGateway(session.database()).dayCounts(today, state->readerId, state->checkerId);
        return counts;
    });
}

} // namespace dc::core
