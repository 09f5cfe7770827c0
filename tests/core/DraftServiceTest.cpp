// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// A half-typed entry kept for its pair (DraftService, migration 6): kept and found again by the same pair in either
// order, for the same book only; never seen by another pair, a lone volunteer or a supervisor; discarded explicitly,
// or removed by saving that entry; never a check — no count, progress or audit event moves — and kept only inside the
// encrypted database.
#include "core/services/DraftService.h"
#include "core/services/LogService.h"
#include "core/services/UserService.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QDirIterator>

#include <gtest/gtest.h>

using namespace dc::core;
using dc::test::TestSite;

namespace {

constexpr const char* kHoaPassword = "may-bay-qua-doi-cat-23";
using dc::test::kRules;

EntryDraftInput halfTyped() {
    EntryDraftInput draft;
    draft.entryNumber = QStringLiteral("7");
    draft.registrationDate = QStringLiteral("14/04/1998");
    draft.subjectName = QStringLiteral("Trần Văn Khởi");
    draft.outcome = Outcome::Corrected;
    draft.corrections = {{QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")}};
    return draft;
}

// The same draft, field by field (the corrections as field, before, after).
void expectSame(const EntryDraftInput& found, const EntryDraftInput& kept) {
    EXPECT_EQ(found.entryNumber, kept.entryNumber);
    EXPECT_EQ(found.registrationDate, kept.registrationDate);
    EXPECT_EQ(found.subjectName, kept.subjectName);
    EXPECT_EQ(found.outcome, kept.outcome);
    EXPECT_EQ(found.transcript, kept.transcript);
    ASSERT_EQ(found.corrections.size(), kept.corrections.size());
    for (std::size_t i = 0; i < kept.corrections.size(); ++i) {
        EXPECT_EQ(found.corrections[i].fieldKey, kept.corrections[i].fieldKey);
        EXPECT_EQ(found.corrections[i].before, kept.corrections[i].before);
        EXPECT_EQ(found.corrections[i].after, kept.corrections[i].after);
    }
}

qint64 count(Session& session, const char* table) {
    auto s = session.database().prepare(std::string("SELECT count(*) FROM ") + table);
    EXPECT_TRUE(s.step());
    return s.int64(0);
}

class DraftServiceTest : public ::testing::Test {
protected:
    DraftServiceTest() : book(site.addBook()), otherBook(site.addBook(1, 500, QStringLiteral("02"))) {
        pair = site.signInPair(); // adds lan and minh; lan reads
    }

    TestSite site;
    qint64 book;
    qint64 otherBook;
    std::unique_ptr<Session> pair;
};

// One site for every rule (a site and its sign-ins cost most of a test's time): saving that entry removes its draft in
// the save's transaction, saving another entry (or voiding one) does not, and a draft counts nowhere; the pair finds
// its draft in either order, for that book only, until it is discarded; no other pair, lone volunteer or supervisor
// sees it; and it is only inside the encrypted database: no file of the site's folder (the database, its WAL, the
// keyring, the sign-in counts) holds it in clear.
TEST_F(DraftServiceTest, KeptForThePairAndBookRemovedBySavingCountedNowhereOnlyEncrypted) {
    const qint64 events = count(*pair, "audit_events");
    ASSERT_TRUE(DraftService::keep(*pair, book, halfTyped()).ok());
    EXPECT_EQ(count(*pair, "audit_events"), events);
    EXPECT_EQ(LogService::progress(*pair, book)->logged, 0);
    EXPECT_EQ(WorkSessionService::today(*pair)->logged, 0);

    CheckInput other;
    other.bookId = book;
    other.entryNumber = 6;
    other.registrationDate = QStringLiteral("14/04/1998");
    other.subjectName = QStringLiteral("Lê Thị Sáu");
    other.outcome = Outcome::Match;
    auto six = LogService::logCheck(*pair, other, kRules);
    ASSERT_TRUE(six.ok());
    ASSERT_TRUE(LogService::voidCheck(*pair, six->check.id, QStringLiteral("nhầm sổ")).ok());
    EXPECT_TRUE(DraftService::find(*pair, book)->has_value());

    CheckInput seven = other;
    seven.entryNumber = 7;
    seven.subjectName = QStringLiteral("Trần Văn Khởi");
    ASSERT_TRUE(LogService::logCheck(*pair, seven, kRules).ok());
    EXPECT_FALSE(DraftService::find(*pair, book)->has_value());
    EXPECT_EQ(LogService::progress(*pair, book)->logged, 1);

    ASSERT_TRUE(DraftService::keep(*pair, book, halfTyped()).ok());
    auto found = DraftService::find(*pair, book);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    expectSame(*found.value(), halfTyped());

    // The other book has none; the same pair signed in the other way round finds the same draft.
    auto inOtherBook = DraftService::find(*pair, otherBook);
    ASSERT_TRUE(inOtherBook.ok());
    EXPECT_FALSE(inOtherBook->has_value());
    pair.reset();
    auto reversed =
        site.signInPair(QStringLiteral("minh"), TestSite::kMinhPassword, QStringLiteral("lan"), TestSite::kLanPassword);
    auto again = DraftService::find(*reversed, book);
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(again->has_value());
    EXPECT_EQ(again.value()->subjectName, QStringLiteral("Trần Văn Khởi"));

    // One draft per pair and book: keeping again replaces it; an escalation's transcript is kept as typed.
    EntryDraftInput escalation;
    escalation.entryNumber = QStringLiteral("8a");
    escalation.outcome = Outcome::Escalated;
    escalation.transcript = QStringLiteral("Ng_yễn *");
    ASSERT_TRUE(DraftService::keep(*reversed, book, escalation).ok());
    expectSame(DraftService::find(*reversed, book)->value(), escalation);
    EXPECT_EQ(count(*reversed, "drafts"), 1);

    // Refused, and nothing written: an unknown book, a draft larger than a screen holds (no citizen data in why).
    EXPECT_EQ(DraftService::keep(*reversed, 9999, halfTyped()).error().code, ErrorCode::InvalidInput);
    EntryDraftInput huge = halfTyped();
    huge.transcript = QString(DraftService::kMaxDraftBytes, QLatin1Char('x'));
    const auto refused = DraftService::keep(*reversed, otherBook, huge);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(refused.error().detail.contains(QStringLiteral("Khởi")));
    EXPECT_EQ(count(*reversed, "drafts"), 1);

    // Discarded: gone; discarding nothing is not an error.
    ASSERT_TRUE(DraftService::discard(*reversed, book).ok());
    EXPECT_FALSE(DraftService::find(*reversed, book)->has_value());
    EXPECT_TRUE(DraftService::discard(*reversed, book).ok());

    // The number and the date are what the screen fills in itself: keeping only them removes the draft kept before.
    ASSERT_TRUE(DraftService::keep(*reversed, book, halfTyped()).ok());
    EntryDraftInput numberAndDate;
    numberAndDate.entryNumber = QStringLiteral("8");
    numberAndDate.registrationDate = QStringLiteral("14/04/1998");
    EXPECT_FALSE(DraftService::worthKeeping(numberAndDate));
    ASSERT_TRUE(DraftService::keep(*reversed, book, numberAndDate).ok());
    EXPECT_FALSE(DraftService::find(*reversed, book)->has_value());
    EXPECT_EQ(count(*reversed, "drafts"), 0);

    // Another pair, a lone volunteer, a supervisor: nothing to see, nothing to discard.
    ASSERT_TRUE(DraftService::keep(*reversed, book, halfTyped()).ok());
    reversed.reset();
    site.addUser(QStringLiteral("hoa"), kHoaPassword);
    {
        auto lanAndHoa =
            site.signInPair(QStringLiteral("lan"), TestSite::kLanPassword, QStringLiteral("hoa"), kHoaPassword);
        auto seen = DraftService::find(*lanAndHoa, book);
        ASSERT_TRUE(seen.ok());
        EXPECT_FALSE(seen->has_value());
        ASSERT_TRUE(DraftService::discard(*lanAndHoa, book).ok()); // their own (none): lan and minh's stays
    }
    auto lan = site.signIn(QStringLiteral("lan"), TestSite::kLanPassword);
    EXPECT_EQ(DraftService::find(*lan, book).error().code, ErrorCode::NotAPair);
    EXPECT_EQ(DraftService::keep(*lan, book, halfTyped()).error().code, ErrorCode::NotAPair);
    lan.reset();
    auto supervisor = site.signInSupervisor();
    EXPECT_EQ(DraftService::find(*supervisor, book).error().code, ErrorCode::NotAPair);
    EXPECT_EQ(DraftService::discard(*supervisor, book).error().code, ErrorCode::NotAPair);
    EXPECT_EQ(count(*supervisor, "drafts"), 1);
    supervisor.reset();
    QDirIterator files(site.dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        ++scanned;
        EXPECT_FALSE(dc::test::readAll(path).contains(QStringLiteral("Khởi").toUtf8())) << path.toStdString();
    }
    EXPECT_GE(scanned, 2);

    // minh removed while the pair is still signed in (the site open in another program): the pair's session finds and
    // keeps nothing more, and the removal took the drafts minh typed, which name a citizen for nobody.
    pair = site.signInPair();
    ASSERT_TRUE(DraftService::find(*pair, book)->has_value());
    auto office = site.signInSupervisor();
    ASSERT_EQ(count(*office, "drafts"), 1);
    ASSERT_TRUE(UserService::removeUser(*office, QStringLiteral("minh")).ok());
    EXPECT_EQ(count(*office, "drafts"), 0);
    office.reset();
    EXPECT_EQ(DraftService::find(*pair, book).error().code, ErrorCode::NotAPair);
    EXPECT_EQ(DraftService::keep(*pair, book, halfTyped()).error().code, ErrorCode::NotAPair);
}

} // namespace
