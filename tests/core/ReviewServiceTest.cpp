// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The supervisor's review: who may review, the queue and its filters, every transition kept, the return → re-check
// loop, escalations resolved, and the day close that waits for the queue.
#include "core/services/ReviewService.h"
#include "core/services/AuditService.h"
#include "core/services/BookService.h"
#include "core/store/Database.h"
#include "tests/core/ReviewSite.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace dc::core;

namespace {

class ReviewServiceTest : public dc::test::ReviewSite {
protected:
    int auditCount(const QString& action) const {
        auto s = supervisor->database().prepare("SELECT count(*) FROM audit_events WHERE action = ?1");
        s.bind(1, action);
        return s.step() ? s.integer(0) : -1;
    }
};

TEST_F(ReviewServiceTest, AVolunteerCannotReviewDecideOrCloseTheDay) {
    const LoggedCheck corrected = log(*pair, 1, Outcome::Corrected);
    EXPECT_EQ(ReviewService::queue(*pair, {}).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(ReviewService::decide(*pair, corrected.id, ReviewDecision::Approve, {}).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(AuditService::closeDay(*pair, true).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(ReviewService::overview(*pair).error().code, ErrorCode::NotPermitted);
    // nothing was decided
    auto page = ReviewService::queue(*supervisor, {});
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->pendingTotal, 1);
    EXPECT_EQ(auditCount(QStringLiteral("review.approve")), 0);
}

TEST_F(ReviewServiceTest, TheQueueHoldsCorrectionsNewEntriesAndEscalationsButNotMatches) {
    log(*pair, 1);
    const LoggedCheck corrected = log(*pair, 2, Outcome::Corrected);
    const LoggedCheck created = log(*pair, 3, Outcome::MissingEnteredNew);
    *now = now->addSecs(3600);
    const LoggedCheck escalated = log(*other, 4, Outcome::Escalated);
    log(*other, 5, Outcome::DuplicateInDatabase);
    *now = now->addSecs(1800);

    auto page = ReviewService::queue(*supervisor, {});
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->items.size(), 3u);
    EXPECT_EQ(page->total, 3);
    EXPECT_EQ(page->pendingTotal, 3);
    EXPECT_EQ(page->oldestPendingSeconds, 5400); // the first correction, logged an hour and a half ago
    EXPECT_EQ(page->items[0].check.id, corrected.id);
    EXPECT_EQ(page->items[1].check.id, created.id);
    EXPECT_EQ(page->items[2].check.id, escalated.id);
    EXPECT_EQ(page->items[0].reader, QStringLiteral("lan"));
    EXPECT_EQ(page->items[0].checker, QStringLiteral("minh"));
    EXPECT_EQ(page->items[0].bookLabel, QStringLiteral("birth 01/1998"));
    ASSERT_EQ(page->items[0].check.corrections.size(), 1u);
    EXPECT_EQ(page->items[0].check.corrections[0].before, QStringLiteral("Nguyen Thi Hong"));
    EXPECT_EQ(page->items[0].check.corrections[0].correctionClass, domain::CorrectionClass::Diacritic);
    EXPECT_EQ(page->items[2].check.transcript, QStringLiteral("Nguyễn Thị H_ng"));
    EXPECT_EQ(page->items[0].state, ReviewState::Pending);
}

// The supervisor's home page: the queue's numbers as the queue page has them, and each open book's progress.
TEST_F(ReviewServiceTest, TheOverviewHasTheQueuesNumbersAndEachOpenBooksProgress) {
    const qint64 second = site.addBook(1, 300, QStringLiteral("02"));
    const qint64 closed = site.addBook(1, 300, QStringLiteral("03"));
    log(*pair, 1);
    const LoggedCheck returned = log(*pair, 2, Outcome::Corrected);
    *now = now->addSecs(600);
    log(*other, 3, Outcome::Escalated);
    log(*other, 4, Outcome::Corrected);
    ASSERT_TRUE(LogService::logCheck(*other, entry(second, 7, Outcome::Corrected)).ok());
    ASSERT_TRUE(LogService::logCheck(*other, entry(closed, 1)).ok());
    ASSERT_TRUE(BookService::closeBook(*supervisor, closed).ok());
    ASSERT_TRUE(
        ReviewService::decide(*supervisor, returned.id, ReviewDecision::Return, QStringLiteral("Xem lại")).ok());
    *now = now->addSecs(300);

    auto overview = ReviewService::overview(*supervisor);
    ASSERT_TRUE(overview.ok());
    auto page = ReviewService::queue(*supervisor, {});
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(overview->pendingTotal, 3); // entries 3 and 4, and the second book's 7
    EXPECT_EQ(overview->pendingTotal, page->pendingTotal);
    EXPECT_EQ(overview->oldestPendingSeconds, 300);
    EXPECT_EQ(overview->oldestPendingSeconds, page->oldestPendingSeconds);
    ASSERT_EQ(overview->books.size(), 2u) << "open books only";
    const auto& first = overview->books[0].bookId == book ? overview->books[0] : overview->books[1];
    const auto& other = overview->books[0].bookId == book ? overview->books[1] : overview->books[0];
    EXPECT_EQ(first.bookId, book);
    EXPECT_EQ(first.logged, 4);
    EXPECT_EQ(first.corrected, 2);
    EXPECT_EQ(first.pending, 2);
    EXPECT_EQ(first.returned, 1);
    EXPECT_EQ(other.bookId, second);
    EXPECT_EQ(other.logged, 1);
    EXPECT_EQ(other.corrected, 1);
    EXPECT_EQ(other.pending, 1);
    EXPECT_EQ(other.returned, 0);
}

TEST_F(ReviewServiceTest, FiltersAndPaging) {
    log(*pair, 1, Outcome::Corrected);
    log(*pair, 2, Outcome::MissingEnteredNew);
    *now = now->addDays(1);
    log(*other, 3, Outcome::Corrected);
    const qint64 hoa = other->user().id;
    const qint64 lan = pair->user().id;
    const qint64 minh = pair->partner()->id;

    const auto count = [&](ReviewFilter filter) {
        auto page = ReviewService::queue(*supervisor, filter);
        EXPECT_TRUE(page.ok());
        return page.ok() ? page->total : -1;
    };
    EXPECT_EQ(count({}), 3);
    EXPECT_EQ(count({.volunteerId = hoa}), 1);
    EXPECT_EQ(count({.volunteerId = minh}), 2);
    EXPECT_EQ(count({.pair = std::pair{minh, lan}}), 2); // either order
    EXPECT_EQ(count({.pair = std::pair{lan, hoa}}), 0);
    EXPECT_EQ(count({.from = QDate(2022, 12, 6)}), 1);
    EXPECT_EQ(count({.to = QDate(2022, 12, 5)}), 2);
    EXPECT_EQ(count({.correctionClass = QStringLiteral("diacritic")}), 2);
    EXPECT_EQ(count({.correctionClass = QStringLiteral("spelling")}), 0);
    EXPECT_EQ(count({.bookId = book + 1000}), 0);
    EXPECT_EQ(count({.state = ReviewState::Approved}), 0);

    auto second = ReviewService::queue(*supervisor, {.limit = 2, .offset = 2});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->items.size(), 1u);
    EXPECT_EQ(second->total, 3);
    EXPECT_EQ(ReviewService::queue(*supervisor, {.from = QDate(2022, 12, 6), .to = QDate(2022, 12, 5)}).error().code,
              ErrorCode::InvalidInput);
}

TEST_F(ReviewServiceTest, EveryTransitionIsKeptAndAudited) {
    const LoggedCheck check = log(*pair, 1, Outcome::Corrected);
    ASSERT_TRUE(ReviewService::decide(*supervisor, check.id, ReviewDecision::Approve, {}).ok());
    // undoing an approval needs a reason
    auto noReason = ReviewService::decide(*supervisor, check.id, ReviewDecision::Unapprove, QStringLiteral("   "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, ErrorCode::InvalidEntry);
    EXPECT_EQ(noReason.error().findings.at(0).code, QStringLiteral("review.reason_required"));
    auto undone = ReviewService::decide(*supervisor, check.id, ReviewDecision::Unapprove,
                                        QStringLiteral("Duyệt nhầm, cần xem lại sổ"));
    ASSERT_TRUE(undone.ok());
    EXPECT_EQ(undone->state, ReviewState::Pending);
    auto flagged = ReviewService::decide(*supervisor, check.id, ReviewDecision::Flag, QStringLiteral("Hỏi huyện"));
    ASSERT_TRUE(flagged.ok());
    EXPECT_EQ(flagged->state, ReviewState::Flagged);
    // a flagged item can still be approved; an approved one cannot be approved again or flagged
    ASSERT_TRUE(ReviewService::decide(*supervisor, check.id, ReviewDecision::Approve, {}).ok());
    EXPECT_EQ(ReviewService::decide(*supervisor, check.id, ReviewDecision::Approve, {}).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(ReviewService::decide(*supervisor, check.id, ReviewDecision::Flag, QStringLiteral("x")).error().code,
              ErrorCode::InvalidInput);

    auto all = ReviewService::queue(*supervisor, {.state = std::nullopt});
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->items.size(), 1u);
    const auto& history = all->items[0].history;
    ASSERT_EQ(history.size(), 4u);
    EXPECT_EQ(history[0].decision, ReviewDecision::Approve);
    EXPECT_EQ(history[1].decision, ReviewDecision::Unapprove);
    EXPECT_EQ(history[1].reason, QStringLiteral("Duyệt nhầm, cần xem lại sổ"));
    EXPECT_EQ(history[2].state, ReviewState::Flagged);
    EXPECT_EQ(history[3].state, ReviewState::Approved);
    EXPECT_EQ(history[3].supervisor, QStringLiteral("giamsat"));
    EXPECT_EQ(all->pendingTotal, 0);
    EXPECT_EQ(auditCount(QStringLiteral("review.approve")), 2);
    EXPECT_EQ(auditCount(QStringLiteral("review.unapprove")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("review.flag")), 1);
    auto verified = AuditService::verify(*supervisor);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok()) << verified->problem.toStdString();
}

TEST_F(ReviewServiceTest, MatchesAndSupersededRowsAreNotDecidedOn) {
    const LoggedCheck match = log(*pair, 1);
    const auto onMatch = ReviewService::decide(*supervisor, match.id, ReviewDecision::Approve, {});
    ASSERT_FALSE(onMatch.ok());
    EXPECT_EQ(onMatch.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(onMatch.error().detail.contains(QStringLiteral("needs no review")));
    const LoggedCheck corrected = log(*pair, 2, Outcome::Corrected);
    ASSERT_TRUE(
        LogService::amendCheck(*pair, corrected.id, entry(book, 2, Outcome::Corrected), QStringLiteral("Sai tên"))
            .ok());
    EXPECT_EQ(ReviewService::decide(*supervisor, corrected.id, ReviewDecision::Approve, {}).error().code,
              ErrorCode::NotCurrent);
    // An id no check has is named as such, not as an entry amended since.
    const auto unknown = ReviewService::decide(*supervisor, 999999, ReviewDecision::Approve, {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(unknown.error().detail, QStringLiteral("no logged check has that id"));
    EXPECT_EQ(auditCount(QStringLiteral("review.approve")), 0);
}

TEST_F(ReviewServiceTest, AReturnGoesToThatPairAndTheirRecheckStartsPendingAgain) {
    const LoggedCheck check = log(*pair, 7, Outcome::Corrected);
    const QString reason = QStringLiteral("Tên mẹ trong sổ là Trần Thị Hoà, chưa sửa");
    EXPECT_EQ(ReviewService::decide(*supervisor, check.id, ReviewDecision::Return, {}).error().code,
              ErrorCode::InvalidEntry);
    ASSERT_TRUE(ReviewService::decide(*supervisor, check.id, ReviewDecision::Return, reason).ok());
    EXPECT_EQ(auditCount(QStringLiteral("review.return")), 1);

    // the other pair does not see it; lan and minh do, at their next sign-in
    auto theirs = ReviewService::returnedToPair(*other);
    ASSERT_TRUE(theirs.ok());
    EXPECT_TRUE(theirs->empty());
    pair.reset();
    auto again = site.signInPair(QStringLiteral("minh"), dc::test::TestSite::kMinhPassword, QStringLiteral("lan"),
                                 dc::test::TestSite::kLanPassword, clock);
    ASSERT_TRUE(again);
    auto returned = ReviewService::returnedToPair(*again);
    ASSERT_TRUE(returned.ok());
    ASSERT_EQ(returned->size(), 1u);
    EXPECT_EQ(returned->at(0).check.id, check.id);
    EXPECT_EQ(returned->at(0).state, ReviewState::Returned);
    EXPECT_EQ(returned->at(0).history.back().reason, reason);

    // the re-check is an amendment: a new row that supersedes the returned one and waits for review again
    CheckInput recheck = entry(book, 7, Outcome::Corrected);
    recheck.corrections.push_back(
        {QStringLiteral("mother.full_name"), QStringLiteral("Tran Thi Hoa"), QStringLiteral("Trần Thị Hoà")});
    auto amended =
        LogService::amendCheck(*again, check.id, recheck, QStringLiteral("Kiểm tra lại theo ý kiến giám sát"));
    ASSERT_TRUE(amended.ok());
    EXPECT_EQ(amended->check.supersedes, check.id);
    auto afterRecheck = ReviewService::returnedToPair(*again);
    ASSERT_TRUE(afterRecheck.ok());
    EXPECT_TRUE(afterRecheck->empty());
    auto page = ReviewService::queue(*supervisor, {});
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->items.size(), 1u);
    EXPECT_EQ(page->items[0].check.id, amended->check.id);
    EXPECT_EQ(page->items[0].check.corrections.size(), 2u);
    EXPECT_TRUE(page->items[0].history.empty());
    // the reviewer sees the amendment history: the returned version, its return, and who changed it and why
    ASSERT_EQ(page->items[0].earlier.size(), 1u);
    const EarlierVersion& before = page->items[0].earlier[0];
    EXPECT_EQ(before.check.id, check.id);
    EXPECT_EQ(before.check.corrections.size(), 1u);
    EXPECT_EQ(before.check.readerName, QStringLiteral("lan"));
    ASSERT_EQ(before.history.size(), 1u);
    EXPECT_EQ(before.history[0].state, ReviewState::Returned);
    EXPECT_EQ(before.history[0].reason, reason);
    EXPECT_EQ(page->items[0].check.reason, QStringLiteral("Kiểm tra lại theo ý kiến giám sát"));
    EXPECT_EQ(page->items[0].check.readerName, QStringLiteral("minh")); // the swapped pair re-checked it
    // a supervisor reviewing a returned item of the old row is refused: act on the latest version
    EXPECT_EQ(ReviewService::decide(*supervisor, check.id, ReviewDecision::Unapprove, QStringLiteral("x")).error().code,
              ErrorCode::NotCurrent);
}

TEST_F(ReviewServiceTest, EscalationsAreResolvedWithADecisionThePairSees) {
    const LoggedCheck escalated = log(*pair, 9, Outcome::Escalated);
    // an escalation is resolved, not approved
    EXPECT_EQ(ReviewService::decide(*supervisor, escalated.id, ReviewDecision::Approve, {}).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(ReviewService::decide(*supervisor, escalated.id, ReviewDecision::Resolve, {}).error().code,
              ErrorCode::InvalidEntry);
    const LoggedCheck corrected = log(*pair, 10, Outcome::Corrected);
    EXPECT_EQ(
        ReviewService::decide(*supervisor, corrected.id, ReviewDecision::Resolve, QStringLiteral("x")).error().code,
        ErrorCode::InvalidInput);

    auto resolved = ReviewService::decide(*supervisor, escalated.id, ReviewDecision::Resolve,
                                          QStringLiteral("Tên là Nguyễn Thị Hồng"),
                                          QStringLiteral("Đối chiếu với sổ gốc lưu ở huyện"));
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved->state, ReviewState::Resolved);
    auto seen = ReviewService::returnedToPair(*pair);
    ASSERT_TRUE(seen.ok());
    ASSERT_EQ(seen->size(), 1u);
    EXPECT_EQ(seen->at(0).history.back().reason, QStringLiteral("Tên là Nguyễn Thị Hồng"));
    EXPECT_EQ(seen->at(0).history.back().note, QStringLiteral("Đối chiếu với sổ gốc lưu ở huyện"));
    EXPECT_TRUE(ReviewService::returnedToPair(*other)->empty());
    // a week later the resolution is no longer news
    *now = now->addDays(8);
    EXPECT_TRUE(ReviewService::returnedToPair(*pair)->empty());
}

TEST_F(ReviewServiceTest, TheDayClosesOnceTheQueueIsEmptyOrExplicitlyDeferred) {
    const LoggedCheck check = log(*pair, 1, Outcome::Corrected);
    auto refused = AuditService::closeDay(*supervisor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::QueueNotEmpty);
    EXPECT_EQ(auditCount(QStringLiteral("day.closed")), 0);

    auto deferred = AuditService::closeDay(*supervisor, true);
    ASSERT_TRUE(deferred.ok());
    EXPECT_TRUE(deferred->checkpoint.startsWith("doichieu/"));
    auto details = supervisor->database().prepare("SELECT details FROM audit_events WHERE action = 'day.closed'");
    ASSERT_TRUE(details.step());
    EXPECT_EQ(
        QJsonDocument::fromJson(details.text(0).toUtf8()).object().value(QStringLiteral("deferredReviews")).toInt(), 1)
        << details.text(0).toStdString();

    ASSERT_TRUE(ReviewService::decide(*supervisor, check.id, ReviewDecision::Approve, {}).ok());
    EXPECT_TRUE(AuditService::closeDay(*supervisor).ok());
}

} // namespace
