// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/domain/EntryValidator.h"
#include "core/services/BookService.h"
#include "core/services/CheckLog.h"
#include "core/services/Session.h"

#include <vector>

namespace dc::core {

// What a write of the log returns, read in the same transaction: the views show it without asking again.
struct LogReceipt {
    LoggedCheck check;                     // the row as stored
    std::optional<LoggedCheck> superseded; // the row it replaced (an amendment or a void), no longer current
    BookProgress progress;                 // the book after it
    DayCounts today;                       // the pair's counts for the site day after it (WorkSessionService::today)
};

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
    // The values are checked by domain::checkDraft, the one composition of an entry's rules (the live GUI calls it
    // too). For a Corrected check whose every correction is a writing difference (format, date precision, spacing or
    // case, tone placement), nothing in the database needs correcting: it is logged as a Match, the writing
    // differences kept with it for the record. `input.reader`, when given, must be one of the pair
    // (check.reader_not_in_pair); a reader who is not the current one swaps the roles first.
    [[nodiscard]] static Result<LogReceipt> logCheck(Session& session, const CheckInput& input,
                                                     const domain::ValidationContext& rules = {});
    // A new row superseding `checkId` (which must be the entry's current row), with a reason.
    [[nodiscard]] static Result<LogReceipt> amendCheck(Session& session, qint64 checkId, const CheckInput& input,
                                                       const QString& reason,
                                                       const domain::ValidationContext& rules = {});
    // What an entry of `book` is checked against: `rules` with the book's years (a registration date outside them is a
    // warning) and, once the site is enrolled, the scope's cutoff its hub sent (enrolledEntryCutoff). logCheck and
    // amendCheck apply it; the live logging screen calls it so it checks what they check.
    [[nodiscard]] static domain::ValidationContext rulesFor(const Session& session, const Book& book,
                                                            domain::ValidationContext rules = {});
    // Withdraws a logged check: a "void" row superseding it; the entry counts as not logged again.
    [[nodiscard]] static Result<LogReceipt> voidCheck(Session& session, qint64 checkId, const QString& reason);
    // After an acknowledged write, while the pair reads the next entry: copies the database's write-ahead log into the
    // main file when it is due (store::Database::checkpointIfDue), so that no save waits for it, and raises the audit
    // chain's high-water mark (at most once a second, and at every checkpoint). Never fails.
    static void settle(Session& session);

    // Anyone signed in at a commune (WrongSiteKind at a hub, as for progress and currentCheck). Current rows (voids
    // excluded) with their history, newest first; `bookId` 0 for all books, `sessionId` to keep one work session's,
    // `limit` 0 for all.
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
