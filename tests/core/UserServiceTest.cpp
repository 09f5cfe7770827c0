// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/UserService.h"
#include "core/keyring/KeyringFile.h"
#include "core/services/SignIn.h"
#include "core/services/SiteCheck.h"
#include "tests/support/TestSite.h"

#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

#include <gtest/gtest.h>

using dc::core::ErrorCode;
using dc::core::NewAccount;
using dc::core::Role;
using dc::core::SignIn;
using dc::core::UserService;
using dc::test::secret;
using dc::test::TestSite;

namespace {

class UserServiceTest : public ::testing::Test {
protected:
    TestSite site;
    std::unique_ptr<dc::core::Session> admin = site.signInSupervisor();

    dc::core::Result<dc::core::UserAccount> add(const QString& name, std::string_view password,
                                                Role role = Role::Volunteer) {
        return UserService::addUser(*admin, NewAccount{name, QString(), role, secret(password)});
    }
};

TEST_F(UserServiceTest, AddedVolunteerSignsInWithOwnPassword) {
    auto user = UserService::addUser(*admin, NewAccount{QStringLiteral("Lan.Nguyen"), QStringLiteral("Nguyễn  Thị Lan"),
                                                        Role::Volunteer, secret("mat-khau-lan")});
    ASSERT_TRUE(user.ok()) << user.error().detail.toStdString();
    EXPECT_EQ(user->userName, QLatin1String("lan.nguyen"));
    EXPECT_EQ(user->displayName, QStringLiteral("Nguyễn Thị Lan"));
    auto session = SignIn().signIn(site.paths().database, QStringLiteral("lan.nguyen"), secret("mat-khau-lan"));
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session.value()->user().role, Role::Volunteer);
}

TEST_F(UserServiceTest, PasswordRulesDependOnTheRole) {
    EXPECT_EQ(add(QStringLiteral("lan"), "1234567").error().code, ErrorCode::PasswordTooShort);
    EXPECT_TRUE(add(QStringLiteral("lan"), "12345678").ok());
    EXPECT_EQ(add(QStringLiteral("binh"), "123456789", Role::Supervisor).error().code, ErrorCode::PasswordTooShort);
    EXPECT_TRUE(add(QStringLiteral("binh"), "1234567890", Role::Supervisor).ok());
    EXPECT_EQ(add(QStringLiteral("hoang.anh"), "Hoang.Anh").error().code, ErrorCode::PasswordIsUserName);
    // counted in characters, not bytes: 7 Vietnamese letters are 7 characters
    EXPECT_EQ(add(QStringLiteral("cuong"), "ắằẳẵặấầ").error().code, ErrorCode::PasswordTooShort);
}

TEST_F(UserServiceTest, UserNamesAreChecked) {
    for (const char* bad : {"", "ab", "1lan", "lan nguyen", "lân", "a-very-long-user-name-of-33-chars", "lan/x"}) {
        EXPECT_EQ(add(QString::fromUtf8(bad), "mat-khau-tot").error().code, ErrorCode::InvalidUserName) << bad;
    }
    ASSERT_TRUE(add(QStringLiteral("lan"), "mat-khau-lan").ok());
    EXPECT_EQ(add(QStringLiteral("LAN"), "mat-khau-lan").error().code, ErrorCode::UserExists);
}

TEST_F(UserServiceTest, VolunteersCannotManageAccounts) {
    ASSERT_TRUE(add(QStringLiteral("lan"), "mat-khau-lan").ok());
    auto volunteer = site.signIn(QStringLiteral("lan"), "mat-khau-lan");
    ASSERT_TRUE(volunteer);
    EXPECT_EQ(
        UserService::addUser(*volunteer, NewAccount{QStringLiteral("mai"), {}, Role::Volunteer, secret("mat-khau-mai")})
            .error()
            .code,
        ErrorCode::NotPermitted);
    EXPECT_EQ(UserService::removeUser(*volunteer, QString::fromLatin1(TestSite::kSupervisor)).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(UserService::listUsers(*volunteer).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(UserService::setPassword(*volunteer, QString::fromLatin1(TestSite::kSupervisor), secret("x-123456789"))
                  .error()
                  .code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(dc::core::siteInfo(*volunteer).error().code, ErrorCode::NotPermitted);
    // but a volunteer changes their own password
    EXPECT_TRUE(UserService::setPassword(*volunteer, QStringLiteral("lan"), secret("mat-khau-moi")).ok());
    EXPECT_TRUE(SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret("mat-khau-moi")).ok());
    EXPECT_EQ(SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret("mat-khau-lan")).error().code,
              ErrorCode::WrongPassword);
}

TEST_F(UserServiceTest, OfficeRolesAreNotCreatedAtTheCommune) {
    EXPECT_EQ(add(QStringLiteral("tinhdoan"), "mat-khau-tinh-doan", Role::Province).error().code,
              ErrorCode::NotPermitted);
}

TEST_F(UserServiceTest, RemovedAccountKeepsItsRowButLosesItsSlot) {
    ASSERT_TRUE(add(QStringLiteral("lan"), "mat-khau-lan").ok());
    ASSERT_TRUE(UserService::removeUser(*admin, QStringLiteral("lan")).ok());
    auto users = UserService::listUsers(*admin);
    ASSERT_TRUE(users.ok());
    ASSERT_EQ(users->size(), 2u); // sorted by user name: giamsat, lan
    EXPECT_EQ(users->at(1).userName, QLatin1String("lan"));
    EXPECT_FALSE(users->at(1).active);
    EXPECT_EQ(SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret("mat-khau-lan")).error().code,
              ErrorCode::UnknownUser);
    EXPECT_EQ(UserService::removeUser(*admin, QStringLiteral("lan")).error().code, ErrorCode::UnknownUser);
    // the name stays taken: history refers to it
    EXPECT_EQ(add(QStringLiteral("lan"), "mat-khau-lan").error().code, ErrorCode::UserExists);
}

TEST_F(UserServiceTest, LastSupervisorStays) {
    EXPECT_EQ(UserService::removeUser(*admin, QString::fromLatin1(TestSite::kSupervisor)).error().code,
              ErrorCode::NotPermitted);
    ASSERT_TRUE(add(QStringLiteral("pho.giamsat"), "mat-khau-pho-gs", Role::Supervisor).ok());
    auto deputy = site.signIn(QStringLiteral("pho.giamsat"), "mat-khau-pho-gs");
    ASSERT_TRUE(deputy);
    EXPECT_TRUE(UserService::removeUser(*deputy, QString::fromLatin1(TestSite::kSupervisor)).ok());
}

TEST_F(UserServiceTest, UnwritableKeyringFolderLeavesNoHalfAddedAccount) {
    const QString folder = site.dir();
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(folder).isWritable()) { // running as root: permissions do not bind
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        GTEST_SKIP() << "cannot make a folder read-only for this user";
    }
    auto user = add(QStringLiteral("lan"), "mat-khau-lan");
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().code, ErrorCode::IoError);
    auto users = UserService::listUsers(*admin);
    ASSERT_TRUE(users.ok());
    EXPECT_EQ(users->size(), 1u);
}

TEST_F(UserServiceTest, CheckFindsADamagedSlotOfAnotherAccount) {
    ASSERT_TRUE(add(QStringLiteral("lan"), "mat-khau-lan").ok());
    auto ring = dc::core::keyring::loadKeyring(site.paths().keyring);
    ASSERT_TRUE(ring.ok());
    ring->findUser(QStringLiteral("lan"))->databaseKey.ciphertext[5] ^= 0x20;
    ASSERT_TRUE(dc::core::keyring::saveKeyring(site.paths().keyring, ring.value()).ok());
    auto report = dc::core::checkSite(*admin);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok());
    ASSERT_EQ(report->keyringProblems.size(), 1);
    EXPECT_TRUE(report->keyringProblems.at(0).contains(QLatin1String("'lan': damaged")));
}

} // namespace
