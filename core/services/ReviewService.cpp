// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/ReviewService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/domain/Limits.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/CheckGateway.h"
#include "core/gateways/ReviewGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"

#include <array>
#include <tuple>

namespace dc::core {

namespace {

constexpr int kResolvedShownDays = 7;

constexpr std::array<std::pair<ReviewState, const char*>, 5> kStates = {{
    {ReviewState::Pending, "pending"},
    {ReviewState::Approved, "approved"},
    {ReviewState::Returned, "returned"},
    {ReviewState::Flagged, "flagged"},
    {ReviewState::Resolved, "resolved"},
}};
constexpr std::array<std::pair<ReviewDecision, const char*>, 5> kDecisions = {{
    {ReviewDecision::Approve, "approve"},
    {ReviewDecision::Return, "return"},
    {ReviewDecision::Flag, "flag"},
    {ReviewDecision::Unapprove, "unapprove"},
    {ReviewDecision::Resolve, "resolve"},
}};

std::vector<ReviewTransition> transitions(store::Database& db, qint64 checkId) {
    std::vector<ReviewTransition> out;
    gateways::SiteGateway people(db);
    for (const auto& d : gateways::ReviewGateway(db).history(checkId)) {
        ReviewTransition t;
        for (const auto& [decision, key] : kDecisions) {
            if (d.decision == QLatin1String(key)) {
                t.decision = decision;
            }
        }
        t.state = reviewStateFromKey(d.state).value_or(ReviewState::Pending);
        t.reason = d.reason;
        t.note = d.note;
        t.supervisor = people.userName(d.supervisorId);
        t.at = d.at;
        out.push_back(std::move(t));
    }
    return out;
}

ReviewItem loadItem(store::Database& db, qint64 checkId) {
    ReviewItem item;
    gateways::CheckGateway checks(db);
    item.check = *checks.byId(checkId);
    if (const auto book = gateways::BookGateway(db).byId(item.check.bookId)) {
        item.bookLabel =
            QStringLiteral("%1 %2/%3").arg(recordTypeKey(book->recordType), book->bookNumber).arg(book->yearFrom);
    }
    item.reader = item.check.readerName;
    item.checker = item.check.checkerName;
    item.history = transitions(db, checkId);
    item.state = item.history.empty() ? ReviewState::Pending : item.history.back().state;
    // The amendment history: what the entry said before each amendment, and what the supervisor decided on it.
    for (std::optional<qint64> previous = item.check.supersedes; previous;) {
        auto earlier = checks.byId(*previous);
        if (!earlier) {
            break;
        }
        previous = earlier->supersedes;
        const qint64 id = earlier->id;
        item.earlier.push_back({std::move(*earlier), transitions(db, id)});
    }
    return item;
}

// How many entries wait for review, and for how long the oldest has waited: the queue page's and the home page's.
std::pair<int, qint64> pendingOf(gateways::ReviewGateway& reviews, const QDateTime& now) {
    const auto pending = reviews.pending();
    qint64 oldest = 0;
    if (!pending.oldestLoggedAt.isEmpty()) {
        oldest = std::max<qint64>(0, QDateTime::fromString(pending.oldestLoggedAt, Qt::ISODate).secsTo(now));
    }
    return {pending.count, oldest};
}

// The next state for a decision, or nullopt when the decision does not apply to the item as it stands.
std::optional<ReviewState> next(ReviewDecision decision, ReviewState now, Outcome outcome) {
    const bool open = now == ReviewState::Pending || now == ReviewState::Flagged;
    switch (decision) {
    case ReviewDecision::Approve:
        return open && outcome != Outcome::Escalated ? std::optional(ReviewState::Approved) : std::nullopt;
    case ReviewDecision::Return:
        return open ? std::optional(ReviewState::Returned) : std::nullopt;
    case ReviewDecision::Flag:
        return now == ReviewState::Pending ? std::optional(ReviewState::Flagged) : std::nullopt;
    case ReviewDecision::Unapprove:
        return now != ReviewState::Pending ? std::optional(ReviewState::Pending) : std::nullopt;
    case ReviewDecision::Resolve:
        return open && outcome == Outcome::Escalated ? std::optional(ReviewState::Resolved) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QString reviewStateKey(ReviewState state) {
    for (const auto& [s, key] : kStates) {
        if (s == state) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

QString reviewDecisionKey(ReviewDecision decision) {
    for (const auto& [d, key] : kDecisions) {
        if (d == decision) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<ReviewDecision> reviewDecisionFromKey(const QString& key) {
    for (const auto& [d, k] : kDecisions) {
        if (key == QLatin1String(k)) {
            return d;
        }
    }
    return std::nullopt;
}

std::optional<ReviewState> reviewStateFromKey(const QString& key) {
    for (const auto& [s, k] : kStates) {
        if (key == QLatin1String(k)) {
            return s;
        }
    }
    return std::nullopt;
}

Result<ReviewPage> ReviewService::queue(Session& session, const ReviewFilter& filter) {
    return access::guarded([&]() -> Result<ReviewPage> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "review"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Supervisor, "review"); !allowed) {
            return allowed.error();
        }
        if (filter.from && filter.to && *filter.from > *filter.to) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the date range is reversed"));
        }
        gateways::ReviewGateway::QueueQuery query;
        query.bookId = filter.bookId;
        query.volunteerId = filter.volunteerId;
        query.pair = filter.pair;
        query.from = filter.from ? sitetime::dayStartStored(*filter.from) : QString();
        query.to = filter.to ? sitetime::dayStartStored(filter.to->addDays(1)) : QString();
        query.correctionClass = filter.correctionClass;
        query.state = filter.state ? reviewStateKey(*filter.state) : QString();
        query.limit = filter.limit;
        query.offset = filter.offset;
        store::Database& db = session.database();
        gateways::ReviewGateway reviews(db);
        ReviewPage page;
        page.total = reviews.count(query);
        for (const qint64 id : reviews.page(query)) {
            page.items.push_back(loadItem(db, id));
        }
        std::tie(page.pendingTotal, page.oldestPendingSeconds) = pendingOf(reviews, session.now());
        return page;
    });
}

Result<ReviewOverview> ReviewService::overview(Session& session) {
    return access::guarded([&]() -> Result<ReviewOverview> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "review"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Supervisor, "review"); !allowed) {
            return allowed.error();
        }
        store::Database& db = session.database();
        gateways::ReviewGateway reviews(db);
        gateways::CheckGateway checks(db);
        ReviewOverview overview;
        std::tie(overview.pendingTotal, overview.oldestPendingSeconds) = pendingOf(reviews, session.now());
        const auto logged = checks.loggedPerBook();
        const auto corrected = checks.correctedPerBook();
        const auto states = reviews.statesPerBook();
        for (const Book& book : gateways::BookGateway(db).all()) {
            if (!book.open) {
                continue;
            }
            ReviewOverview::Book row;
            row.bookId = book.id;
            row.logged = logged.value(book.id).logged;
            row.corrected = corrected.value(book.id);
            const auto found = states.find(book.id);
            if (found != states.end()) {
                row.pending = found->second.pending;
                row.returned = found->second.returned;
            }
            overview.books.push_back(row);
        }
        return overview;
    });
}

Result<ReviewItem> ReviewService::decide(Session& session, qint64 checkId, ReviewDecision decision,
                                         const QString& reason, const QString& note) {
    return access::guarded([&]() -> Result<ReviewItem> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "review"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Supervisor, "review"); !allowed) {
            return allowed.error();
        }
        store::Database& db = session.database();
        const auto check = gateways::CheckGateway(db).byId(checkId);
        if (!check) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no logged check has that id"));
        }
        if (check->outcome != Outcome::Corrected && check->outcome != Outcome::MissingEnteredNew &&
            check->outcome != Outcome::Escalated) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("that check needs no review: only corrected, newly entered and escalated "
                                            "entries are reviewed"));
        }
        if (!check->current) {
            return makeError(ErrorCode::NotCurrent, QStringLiteral("that check is not in the review queue"));
        }
        const ReviewItem before = loadItem(db, checkId);
        const auto state = next(decision, before.state, check->outcome);
        if (!state) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("cannot %1 an item that is %2")
                                 .arg(reviewDecisionKey(decision), reviewStateKey(before.state)));
        }
        const QString why = reason.normalized(QString::NormalizationForm_C).simplified().left(domain::kMaxReasonLength);
        if (decision != ReviewDecision::Approve && why.isEmpty()) {
            Error refused = makeError(ErrorCode::InvalidEntry, QStringLiteral("this decision needs a reason"));
            refused.findings.push_back(domain::Finding{
                QStringLiteral("reason"), domain::Severity::Error, QStringLiteral("review.reason_required"), {}});
            return refused;
        }
        store::Transaction transaction(db);
        gateways::ReviewGateway(db).append(
            checkId, {reviewDecisionKey(decision), reviewStateKey(*state), why,
                      note.normalized(QString::NormalizationForm_C).trimmed().left(domain::kMaxNoteLength),
                      session.user().id, toStoredTime(session.now())});
        access::record(session, QStringLiteral("review.") + reviewDecisionKey(decision), check->uuid,
                       {{QStringLiteral("state"), reviewStateKey(*state)}});
        transaction.commit();
        return loadItem(db, checkId);
    });
}

Result<std::vector<ReviewItem>> ReviewService::returnedToPair(Session& session) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "read returned entries"); !kind) {
        return kind.error();
    }
    return access::guarded([&]() -> Result<std::vector<ReviewItem>> {
        std::vector<qint64> members{session.user().id};
        if (session.partner()) {
            members.push_back(session.partner()->id);
        }
        store::Database& db = session.database();
        std::vector<ReviewItem> out;
        const QString since = toStoredTime(session.now().addDays(-kResolvedShownDays));
        for (const auto& item : gateways::ReviewGateway(db).statesOfPeople(members.front(), members.back())) {
            if (item.state == QLatin1String("returned") ||
                (item.state == QLatin1String("resolved") && item.decidedAt >= since)) {
                out.push_back(loadItem(db, item.checkId));
            }
        }
        return out;
    });
}

} // namespace dc::core
