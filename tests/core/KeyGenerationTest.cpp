// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Key generations: removing an account (or a password that may have been seen) moves the database to the next
// generation of its key, derived from the same recovery code — a copy of the keyring the removed person kept no
// longer opens the database, the printed code still does; while the site is in use the re-key waits for day close.
// And a damaged keyring slot is told apart from a wrong password.
#include "core/keyring/KeyringFile.h"
#include "core/services/AuditService.h"
#include "core/services/SignIn.h"
#include "core/services/SignInThrottle.h"
#include "core/services/SiteCheck.h"
#include "core/services/UserService.h"
#include "tests/support/TestSite.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace dc::core;
using dc::test::secret;
using dc::test::TestSite;

namespace {

QString codeText(const TestSite& site) {
    return QString::fromLatin1(site.recoveryCode().chars().data(), static_cast<qsizetype>(site.recoveryCode().size()));
}

class KeyGenerationTest : public ::testing::Test {
protected:
    TestSite site;
    KeyGenerationTest() {
        site.addUser(QStringLiteral("lan"), TestSite::kLanPassword);
        site.addUser(QStringLiteral("minh"), TestSite::kMinhPassword);
    }
    int generation() {
        auto ring = keyring::loadKeyring(site.paths().keyring);
        EXPECT_TRUE(ring.ok());
        return ring.ok() ? ring->generation : -1;
    }
};

TEST_F(KeyGenerationTest, ARemovedAccountsOldKeyringCopyNoLongerOpensTheDatabase) {
    const QByteArray keptCopy = dc::test::readAll(site.paths().keyring); // what "lan" took home
    auto admin = site.signInSupervisor();
    auto removed = UserService::removeUser(*admin, QStringLiteral("lan"));
    ASSERT_TRUE(removed.ok()) << removed.error().detail.toStdString();
    EXPECT_TRUE(removed->rekeyed);
    EXPECT_EQ(removed->generation, 1);
    EXPECT_FALSE(removed->recoveryCode); // no new code to print: the sheet in the safe stays good
    EXPECT_EQ(generation(), 1);
    auto check = checkSite(*admin); // every slot's MAC, the recovery slot's too, follows the new key
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok()) << check->keyringProblems.join(u';').toStdString();
    admin.reset();
    // The other accounts go on as before.
    EXPECT_TRUE(SignIn().signIn(site.paths().database, QStringLiteral("minh"), secret(TestSite::kMinhPassword)).ok());
    // The kept copy: lan's slot still opens with lan's password, but its key is the old generation's.
    dc::test::writeAll(site.paths().keyring, keptCopy);
    auto withCopy = SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret(TestSite::kLanPassword));
    ASSERT_FALSE(withCopy.ok());
    EXPECT_EQ(withCopy.error().code, ErrorCode::DatabaseCorrupt);
    // The recovery code reaches the current generation even with the keyring lost.
    QFile::remove(site.paths().keyring);
    const QString code = codeText(site);
    auto recovered = SignIn().recover(site.paths().database, dc::test::secret(code.toStdString()),
                                      QString::fromLatin1(TestSite::kSupervisor), secret("song-sai-gon-chay-mai-8"));
    ASSERT_TRUE(recovered.ok()) << errorCodeName(recovered.error().code) << recovered.error().detail.toStdString();
    EXPECT_EQ(generation(), 1);
    ASSERT_TRUE(recovered.value()->siteKeys()); // the site's keys came back from the database's copy for the code
}

TEST_F(KeyGenerationTest, WhileTheSiteIsInUseTheRekeyWaitsForTheDayClose) {
    auto other = site.signIn(QStringLiteral("minh"), TestSite::kMinhPassword); // the GUI open beside the CLI
    auto admin = site.signInSupervisor();
    auto removed = UserService::removeUser(*admin, QStringLiteral("lan"));
    ASSERT_TRUE(removed.ok());
    EXPECT_FALSE(removed->rekeyed);
    EXPECT_EQ(generation(), 0);
    // The account is disabled at once.
    EXPECT_EQ(
        SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret(TestSite::kLanPassword)).error().code,
        ErrorCode::UnknownUser);
    // The day does not close (nothing is signed) before the re-key has run.
    EXPECT_EQ(AuditService::closeDay(*admin).error().code, ErrorCode::RekeyPending);
    other.reset();
    auto closed = AuditService::closeDay(*admin);
    ASSERT_TRUE(closed.ok()) << errorCodeName(closed.error().code) << closed.error().detail.toStdString();
    EXPECT_EQ(generation(), 1);
    auto report = AuditService::verify(*admin);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << report->problem.toStdString();
}

TEST_F(KeyGenerationTest, ACompromisedPasswordMovesTheGenerationAndOnlyASupervisorSaysSo) {
    auto lan = site.signIn(QStringLiteral("lan"), TestSite::kLanPassword);
    EXPECT_EQ(UserService::setPassword(*lan, QStringLiteral("lan"), secret("hoa-sen-no-sang-43"), true).error().code,
              ErrorCode::NotPermitted);
    lan.reset();
    auto admin = site.signInSupervisor();
    auto changed = UserService::setPassword(*admin, QStringLiteral("lan"), secret("hoa-sen-no-sang-43"), true);
    ASSERT_TRUE(changed.ok()) << changed.error().detail.toStdString();
    EXPECT_TRUE(changed->rekeyed);
    EXPECT_EQ(generation(), 1);
    EXPECT_TRUE(SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret("hoa-sen-no-sang-43")).ok());
}

TEST_F(KeyGenerationTest, ADamagedSlotIsSaidDamagedAndNeverCountedAsAWrongPassword) {
    QByteArray ring = dc::test::readAll(site.paths().keyring);
    const qsizetype at = ring.indexOf("\"userName\": \"lan\"");
    ASSERT_GT(at, 0);
    const qsizetype salt = ring.lastIndexOf("\"salt\": \"", at) + 12; // keys are in order: salt before userName
    ring[salt] = ring[salt] == 'A' ? 'B' : 'A';
    dc::test::writeAll(site.paths().keyring, ring);
    for (int i = 0; i < 3; ++i) {
        auto signedIn = SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret(TestSite::kLanPassword));
        ASSERT_FALSE(signedIn.ok());
        EXPECT_EQ(signedIn.error().code, ErrorCode::KeyringDamaged);
    }
    EXPECT_EQ(SignInThrottle(site.paths().signInState, systemClock()).failures(QStringLiteral("lan")), 0);
    // The other accounts are not affected; `check` names the damaged slot.
    auto admin = site.signInSupervisor();
    auto report = checkSite(*admin);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->keyringProblems.join(u' ').contains(QLatin1String("slot of 'lan': damaged")));
}

TEST_F(KeyGenerationTest, ADamagedRecoverySlotIsNoDeadEndForTheRightCode) {
    QByteArray ring = dc::test::readAll(site.paths().keyring);
    const qsizetype at = ring.indexOf("\"recovery\"");
    const qsizetype key = ring.indexOf("\"publicKey\": \"", at) + 16;
    ring[key] = ring[key] == 'A' ? 'B' : 'A';
    dc::test::writeAll(site.paths().keyring, ring);
    auto recovered = SignIn().recover(site.paths().database, dc::test::secret(codeText(site).toStdString()),
                                      QStringLiteral("lan"), secret("hoa-sen-no-sang-43"));
    ASSERT_TRUE(recovered.ok()) << errorCodeName(recovered.error().code) << recovered.error().detail.toStdString();
    auto reread = keyring::loadKeyring(site.paths().keyring);
    ASSERT_TRUE(reread.ok());
    EXPECT_FALSE(reread->recovery.damaged); // rebuilt from the code
    // A wrong code is still refused.
    const QString wrong = QStringLiteral("11111-22222-33333-44444-55555-66666-77777-88888");
    EXPECT_EQ(SignIn()
                  .recover(site.paths().database, dc::test::secret(wrong.toStdString()), QStringLiteral("minh"),
                           secret("trang-len-doi-thong-87"))
                  .error()
                  .code,
              ErrorCode::WrongRecoveryCode);
}

} // namespace
