// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/CheckLog.h"
#include "core/services/Session.h"

namespace dc::core {

// A pair at work (CSPro's operator statistics): who is in it, who reads and who checks now, and how long they
// worked — pauses (a lunch break) are not working time. Every change is a row of work_session_events and an audit
// event, in one transaction.
struct WorkSessionState {
    qint64 id = 0;
    QString uuid;
    qint64 readerId = 0;
    qint64 checkerId = 0;
    bool paused = false;
    bool ended = false;
    QString startedAt;
    qint64 workedSeconds = 0; // up to now (or the end), pauses excluded
    int swaps = 0;
};

// A commune's: every function is WrongSiteKind at a hub.
class WorkSessionService {
public:
    // Needs a pair: two different active volunteers signed in (NotAPair). `readerId` is one of them.
    [[nodiscard]] static Result<WorkSessionState> start(Session& session, qint64 readerId);
    [[nodiscard]] static Result<WorkSessionState> swapRoles(Session& session);
    [[nodiscard]] static Result<WorkSessionState> pause(Session& session);
    [[nodiscard]] static Result<WorkSessionState> resume(Session& session);
    // Ends the work session (sign-out); the session object forgets it.
    [[nodiscard]] static Result<WorkSessionState> end(Session& session);
    // SessionNotStarted when the session has none.
    [[nodiscard]] static Result<WorkSessionState> state(Session& session);
    // Today (Asia/Ho_Chi_Minh) for the pair of the running work session.
    [[nodiscard]] static Result<DayCounts> today(Session& session);
};

} // namespace dc::core
