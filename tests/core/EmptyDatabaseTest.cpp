// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// An empty or truncated database file is not a site: SQLite would take an empty file for a new database and set it
// up in place. It is refused before SQLite opens it, as damage, and nothing is written to it or beside it.
#include "core/services/SignIn.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "crypto/Random.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using dc::core::ErrorCode;
using dc::core::store::Database;
using dc::core::store::StoreError;

namespace {

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

class EmptyDatabaseTest : public ::testing::TestWithParam<int> {};

// 0 bytes, a few bytes, and one byte short of the 4096-byte page.
TEST_P(EmptyDatabaseTest, IsRefusedAndLeftAsItWas) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xa.db"));
    const QByteArray contents(GetParam(), '\0');
    dc::test::writeAll(path, contents);
    try {
        Database db = Database::open(path, dc::crypto::randomSecret(32));
        FAIL() << "a " << GetParam() << "-byte file was opened as a site database";
    } catch (const StoreError& e) {
        EXPECT_TRUE(e.isUnreadable());
        EXPECT_NE(std::string(e.what()).find("empty or shorter than one page"), std::string::npos) << e.what();
    }
    EXPECT_EQ(dc::test::readAll(path), contents);
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("xa.db")}) << "no -wal or -shm beside it";
}
INSTANTIATE_TEST_SUITE_P(Sizes, EmptyDatabaseTest, ::testing::Values(0, 100, 4095));

TEST(EmptyDatabaseSiteTest, SignInToATruncatedSiteIsRefusedAsDamageAndWritesNothing) {
    const dc::test::TestSite site;
    ASSERT_TRUE(QFile::resize(site.paths().database, 0));
    QFile::remove(site.paths().database + QStringLiteral("-wal"));
    QFile::remove(site.paths().database + QStringLiteral("-shm"));
    const QStringList before = filesIn(site.dir());

    auto session =
        dc::core::SignIn().signIn(site.paths().database, QString::fromLatin1(dc::test::TestSite::kSupervisor),
                                  dc::test::secret(dc::test::TestSite::kSupervisorPassword));
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_TRUE(session.error().detail.contains(QStringLiteral("empty or shorter than one page")))
        << session.error().detail.toStdString();
    EXPECT_EQ(QFileInfo(site.paths().database).size(), 0);
    EXPECT_EQ(filesIn(site.dir()), before);
}

// The floor above is safe: a freshly set-up site's file already holds its first page.
TEST(EmptyDatabaseSiteTest, ANewSiteIsAtLeastOnePage) {
    const dc::test::TestSite site;
    EXPECT_GE(QFileInfo(site.paths().database).size(), 4096);
    EXPECT_TRUE(site.signInSupervisor());
}

} // namespace
