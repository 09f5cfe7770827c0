// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/CheckLog.h"
#include "core/services/Session.h"

#include <QDate>

#include <optional>
#include <vector>

namespace dc::core {

// Where a logged check stands in the supervisor's review (the states of ODK Central and Survey Solutions).
enum class ReviewState { Pending, Approved, Returned, Flagged, Resolved };
enum class ReviewDecision { Approve, Return, Flag, Unapprove, Resolve };
[[nodiscard]] QString reviewStateKey(ReviewState state);          // "pending", "approved", ...
[[nodiscard]] QString reviewDecisionKey(ReviewDecision decision); // "approve", "return", ...
[[nodiscard]] std::optional<ReviewState> reviewStateFromKey(const QString& key);
[[nodiscard]] std::optional<ReviewDecision>
reviewDecisionFromKey(const QString& key); // the inverse of reviewDecisionKey

struct ReviewTransition {
    ReviewDecision decision = ReviewDecision::Approve;
    ReviewState state = ReviewState::Pending;
    QString reason;
    QString note;
    QString supervisor; // user name
    QString at;
};

// A version of an entry that a newer row superseded (an amendment or a re-check), with the review decisions it had.
// Who replaced it, when and why are on the row that superseded it (its reader, checker, loggedAt and reason).
struct EarlierVersion {
    LoggedCheck check;
    std::vector<ReviewTransition> history; // oldest first
};

// One item of the queue: the current row of a corrected, new or escalated entry, with its review history and the
// versions it replaced.
struct ReviewItem {
    LoggedCheck check;
    QString bookLabel; // "birth 01/1998"
    QString reader;    // user names
    QString checker;
    ReviewState state = ReviewState::Pending;
    std::vector<ReviewTransition> history; // oldest first
    std::vector<EarlierVersion> earlier;   // the rows it superseded, newest first
};

struct ReviewFilter {
    qint64 bookId = 0;
    qint64 volunteerId = 0;                                  // reader or checker
    std::optional<std::pair<qint64, qint64>> pair;           // both, in either role
    std::optional<QDate> from;                               // logged on or after (Vietnam's day)
    std::optional<QDate> to;                                 // logged on or before
    QString correctionClass;                                 // has a correction of this class
    std::optional<ReviewState> state = ReviewState::Pending; // nullopt: any
    int limit = 50;
    int offset = 0;
};

struct ReviewPage {
    std::vector<ReviewItem> items;
    int total = 0;                   // items matching the filter
    int pendingTotal = 0;            // the whole queue, whatever the filter
    qint64 oldestPendingSeconds = 0; // how long the oldest pending item has waited (0 when none)
};

// The supervisor's day at a glance (the home page): the queue's length and oldest wait — the numbers of `queue` — and,
// for each open book, its entries logged, corrected (current rows with real corrections, as daily_counts counts
// them), waiting for review and returned to a pair.
struct ReviewOverview {
    int pendingTotal = 0;
    qint64 oldestPendingSeconds = 0;
    struct Book {
        qint64 bookId = 0;
        int logged = 0;
        int corrected = 0;
        int pending = 0;
        int returned = 0;
    };
    std::vector<Book> books; // open books, as BookService lists them
};

// The supervisor's review of what the pairs logged. Every decision is a new review_events row and an audit event,
// in one transaction; nothing is overwritten, so a decision can be undone ("unapprove") and the history stays.
// Supervisors only, except returnedToPair; a commune's work: WrongSiteKind at a hub, returnedToPair included.
class ReviewService {
public:
    [[nodiscard]] static Result<ReviewPage> queue(Session& session, const ReviewFilter& filter);
    [[nodiscard]] static Result<ReviewOverview> overview(Session& session);
    // approve: pending or flagged → approved. return: pending or flagged → returned (reason required, the pair sees
    // it). flag: pending → flagged for the district (reason required). unapprove: approved, returned, flagged or
    // resolved → pending (reason required). resolve: an escalated entry, pending → resolved, with the decision in
    // `reason` (required) and an optional note; the pair sees both.
    [[nodiscard]] static Result<ReviewItem> decide(Session& session, qint64 checkId, ReviewDecision decision,
                                                   const QString& reason, const QString& note = {});
    // For the pair signed in: their checks the supervisor returned (still waiting for a re-check, which is an
    // amendment: the new row starts pending again) and their escalations the supervisor resolved.
    [[nodiscard]] static Result<std::vector<ReviewItem>> returnedToPair(Session& session);
};

} // namespace dc::core
