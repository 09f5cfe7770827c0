// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/LogService.h"
#include "core/services/AuditService.h"
#include "core/services/BookService.h"
#include "core/services/SignIn.h"
#include "core/services/UserService.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "tests/support/TestSite.h"

#include <gtest/gtest.h>

using namespace dc::core;
using dc::test::secret;
using dc::test::TestSite;

namespace {

const domain::ValidationContext kLogRules{QDate(2017, 6, 1), QDate(2022, 12, 5)};

CheckInput plainEntry(qint64 book, int number, Outcome outcome = Outcome::Match) {
    CheckInput input;
    input.bookId = book;
    input.entryNumber = number;
    input.registrationDate = QStringLiteral("14/04/1998");
    input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    input.outcome = outcome;
    input.secondsSpent = 40;
    return input;
}

class LogServiceTest : public ::testing::Test {
protected:
    TestSite site;
    qint64 book = site.addBook();
    std::unique_ptr<Session> pair = site.signInPair();
};

TEST_F(LogServiceTest, AMatchIsLoggedForThePairWithTheirRoles) {
    auto logged = LogService::logCheck(*pair, plainEntry(book, 1), kLogRules);
    ASSERT_TRUE(logged.ok()) << errorCodeName(logged.error().code);
    EXPECT_EQ(logged->check.readerId, pair->user().id);
    EXPECT_EQ(logged->check.checkerId, pair->partner()->id);
    EXPECT_EQ(logged->check.schemaVersion, QLatin1String("birth/1"));
    EXPECT_EQ(logged->check.registrationDate, QLatin1String("14/04/1998"));
    // after a role swap the same pair logs with the roles reversed
    ASSERT_TRUE(WorkSessionService::swapRoles(*pair).ok());
    auto next = LogService::logCheck(*pair, plainEntry(book, 2), kLogRules);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->check.readerId, pair->partner()->id);
    EXPECT_EQ(next->check.checkerId, pair->user().id);
}

TEST_F(LogServiceTest, CorrectionsAreClassedAndWritingDifferencesKeptApart) {
    CheckInput input = plainEntry(book, 1, Outcome::Corrected);
    input.corrections = {
        {QStringLiteral("subject.full_name"), QStringLiteral("Nguyen Thi Hong"), QStringLiteral("Nguyễn Thị Hồng")},
        {QStringLiteral("subject.birth_date"), QStringLiteral("01/01/1998"), QStringLiteral("1998")},
        {QStringLiteral("mother.full_name"), QStringLiteral("Trần Thị Hoà"), QStringLiteral("Trần Thị Hòa")}};
    auto logged = LogService::logCheck(*pair, input, kLogRules);
    ASSERT_TRUE(logged.ok());
    EXPECT_EQ(logged->check.outcome, Outcome::Corrected);
    ASSERT_EQ(logged->check.corrections.size(), 3u);
    EXPECT_EQ(logged->check.corrections[0].correctionClass, domain::CorrectionClass::Diacritic);
    EXPECT_FALSE(logged->check.corrections[0].writingDifference);
    EXPECT_EQ(logged->check.corrections[1].correctionClass, domain::CorrectionClass::DatePrecision);
    EXPECT_TRUE(logged->check.corrections[1].writingDifference);
    EXPECT_EQ(logged->check.corrections[2].correctionClass, domain::CorrectionClass::TonePlacement);
    EXPECT_EQ(logged->check.realCorrections(), 1);
}

TEST_F(LogServiceTest, OnlyWritingDifferencesMeanNothingToCorrect) {
    CheckInput input = plainEntry(book, 1, Outcome::Corrected);
    input.corrections = {
        {QStringLiteral("subject.full_name"), QStringLiteral("NGUYỄN THỊ HỒNG"), QStringLiteral("Nguyễn Thị Hồng")}};
    auto logged = LogService::logCheck(*pair, input, kLogRules);
    ASSERT_TRUE(logged.ok());
    EXPECT_EQ(logged->check.outcome, Outcome::Match);
    ASSERT_EQ(logged->check.corrections.size(), 1u);
    EXPECT_TRUE(logged->check.corrections[0].writingDifference);
}

TEST_F(LogServiceTest, DomainErrorsRefuseWarningsAreKept) {
    CheckInput bad = plainEntry(book, 1);
    bad.registrationDate = QStringLiteral("31/04/1998");
    bad.subjectName = QStringLiteral("Nguyễn Văn 2");
    auto refused = LogService::logCheck(*pair, bad, kLogRules);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidEntry);
    QStringList codes;
    for (const auto& f : refused.error().findings) {
        codes << f.field + u':' + f.code;
    }
    EXPECT_TRUE(codes.contains(QStringLiteral("registration.date:date.impossible_day")));
    EXPECT_TRUE(codes.contains(QStringLiteral("subject.full_name:name.digits")));

    CheckInput late = plainEntry(book, 1);
    late.registrationDate = QStringLiteral("02/06/2017");
    auto logged = LogService::logCheck(*pair, late, kLogRules);
    ASSERT_TRUE(logged.ok());
    // After the campaign's cutoff, and outside the book's year (1998): both warnings kept with the entry.
    EXPECT_EQ(logged->check.warnings, (QStringList{QStringLiteral("entry.outside_campaign_scope"),
                                                   QStringLiteral("entry.outside_book_years")}));
}

TEST_F(LogServiceTest, OutcomeRulesAreEnforced) {
    CheckInput corrected = plainEntry(book, 1, Outcome::Corrected);
    EXPECT_EQ(LogService::logCheck(*pair, corrected, kLogRules).error().findings.at(0).code,
              QLatin1String("check.correction_required"));
    CheckInput match = plainEntry(book, 1);
    match.corrections = {{QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")}};
    EXPECT_EQ(LogService::logCheck(*pair, match, kLogRules).error().findings.at(0).code,
              QLatin1String("check.corrections_not_allowed"));
    CheckInput unknownField = plainEntry(book, 1, Outcome::Corrected);
    unknownField.corrections = {{QStringLiteral("husband.full_name"), QStringLiteral("A"), QStringLiteral("B")}};
    EXPECT_EQ(LogService::logCheck(*pair, unknownField, kLogRules).error().findings.at(0).code,
              QLatin1String("check.unknown_field"));
    CheckInput badAfter = plainEntry(book, 1, Outcome::Corrected);
    badAfter.corrections = {
        {QStringLiteral("subject.birth_date"), QStringLiteral("01/02/1998"), QStringLiteral("30/02/1998")}};
    EXPECT_EQ(LogService::logCheck(*pair, badAfter, kLogRules).error().findings.at(0).code,
              QLatin1String("date.impossible_day"));
    // escalated: the register cannot be read; a transcript instead of a guess
    CheckInput escalated = plainEntry(book, 1, Outcome::Escalated);
    escalated.subjectName.clear();
    escalated.registrationDate.clear();
    EXPECT_EQ(LogService::logCheck(*pair, escalated, kLogRules).error().findings.at(0).code,
              QLatin1String("check.transcript_required"));
    escalated.transcript = QStringLiteral("Ng_yễn Th* H_ng, sinh ngày 3_/04/19*");
    auto logged = LogService::logCheck(*pair, escalated, kLogRules);
    ASSERT_TRUE(logged.ok());
    EXPECT_EQ(logged->check.transcript, escalated.transcript);
    // out of the book's range
    EXPECT_EQ(LogService::logCheck(*pair, plainEntry(book, 501), kLogRules).error().findings.at(0).code,
              QLatin1String("check.entry_number_out_of_range"));
}

TEST_F(LogServiceTest, DuplicateEntryIsRefusedAndGapsAreListed) {
    for (int n : {1, 2, 5, 9}) {
        ASSERT_TRUE(LogService::logCheck(*pair, plainEntry(book, n), kLogRules).ok());
    }
    auto again = LogService::logCheck(*pair, plainEntry(book, 2), kLogRules);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::EntryAlreadyLogged);
    auto progress = LogService::progress(*pair, book);
    ASSERT_TRUE(progress.ok());
    EXPECT_EQ(progress->logged, 4);
    EXPECT_EQ(progress->lastEntryNumber, 9);
    EXPECT_EQ(progress->nextEntryNumber, 10);
    EXPECT_EQ(progress->gaps, (std::vector<int>{3, 4, 6, 7, 8}));
    EXPECT_EQ(progress->gapCount, 5);
}

TEST_F(LogServiceTest, AmendAndVoidSupersedeWithoutChangingHistory) {
    auto first = LogService::logCheck(*pair, plainEntry(book, 7), kLogRules);
    ASSERT_TRUE(first.ok());
    CheckInput fix = plainEntry(book, 7, Outcome::Corrected);
    fix.corrections = {{QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")}};
    EXPECT_EQ(LogService::amendCheck(*pair, first->check.id, fix, QStringLiteral("  ")).error().code,
              ErrorCode::InvalidEntry);
    auto amended = LogService::amendCheck(*pair, first->check.id, fix, QStringLiteral("đọc nhầm giới tính"));
    ASSERT_TRUE(amended.ok());
    EXPECT_EQ(amended->check.supersedes, first->check.id);
    // the old row is no longer current and cannot be amended again
    EXPECT_EQ(LogService::amendCheck(*pair, first->check.id, fix, QStringLiteral("x")).error().code,
              ErrorCode::NotCurrent);
    auto list = LogService::listChecks(*pair, {book, std::nullopt, 0});
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->at(0).current.id, amended->check.id);
    ASSERT_EQ(list->at(0).earlier.size(), 1u);
    EXPECT_EQ(list->at(0).earlier[0].outcome, Outcome::Match); // as first logged
    EXPECT_FALSE(list->at(0).earlier[0].current);

    auto voided = LogService::voidCheck(*pair, amended->check.id, QStringLiteral("sai quyển sổ"));
    ASSERT_TRUE(voided.ok());
    EXPECT_EQ(voided->check.outcome, Outcome::Void);
    EXPECT_TRUE(LogService::listChecks(*pair, {book, std::nullopt, 0})->empty());
    EXPECT_EQ(LogService::progress(*pair, book)->logged, 0);
    // the voided entry can be logged again
    EXPECT_TRUE(LogService::logCheck(*pair, plainEntry(book, 7), kLogRules).ok());
    // and nothing of it was updated in place: the database refuses it
    EXPECT_THROW(pair->database().exec("UPDATE checks SET subject_name = 'x'"), dc::core::store::StoreError);
    EXPECT_THROW(pair->database().exec("DELETE FROM checks"), dc::core::store::StoreError);
}

TEST_F(LogServiceTest, LastEntriesOfTheSessionNewestFirst) {
    for (int n = 1; n <= 12; ++n) {
        ASSERT_TRUE(LogService::logCheck(*pair, plainEntry(book, n), kLogRules).ok());
    }
    auto last = LogService::listChecks(*pair, {0, pair->workSessionId(), 5});
    ASSERT_TRUE(last.ok());
    ASSERT_EQ(last->size(), 5u);
    EXPECT_EQ(last->at(0).current.entryNumber, 12);
    EXPECT_EQ(last->at(4).current.entryNumber, 8);
}

// ---- Permissions and state: every refused case ---------------------------------------------------------------

TEST_F(LogServiceTest, ASupervisorOrASingleVolunteerCannotLog) {
    auto admin = site.signInSupervisor();
    EXPECT_EQ(LogService::logCheck(*admin, plainEntry(book, 1), kLogRules).error().code, ErrorCode::NotAPair);
    auto alone = site.signIn(QStringLiteral("lan"), TestSite::kLanPassword);
    EXPECT_EQ(LogService::logCheck(*alone, plainEntry(book, 1), kLogRules).error().code, ErrorCode::NotAPair);
    EXPECT_EQ(WorkSessionService::start(*alone, alone->user().id).error().code, ErrorCode::NotAPair);
    // Amending or voiding: refused as not a pair before anything is looked up, so whether a check exists or is current
    // is told to no one else (a missing id and a real one get the same answer).
    for (const qint64 id : {qint64(1), qint64(999999)}) {
        EXPECT_EQ(
            LogService::amendCheck(*admin, id, plainEntry(book, 1), QStringLiteral("sửa"), kLogRules).error().code,
            ErrorCode::NotAPair);
        EXPECT_EQ(LogService::voidCheck(*alone, id, QStringLiteral("nhầm")).error().code, ErrorCode::NotAPair);
    }
}

TEST_F(LogServiceTest, APairIsTwoDifferentVolunteers) {
    auto lan = site.signIn(QStringLiteral("lan"), TestSite::kLanPassword);
    EXPECT_EQ(SignIn().addPartner(*lan, QStringLiteral("LAN"), secret(TestSite::kLanPassword)).error().code,
              ErrorCode::NotAPair);
    EXPECT_EQ(SignIn().addPartner(*lan, QStringLiteral("minh"), secret("sai-mat-khau")).error().code,
              ErrorCode::WrongPassword);
    // a supervisor may sign in beside a volunteer, but that is not a pair that logs
    ASSERT_TRUE(SignIn()
                    .addPartner(*lan, QString::fromLatin1(TestSite::kSupervisor), secret(TestSite::kSupervisorPassword))
                    .ok());
    EXPECT_EQ(WorkSessionService::start(*lan, lan->user().id).error().code, ErrorCode::NotAPair);
}

TEST_F(LogServiceTest, NoWorkSessionOrAPausedOneRefuses) {
    auto lan = site.signIn(QStringLiteral("lan"), TestSite::kLanPassword);
    ASSERT_TRUE(SignIn().addPartner(*lan, QStringLiteral("minh"), secret(TestSite::kMinhPassword)).ok());
    EXPECT_EQ(LogService::logCheck(*lan, plainEntry(book, 1), kLogRules).error().code, ErrorCode::SessionNotStarted);
    ASSERT_TRUE(WorkSessionService::pause(*pair).ok());
    EXPECT_EQ(LogService::logCheck(*pair, plainEntry(book, 1), kLogRules).error().code, ErrorCode::SessionPaused);
    ASSERT_TRUE(WorkSessionService::resume(*pair).ok());
    EXPECT_TRUE(LogService::logCheck(*pair, plainEntry(book, 1), kLogRules).ok());
    ASSERT_TRUE(WorkSessionService::end(*pair).ok());
    EXPECT_EQ(LogService::logCheck(*pair, plainEntry(book, 2), kLogRules).error().code, ErrorCode::SessionNotStarted);
}

TEST_F(LogServiceTest, AClosedBookTakesNoEntriesAndOnlySupervisorsCloseBooks) {
    EXPECT_EQ(BookService::closeBook(*pair, book).error().code, ErrorCode::NotPermitted);
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(BookService::closeBook(*admin, book).ok());
    EXPECT_EQ(LogService::logCheck(*pair, plainEntry(book, 1), kLogRules).error().code, ErrorCode::BookClosed);
    ASSERT_TRUE(BookService::reopenBook(*admin, book).ok());
    EXPECT_TRUE(LogService::logCheck(*pair, plainEntry(book, 1), kLogRules).ok());
}

TEST_F(LogServiceTest, ARemovedVolunteerCanNoLongerLog) {
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(UserService::removeUser(*admin, QStringLiteral("minh")).ok());
    EXPECT_EQ(LogService::logCheck(*pair, plainEntry(book, 1), kLogRules).error().code, ErrorCode::NotAPair);
}

TEST_F(LogServiceTest, OnlySupervisorsCloseTheDay) {
    EXPECT_EQ(AuditService::closeDay(*pair).error().code, ErrorCode::NotPermitted);
    auto admin = site.signInSupervisor();
    auto closed = AuditService::closeDay(*admin);
    ASSERT_TRUE(closed.ok());
    EXPECT_TRUE(closed->checkpoint.startsWith(("doichieu/" + site.databaseId() + "\n").toUtf8()));
}

TEST_F(LogServiceTest, AfterAnIdleLockOneOfThePairResumesTheWorkSession) {
    ASSERT_TRUE(LogService::logCheck(*pair, plainEntry(book, 1), kLogRules).ok());
    ASSERT_TRUE(WorkSessionService::pause(*pair).ok());
    const SignIn::LockedPair locked{pair->user().userName, pair->partner()->userName, *pair->workSessionId()};
    pair.reset(); // the lock closes the database and wipes the key
    EXPECT_EQ(SignIn()
                  .resumePair(site.paths().database, locked, QString::fromLatin1(TestSite::kSupervisor),
                              secret(TestSite::kSupervisorPassword))
                  .error()
                  .code,
              ErrorCode::NotAPair);
    EXPECT_EQ(
        SignIn().resumePair(site.paths().database, locked, QStringLiteral("minh"), secret("sai-mat-khau")).error().code,
        ErrorCode::WrongPassword);
    auto resumed =
        SignIn().resumePair(site.paths().database, locked, QStringLiteral("minh"), secret(TestSite::kMinhPassword));
    ASSERT_TRUE(resumed.ok()) << errorCodeName(resumed.error().code);
    Session& session = *resumed.value();
    EXPECT_EQ(session.user().userName, QLatin1String("minh"));
    EXPECT_EQ(session.partner()->userName, QLatin1String("lan"));
    ASSERT_TRUE(WorkSessionService::resume(session).ok());
    auto next = LogService::logCheck(session, plainEntry(book, 2), kLogRules);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->check.sessionId, locked.workSessionId);
    // once the work session ended, there is nothing to resume
    ASSERT_TRUE(WorkSessionService::end(session).ok());
    EXPECT_EQ(SignIn()
                  .resumePair(site.paths().database, locked, QStringLiteral("lan"), secret(TestSite::kLanPassword))
                  .error()
                  .code,
              ErrorCode::SessionNotStarted);
}

TEST_F(LogServiceTest, WorkingTimeExcludesPauses) {
    // A clock the test moves: sign in the pair again with it.
    QDateTime now(QDate(2022, 12, 5), QTime(1, 0), Qt::UTC);
    SignIn signIn([&now] { return now; });
    auto session =
        std::move(signIn.signIn(site.paths().database, QStringLiteral("lan"), secret(TestSite::kLanPassword))).value();
    ASSERT_TRUE(signIn.addPartner(*session, QStringLiteral("minh"), secret(TestSite::kMinhPassword)).ok());
    ASSERT_TRUE(WorkSessionService::start(*session, session->partner()->id).ok());
    now = now.addSecs(3600);
    ASSERT_TRUE(WorkSessionService::pause(*session).ok());
    now = now.addSecs(1800); // lunch
    ASSERT_TRUE(WorkSessionService::resume(*session).ok());
    now = now.addSecs(600);
    auto state = WorkSessionService::state(*session);
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->workedSeconds, 4200);
    EXPECT_EQ(state->readerId, session->partner()->id);
    EXPECT_FALSE(state->paused);
}

} // namespace
