// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// What a save returns and what it costs: the receipt read in the save's own transaction, "logged on a day" as one
// fact (the pair's work bar and the progress report agree), the reader a caller names, and the statements a save
// issues (none after its commit).
#include "core/services/LogService.h"
#include "core/services/ReportService.h"
#include "core/services/SignIn.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "tests/support/TestSite.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace dc::core;
using dc::test::secret;
using dc::test::TestSite;

namespace {

using dc::test::kRules;

CheckInput receiptEntry(qint64 book, int number, Outcome outcome = Outcome::Match) {
    CheckInput input;
    input.bookId = book;
    input.entryNumber = number;
    input.registrationDate = QStringLiteral("14/04/1998");
    input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    input.outcome = outcome;
    input.secondsSpent = 40;
    if (outcome == Outcome::Corrected) {
        input.corrections = {{QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")}};
    }
    return input;
}

class LogReceiptTest : public ::testing::Test {
protected:
    LogReceiptTest() {
        site.addUser(QStringLiteral("lan"), TestSite::kLanPassword);
        site.addUser(QStringLiteral("minh"), TestSite::kMinhPassword);
    }

    // The pair "lan" (reading) and "minh", on a clock the test moves.
    std::unique_ptr<Session> pairAt() {
        SignIn signIn([this] { return now; });
        auto session =
            std::move(signIn.signIn(site.paths().database, QStringLiteral("lan"), secret(TestSite::kLanPassword)))
                .value();
        EXPECT_TRUE(signIn.addPartner(*session, QStringLiteral("minh"), secret(TestSite::kMinhPassword)).ok());
        EXPECT_TRUE(WorkSessionService::start(*session, session->user().id).ok());
        return session;
    }

    int reportedOn(const QDate& day) {
        auto supervisor = site.signIn(QString::fromLatin1(TestSite::kSupervisor), TestSite::kSupervisorPassword,
                                      [this] { return now; });
        auto report = ReportService::progress(*supervisor, {day, day});
        EXPECT_TRUE(report.ok());
        return report.ok() ? report->total : -1;
    }

    TestSite site;
    qint64 book = site.addBook();
    QDateTime now{QDate(2022, 12, 1), QTime(2, 0), Qt::UTC}; // 09:00 in Bình Dương
};

TEST_F(LogReceiptTest, TheWorkBarAndTheProgressReportCountTheSameEntries) {
    auto pair = pairAt();
    ASSERT_TRUE(LogService::logCheck(*pair, receiptEntry(book, 1), kRules).ok());
    auto two = LogService::logCheck(*pair, receiptEntry(book, 2), kRules);
    auto three = LogService::logCheck(*pair, receiptEntry(book, 3), kRules);
    ASSERT_TRUE(two.ok() && three.ok());
    // Entry 2 is voided: it no longer counts, on the work bar or in the report.
    ASSERT_TRUE(LogService::voidCheck(*pair, two->check.id, QStringLiteral("sai số")).ok());
    // Entry 3 is amended: it still counts once, now as corrected.
    ASSERT_TRUE(
        LogService::amendCheck(*pair, three->check.id, receiptEntry(book, 3, Outcome::Corrected), QStringLiteral("sửa"))
            .ok());
    auto today = WorkSessionService::today(*pair);
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(today->logged, 2);
    EXPECT_EQ(today->corrected, 1);
    EXPECT_EQ(reportedOn(QDate(2022, 12, 1)), 2);
}

TEST_F(LogReceiptTest, AnEntryCountsOnTheSiteDayItWasFirstLogged) {
    now = QDateTime(QDate(2022, 12, 1), QTime(17, 30), Qt::UTC); // 00:30 on 02/12 in Bình Dương
    auto pair = pairAt();
    auto first = LogService::logCheck(*pair, receiptEntry(book, 1), kRules);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->today.logged, 1);
    EXPECT_EQ(reportedOn(QDate(2022, 12, 1)), 0);
    EXPECT_EQ(reportedOn(QDate(2022, 12, 2)), 1);
    // Amended the next day, it still counts on the day it was first logged, not twice.
    now = now.addDays(1);
    auto amended = LogService::amendCheck(*pair, first->check.id, receiptEntry(book, 1, Outcome::Corrected),
                                          QStringLiteral("sửa"));
    ASSERT_TRUE(amended.ok());
    EXPECT_EQ(amended->today.logged, 0);
    EXPECT_EQ(reportedOn(QDate(2022, 12, 2)), 1);
    EXPECT_EQ(reportedOn(QDate(2022, 12, 3)), 0);
    // Voided, then logged again: it counts on the day of the new log.
    ASSERT_TRUE(LogService::voidCheck(*pair, amended->check.id, QStringLiteral("nhầm")).ok());
    EXPECT_EQ(reportedOn(QDate(2022, 12, 2)), 0);
    ASSERT_TRUE(LogService::logCheck(*pair, receiptEntry(book, 1), kRules).ok());
    EXPECT_EQ(reportedOn(QDate(2022, 12, 3)), 1);
}

TEST_F(LogReceiptTest, TheReceiptIsWhatTheServicesSayAfterTheSave) {
    auto pair = pairAt();
    ASSERT_TRUE(LogService::logCheck(*pair, receiptEntry(book, 1), kRules).ok());
    auto skipped = LogService::logCheck(*pair, receiptEntry(book, 4, Outcome::Corrected), kRules);
    ASSERT_TRUE(skipped.ok());
    const auto expectSame = [&](const LogReceipt& receipt) {
        auto progress = LogService::progress(*pair, book);
        auto today = WorkSessionService::today(*pair);
        ASSERT_TRUE(progress.ok() && today.ok());
        EXPECT_EQ(receipt.progress.logged, progress->logged);
        EXPECT_EQ(receipt.progress.lastEntryNumber, progress->lastEntryNumber);
        EXPECT_EQ(receipt.progress.nextEntryNumber, progress->nextEntryNumber);
        EXPECT_EQ(receipt.progress.gaps, progress->gaps);
        EXPECT_EQ(receipt.progress.gapCount, progress->gapCount);
        EXPECT_EQ(receipt.today.logged, today->logged);
        EXPECT_EQ(receipt.today.corrected, today->corrected);
        EXPECT_EQ(receipt.today.escalated, today->escalated);
    };
    expectSame(skipped.value());
    EXPECT_EQ(skipped->progress.gaps, (std::vector<int>{2, 3}));
    EXPECT_EQ(skipped->today.corrected, 1);
    EXPECT_EQ(skipped->check.readerName, QLatin1String("lan"));
    EXPECT_EQ(skipped->check.checkerName, QLatin1String("minh"));
    EXPECT_FALSE(skipped->superseded);

    auto amended =
        LogService::amendCheck(*pair, skipped->check.id, receiptEntry(book, 2), QStringLiteral("đọc nhầm số"));
    ASSERT_TRUE(amended.ok());
    expectSame(amended.value());
    ASSERT_TRUE(amended->superseded);
    EXPECT_EQ(amended->superseded->id, skipped->check.id);
    EXPECT_FALSE(amended->superseded->current);
    EXPECT_TRUE(amended->check.current);
    EXPECT_EQ(amended->progress.gapCount, 0);
    EXPECT_EQ(amended->today.corrected, 0);

    auto voided = LogService::voidCheck(*pair, amended->check.id, QStringLiteral("sai quyển"));
    ASSERT_TRUE(voided.ok());
    expectSame(voided.value());
    EXPECT_FALSE(voided->check.current);
    EXPECT_EQ(voided->today.logged, 1);
}

TEST_F(LogReceiptTest, ASaveReadsNothingBackAfterItsCommit) {
    auto pair = pairAt();
    ASSERT_TRUE(LogService::logCheck(*pair, receiptEntry(book, 1), kRules).ok()); // caches warm, as at work
    std::vector<std::string> statements;
    pair->database().traceStatements([&](std::string_view sql) { statements.emplace_back(sql); });
    auto logged = LogService::logCheck(*pair, receiptEntry(book, 2, Outcome::Corrected), kRules);
    pair->database().traceStatements({});
    ASSERT_TRUE(logged.ok());
    const auto commit = std::find(statements.begin(), statements.end(), "COMMIT");
    ASSERT_NE(commit, statements.end());
    EXPECT_EQ(commit + 1, statements.end()) << "read after the commit: " << *(commit + 1);
    // The check, its correction, its state and counts, the audit event, the pair and the receipt: a bounded number,
    // none of which reads the new check back.
    EXPECT_LE(statements.size(), 24u);
    for (const std::string& sql : statements) {
        EXPECT_EQ(sql.find("FROM checks c WHERE c.id"), std::string::npos) << sql;
    }
}

TEST_F(LogReceiptTest, AReaderWhoIsNotOneOfThePairIsRefusedAndNothingIsLogged) {
    site.addUser(QStringLiteral("hoa"), "gio-bac-thoi-lua-23");
    auto pair = pairAt();
    CheckInput foreign = receiptEntry(book, 1);
    foreign.reader = QStringLiteral("hoa");
    auto refused = LogService::logCheck(*pair, foreign, kRules);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidEntry);
    ASSERT_EQ(refused.error().findings.size(), 1u);
    EXPECT_EQ(refused.error().findings[0].code, QLatin1String("check.reader_not_in_pair"));
    EXPECT_EQ(LogService::progress(*pair, book)->logged, 0);
    EXPECT_EQ(WorkSessionService::state(*pair)->swaps, 0);
    // The partner named as reader is a role swap, as F9 is at the keyboard; the current reader changes nothing.
    CheckInput partnerReads = receiptEntry(book, 1);
    partnerReads.reader = QStringLiteral("MINH");
    auto logged = LogService::logCheck(*pair, partnerReads, kRules);
    ASSERT_TRUE(logged.ok());
    EXPECT_EQ(logged->check.readerId, pair->partner()->id);
    CheckInput same = receiptEntry(book, 2);
    same.reader = QStringLiteral("minh");
    ASSERT_TRUE(LogService::logCheck(*pair, same, kRules).ok());
    EXPECT_EQ(WorkSessionService::state(*pair)->swaps, 1);
}

} // namespace
