// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/ReviewService.h"

#include "core/Clock.h"
#include "core/services/CheckRecords.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"

#include <QTimeZone>

#include <array>

namespace dc::core {

namespace {

const QTimeZone kVietnam(7 * 3600);
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

// The outcomes a supervisor reviews: corrections, new entries and escalations. A match is spot-checked instead.
constexpr const char* kReviewable = "('corrected', 'missing_entered_new', 'escalated')";
constexpr const char* kStateOf =
    "coalesce((SELECT r.state FROM review_events r WHERE r.check_id = c.id ORDER BY r.id DESC LIMIT 1), 'pending')";

QString dayStart(const QDate& day) {
    return toStoredTime(QDateTime(day, QTime(0, 0), kVietnam));
}

QString userName(store::Database& db, qint64 id) {
    auto s = db.prepare("SELECT user_name FROM users WHERE id = ?1");
    s.bind(1, id);
    return s.step() ? s.text(0) : QString();
}

ReviewItem loadItem(store::Database& db, qint64 checkId) {
    ReviewItem item;
    item.check = *checkrecords::loadCheck(db, checkId);
    if (const auto book = checkrecords::loadBook(db, item.check.bookId)) {
        item.bookLabel =
            QStringLiteral("%1 %2/%3").arg(recordTypeKey(book->recordType), book->bookNumber).arg(book->yearFrom);
    }
    item.reader = userName(db, item.check.readerId);
    item.checker = userName(db, item.check.checkerId);
    auto s = db.prepare("SELECT r.decision, r.state, r.reason, r.note, u.user_name, r.at FROM review_events r "
                        "JOIN users u ON u.id = r.supervisor_id WHERE r.check_id = ?1 ORDER BY r.id");
    s.bind(1, checkId);
    while (s.step()) {
        ReviewTransition t;
        for (const auto& [d, key] : kDecisions) {
            if (s.text(0) == QLatin1String(key)) {
                t.decision = d;
            }
        }
        t.state = reviewStateFromKey(s.text(1)).value_or(ReviewState::Pending);
        t.reason = s.text(2);
        t.note = s.text(3);
        t.supervisor = s.text(4);
        t.at = s.text(5);
        item.history.push_back(std::move(t));
    }
    item.state = item.history.empty() ? ReviewState::Pending : item.history.back().state;
    return item;
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
        if (auto allowed = access::requireRole(session, Role::Supervisor, "review"); !allowed) {
            return allowed.error();
        }
        if (filter.from && filter.to && *filter.from > *filter.to) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the date range is reversed"));
        }
        std::string where =
            std::string(" FROM entry_state e JOIN checks c ON c.id = e.check_id WHERE e.outcome IN ") + kReviewable;
        if (filter.bookId) {
            where += " AND c.book_id = :book";
        }
        if (filter.volunteerId) {
            where += " AND (c.reader_id = :volunteer OR c.checker_id = :volunteer)";
        }
        if (filter.pair) {
            where += " AND ((c.reader_id = :a AND c.checker_id = :b) OR (c.reader_id = :b AND c.checker_id = :a))";
        }
        if (filter.from) {
            where += " AND c.logged_at >= :from";
        }
        if (filter.to) {
            where += " AND c.logged_at < :to";
        }
        if (!filter.correctionClass.isEmpty()) {
            where += " AND EXISTS (SELECT 1 FROM corrections k WHERE k.check_id = c.id AND k.class = :class)";
        }
        if (filter.state) {
            where += std::string(" AND ") + kStateOf + " = :state";
        }
        const auto bindAll = [&](store::Statement& s) {
            const auto bindNamed = [&s](const char* name, const auto& value) {
                const int index = s.parameterIndex(name);
                if (index > 0) {
                    s.bind(index, value);
                }
            };
            bindNamed(":book", filter.bookId);
            bindNamed(":volunteer", filter.volunteerId);
            if (filter.pair) {
                bindNamed(":a", filter.pair->first);
                bindNamed(":b", filter.pair->second);
            }
            if (filter.from) {
                bindNamed(":from", dayStart(*filter.from));
            }
            if (filter.to) {
                bindNamed(":to", dayStart(filter.to->addDays(1)));
            }
            bindNamed(":class", filter.correctionClass);
            if (filter.state) {
                bindNamed(":state", reviewStateKey(*filter.state));
            }
        };
        store::Database& db = session.database();
        ReviewPage page;
        auto count = db.prepare("SELECT count(*)" + where);
        bindAll(count);
        page.total = count.step() ? count.integer(0) : 0;
        auto ids = db.prepare("SELECT c.id" + where + " ORDER BY c.logged_at, c.id LIMIT :limit OFFSET :offset");
        bindAll(ids);
        ids.bind(ids.parameterIndex(":limit"), std::max(1, filter.limit));
        ids.bind(ids.parameterIndex(":offset"), std::max(0, filter.offset));
        std::vector<qint64> found;
        while (ids.step()) {
            found.push_back(ids.int64(0));
        }
        for (const qint64 id : found) {
            page.items.push_back(loadItem(db, id));
        }
        auto pending = db.prepare(std::string("SELECT count(*), min(c.logged_at) FROM entry_state e JOIN checks c ON "
                                              "c.id = e.check_id WHERE e.outcome IN ") +
                                  kReviewable + " AND " + kStateOf + " = 'pending'");
        if (pending.step()) {
            page.pendingTotal = pending.integer(0);
            if (!pending.isNull(1)) {
                page.oldestPendingSeconds =
                    std::max<qint64>(0, QDateTime::fromString(pending.text(1), Qt::ISODate).secsTo(session.now()));
            }
        }
        return page;
    });
}

Result<ReviewItem> ReviewService::decide(Session& session, qint64 checkId, ReviewDecision decision,
                                         const QString& reason, const QString& note) {
    return access::guarded([&]() -> Result<ReviewItem> {
        if (auto allowed = access::requireRole(session, Role::Supervisor, "review"); !allowed) {
            return allowed.error();
        }
        store::Database& db = session.database();
        const auto check = checkrecords::loadCheck(db, checkId);
        if (!check || !check->current ||
            (check->outcome != Outcome::Corrected && check->outcome != Outcome::MissingEnteredNew &&
             check->outcome != Outcome::Escalated)) {
            return makeError(ErrorCode::NotCurrent, QStringLiteral("that check is not in the review queue"));
        }
        const ReviewItem before = loadItem(db, checkId);
        const auto state = next(decision, before.state, check->outcome);
        if (!state) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("cannot %1 an item that is %2")
                                 .arg(reviewDecisionKey(decision), reviewStateKey(before.state)));
        }
        const QString why = reason.normalized(QString::NormalizationForm_C).simplified().left(1000);
        if (decision != ReviewDecision::Approve && why.isEmpty()) {
            Error refused = makeError(ErrorCode::InvalidEntry, QStringLiteral("this decision needs a reason"));
            refused.findings.push_back(domain::Finding{
                QStringLiteral("reason"), domain::Severity::Error, QStringLiteral("review.reason_required"), {}});
            return refused;
        }
        store::Transaction transaction(db);
        db.prepare("INSERT INTO review_events (check_id, decision, state, reason, note, supervisor_id, at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, checkId)
            .bind(2, reviewDecisionKey(decision))
            .bind(3, reviewStateKey(*state))
            .bind(4, why)
            .bind(5, note.normalized(QString::NormalizationForm_C).trimmed().left(2000))
            .bind(6, session.user().id)
            .bind(7, toStoredTime(session.now()))
            .run();
        access::record(session, QStringLiteral("review.") + reviewDecisionKey(decision), check->uuid,
                       {{QStringLiteral("state"), reviewStateKey(*state)}});
        transaction.commit();
        return loadItem(db, checkId);
    });
}

Result<std::vector<ReviewItem>> ReviewService::returnedToPair(Session& session) {
    return access::guarded([&]() -> Result<std::vector<ReviewItem>> {
        std::vector<qint64> members{session.user().id};
        if (session.partner()) {
            members.push_back(session.partner()->id);
        }
        store::Database& db = session.database();
        auto s = db.prepare(std::string("SELECT c.id, ") + kStateOf +
                            ", (SELECT r.at FROM review_events r WHERE r.check_id = c.id ORDER BY r.id DESC LIMIT 1) "
                            "FROM entry_state e JOIN checks c ON c.id = e.check_id WHERE (c.reader_id IN (?1, ?2) OR "
                            "c.checker_id IN (?1, ?2)) ORDER BY c.id");
        s.bind(1, members.front()).bind(2, members.back());
        std::vector<ReviewItem> out;
        const QString since = toStoredTime(session.now().addDays(-kResolvedShownDays));
        while (s.step()) {
            const QString state = s.text(1);
            if (state == QLatin1String("returned") || (state == QLatin1String("resolved") && s.text(2) >= since)) {
                out.push_back(loadItem(db, s.int64(0)));
            }
        }
        return out;
    });
}

} // namespace dc::core
