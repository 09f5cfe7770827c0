// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/keyring/KeyringFile.h"
#include "core/keyring/RecoveryCode.h"
#include "core/services/RekeyService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteCheck.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "tests/support/TestSite.h"

#include <QFile>

#include <gtest/gtest.h>

using dc::core::ErrorCode;
using dc::core::RekeyStep;
using dc::core::SignIn;
using dc::test::secret;
using dc::test::TestSite;

namespace {

using dc::test::kSupervisorName;

// Writes a row the test can look for after the re-key.
void writeWitness(dc::core::Session& session) {
    session.database().exec("CREATE TABLE IF NOT EXISTS witness (x TEXT) STRICT");
    session.database().prepare("INSERT INTO witness VALUES (?1)").bind(1, QStringLiteral("Lê Thị Hồng")).run();
}

QString readWitness(dc::core::Session& session) {
    auto s = session.database().prepare("SELECT x FROM witness");
    return s.step() ? s.text(0) : QString();
}

// After anything that happened to a re-key, every account still opens the site, the witness row is there,
// and the site passes its checks once the sign-in has settled the keyring.
void expectSiteWhole(const TestSite& site) {
    auto admin = SignIn().signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword));
    ASSERT_TRUE(admin.ok()) << dc::core::errorCodeName(admin.error().code) << " " << admin.error().detail.toStdString();
    EXPECT_EQ(readWitness(*admin.value()), QStringLiteral("Lê Thị Hồng"));
    auto volunteer = SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret("hoa-sen-no-sang-41"));
    ASSERT_TRUE(volunteer.ok()) << dc::core::errorCodeName(volunteer.error().code);
    auto report = dc::core::checkSite(*admin.value());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok())
        << (report->database.cipherProblems + report->keyringProblems).join(QStringLiteral("; ")).toStdString();
    auto ring = dc::core::keyring::loadKeyring(site.paths().keyring);
    ASSERT_TRUE(ring.ok());
    EXPECT_FALSE(ring->hasPendingRekey());
}

QString stepName(RekeyStep step) {
    switch (step) {
    case RekeyStep::SealPending:
        return QStringLiteral("SealPending");
    case RekeyStep::WritePendingKeyring:
        return QStringLiteral("WritePendingKeyring");
    case RekeyStep::RekeyDatabase:
        return QStringLiteral("RekeyDatabase");
    case RekeyStep::VerifyDatabase:
        return QStringLiteral("VerifyDatabase");
    case RekeyStep::RecordRekey:
        return QStringLiteral("RecordRekey");
    case RekeyStep::PromoteKeyring:
        return QStringLiteral("PromoteKeyring");
    }
    return {};
}

class RekeyTest : public ::testing::Test {
protected:
    TestSite site;
    // Re-keys in a child process (tests/support/FaultAgent.cpp) that crashes before `crashAt` or runs
    // under a file-size limit.
    int runRekeyAgent(const QString& crashAt, int fileSizeLimit = 0) {
        QStringList args{QStringLiteral("rekey"), site.paths().database, kSupervisorName,
                         QString::fromLatin1(TestSite::kSupervisorPassword), crashAt};
        if (fileSizeLimit > 0) {
            args << QString::number(fileSizeLimit);
        }
        return dc::test::runFaultAgent(args);
    }
    void SetUp() override {
        site.addUser(QStringLiteral("lan"), "hoa-sen-no-sang-41");
        auto admin = site.signInSupervisor();
        ASSERT_TRUE(admin);
        writeWitness(*admin);
    }
};

TEST_F(RekeyTest, NewKeyNewCodeSamePasswords) {
    const QByteArray before = dc::test::readAll(site.paths().database);
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(admin);
    auto code = dc::core::rekeySite(*admin);
    ASSERT_TRUE(code.ok()) << code.error().detail.toStdString();
    EXPECT_EQ(readWitness(*admin), QStringLiteral("Lê Thị Hồng")); // the session continues on the new key
    admin.reset();
    EXPECT_NE(dc::test::readAll(site.paths().database), before);
    expectSiteWhole(site);
    // the old recovery code no longer opens anything; the new one does
    EXPECT_EQ(SignIn()
                  .recover(site.paths().database, site.recoveryCode(), kSupervisorName, secret("cau-vong-sau-mua-2022"))
                  .error()
                  .code,
              ErrorCode::WrongRecoveryCode);
    EXPECT_TRUE(
        SignIn().recover(site.paths().database, code.value(), kSupervisorName, secret("cau-vong-sau-mua-2022")).ok());
}

TEST_F(RekeyTest, VolunteerCannotRekey) {
    auto volunteer = site.signIn(QStringLiteral("lan"), "hoa-sen-no-sang-41");
    ASSERT_TRUE(volunteer);
    EXPECT_EQ(dc::core::rekeySite(*volunteer).error().code, ErrorCode::NotPermitted);
}

// A crash before each step: a child process re-keys and dies (_exit: no clean-up, no destructors) just
// before the step; this process then checks that nothing is lost.
class RekeyCrashTest : public RekeyTest, public ::testing::WithParamInterface<RekeyStep> {};

TEST_P(RekeyCrashTest, CrashBeforeStepLosesNothing) {
    EXPECT_EQ(runRekeyAgent(stepName(GetParam())), 42);
    expectSiteWhole(site);
}

// The same steps failing with an error instead of a crash (the exception unwinds through the service).
TEST_P(RekeyCrashTest, FailureAtStepLosesNothing) {
    const RekeyStep failAt = GetParam();
    {
        auto admin = site.signInSupervisor();
        ASSERT_TRUE(admin);
        auto result = dc::core::rekeySite(*admin, [failAt](RekeyStep step) {
            if (step == failAt) {
                throw std::runtime_error("injected failure");
            }
        });
        EXPECT_FALSE(result.ok());
    }
    expectSiteWhole(site);
}

INSTANTIATE_TEST_SUITE_P(EveryStep, RekeyCrashTest,
                         ::testing::Values(RekeyStep::SealPending, RekeyStep::WritePendingKeyring,
                                           RekeyStep::RekeyDatabase, RekeyStep::VerifyDatabase, RekeyStep::RecordRekey,
                                           RekeyStep::PromoteKeyring),
                         [](const ::testing::TestParamInfo<RekeyStep>& info) {
                             return stepName(info.param).toStdString();
                         });

// The disk fills up during the re-key (a file-size limit in a child process): the re-key completes or fails,
// and either way every account still opens the site.
class RekeyFullDiskTest : public RekeyTest, public ::testing::WithParamInterface<int> {};

TEST_P(RekeyFullDiskTest, CompletesOrChangesNothing) {
    const int exitCode = runRekeyAgent(QStringLiteral("none"), GetParam());
    EXPECT_TRUE(exitCode == 0 || exitCode == 3) << exitCode;
    expectSiteWhole(site);
}

INSTANTIATE_TEST_SUITE_P(Limits, RekeyFullDiskTest, ::testing::Values(2048, 16384, 40000, 1 << 20));

// After a crash between re-encrypting the database and promoting the keyring, the new recovery code was
// never shown, but the pending seals let every account in, and the first sign-in finishes the re-key.
TEST_F(RekeyTest, CrashAfterDatabaseRekeyIsFinishedByTheNextSignIn) {
    ASSERT_EQ(runRekeyAgent(QStringLiteral("PromoteKeyring")), 42);
    auto before = dc::core::keyring::loadKeyring(site.paths().keyring);
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(before->hasPendingRekey());
    // the database no longer answers to the old key
    EXPECT_THROW(
        (void)dc::core::store::Database::open(
            site.paths().database, dc::core::keyring::RecoveryCode::parse(site.recoveryCode().chars())->databaseKey()),
        dc::core::store::StoreError);
    expectSiteWhole(site);
}

} // namespace

namespace {

// Another program (the GUI beside doichieu-admin) has the site open: the re-key is refused cleanly, and both
// go on working with the old key.
TEST_F(RekeyTest, RefusedWhileTheSiteIsOpenElsewhere) {
    auto other = site.signIn(QStringLiteral("lan"), "hoa-sen-no-sang-41");
    ASSERT_TRUE(other);
    EXPECT_EQ(readWitness(*other), QStringLiteral("Lê Thị Hồng")); // lan's session reads fine
    auto admin = site.signInSupervisor();
    auto result = dc::core::rekeySite(*admin);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, dc::core::ErrorCode::SiteInUse);
    EXPECT_EQ(readWitness(*admin), QStringLiteral("Lê Thị Hồng"));
    EXPECT_EQ(readWitness(*other), QStringLiteral("Lê Thị Hồng"));
    auto ring = dc::core::keyring::loadKeyring(site.paths().keyring);
    ASSERT_TRUE(ring.ok());
    EXPECT_FALSE(ring->hasPendingRekey()); // refused before anything was written
    other.reset();
    admin.reset();
    expectSiteWhole(site);
}

} // namespace
