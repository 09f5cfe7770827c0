// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/domain/EntryValidator.h"
#include "core/services/CheckLog.h"
#include "core/services/Session.h"

#include <vector>

namespace dc::core {

// The pair's log. Every write is one transaction holding the change and its audit event: a check is
// acknowledged only when that transaction committed (WAL, synchronous FULL), so an acknowledged check survives a
// crash or power cut.
//
// Permissions and state, checked here: a signed-in pair of two different active volunteers with a running work
// session that is not paused (NotAPair, SessionNotStarted, SessionPaused); an open book (BookClosed); an entry
// not yet logged (EntryAlreadyLogged: amend it instead). Every value goes through the domain: errors refuse the
// check (InvalidEntry, with findings), warnings are kept with it.
class LogService {
public:
    // For a Corrected check whose every correction is a writing difference (format, date precision, spacing or
    // case, tone placement), nothing in the database needs correcting: it is logged as a Match, the writing
    // differences kept with it for the record.
    [[nodiscard]] static Result<LoggedCheck> logCheck(Session& session, const CheckInput& input,
                                                      const domain::ValidationContext& rules = {});
    // A new row superseding `checkId` (which must be the entry's current row), with a reason.
    [[nodiscard]] static Result<LoggedCheck> amendCheck(Session& session, qint64 checkId, const CheckInput& input,
                                                        const QString& reason,
                                                        const domain::ValidationContext& rules = {});
    // Withdraws a logged check: a "void" row superseding it; the entry counts as not logged again.
    [[nodiscard]] static Result<LoggedCheck> voidCheck(Session& session, qint64 checkId, const QString& reason);

    // Anyone signed in. Current rows (voids excluded) with their history, newest first; `bookId` 0 for all books,
    // `sessionId` to keep one work session's, `limit` 0 for all.
    struct Filter {
        qint64 bookId = 0;
        std::optional<qint64> sessionId;
        int limit = 0;
    };
    [[nodiscard]] static Result<std::vector<CheckHistory>> listChecks(Session& session, const Filter& filter);
    [[nodiscard]] static Result<BookProgress> progress(Session& session, qint64 bookId);
    // The current check of an entry, if it is logged (for "already logged: amend it?").
    [[nodiscard]] static Result<std::optional<LoggedCheck>> currentCheck(Session& session, qint64 bookId,
                                                                         int entryNumber);
};

} // namespace dc::core
