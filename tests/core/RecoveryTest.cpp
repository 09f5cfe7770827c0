// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/keyring/KeyringFile.h"
#include "core/keyring/RecoveryCode.h"
#include "core/services/SignIn.h"
#include "core/services/SiteCheck.h"
#include "core/services/UserService.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using dc::core::ErrorCode;
using dc::core::SignIn;
using dc::test::secret;
using dc::test::TestSite;

namespace {

using dc::test::kSupervisorName;

TEST(RecoveryTest, CodeSetsANewPasswordAndTheOldOneStopsWorking) {
    TestSite site;
    site.addUser(QStringLiteral("lan"), "hoa-sen-no-sang-41");
    auto session =
        SignIn().recover(site.paths().database, site.recoveryCode(), kSupervisorName, secret("cau-vong-sau-mua-2022"));
    ASSERT_TRUE(session.ok()) << session.error().detail.toStdString();
    session.value().reset();
    EXPECT_EQ(
        SignIn().signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword)).error().code,
        ErrorCode::WrongPassword);
    EXPECT_TRUE(SignIn().signIn(site.paths().database, kSupervisorName, secret("cau-vong-sau-mua-2022")).ok());
    // other accounts are untouched
    EXPECT_TRUE(SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret("hoa-sen-no-sang-41")).ok());
}

TEST(RecoveryTest, CodeTypedWithSpacesWorks) {
    TestSite site;
    std::string typed(site.recoveryCode().chars());
    std::replace(typed.begin(), typed.end(), '-', ' ');
    auto session =
        SignIn().recover(site.paths().database, secret(typed), kSupervisorName, secret("cau-vong-sau-mua-2022"));
    EXPECT_TRUE(session.ok());
}

TEST(RecoveryTest, LostKeyringIsRebuiltFromTheCodeAlone) {
    TestSite site;
    site.addUser(QStringLiteral("lan"), "hoa-sen-no-sang-41");
    ASSERT_TRUE(QFile::remove(site.paths().keyring));
    auto session =
        SignIn().recover(site.paths().database, site.recoveryCode(), kSupervisorName, secret("cau-vong-sau-mua-2022"));
    ASSERT_TRUE(session.ok()) << session.error().detail.toStdString();
    // The rebuilt keyring has the recovery slot and this account; the check names the account left without one.
    auto report = dc::core::checkSite(*session.value());
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->keyringProblems.size(), 1);
    EXPECT_TRUE(report->keyringProblems.at(0).contains(QLatin1String("'lan' has no slot")));
    EXPECT_TRUE(report->database.ok());
    // a supervisor gives lan a way in again
    ASSERT_TRUE(
        dc::core::UserService::setPassword(*session.value(), QStringLiteral("lan"), secret("hoa-sen-no-sang-42")).ok());
    session.value().reset();
    EXPECT_TRUE(SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret("hoa-sen-no-sang-42")).ok());
    // and the same code still works on the rebuilt keyring
    EXPECT_TRUE(
        SignIn()
            .recover(site.paths().database, site.recoveryCode(), kSupervisorName, secret("cau-vong-sau-mua-2023"))
            .ok());
}

TEST(RecoveryTest, DamagedKeyringIsKeptAsideAndReplaced) {
    TestSite site;
    dc::test::writeAll(site.paths().keyring, QByteArray("{ this is not a keyring"));
    auto session =
        SignIn().recover(site.paths().database, site.recoveryCode(), kSupervisorName, secret("cau-vong-sau-mua-2022"));
    ASSERT_TRUE(session.ok()) << session.error().detail.toStdString();
    const QStringList aside = QDir(site.dir()).entryList({QStringLiteral("site.db.keyring.damaged-*")});
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(dc::test::readAll(QDir(site.dir()).filePath(aside.at(0))), QByteArray("{ this is not a keyring"));
    EXPECT_TRUE(dc::core::keyring::loadKeyring(site.paths().keyring).ok());
}

TEST(RecoveryTest, WrongCodeIsRefusedAndChangesNothing) {
    TestSite site;
    const QByteArray keyring = dc::test::readAll(site.paths().keyring);
    const auto other = dc::core::keyring::RecoveryCode::generate().grouped();
    auto session = SignIn().recover(site.paths().database, other, kSupervisorName, secret("cau-vong-sau-mua-2022"));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, ErrorCode::WrongRecoveryCode);
    EXPECT_EQ(dc::test::readAll(site.paths().keyring), keyring);

    QFile::remove(site.paths().keyring); // without a keyring the database itself refuses the code
    auto blind = SignIn().recover(site.paths().database, other, kSupervisorName, secret("cau-vong-sau-mua-2022"));
    ASSERT_FALSE(blind.ok());
    EXPECT_EQ(blind.error().code, ErrorCode::WrongRecoveryCode);
    EXPECT_FALSE(QFile::exists(site.paths().keyring));
}

TEST(RecoveryTest, MalformedCodeAndWeakPasswordAreRefused) {
    TestSite site;
    auto malformed =
        SignIn().recover(site.paths().database, secret("12345-6789"), kSupervisorName, secret("cau-vong-sau-mua-2022"));
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().code, ErrorCode::InvalidRecoveryCode);
    auto weak = SignIn().recover(site.paths().database, site.recoveryCode(), kSupervisorName, secret("short"));
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().code, ErrorCode::PasswordTooShort);
    EXPECT_TRUE(SignIn().signIn(site.paths().database, kSupervisorName, secret(TestSite::kSupervisorPassword)).ok());
}

TEST(RecoveryTest, UnknownAccountIsRefused) {
    TestSite site;
    auto session = SignIn().recover(site.paths().database, site.recoveryCode(), QStringLiteral("nobody"),
                                    secret("cau-vong-sau-mua-2022"));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, ErrorCode::UnknownUser);
}

} // namespace
