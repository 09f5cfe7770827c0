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
                                                        Role::Volunteer, secret("hoa-sen-no-sang-41")});
    ASSERT_TRUE(user.ok()) << user.error().detail.toStdString();
    EXPECT_EQ(user->userName, QLatin1String("lan.nguyen"));
    EXPECT_EQ(user->displayName, QStringLiteral("Nguyễn Thị Lan"));
    auto session = SignIn().signIn(site.paths().database, QStringLiteral("lan.nguyen"), secret("hoa-sen-no-sang-41"));
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session.value()->user().role, Role::Volunteer);
}

TEST_F(UserServiceTest, PasswordRulesDependOnTheRole) {
    EXPECT_EQ(add(QStringLiteral("lan"), "gio-ba7").error().code, ErrorCode::PasswordTooShort);
    EXPECT_TRUE(add(QStringLiteral("lan"), "gio-bac7!").ok());
    EXPECT_EQ(add(QStringLiteral("binh"), "gio-bac-7", Role::Supervisor).error().code, ErrorCode::PasswordTooShort);
    EXPECT_TRUE(add(QStringLiteral("binh"), "gio-bac-7!x", Role::Supervisor).ok());
    EXPECT_EQ(add(QStringLiteral("hoang.anh"), "Hoang.Anh").error().code, ErrorCode::PasswordIsUserName);
    // counted in characters, not bytes: 7 Vietnamese letters are 7 characters
    EXPECT_EQ(add(QStringLiteral("cuong"), "ắằẳẵặấầ").error().code, ErrorCode::PasswordTooShort);
}

// The weakest password guards the whole site against an offline attack on copied files: every role's password must
// take about 10^10 guesses, counting the common Vietnamese passwords and the site's and the person's own names as the
// words tried first.
TEST_F(UserServiceTest, PasswordsEasyToGuessAreRefusedForEveryRole) {
    for (const char* weak : {"12345678", "password", "matkhau123", "anhyeuem", "anhyeuem2022", "emyeuanh99",
                             "1234567890", "qwertyuiop", "vietnam2022"}) {
        EXPECT_EQ(add(QStringLiteral("lan"), weak).error().code, ErrorCode::PasswordTooWeak) << weak;
        EXPECT_EQ(add(QStringLiteral("binh"), weak, Role::Supervisor).error().code,
                  std::string_view(weak).size() < 10 ? ErrorCode::PasswordTooShort : ErrorCode::PasswordTooWeak)
            << weak;
    }
    // The site's name and the person's own name are words an attacker tries first.
    auto admin = site.signInSupervisor();
    const NewAccount named{QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), Role::Volunteer,
                           secret("nguyenthilan1998")};
    EXPECT_EQ(UserService::addUser(*admin, named).error().code, ErrorCode::PasswordTooWeak);
    const NewAccount siteNamed{QStringLiteral("lan"), {}, Role::Volunteer, secret("phuongphucuong2022")};
    EXPECT_EQ(UserService::addUser(*admin, siteNamed).error().code, ErrorCode::PasswordTooWeak); // Phường Phú Cường
    EXPECT_TRUE(add(QStringLiteral("lan"), "hoa-sen-no-sang-41").ok());
}

TEST_F(UserServiceTest, UserNamesAreChecked) {
    for (const char* bad : {"", "ab", "1lan", "lan nguyen", "lân", "a-very-long-user-name-of-33-chars", "lan/x"}) {
        EXPECT_EQ(add(QString::fromUtf8(bad), "chim-en-bay-ve-17").error().code, ErrorCode::InvalidUserName) << bad;
    }
    ASSERT_TRUE(add(QStringLiteral("lan"), "hoa-sen-no-sang-41").ok());
    EXPECT_EQ(add(QStringLiteral("LAN"), "hoa-sen-no-sang-41").error().code, ErrorCode::UserExists);
}

TEST_F(UserServiceTest, VolunteersCannotManageAccounts) {
    ASSERT_TRUE(add(QStringLiteral("lan"), "hoa-sen-no-sang-41").ok());
    auto volunteer = site.signIn(QStringLiteral("lan"), "hoa-sen-no-sang-41");
    ASSERT_TRUE(volunteer);
    EXPECT_EQ(UserService::addUser(
                  *volunteer, NewAccount{QStringLiteral("mai"), {}, Role::Volunteer, secret("hang-me-ban-banh-52")})
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
    EXPECT_TRUE(UserService::setPassword(*volunteer, QStringLiteral("lan"), secret("cau-vong-sau-mua-11")).ok());
    EXPECT_TRUE(SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret("cau-vong-sau-mua-11")).ok());
    EXPECT_EQ(SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret("hoa-sen-no-sang-41")).error().code,
              ErrorCode::WrongPassword);
}

TEST_F(UserServiceTest, OfficeRolesAreNotCreatedAtTheCommune) {
    EXPECT_EQ(add(QStringLiteral("tinhdoan"), "co-do-sao-vang-bay-19", Role::Province).error().code,
              ErrorCode::NotPermitted);
}

TEST_F(UserServiceTest, RemovedAccountKeepsItsRowButLosesItsSlot) {
    ASSERT_TRUE(add(QStringLiteral("lan"), "hoa-sen-no-sang-41").ok());
    ASSERT_TRUE(UserService::removeUser(*admin, QStringLiteral("lan")).ok());
    auto users = UserService::listUsers(*admin);
    ASSERT_TRUE(users.ok());
    ASSERT_EQ(users->size(), 2u); // sorted by user name: giamsat, lan
    EXPECT_EQ(users->at(1).userName, QLatin1String("lan"));
    EXPECT_FALSE(users->at(1).active);
    EXPECT_EQ(SignIn().signIn(site.paths().database, QStringLiteral("lan"), secret("hoa-sen-no-sang-41")).error().code,
              ErrorCode::UnknownUser);
    EXPECT_EQ(UserService::removeUser(*admin, QStringLiteral("lan")).error().code, ErrorCode::UnknownUser);
    // the name stays taken: history refers to it
    EXPECT_EQ(add(QStringLiteral("lan"), "hoa-sen-no-sang-41").error().code, ErrorCode::UserExists);
}

TEST_F(UserServiceTest, LastSupervisorStays) {
    EXPECT_EQ(UserService::removeUser(*admin, QString::fromLatin1(TestSite::kSupervisor)).error().code,
              ErrorCode::NotPermitted);
    ASSERT_TRUE(add(QStringLiteral("pho.giamsat"), "nui-ba-den-mua-xuan-59", Role::Supervisor).ok());
    auto deputy = site.signIn(QStringLiteral("pho.giamsat"), "nui-ba-den-mua-xuan-59");
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
    auto user = add(QStringLiteral("lan"), "hoa-sen-no-sang-41");
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().code, ErrorCode::IoError);
    auto users = UserService::listUsers(*admin);
    ASSERT_TRUE(users.ok());
    EXPECT_EQ(users->size(), 1u);
}

TEST_F(UserServiceTest, CheckFindsADamagedSlotOfAnotherAccount) {
    ASSERT_TRUE(add(QStringLiteral("lan"), "hoa-sen-no-sang-41").ok());
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
