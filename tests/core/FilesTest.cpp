// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/platform/Files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using dc::core::platform::FileToWrite;

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// The hub's receipts are written together (issue 13): each file lands whole, replaces an older one, is readable by
// its owner only; a file that cannot be written is reported and leaves nothing behind, and the others still land.
TEST(FilesTest, SeveralFilesAreWrittenTogetherAndAFailureLeavesNothing) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("a.receipt"));
    const QString second = dir.filePath(QStringLiteral("b.receipt"));
    {
        QFile old(second);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const FileToWrite files[] = {
        {first, QByteArray("first receipt")},
        {dir.filePath(QStringLiteral("no-such-folder/c.receipt")), QByteArray("lost")},
        {second, QByteArray(100000, 'b')},
    };
    const std::vector<bool> written = dc::core::platform::writeFilesAtomically(files);
    EXPECT_EQ(written, (std::vector<bool>{true, false, true}));
    EXPECT_EQ(contentsOf(first), QByteArray("first receipt"));
    EXPECT_EQ(contentsOf(second), QByteArray(100000, 'b'));
    EXPECT_EQ(QFileInfo(first).permissions() &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
              (QStringList{QStringLiteral("a.receipt"), QStringLiteral("b.receipt")})); // no temporary file left
    EXPECT_TRUE(dc::core::platform::writeFilesAtomically({}).empty());
}

} // namespace
