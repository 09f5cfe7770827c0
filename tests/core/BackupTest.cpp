// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Backup and restore: the three files of a site, copied with SQLite's online backup, verified, owner-only; a restore
// checks everything before touching the target, keeps what was there, and is recorded.
#include "core/services/AuditService.h"
#include "core/services/BackupService.h"
#include "core/services/LogService.h"
#include "core/services/SignIn.h"
#include "core/store/Database.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace dc::core;
using dc::test::secret;
using dc::test::TestSite;

namespace {

class BackupTest : public ::testing::Test {
protected:
    TestSite site;
    qint64 book = site.addBook();

    void logSome(int from, int count) {
        auto pair = site.signInPair();
        for (int n = from; n < from + count; ++n) {
            CheckInput input;
            input.bookId = book;
            input.entryNumber = n;
            input.registrationDate = QStringLiteral("14/04/1998");
            input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
            ASSERT_TRUE(LogService::logCheck(*pair, input).ok());
        }
    }
};

TEST_F(BackupTest, ABackupIsTheWholeSiteVerifiedAndTheOwnersOnly) {
    logSome(1, 3);
    const QString usb = site.dir() + QStringLiteral("/usb");
    auto admin = site.signInSupervisor();
    auto done = BackupService::backup(*admin, usb);
    ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
    for (const QString& suffix : {QString(), QStringLiteral(".keyring"), QStringLiteral(".mark")}) {
        const QFileInfo file(done->databaseFile + suffix);
        ASSERT_TRUE(file.exists()) << suffix.toStdString();
        EXPECT_EQ(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                        QFileDevice::WriteOther),
                  QFileDevice::Permissions{})
            << suffix.toStdString();
    }
    EXPECT_GT(done->events, 0);
    // The copy is encrypted: none of its bytes spell a name that was logged.
    EXPECT_FALSE(dc::test::readAll(done->databaseFile).contains(QStringLiteral("Nguyễn Thị Hồng").toUtf8()));
    // Nothing is written over an earlier backup; a volunteer may not take one.
    EXPECT_EQ(BackupService::backup(*admin, usb).error().code, ErrorCode::IoError);
    auto volunteer = site.signIn(QStringLiteral("lan"), TestSite::kLanPassword);
    EXPECT_EQ(BackupService::backup(*volunteer, site.dir() + QStringLiteral("/usb2")).error().code,
              ErrorCode::NotPermitted);
}

TEST_F(BackupTest, ARestoreIsCheckedFirstKeepsWhatWasThereAndIsRecorded) {
    logSome(1, 2);
    const QString usb = site.dir() + QStringLiteral("/usb");
    {
        auto admin = site.signInSupervisor();
        ASSERT_TRUE(BackupService::backup(*admin, usb).ok());
    }
    logSome(3, 2); // work after the backup: the restore goes back before it
    const QByteArray current = dc::test::readAll(site.paths().database);

    // A wrong password or a damaged backup: refused, and the site untouched.
    EXPECT_EQ(BackupService::restore(usb, site.paths().database, QString::fromLatin1(TestSite::kSupervisor),
                                     secret("khong-dung-mat-khau"))
                  .error()
                  .code,
              ErrorCode::WrongPassword);
    const QString damaged = site.dir() + QStringLiteral("/damaged");
    QDir().mkpath(damaged);
    for (const QString& name : QDir(usb).entryList(QDir::Files)) {
        QFile::copy(usb + u'/' + name, damaged + u'/' + name);
    }
    const QString copy = damaged + u'/' + QFileInfo(site.paths().database).fileName();
    QByteArray bytes = dc::test::readAll(copy);
    bytes[bytes.size() - 700] = static_cast<char>(bytes[bytes.size() - 700] ^ 0x08);
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    dc::test::writeAll(copy, bytes);
    EXPECT_EQ(BackupService::restore(damaged, site.paths().database, QString::fromLatin1(TestSite::kSupervisor),
                                     secret(TestSite::kSupervisorPassword))
                  .error()
                  .code,
              ErrorCode::DatabaseCorrupt);
    EXPECT_EQ(dc::test::readAll(site.paths().database), current);

    auto restored = BackupService::restore(usb, site.paths().database, QString::fromLatin1(TestSite::kSupervisor),
                                           secret(TestSite::kSupervisorPassword));
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    auto progress = LogService::progress(*restored.value(), book);
    ASSERT_TRUE(progress.ok());
    EXPECT_EQ(progress->logged, 2);
    auto events =
        restored.value()->database().prepare("SELECT count(*) FROM audit_events WHERE action = 'site.restored'");
    ASSERT_TRUE(events.step());
    EXPECT_EQ(events.integer(0), 1);
    auto verify = AuditService::verify(*restored.value());
    ASSERT_TRUE(verify.ok());
    EXPECT_TRUE(verify->ok()) << verify->problem.toStdString();
    // What was there is kept beside it, never deleted.
    const QStringList aside = QDir(site.dir()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files);
    EXPECT_GE(aside.size(), 2);
}

} // namespace
