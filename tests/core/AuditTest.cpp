// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/Bytes.h"
#include "core/audit/AuditLog.h"
#include "core/audit/Checkpoint.h"
#include "core/gateways/AuditGateway.h"
#include "core/services/AuditService.h"
#include "core/services/LogService.h"
#include "core/services/RekeyService.h"
#include "core/services/SignIn.h"
#include "core/services/UserService.h"
#include "core/store/Database.h"
#include "crypto/Encoding.h"
#include "tests/support/TestSite.h"

#include <gtest/gtest.h>

using namespace dc::core;
using dc::test::secret;
using dc::test::TestSite;

namespace {

// Tampering goes straight through the store, past the services and past the guard triggers (anyone holding the
// database key can do the same): the audit chain is what must notice.
void dropGuards(store::Database& db) {
    for (const char* trigger :
         {"audit_never_updated", "audit_never_deleted", "checks_never_updated", "checkpoints_never_updated"}) {
        db.exec(std::string("DROP TRIGGER ") + trigger);
    }
}

class AuditTest : public ::testing::Test {
protected:
    TestSite site;
    qint64 book = site.addBook();
    std::unique_ptr<Session> pair = site.signInPair();

    void SetUp() override {
        for (int n = 1; n <= 6; ++n) {
            CheckInput input;
            input.bookId = book;
            input.entryNumber = n;
            input.registrationDate = QStringLiteral("14/04/1998");
            input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
            ASSERT_TRUE(LogService::logCheck(*pair, input).ok());
        }
    }
    audit::VerifyReport verify() {
        auto report = AuditService::verify(*pair);
        EXPECT_TRUE(report.ok());
        return report.value();
    }
    std::int64_t seqOf(const char* action, int nth = 0) {
        auto s =
            pair->database().prepare("SELECT seq FROM audit_events WHERE action = ?1 ORDER BY seq LIMIT 1 OFFSET ?2");
        s.bind(1, action).bind(2, nth);
        return s.step() ? s.int64(0) : 0;
    }
};

TEST_F(AuditTest, EveryChangeIsAnEventAndTheChainVerifies) {
    const auto report = verify();
    EXPECT_TRUE(report.ok()) << report.problem.toStdString();
    QStringList actions;
    auto s = pair->database().prepare("SELECT action FROM audit_events ORDER BY seq");
    while (s.step()) {
        actions << s.text(0);
    }
    // the foundation's own changes are in the chain too
    EXPECT_EQ(actions.mid(0, 2), (QStringList{QStringLiteral("site.created"), QStringLiteral("user.added")}));
    EXPECT_TRUE(actions.contains(QStringLiteral("book.registered")));
    EXPECT_EQ(actions.count(QStringLiteral("user.added")), 3);
    EXPECT_TRUE(actions.contains(QStringLiteral("session.start")));
    EXPECT_EQ(actions.count(QStringLiteral("check.logged")), 6);
    EXPECT_EQ(report.events, actions.size());
}

TEST_F(AuditTest, EventsNameThePairByUuidAndHoldNoCitizenData) {
    auto s = pair->database().prepare("SELECT actors, details FROM audit_events WHERE action = 'check.logged' LIMIT 1");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0), pair->user().uuid + u',' + pair->partner()->uuid);
    EXPECT_FALSE(s.text(1).contains(QStringLiteral("Hồng")));
    EXPECT_FALSE(s.text(1).contains(QStringLiteral("1998")));
}

TEST_F(AuditTest, AChangedEventIsFound) {
    dropGuards(pair->database());
    const auto seq = seqOf("check.logged", 2);
    pair->database()
        .prepare("UPDATE audit_events SET actors = ?2 WHERE seq = ?1")
        .bind(1, seq)
        .bind(2, pair->user().uuid)
        .run();
    const auto report = verify();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.firstBadSeq, seq);
    EXPECT_TRUE(report.problem.contains(QLatin1String("was changed"))) << report.problem.toStdString();
}

TEST_F(AuditTest, ARemovedEventIsFound) {
    dropGuards(pair->database());
    const auto seq = seqOf("check.logged", 1);
    pair->database().prepare("DELETE FROM audit_events WHERE seq = ?1").bind(1, seq).run();
    const auto report = verify();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.firstBadSeq, seq);
    EXPECT_TRUE(report.problem.contains(QLatin1String("missing"))) << report.problem.toStdString();
}

TEST_F(AuditTest, AnInsertedEventIsFound) {
    dropGuards(pair->database());
    const auto at = seqOf("check.logged", 3);
    // Make room after event `at` and insert a well-formed event (correct previous hash and own hash) there.
    pair->database().exec("UPDATE audit_events SET seq = seq + 1000000 WHERE seq > " + std::to_string(at));
    pair->database().exec("UPDATE audit_events SET seq = seq - 1000000 + 1 WHERE seq > 1000000");
    auto s = pair->database().prepare("SELECT hash FROM audit_events WHERE seq = ?1");
    s.bind(1, at);
    ASSERT_TRUE(s.step());
    audit::Event forged{at + 1,
                        QStringLiteral("2022-12-05T03:00:00Z"),
                        site.databaseId(),
                        pair->user().uuid,
                        QStringLiteral("user.added"),
                        QStringLiteral("x"),
                        QStringLiteral("{}"),
                        {},
                        {}};
    const auto prev = s.blob(0);
    std::copy(prev.begin(), prev.end(), forged.prevHash.begin());
    forged.hash = audit::eventHash(forged);
    pair->database()
        .prepare("INSERT INTO audit_events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, forged.seq)
        .bind(2, forged.at)
        .bind(3, forged.site)
        .bind(4, forged.actors)
        .bind(5, forged.action)
        .bind(6, forged.subject)
        .bind(7, forged.details)
        .bindBlob(8, forged.prevHash)
        .bindBlob(9, forged.hash)
        .run();
    const auto report = verify();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.firstBadSeq, at + 2); // the event after the forged one no longer follows
}

TEST_F(AuditTest, ReorderedEventsAreFound) {
    dropGuards(pair->database());
    const auto a = seqOf("check.logged", 1);
    const auto b = seqOf("check.logged", 2);
    pair->database().exec("UPDATE audit_events SET seq = 1000000 WHERE seq = " + std::to_string(a));
    pair->database().exec("UPDATE audit_events SET seq = " + std::to_string(a) + " WHERE seq = " + std::to_string(b));
    pair->database().exec("UPDATE audit_events SET seq = " + std::to_string(b) + " WHERE seq = 1000000");
    const auto report = verify();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.firstBadSeq, a);
}

TEST_F(AuditTest, ALoggedCheckChangedInTheDatabaseIsFound) {
    dropGuards(pair->database());
    pair->database().exec("UPDATE checks SET subject_name = 'Nguyễn Thị Hương' WHERE entry_number = 4");
    const auto report = verify();
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.problem.contains(QLatin1String("logged check was changed"))) << report.problem.toStdString();
}

TEST_F(AuditTest, CheckpointsAreSignedAndCatchARewrittenChain) {
    auto admin = site.signInSupervisor();
    auto closed = AuditService::closeDay(*admin);
    ASSERT_TRUE(closed.ok());
    auto key = dc::core::gateways::AuditGateway(admin->database()).currentSiteKey();
    ASSERT_TRUE(key);
    const auto content = audit::verifyCheckpoint(closed->checkpoint, site.databaseId(), key->signingPublic);
    ASSERT_TRUE(content);
    EXPECT_EQ(content->size, closed->size);
    EXPECT_EQ(content->head, audit::head(admin->database()).hash);
    EXPECT_EQ(verify().checkpoints, 1);

    // Someone with the database key rewrites an event and recomputes the whole chain after it: every hash agrees,
    // but the signed checkpoint does not.
    dropGuards(pair->database());
    const auto seq = seqOf("book.registered", 0);
    pair->database()
        .prepare("UPDATE audit_events SET actors = ?2 WHERE seq = ?1")
        .bind(1, seq)
        .bind(2, pair->user().uuid)
        .run();
    audit::Hash previous{};
    auto all = pair->database().prepare(
        "SELECT seq, at, site_uuid, actors, action, subject, details FROM audit_events ORDER BY seq");
    std::vector<audit::Event> events;
    while (all.step()) {
        events.push_back(
            {all.int64(0), all.text(1), all.text(2), all.text(3), all.text(4), all.text(5), all.text(6), {}, {}});
    }
    for (audit::Event& e : events) {
        e.prevHash = previous;
        e.hash = audit::eventHash(e);
        previous = e.hash;
        pair->database()
            .prepare("UPDATE audit_events SET prev_hash = ?2, hash = ?3 WHERE seq = ?1")
            .bind(1, e.seq)
            .bindBlob(2, e.prevHash)
            .bindBlob(3, e.hash)
            .run();
    }
    const auto report = verify();
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.problem.contains(QLatin1String("signed checkpoint"))) << report.problem.toStdString();
}

TEST_F(AuditTest, ATamperedCheckpointIsFound) {
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(AuditService::closeDay(*admin).ok());
    dropGuards(pair->database());
    pair->database().exec("UPDATE checkpoints SET note = replace(note, char(10) || '1', char(10) || '2')");
    EXPECT_FALSE(verify().ok());
}

TEST_F(AuditTest, FoundationChangesAreAudited) {
    pair.reset(); // a re-key needs the database to itself
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(UserService::setPassword(*admin, QStringLiteral("lan"), secret("hoa-sen-no-sang-42")).ok());
    ASSERT_TRUE(UserService::removeUser(*admin, QStringLiteral("minh")).ok());
    ASSERT_TRUE(rekeySite(*admin).ok());
    auto report = AuditService::verify(*admin);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << report->problem.toStdString();
    QStringList actions;
    auto s = admin->database().prepare("SELECT action FROM audit_events ORDER BY seq DESC LIMIT 4");
    while (s.step()) {
        actions << s.text(0);
    }
    // The removal moved the site to the next generation of its key before the new code was issued.
    EXPECT_EQ(actions, (QStringList{QStringLiteral("site.rekeyed"), QStringLiteral("site.generation"),
                                    QStringLiteral("user.removed"), QStringLiteral("user.password_set")}));
}

TEST(CheckpointFormatTest, IsAC2spSignedNote) {
    const auto pair = dc::crypto::generateEd25519();
    audit::Hash head{};
    head.fill(0xab);
    const QByteArray note = audit::signCheckpoint(QStringLiteral("site-1"), 42, head, pair.seed);
    const QList<QByteArray> lines = note.split('\n');
    ASSERT_EQ(lines.size(), 6); // origin, size, hash, blank, signature, and "" after the final newline
    EXPECT_EQ(lines[0], QByteArray("doichieu/site-1"));
    EXPECT_EQ(lines[1], QByteArray("42"));
    EXPECT_EQ(lines[2], QByteArray::fromStdString(dc::crypto::toBase64(head)));
    EXPECT_TRUE(lines[3].isEmpty());
    EXPECT_TRUE(lines[4].startsWith("\xe2\x80\x94 doichieu/site-1 "));
    EXPECT_EQ(QByteArray::fromBase64(lines[4].split(' ').at(2)).size(), 4 + 64);
    EXPECT_TRUE(audit::verifyCheckpoint(note, QStringLiteral("site-1"), pair.publicKey));
    EXPECT_FALSE(audit::verifyCheckpoint(note, QStringLiteral("site-2"), pair.publicKey));
    EXPECT_FALSE(audit::verifyCheckpoint(note, QStringLiteral("site-1"), dc::crypto::generateEd25519().publicKey));
}

} // namespace

// The chain's hash is over each field's QString::toUtf8 bytes, length first, whatever the field holds: a workstation's
// events from before and after the encoding was written straight into the buffer (core/Bytes.h) hash the same. The
// expected digest was computed outside the program (Python's hashlib over the same bytes).
TEST(AuditHashTest, FieldsHashAsTheirUtf8WithTheirLengthFirst) {
    const QString samples[] = {QString(),
                               QStringLiteral("a"),
                               QStringLiteral("Nguyễn Thị Hồng"),
                               QStringLiteral("𝔸 và 😀"),
                               QString(QChar(0xD800)),
                               QStringLiteral("x") + QChar(0xDC00) + QStringLiteral("y"),
                               QStringLiteral("kết thúc") + QChar(0xD83D),
                               QString(QChar(0)) + QStringLiteral("nul"),
                               QString(1000, QChar(0x1EA1))};
    for (const QString& text : samples) {
        std::vector<std::uint8_t> direct{9};
        appendLengthPrefixed(direct, text);
        std::vector<std::uint8_t> viaToUtf8{9};
        dc::crypto::appendLengthPrefixed(viaToUtf8, asBytes(text.toUtf8()));
        EXPECT_EQ(direct, viaToUtf8) << text.size();
    }
    audit::Event e;
    e.seq = 7;
    e.at = QStringLiteral("2022-08-01T01:00:00Z");
    e.site = QStringLiteral("066464a0-1e1b-4f34-84ff-fd177fd69d6d");
    e.actors = QStringLiteral("r1,k1");
    e.action = QStringLiteral("check.logged");
    e.subject = QStringLiteral("c1");
    e.details = QStringLiteral("{\"name\":\"Nguyễn Thị Hồng 𝔸\",\"note\":\"a\\\"b\"}");
    for (std::size_t i = 0; i < e.prevHash.size(); ++i) {
        e.prevHash[i] = static_cast<std::uint8_t>(i);
    }
    EXPECT_EQ(dc::crypto::toHex(audit::eventHash(e)),
              "d0c9e0c5227bedb188f20c7df2ef7656244755b37173af51abb23266679c0a8f");
}
