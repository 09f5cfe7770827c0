// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SiteSetup.h"
#include "core/keyring/KeyringFile.h"
#include "core/services/SignIn.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using dc::core::ErrorCode;
using dc::core::SiteSetupRequest;
using dc::test::secret;

namespace {

SiteSetupRequest request(const QString& path, std::string_view password = "song-sai-gon-chay-mai-7") {
    SiteSetupRequest r;
    r.databasePath = path;
    r.siteName = QStringLiteral("  Xã   Thanh Tuyền ");
    r.adminUserName = QStringLiteral("giamsat");
    r.adminPassword = secret(password);
    r.kdf = dc::crypto::kArgon2Floor;
    return r;
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

TEST(SiteSetupTest, CreatesDatabaseKeyringAndPrivateFiles) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xa.db"));
    auto outcome = dc::core::createSite(request(path));
    ASSERT_TRUE(outcome.ok()) << outcome.error().detail.toStdString();
    EXPECT_EQ(filesIn(dir.path()), (QStringList{QStringLiteral("xa.db"), QStringLiteral("xa.db.keyring")}));
    for (const QString& file : {path, path + QStringLiteral(".keyring")}) {
        EXPECT_EQ(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0)
            << file.toStdString();
    }
    auto ring = dc::core::keyring::loadKeyring(path + QStringLiteral(".keyring"));
    ASSERT_TRUE(ring.ok());
    EXPECT_EQ(ring->siteName, QStringLiteral("Xã Thanh Tuyền"));
    EXPECT_EQ(ring->databaseId, outcome->databaseId);
    auto session = dc::core::SignIn().signIn(path, QStringLiteral("giamsat"), secret("song-sai-gon-chay-mai-7"));
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session.value()->databaseId(), outcome->databaseId);
}

TEST(SiteSetupTest, NeverReplacesAnExistingSite) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xa.db"));
    ASSERT_TRUE(dc::core::createSite(request(path)).ok());
    const QByteArray db = dc::test::readAll(path);
    const QByteArray ring = dc::test::readAll(path + QStringLiteral(".keyring"));
    auto again = dc::core::createSite(request(path));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::DatabaseExists);
    EXPECT_EQ(dc::test::readAll(path), db);
    EXPECT_EQ(dc::test::readAll(path + QStringLiteral(".keyring")), ring);

    // a keyring alone also blocks
    QTemporaryDir other;
    dc::test::writeAll(other.filePath(QStringLiteral("xa.db.keyring")), "{}");
    EXPECT_EQ(dc::core::createSite(request(other.filePath(QStringLiteral("xa.db")))).error().code,
              ErrorCode::DatabaseExists);
}

TEST(SiteSetupTest, BadInputLeavesNothingOnDisk) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xa.db"));
    EXPECT_EQ(dc::core::createSite(request(path, "short")).error().code, ErrorCode::PasswordTooShort);
    auto badName = request(path);
    badName.adminUserName = QStringLiteral("giám sát");
    EXPECT_EQ(dc::core::createSite(std::move(badName)).error().code, ErrorCode::InvalidUserName);
    auto noSite = request(path);
    noSite.siteName = QStringLiteral("   ");
    EXPECT_EQ(dc::core::createSite(std::move(noSite)).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(dc::core::createSite(request(dir.filePath(QStringLiteral("missing/xa.db")))).error().code,
              ErrorCode::IoError);
    EXPECT_TRUE(filesIn(dir.path()).isEmpty()) << filesIn(dir.path()).join(u' ').toStdString();
}

TEST(SiteSetupTest, WeakKdfParametersAreRaisedToTheFloor) {
    QTemporaryDir dir;
    auto r = request(dir.filePath(QStringLiteral("xa.db")));
    r.kdf = dc::crypto::Argon2Params{1024, 1, 1};
    auto outcome = dc::core::createSite(std::move(r));
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome->kdf, dc::crypto::kArgon2Floor);
}

// The disk fills up at some point of the set-up (a file-size limit in a child process makes every write past
// it fail, as a full disk would). Whatever the point, the set-up either completes or leaves nothing behind.
class FullDiskTest : public ::testing::TestWithParam<int> {};

TEST_P(FullDiskTest, SetUpCompletesOrLeavesNothing) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xa.db"));
    const int limitBytes = GetParam();
    const int exitCode =
        dc::test::runFaultAgent({QStringLiteral("init"), path, QString::number(limitBytes)}); // see FaultAgent.cpp
    EXPECT_TRUE(exitCode == 0 || exitCode == 3) << exitCode;
    const QStringList files = filesIn(dir.path());
    if (files.isEmpty()) {
        return; // failed cleanly
    }
    EXPECT_EQ(files, (QStringList{QStringLiteral("xa.db"), QStringLiteral("xa.db.keyring")}));
    EXPECT_TRUE(dc::core::SignIn().signIn(path, QStringLiteral("giamsat"), secret("song-sai-gon-chay-mai-7")).ok());
}

INSTANTIATE_TEST_SUITE_P(Limits, FullDiskTest, ::testing::Values(1024, 4096, 8192, 20000, 40000, 1 << 20));

} // namespace
