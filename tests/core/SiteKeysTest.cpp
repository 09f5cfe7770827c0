// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The site's keys out of reach of whoever merely opens the database (issue "History that an insider cannot rewrite"):
// sealed to supervisors' slots and to the recovery code only; a volunteer's key material cannot produce a valid
// checkpoint; the verifying key anchored against a supervisor's sealed copy; a missing key is damage, never made
// again; a new pair after migration 5 and after a supervisor leaves, old public keys kept to verify old days.
#include "core/keyring/SiteKeys.h"
#include "core/audit/Checkpoint.h"
#include "core/gateways/AuditGateway.h"
#include "core/keyring/KeyringFile.h"
#include "core/services/AuditService.h"
#include "core/services/LogService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteKeyService.h"
#include "core/services/UserService.h"
#include "core/store/Database.h"
#include "crypto/Ed25519.h"
#include "tests/support/TestSite.h"

#include <gtest/gtest.h>

using namespace dc::core;
using dc::test::secret;
using dc::test::TestSite;

namespace {

class SiteKeysTest : public ::testing::Test {
protected:
    TestSite site;
    qint64 book = site.addBook();
    std::unique_ptr<Session> pair = site.signInPair();

    void SetUp() override {
        for (int n = 1; n <= 3; ++n) {
            CheckInput input;
            input.bookId = book;
            input.entryNumber = n;
            input.registrationDate = QStringLiteral("14/04/1998");
            input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
            ASSERT_TRUE(LogService::logCheck(*pair, input).ok());
        }
    }
    gateways::AuditGateway::SiteKeyRow currentKey(Session& session) {
        auto row = gateways::AuditGateway(session.database()).currentSiteKey();
        EXPECT_TRUE(row);
        return row.value_or(gateways::AuditGateway::SiteKeyRow{});
    }
    AuditReport verifyAs(Session& session) {
        auto report = AuditService::verify(session);
        EXPECT_TRUE(report.ok());
        return report.value();
    }
};

TEST_F(SiteKeysTest, TheSecretsAreSealedToSupervisorsAndTheCodeNeverToAVolunteer) {
    auto ring = keyring::loadKeyring(site.paths().keyring);
    ASSERT_TRUE(ring.ok());
    const auto* supervisor = ring->findUser(QString::fromLatin1(TestSite::kSupervisor));
    ASSERT_TRUE(supervisor);
    ASSERT_EQ(supervisor->siteKeys.size(), 1u);
    EXPECT_EQ(supervisor->siteKeys[0].keyId, currentKey(*pair).keyId);
    EXPECT_TRUE(supervisor->generationRoot);
    for (const char* volunteer : {"lan", "minh"}) {
        ASSERT_TRUE(ring->findUser(QLatin1String(volunteer)));
        EXPECT_TRUE(ring->findUser(QLatin1String(volunteer))->siteKeys.empty()) << volunteer;
        EXPECT_FALSE(ring->findUser(QLatin1String(volunteer))->generationRoot) << volunteer;
    }
    // The volunteers' session holds nothing to sign with; the database holds only public halves and a sealed copy.
    EXPECT_EQ(pair->siteKeys(), nullptr);
    EXPECT_TRUE(pair->generationRoot().empty());
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(admin->siteKeys());
    const auto& seed = admin->siteKeys()->signingSeed;
    auto blobs = pair->database().prepare("SELECT signing_public, box_public, recovery_enc, recovery_sealed "
                                          "FROM site_key_pairs");
    while (blobs.step()) {
        for (int column = 0; column < 4; ++column) {
            const auto blob = blobs.blob(column);
            const std::string bytes(blob.begin(), blob.end());
            const std::string secretBytes(seed.bytes().begin(), seed.bytes().end());
            EXPECT_EQ(bytes.find(secretBytes), std::string::npos) << "column " << column;
        }
    }
    EXPECT_EQ(AuditService::closeDay(*pair).error().code, ErrorCode::NotPermitted);
}

// The attack a probe made: a volunteer's password opens the database; the volunteer rewrites an event, recomputes
// the chain, and signs every checkpoint again — with a key of their own, the only one they can have, put in the
// database in place of the site's. A supervisor's verification finds it; a volunteer's sees another fingerprint.
TEST_F(SiteKeysTest, AVolunteerWhoRewritesHistoryCannotSignItAgain) {
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(AuditService::closeDay(*admin).ok());
    const QString fingerprintBefore = verifyAs(*pair).keyFingerprint;
    store::Database& db = pair->database();
    for (const char* trigger : {"audit_never_updated", "checkpoints_never_updated"}) {
        db.exec(std::string("DROP TRIGGER ") + trigger);
    }
    db.exec("UPDATE audit_events SET actors = (SELECT actors FROM audit_events WHERE action = 'site.created') "
            "WHERE action = 'check.logged'");
    audit::Hash previous{};
    std::vector<audit::Event> events;
    gateways::AuditGateway(db).forEach([&](const audit::Event& e, bool) {
        events.push_back(e);
        return true;
    });
    for (audit::Event& e : events) {
        e.prevHash = previous;
        e.hash = audit::eventHash(e);
        previous = e.hash;
        db.prepare("UPDATE audit_events SET prev_hash = ?2, hash = ?3 WHERE seq = ?1")
            .bind(1, e.seq)
            .bindBlob(2, e.prevHash)
            .bindBlob(3, e.hash)
            .run();
    }
    // A key of the attacker's own, in place of the site's, and the checkpoint signed again with it.
    const dc::crypto::Ed25519KeyPair own = dc::crypto::generateEd25519();
    db.prepare("UPDATE site_key_pairs SET signing_public = ?1 WHERE status = 'current'")
        .bindBlob(1, own.publicKey)
        .run();
    auto checkpoints = db.prepare("SELECT id, size FROM checkpoints");
    std::vector<std::pair<qint64, std::int64_t>> rows;
    while (checkpoints.step()) {
        rows.emplace_back(checkpoints.int64(0), checkpoints.int64(1));
    }
    for (const auto& [id, size] : rows) {
        const QByteArray note = audit::signCheckpoint(site.databaseId(), size, events[size - 1].hash, own.seed);
        db.prepare("UPDATE checkpoints SET note = ?2 WHERE id = ?1").bind(1, id).bind(2, QString::fromUtf8(note)).run();
    }
    // A supervisor signing in again anchors the key against the copy sealed to their slot: changed.
    auto supervisor = site.signInSupervisor();
    const AuditReport anchored = verifyAs(*supervisor);
    EXPECT_FALSE(anchored.ok());
    EXPECT_TRUE(anchored.problem.contains(QLatin1String("changed"))) << anchored.problem.toStdString();
    // Nothing more is signed over it: the rewritten chain no longer reaches its high-water mark either.
    EXPECT_EQ(AuditService::closeDay(*supervisor).error().code, ErrorCode::ChainBehindMark);
    // The volunteer cannot anchor anything: the chain verifies against the key in the database, and the notice shows
    // a fingerprint that is not the one the site had (what the hub's pin will catch).
    const AuditReport seen = verifyAs(*pair);
    EXPECT_EQ(seen.key, AuditReport::Key::NotAnchored);
    EXPECT_NE(seen.keyFingerprint, fingerprintBefore);
}

TEST_F(SiteKeysTest, ASupervisorAnchorsTheKeyAVolunteerIsShownItsFingerprint) {
    auto admin = site.signInSupervisor();
    const AuditReport supervisor = verifyAs(*admin);
    EXPECT_TRUE(supervisor.ok()) << supervisor.problem.toStdString();
    EXPECT_EQ(supervisor.key, AuditReport::Key::Anchored);
    const AuditReport volunteer = verifyAs(*pair);
    EXPECT_TRUE(volunteer.ok()) << volunteer.problem.toStdString(); // a notice, not a problem
    EXPECT_EQ(volunteer.key, AuditReport::Key::NotAnchored);
    ASSERT_FALSE(volunteer.keyFingerprint.isEmpty());
    EXPECT_EQ(volunteer.keyFingerprint, supervisor.keyFingerprint);
    EXPECT_TRUE(volunteer.notices.join(u' ').contains(QLatin1String("key not anchored")));
    EXPECT_TRUE(volunteer.notices.join(u' ').contains(volunteer.keyFingerprint));
}

TEST_F(SiteKeysTest, AMissingSiteKeyIsDamageAndIsNeverMadeAgain) {
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(AuditService::closeDay(*admin).ok());
    pair->database().exec("DROP TRIGGER site_key_pairs_never_deleted");
    pair->database().exec("DELETE FROM site_key_pairs");
    const AuditReport report = verifyAs(*pair);
    EXPECT_FALSE(report.ok());
    auto again = site.signInSupervisor();
    EXPECT_EQ(AuditService::closeDay(*again).error().code, ErrorCode::SiteKeyDamaged);
    auto count = again->database().prepare("SELECT count(*) FROM site_key_pairs");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.integer(0), 0);
}

// What migration 5 leaves (the old pair retired, a new one due) becomes a new pair at the next sign-in of anyone —
// sealed to the supervisors and the code, not to the volunteer who signed in — and the old days still verify.
TEST_F(SiteKeysTest, AfterMigrationANewPairIsMadeAndOldCheckpointsStillVerify) {
    {
        auto admin = site.signInSupervisor();
        ASSERT_TRUE(AuditService::closeDay(*admin).ok());
    }
    const QString oldKey = currentKey(*pair).keyId;
    pair->database().exec("UPDATE site_key_pairs SET status = 'retired', retired_at = created_at, recovery_enc = NULL, "
                          "recovery_sealed = NULL");
    pair->database().exec("UPDATE site_settings SET value = '1' WHERE key = 'site_keys.rotation_due'");
    pair.reset();
    auto volunteer = site.signIn(QStringLiteral("lan"), TestSite::kLanPassword);
    ASSERT_TRUE(volunteer);
    EXPECT_EQ(volunteer->siteKeys(), nullptr);
    const auto fresh = currentKey(*volunteer);
    EXPECT_NE(fresh.keyId, oldKey);
    auto ring = keyring::loadKeyring(site.paths().keyring);
    ASSERT_TRUE(ring.ok());
    EXPECT_TRUE(ring->findUser(QStringLiteral("lan"))->siteKeys.empty());
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(admin->siteKeys());
    EXPECT_EQ(admin->siteKeys()->keyId, fresh.keyId);
    ASSERT_TRUE(AuditService::closeDay(*admin).ok());
    const AuditReport report = verifyAs(*admin);
    EXPECT_TRUE(report.ok()) << report.problem.toStdString();
    EXPECT_EQ(report.checkpoints, 2); // one under the retired key, one under the new
    EXPECT_EQ(report.key, AuditReport::Key::Anchored);
}

TEST_F(SiteKeysTest, ASupervisorLeavingMakesANewPairTheOthersReceive) {
    site.addUser(QStringLiteral("pho"), "nui-ba-den-mua-xuan-58", true);
    pair.reset(); // the removal re-keys the database: nobody else may have it open
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(AuditService::closeDay(*admin, true).ok());
    const QString before = currentKey(*admin).keyId;
    auto removed = UserService::removeUser(*admin, QStringLiteral("pho"));
    ASSERT_TRUE(removed.ok()) << errorCodeName(removed.error().code) << removed.error().detail.toStdString();
    const QString after = currentKey(*admin).keyId;
    EXPECT_NE(after, before);
    ASSERT_TRUE(admin->siteKeys());
    EXPECT_EQ(admin->siteKeys()->keyId, after);
    auto again = site.signInSupervisor();
    ASSERT_TRUE(AuditService::closeDay(*again, true).ok());
    const AuditReport report = verifyAs(*again);
    EXPECT_TRUE(report.ok()) << report.problem.toStdString();
    EXPECT_EQ(report.checkpoints, 2);
}

// Several supervisors removed in one session rotate the keys as many times: each slot keeps the current pair's copy and
// the new one only, so the keyring stays readable (a slot holds at most 4) and the next sign-in is anchored. Only the
// site's admin may rotate.
TEST_F(SiteKeysTest, ManyRotationsInOneSessionKeepTheKeyringReadable) {
    auto admin = site.signInSupervisor();
    const QString first = currentKey(*admin).keyId;
    auto refused = sitekeys::rotate(*pair, QStringLiteral("a volunteer tries"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(currentKey(*admin).keyId, first);
    for (int n = 0; n < 6; ++n) {
        auto rotated = sitekeys::rotate(*admin, QStringLiteral("supervisor removed"));
        ASSERT_TRUE(rotated.ok()) << n << ": " << rotated.error().detail.toStdString();
        auto ring = keyring::loadKeyring(site.paths().keyring);
        ASSERT_TRUE(ring.ok()) << n << ": " << ring.error().detail.toStdString();
        const auto* slot = ring->findUser(QString::fromLatin1(TestSite::kSupervisor));
        ASSERT_TRUE(slot);
        EXPECT_LE(slot->siteKeys.size(), 2U);
    }
    EXPECT_NE(currentKey(*admin).keyId, first);
    auto again = site.signInSupervisor();
    ASSERT_TRUE(again->siteKeys());
    EXPECT_EQ(again->siteKeys()->keyId, currentKey(*again).keyId);
    ASSERT_TRUE(AuditService::closeDay(*again, true).ok());
    const AuditReport report = verifyAs(*again);
    EXPECT_TRUE(report.ok()) << report.problem.toStdString();
}

TEST(LabelledSignatureTest, ASignatureForOnePurposeNeverPassesForAnother) {
    const auto key = dc::crypto::generateEd25519();
    const QByteArray message = QByteArrayLiteral("doichieu/site\n12\nAAAA\n");
    const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(message.constData()),
                                              static_cast<std::size_t>(message.size()));
    const auto bundle = audit::signLabelled("doichieu-bundle/v1", bytes, key.seed);
    EXPECT_TRUE(audit::verifyLabelled("doichieu-bundle/v1", bytes, key.publicKey, bundle));
    EXPECT_FALSE(audit::verifyLabelled("doichieu-receipt/v1", bytes, key.publicKey, bundle));
    EXPECT_FALSE(dc::crypto::ed25519Verify(key.publicKey, bytes, bundle)); // not as a bare (checkpoint) signature
    const auto bare = dc::crypto::ed25519Sign(key.seed, bytes);
    EXPECT_FALSE(audit::verifyLabelled("doichieu-bundle/v1", bytes, key.publicKey, bare));
}

} // namespace
