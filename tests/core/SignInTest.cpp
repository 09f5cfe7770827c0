// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SignIn.h"
#include "core/keyring/KeyringFile.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "tests/support/TestSite.h"

#include <QFile>

#include <gtest/gtest.h>

using dc::core::ErrorCode;
using dc::core::SignIn;
using dc::test::readAll;
using dc::test::secret;
using dc::test::TestSite;

namespace {

using dc::test::kSupervisorName;

TEST(SignInTest, RightPasswordOpensTheSite) {
    TestSite site;
    auto session = SignIn().signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword));
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session.value()->user().userName, kSupervisorName);
    EXPECT_EQ(session.value()->user().role, dc::core::Role::Supervisor);
    EXPECT_EQ(session.value()->user().displayName, QStringLiteral("Trần Văn Giám"));
    EXPECT_EQ(session.value()->siteName(), QStringLiteral("Phường Phú Cường"));
}

TEST(SignInTest, UserNameIsCaseAndSpaceInsensitive) {
    TestSite site;
    auto session =
        SignIn().signIn(site.paths().database, QStringLiteral("  GiamSat "), secret(TestSite::kSupervisorPassword));
    EXPECT_TRUE(session.ok());
}

TEST(SignInTest, WrongPasswordLeavesDatabaseAndKeyringByteIdentical) {
    TestSite site;
    const QByteArray database = readAll(site.paths().database);
    const QByteArray keyring = readAll(site.paths().keyring);
    auto session = SignIn().signIn(site.paths().database, kSupervisorName, secret("mat-khau-sai-roi"));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, ErrorCode::WrongPassword);
    EXPECT_EQ(readAll(site.paths().database), database);
    EXPECT_EQ(readAll(site.paths().keyring), keyring);
    EXPECT_FALSE(QFile::exists(site.paths().database + QStringLiteral("-wal")));
}

TEST(SignInTest, UnknownUserIsNamedAsSuch) {
    TestSite site;
    auto session = SignIn().signIn(site.paths().database, QStringLiteral("nobody"), secret("whatever-123"));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, ErrorCode::UnknownUser);
}

TEST(SignInTest, NfdAndNfcPasswordsAreTheSamePassword) {
    TestSite site;
    // "mậtkhẩu-việt" typed precomposed (NFC) when set, decomposed (NFD) when signing in.
    const QString nfc = QStringLiteral("mậtkhẩu-việt-2022");
    site.addUser(QStringLiteral("hoa"), nfc.toStdString());
    const QByteArray nfd = nfc.normalized(QString::NormalizationForm_D).toUtf8();
    ASSERT_NE(nfd, nfc.toUtf8());
    auto session = SignIn().signIn(site.paths().database, QStringLiteral("hoa"),
                                   secret(std::string_view(nfd.constData(), static_cast<std::size_t>(nfd.size()))));
    EXPECT_TRUE(session.ok());
}

TEST(SignInTest, MissingDatabaseKeyringAndDamagedKeyringAreToldApart) {
    TestSite site;
    auto missingDb = SignIn().signIn(site.dir() + QStringLiteral("/none.db"), kSupervisorName,
                                     secret(TestSite::kSupervisorPassword));
    ASSERT_FALSE(missingDb.ok());
    EXPECT_EQ(missingDb.error().code, ErrorCode::DatabaseMissing);

    const QByteArray keyring = readAll(site.paths().keyring);
    QByteArray damaged = keyring;
    damaged.truncate(damaged.size() / 2);
    dc::test::writeAll(site.paths().keyring, damaged);
    auto damagedRing = SignIn().signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword));
    ASSERT_FALSE(damagedRing.ok());
    EXPECT_EQ(damagedRing.error().code, ErrorCode::KeyringDamaged);

    QFile::remove(site.paths().keyring);
    auto missingRing = SignIn().signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword));
    ASSERT_FALSE(missingRing.ok());
    EXPECT_EQ(missingRing.error().code, ErrorCode::KeyringMissing);
}

TEST(SignInTest, DamagedSealInTheSlotIsAWrongPasswordNotACrash) {
    TestSite site;
    auto ring = dc::core::keyring::loadKeyring(site.paths().keyring);
    ASSERT_TRUE(ring.ok());
    ring->users.at(0).sealedPrivateKey[20] ^= 0x01;
    ASSERT_TRUE(dc::core::keyring::saveKeyring(site.paths().keyring, ring.value()).ok());
    auto session = SignIn().signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, ErrorCode::WrongPassword);
}

TEST(SignInTest, CorruptDatabaseIsReportedAndNotChanged) {
    TestSite site;
    QByteArray bytes = readAll(site.paths().database);
    bytes[50] = static_cast<char>(bytes[50] ^ 0xff);
    dc::test::writeAll(site.paths().database, bytes);
    auto session = SignIn().signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_EQ(readAll(site.paths().database), bytes);
}

TEST(SignInTest, TruncatedDatabaseIsCorrupt) {
    TestSite site;
    dc::test::writeAll(site.paths().database, readAll(site.paths().database).left(1000));
    auto session = SignIn().signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, ErrorCode::DatabaseCorrupt);
}

TEST(SignInTest, NewerDatabaseIsRefusedAndUntouched) {
    TestSite site;
    {
        auto session = site.signInSupervisor();
        ASSERT_TRUE(session);
        session->database().exec("PRAGMA user_version = " + std::to_string(dc::core::store::latestSchemaVersion() + 5));
        session->database().close();
    }
    const QByteArray before = readAll(site.paths().database);
    auto session = SignIn().signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, ErrorCode::DatabaseTooNew);
    EXPECT_EQ(readAll(site.paths().database), before);
}

TEST(SignInTest, KeyringOfAnotherSiteIsRefused) {
    TestSite a;
    TestSite b;
    QFile::remove(a.paths().keyring);
    QFile::copy(b.paths().keyring, a.paths().keyring);
    auto session = SignIn().signIn(a.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, ErrorCode::DatabaseCorrupt); // b's key cannot decrypt a's database
}

// Throttling, with a clock the test moves.
class ThrottleTest : public ::testing::Test {
protected:
    TestSite site;
    QDateTime now = QDateTime(QDate(2022, 12, 1), QTime(8, 0), Qt::UTC);
    SignIn signIn{[this] { return now; }};

    dc::core::Result<std::unique_ptr<dc::core::Session>> attempt(std::string_view password) {
        return signIn.signIn(site.paths().database, kSupervisorName, secret(password));
    }
};

TEST_F(ThrottleTest, FiveFailuresThenTheAccountMustWait) {
    for (int i = 0; i < 5; ++i) {
        auto r = attempt("sai-mat-khau");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::WrongPassword) << "attempt " << i + 1;
    }
    // Even the right password is refused while the account waits, without trying it.
    auto refused = attempt(TestSite::kSupervisorPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SignInThrottled);
    EXPECT_EQ(refused.error().retryAfterSeconds, 30);

    now = now.addSecs(20);
    auto stillRefused = attempt(TestSite::kSupervisorPassword);
    ASSERT_FALSE(stillRefused.ok());
    EXPECT_EQ(stillRefused.error().retryAfterSeconds, 10);

    now = now.addSecs(11);
    EXPECT_TRUE(attempt(TestSite::kSupervisorPassword).ok());
    // success resets the count
    EXPECT_EQ(attempt("sai-mat-khau").error().code, ErrorCode::WrongPassword);
}

TEST_F(ThrottleTest, DelayDoublesAndIsCapped) {
    int expected = 30;
    for (int round = 0; round < 12; ++round) {
        for (;;) {
            auto r = attempt("sai-mat-khau");
            if (r.error().code == ErrorCode::SignInThrottled) {
                EXPECT_EQ(r.error().retryAfterSeconds, std::min(expected, 900)) << "round " << round;
                now = now.addSecs(r.error().retryAfterSeconds);
                break;
            }
        }
        expected *= 2;
    }
}

TEST_F(ThrottleTest, CountsSurviveARestartAndAreKeptPerAccount) {
    site.addUser(QStringLiteral("lan"), "hoa-sen-no-sang-41");
    for (int i = 0; i < 5; ++i) {
        (void)attempt("sai-mat-khau");
    }
    SignIn restarted{[this] { return now; }};
    auto r = restarted.signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::SignInThrottled);
    auto other = restarted.signIn(site.paths().database, QStringLiteral("lan"), secret("hoa-sen-no-sang-41"));
    EXPECT_TRUE(other.ok());
}

TEST_F(ThrottleTest, ClockSetBackwardsDoesNotLockForever) {
    for (int i = 0; i < 5; ++i) {
        (void)attempt("sai-mat-khau");
    }
    now = now.addDays(-400);
    auto r = attempt(TestSite::kSupervisorPassword);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().retryAfterSeconds, 30);
    now = now.addSecs(31);
    EXPECT_TRUE(attempt(TestSite::kSupervisorPassword).ok());
}

} // namespace
