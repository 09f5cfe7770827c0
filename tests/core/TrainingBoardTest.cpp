// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The trainer's board at a training site (issue 18, README "Training day"): every pair of the site has a row, the pair
// that has logged nothing yet included — it is the one the trainer must notice (not started, stuck, a broken machine).
// On a real SQLCipher file: a site of three pairs, one of which logs its birth book through LogService.
#include "core/services/BookService.h"
#include "core/services/LogService.h"
#include "core/services/SignIn.h"
#include "core/services/TrainingService.h"
#include "core/services/WorkSessionService.h"
#include "tests/support/TestSite.h"
#include "tests/support/TrainingPairs.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace dc::core {
namespace {

using domain::RecordType;
using test::secret;

class TrainingBoardAtASite : public ::testing::Test {
protected:
    void SetUp() override {
        auto created = test::makeTrainingSite(db(), QString::fromUtf8("Tập huấn Bàu Bàng"), 3, 3011);
        ASSERT_TRUE(created.ok()) << created.error().detail.toStdString();
        m_created = std::move(created).value();
    }

    [[nodiscard]] QString db() const { return m_dir.filePath(QStringLiteral("taphuan.db")); }
    [[nodiscard]] std::string passwordOf(const QString& user) const { return test::traineePassword(m_created, user); }
    [[nodiscard]] std::unique_ptr<Session> signIn(const QString& user, const std::string& password) const {
        auto session = SignIn().signIn(db(), user, secret(password));
        EXPECT_TRUE(session.ok()) << user.toStdString();
        return session.ok() ? std::move(session).value() : nullptr;
    }
    [[nodiscard]] std::unique_ptr<Session> trainer() const {
        return signIn(QString::fromLatin1(test::kTrainerName), test::kTrainerPassword);
    }
    [[nodiscard]] std::unique_ptr<Session> trainee(const QString& user) const { return signIn(user, passwordOf(user)); }
    [[nodiscard]] const TrainingBookInfo& bookOf(int pair, RecordType type) const {
        const auto it = std::find_if(m_created.books.begin(), m_created.books.end(),
                                     [&](const TrainingBookInfo& b) { return b.pair == pair && b.type == type; });
        if (it == m_created.books.end()) {
            throw std::runtime_error("no such book");
        }
        return *it;
    }

    // Pair 2 (hv03 + hv04) logs every entry of its birth book as the answer key says, through LogService.
    void pairTwoLogsItsBirthBook() {
        auto session = trainee(QStringLiteral("hv03"));
        ASSERT_TRUE(session);
        ASSERT_TRUE(
            SignIn().addPartner(*session, QStringLiteral("hv04"), secret(passwordOf(QStringLiteral("hv04")))).ok());
        ASSERT_TRUE(WorkSessionService::start(*session, session->user().id).ok());
        const TrainingBookInfo& info = bookOf(2, RecordType::Birth);
        const training::TrainingBook book = training::generateBook(RecordType::Birth, info.seed, kTrainingBookEntries);
        for (const training::TrainingEntry& e : book.entries) {
            CheckInput input;
            input.bookId = info.bookId;
            input.entryNumber = e.entryNumber;
            input.registrationDate = e.registrationDate;
            input.subjectName = e.subjectName.isEmpty() ? QStringLiteral("Không đọc được") : e.subjectName;
            input.outcome = e.outcome;
            for (const auto& c : e.corrections) {
                input.corrections.push_back({c.fieldKey, c.before, c.after});
            }
            if (e.outcome == Outcome::Escalated) {
                input.transcript = QStringLiteral("Ng_y*n V*n");
            }
            input.secondsSpent = 30;
            auto logged = LogService::logCheck(*session, input);
            ASSERT_TRUE(logged.ok()) << "entry " << e.entryNumber << ": " << logged.error().detail.toStdString();
        }
    }

    QTemporaryDir m_dir;
    TrainingSiteCreated m_created;
};

TEST_F(TrainingBoardAtASite, ListsEveryPairTheOnesThatLoggedNothingIncluded) {
    pairTwoLogsItsBirthBook();
    if (HasFatalFailure()) {
        return;
    }
    auto t = trainer();
    ASSERT_TRUE(t);
    auto results = TrainingService::results(*t);
    ASSERT_TRUE(results.ok()) << results.error().detail.toStdString();
    ASSERT_EQ(results->size(), 1U) << "only pair 2's birth book has a logged entry";

    auto pairs = TrainingService::pairs(*t);
    ASSERT_TRUE(pairs.ok()) << pairs.error().detail.toStdString();
    ASSERT_EQ(pairs->size(), 3U);
    for (int i = 0; i < 3; ++i) {
        const training::TraineePair& p = pairs.value()[static_cast<std::size_t>(i)];
        EXPECT_EQ(p.number, i + 1);
        EXPECT_EQ(p.site, QString::fromUtf8("Tập huấn Bàu Bàng"));
        EXPECT_EQ(p.memberA, QStringLiteral("hv%1").arg(2 * i + 1, 2, 10, QLatin1Char('0')));
        EXPECT_EQ(p.memberB, QStringLiteral("hv%1").arg(2 * i + 2, 2, 10, QLatin1Char('0')));
    }

    // The board from results alone (the defect) has the logged pair only; with the site's pairs it has all three, in
    // pair-number order, the idle pairs in their places.
    const std::vector<training::BoardRow> fromResults = training::trainerBoard(results.value());
    ASSERT_EQ(fromResults.size(), 1U);
    const std::vector<training::BoardRow> board = training::trainerBoard(results.value(), pairs.value());
    ASSERT_EQ(board.size(), 3U);
    EXPECT_EQ(board[0].pair, QStringLiteral("hv01 + hv02"));
    EXPECT_EQ(board[1].pair, QStringLiteral("hv03 + hv04"));
    EXPECT_EQ(board[2].pair, QStringLiteral("hv05 + hv06"));
    for (const std::size_t idle : {std::size_t{0}, std::size_t{2}}) {
        SCOPED_TRACE(board[idle].pair.toStdString());
        EXPECT_EQ(board[idle].site, QString::fromUtf8("Tập huấn Bàu Bàng"));
        EXPECT_EQ(board[idle].books, 0);
        EXPECT_EQ(board[idle].total.entries, 0);
        EXPECT_EQ(board[idle].total.logged, 0);
        EXPECT_EQ(board[idle].total.outcomesRight, 0);
        EXPECT_DOUBLE_EQ(board[idle].total.secondsPerEntry, 0.0);
        EXPECT_FALSE(board[idle].total.ready);
        EXPECT_TRUE(board[idle].needsAnotherRound);
        EXPECT_EQ(board[idle].reasons, QStringList{QLatin1String(training::kNothingLogged)});
    }
    // The pair that logged: the row it had without the site's pairs, unchanged.
    const training::BoardRow& logged = board[1];
    EXPECT_EQ(logged.site, fromResults[0].site);
    EXPECT_EQ(logged.pair, fromResults[0].pair);
    EXPECT_EQ(logged.books, 1);
    EXPECT_EQ(logged.total.entries, kTrainingBookEntries);
    EXPECT_EQ(logged.total.logged, kTrainingBookEntries);
    EXPECT_EQ(logged.total.outcomesRight, fromResults[0].total.outcomesRight);
    EXPECT_EQ(logged.total.outcomesRight, kTrainingBookEntries) << "logged as the answer key says";
    EXPECT_EQ(logged.needsAnotherRound, fromResults[0].needsAnotherRound);
    EXPECT_EQ(logged.reasons, (QStringList{QStringLiteral("marriage.missing"), QStringLiteral("death.missing")}));
    EXPECT_EQ(logged.reasons, fromResults[0].reasons);

    // Another machine's pair of the same names (its own site) keeps a row of its own; this site's pairs stay three.
    training::TraineeResult elsewhere = results->front();
    elsewhere.site = QString::fromUtf8("Tập huấn Bến Cát");
    elsewhere.reader = QStringLiteral("hv01");
    elsewhere.checker = QStringLiteral("hv02");
    std::vector<training::TraineeResult> withFile = results.value();
    withFile.push_back(elsewhere);
    const auto merged = training::trainerBoard(withFile, pairs.value());
    ASSERT_EQ(merged.size(), 4U);
    EXPECT_EQ(std::count_if(merged.begin(), merged.end(), [](const auto& row) { return row.books == 0; }), 2);
}

TEST_F(TrainingBoardAtASite, ATraineeSeesItsOwnPairOnly) {
    auto lone = trainee(QStringLiteral("hv05"));
    ASSERT_TRUE(lone);
    auto pairs = TrainingService::pairs(*lone);
    ASSERT_TRUE(pairs.ok());
    ASSERT_EQ(pairs->size(), 1U);
    EXPECT_EQ(pairs->front().number, 3);
    const auto board = training::trainerBoard(TrainingService::results(*lone).value(), pairs.value());
    ASSERT_EQ(board.size(), 1U);
    EXPECT_EQ(board.front().pair, QStringLiteral("hv05 + hv06"));
    EXPECT_EQ(board.front().books, 0);
    // Two trainees of different pairs are no pair: they read no pairs.
    auto mixed = trainee(QStringLiteral("hv01"));
    ASSERT_TRUE(mixed);
    ASSERT_TRUE(SignIn().addPartner(*mixed, QStringLiteral("hv03"), secret(passwordOf(QStringLiteral("hv03")))).ok());
    EXPECT_EQ(TrainingService::pairs(*mixed).error().code, ErrorCode::NotPermitted);
}

// The book picker at a training site: a trainee pair sees its own three books, not the other pairs' (which saving would
// refuse anyway); the trainer sees all nine.
TEST_F(TrainingBoardAtASite, ATraineePairPicksOnlyItsOwnBooks) {
    const auto idsOf = [](const std::vector<BookService::BookWithProgress>& books) {
        std::vector<qint64> ids;
        for (const auto& b : books) {
            ids.push_back(b.book.id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto pair = trainee(QStringLiteral("hv03"));
    ASSERT_TRUE(pair);
    ASSERT_TRUE(SignIn().addPartner(*pair, QStringLiteral("hv04"), secret(passwordOf(QStringLiteral("hv04")))).ok());
    auto picked = BookService::listBooksWithProgress(*pair, true);
    ASSERT_TRUE(picked.ok()) << picked.error().detail.toStdString();
    std::vector<qint64> own{bookOf(2, RecordType::Birth).bookId, bookOf(2, RecordType::Marriage).bookId,
                            bookOf(2, RecordType::Death).bookId};
    std::sort(own.begin(), own.end());
    EXPECT_EQ(idsOf(picked.value()), own);
    // One trainee alone (the CLI's `book list`) sees its pair's books too.
    auto alone = trainee(QStringLiteral("hv05"));
    ASSERT_TRUE(alone);
    auto alonePicked = BookService::listBooksWithProgress(*alone, true);
    ASSERT_TRUE(alonePicked.ok());
    std::vector<qint64> third{bookOf(3, RecordType::Birth).bookId, bookOf(3, RecordType::Marriage).bookId,
                              bookOf(3, RecordType::Death).bookId};
    std::sort(third.begin(), third.end());
    EXPECT_EQ(idsOf(alonePicked.value()), third);
    auto trainerSession = trainer();
    ASSERT_TRUE(trainerSession);
    auto all = BookService::listBooksWithProgress(*trainerSession, true);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 9U);
}

} // namespace
} // namespace dc::core
