// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Losses that cannot go unnoticed: the audit chain's high-water mark beside the database. A restored older copy and
// a write-ahead log that lost committed frames are reported by `check` and `audit verify`, and logging waits for a
// supervisor to acknowledge; a checkpoint kept elsewhere catches a restore of every file together.
#include "core/services/AuditService.h"
#include "core/services/LogService.h"
#include "core/services/SiteCheck.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <gtest/gtest.h>

using namespace dc::core;
using dc::test::TestSite;

namespace {

class HighWaterMarkTest : public ::testing::Test {
protected:
    TestSite site;
    qint64 book = site.addBook(1, 9999);
    int next = 1;

    void logSome(Session& pair, int count) {
        for (int i = 0; i < count; ++i) {
            CheckInput input;
            input.bookId = book;
            input.entryNumber = next++;
            input.registrationDate = QStringLiteral("14/04/1998");
            input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
            ASSERT_TRUE(LogService::logCheck(pair, input).ok());
        }
    }
    // The site's files as they are now, kept aside (a backup on a USB stick, yesterday's copy).
    void keep(const QString& folder, bool withMark) {
        QDir().mkpath(folder);
        for (const QString& path : {site.paths().database, site.paths().keyring}) {
            QFile::remove(folder + u'/' + QFileInfo(path).fileName());
            ASSERT_TRUE(QFile::copy(path, folder + u'/' + QFileInfo(path).fileName()));
        }
        if (withMark) {
            const QString mark = folder + u'/' + QFileInfo(site.paths().mark).fileName();
            QFile::remove(mark);
            ASSERT_TRUE(QFile::copy(site.paths().mark, mark));
        }
    }
    void restore(const QString& folder, bool withMark) {
        QStringList paths{site.paths().database, site.paths().keyring};
        if (withMark) {
            paths.append(site.paths().mark);
        }
        for (const QString& path : paths) {
            QFile::remove(path);
            ASSERT_TRUE(QFile::copy(folder + u'/' + QFileInfo(path).fileName(), path));
        }
    }
};

TEST_F(HighWaterMarkTest, ARestoredOlderCopyIsNoticedAndLoggingWaitsForASupervisor) {
    const QString yesterday = site.dir() + QStringLiteral("/yesterday");
    {
        auto pair = site.signInPair();
        logSome(*pair, 2);
    } // the session's end raises the mark
    keep(yesterday, false);
    {
        auto pair = site.signInPair();
        logSome(*pair, 3);
    }
    restore(yesterday, false); // yesterday's database and keyring, today's mark

    auto pair = site.signInPair();
    CheckInput input;
    input.bookId = book;
    input.entryNumber = 3;
    input.registrationDate = QStringLiteral("14/04/1998");
    input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    EXPECT_EQ(LogService::logCheck(*pair, input).error().code, ErrorCode::ChainBehindMark);
    auto admin = site.signInSupervisor();
    auto check = checkSite(*admin);
    ASSERT_TRUE(check.ok());
    EXPECT_FALSE(check->ok());
    EXPECT_FALSE(check->chainProblems.isEmpty());
    auto verify = AuditService::verify(*admin);
    ASSERT_TRUE(verify.ok());
    EXPECT_FALSE(verify->ok());
    EXPECT_EQ(verify->mark, AuditReport::Mark::Behind);
    EXPECT_EQ(AuditService::closeDay(*admin, true).error().code, ErrorCode::ChainBehindMark);
    // Only a supervisor acknowledges, and it is recorded.
    EXPECT_EQ(AuditService::acknowledgeMark(*pair).error().code, ErrorCode::NotPermitted);
    ASSERT_TRUE(AuditService::acknowledgeMark(*admin).ok());
    auto events = admin->database().prepare("SELECT count(*) FROM audit_events WHERE action = 'audit.acknowledged'");
    ASSERT_TRUE(events.step());
    EXPECT_EQ(events.integer(0), 1);
    pair.reset();
    auto again = site.signInPair();
    EXPECT_TRUE(LogService::logCheck(*again, input).ok());
    EXPECT_TRUE(AuditService::verify(*admin)->ok());
}

// A crash leaves committed checks in the write-ahead log; one flipped bit there makes SQLite drop that frame and
// every frame after it, silently. The mark, raised after the saves, says the chain was longer.
TEST_F(HighWaterMarkTest, ADamagedWriteAheadLogIsNoticed) {
    auto pair = site.signInPair();
    logSome(*pair, 4);
    QThread::msleep(1100); // settling raises the mark at most once a second
    LogService::settle(*pair);
    // The files as a crash would leave them: the database and its log, the log holding the last commits.
    const QString wal = site.paths().database + QStringLiteral("-wal");
    ASSERT_GT(QFileInfo(wal).size(), 32 + 4096);
    const QByteArray database = dc::test::readAll(site.paths().database);
    QByteArray log = dc::test::readAll(wal);
    pair.reset();
    log[32 + 24 + 100] = static_cast<char>(log[32 + 24 + 100] ^ 0x01); // inside the first frame's page
    QFile::remove(site.paths().database + QStringLiteral("-shm"));
    dc::test::writeAll(site.paths().database, database);
    dc::test::writeAll(wal, log);

    auto admin = site.signInSupervisor();
    auto check = checkSite(*admin);
    ASSERT_TRUE(check.ok());
    EXPECT_FALSE(check->chainProblems.isEmpty()) << "lost frames went unnoticed";
    EXPECT_EQ(AuditService::verify(*admin)->mark, AuditReport::Mark::Behind);
}

TEST_F(HighWaterMarkTest, ADamagedMarkIsReportedAndWaitsForASupervisor) {
    {
        auto pair = site.signInPair();
        logSome(*pair, 2);
    }
    QByteArray mark = dc::test::readAll(site.paths().mark);
    ASSERT_FALSE(mark.isEmpty());
    const qsizetype at = mark.indexOf("\"seq\":") + 6;
    mark[at] = mark[at] == '9' ? '8' : '9';
    dc::test::writeAll(site.paths().mark, mark);
    auto admin = site.signInSupervisor();
    auto verify = AuditService::verify(*admin);
    ASSERT_TRUE(verify.ok());
    EXPECT_EQ(verify->mark, AuditReport::Mark::Damaged);
    EXPECT_FALSE(verify->ok());
    ASSERT_TRUE(AuditService::acknowledgeMark(*admin).ok());
    EXPECT_TRUE(AuditService::verify(*admin)->ok());
}

// Every file of the site restored together, the mark included: only a copy held elsewhere can tell.
TEST_F(HighWaterMarkTest, ACheckpointKeptElsewhereCatchesARestoreOfEveryFile) {
    const QString before = site.dir() + QStringLiteral("/before");
    {
        auto pair = site.signInPair();
        logSome(*pair, 2);
    }
    keep(before, true);
    const QString usb = site.dir() + QStringLiteral("/usb-checkpoint.txt");
    {
        auto pair = site.signInPair();
        logSome(*pair, 2);
        pair.reset();
        auto admin = site.signInSupervisor();
        auto closed = AuditService::closeDay(*admin);
        ASSERT_TRUE(closed.ok()) << closed.error().detail.toStdString();
        ASSERT_TRUE(AuditService::saveCheckpoint(closed->checkpoint, usb).ok());
    }
    restore(before, true);
    auto admin = site.signInSupervisor();
    auto plain = AuditService::verify(*admin);
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(plain->ok()) << "without a copy held elsewhere, a restore of every file is invisible";
    auto compared = AuditService::verify(*admin, dc::test::readAll(usb));
    ASSERT_TRUE(compared.ok());
    EXPECT_FALSE(compared->ok());
    EXPECT_EQ(compared->checkpointMatches, false);
    EXPECT_TRUE(compared->problem.contains(QLatin1String("before the checkpoint"))) << compared->problem.toStdString();
}

TEST_F(HighWaterMarkTest, TheDayDoesNotCloseOverADamagedDatabase) {
    {
        auto pair = site.signInPair();
        logSome(*pair, 30);
    }
    QByteArray bytes = dc::test::readAll(site.paths().database);
    ASSERT_GT(bytes.size(), 4096 * 4);
    const qsizetype at = bytes.size() - 4096 + 500; // the last page, not page 1
    bytes[at] = static_cast<char>(bytes[at] ^ 0x20);
    dc::test::writeAll(site.paths().database, bytes);
    auto admin = site.signInSupervisor();
    ASSERT_TRUE(admin);
    const auto closed = AuditService::closeDay(*admin, true);
    ASSERT_FALSE(closed.ok());
    EXPECT_EQ(closed.error().code, ErrorCode::DatabaseCorrupt);
    auto checkpoints = AuditService::verify(*admin);
    if (checkpoints.ok()) {
        EXPECT_EQ(checkpoints->checkpoints, 0);
    }
}

} // namespace
