// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/Accounts.h"
#include "tests/support/TestSite.h"

#include <gtest/gtest.h>

using dc::core::ErrorCode;
using dc::test::secret;

namespace {

std::string bytesOf(const dc::crypto::SecureBuffer& b) {
    return std::string(b.chars());
}

TEST(AccountsTest, PasswordIsNormalizedToNfc) {
    const QString nfc = QStringLiteral("Hòa-Bình-Đức");
    const QByteArray nfd = nfc.normalized(QString::NormalizationForm_D).toUtf8();
    auto a = dc::core::normalizedPassword(secret(nfc.toStdString()));
    auto b =
        dc::core::normalizedPassword(secret(std::string_view(nfd.constData(), static_cast<std::size_t>(nfd.size()))));
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(bytesOf(a.value()), bytesOf(b.value()));
    EXPECT_EQ(bytesOf(a.value()), nfc.toStdString());
}

TEST(AccountsTest, InvalidPasswordsAreRefusedNotCrashed) {
    EXPECT_EQ(dc::core::normalizedPassword(secret("abc\xff\xfe-def")).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(dc::core::normalizedPassword(secret(std::string_view("abc\0def", 7))).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(dc::core::normalizedPassword(secret("tab\tinside")).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(dc::core::normalizedPassword(secret(std::string(5000, 'a'))).error().code, ErrorCode::InvalidInput);
}

TEST(AccountsTest, TakePasswordWipesTheString) {
    QString typed = QStringLiteral("mật-khẩu-bí-mật");
    auto taken = dc::core::takePassword(typed);
    ASSERT_TRUE(taken.ok());
    EXPECT_TRUE(typed.isEmpty());
    EXPECT_EQ(bytesOf(taken.value()), QStringLiteral("mật-khẩu-bí-mật").toStdString());
}

TEST(AccountsTest, PasswordMustNotBeTheUserNameEvenWithToneMarks) {
    EXPECT_EQ(dc::core::checkPasswordRules(dc::core::Role::Volunteer, QStringLiteral("nguyenlan"), secret("NguyễnLan"))
                  .error()
                  .code,
              ErrorCode::PasswordIsUserName);
    EXPECT_TRUE(
        dc::core::checkPasswordRules(dc::core::Role::Volunteer, QStringLiteral("nguyenlan"), secret("NguyễnLan1"))
            .ok());
}

TEST(AccountsTest, DisplayNamesAreNormalized) {
    const QString nfd = QStringLiteral("Nguyễn   Thị  Lan").normalized(QString::NormalizationForm_D);
    auto name = dc::core::normalizedDisplayName(nfd);
    ASSERT_TRUE(name.ok());
    EXPECT_EQ(name.value(), QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_FALSE(dc::core::normalizedDisplayName(QStringLiteral("Lan\u0007")).ok());
    EXPECT_FALSE(dc::core::normalizedDisplayName(QString(101, u'a')).ok());
}

TEST(AccountsTest, RolesRoundTrip) {
    for (auto role :
         {dc::core::Role::Volunteer, dc::core::Role::Supervisor, dc::core::Role::District, dc::core::Role::Province}) {
        EXPECT_EQ(dc::core::roleFromKey(dc::core::roleKey(role)), role);
    }
    EXPECT_FALSE(dc::core::roleFromKey(QStringLiteral("admin")));
}

} // namespace
