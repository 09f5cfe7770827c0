// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/platform/Files.h"
#include "tests/support/Fifo.h"

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

// What the keyring, the mark and every travelling file (bundles, receipts, welcomes, roster packages) are read with:
// a regular file or a link to one, never a FIFO (opening one waits for a writer for ever: `bundle import` hung on
// one), a device (/dev/zero was read up to the 256 MiB cap before being refused) or a folder.
TEST(FilesTest, OnlyARegularFileIsReadAndAFifoDoesNotHang) {
    using dc::core::platform::ReadFailure;
    using dc::core::platform::readSmallFile;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString regular = dir.filePath(QStringLiteral("a.bundle"));
    {
        QFile file(regular);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("bytes of a bundle");
    }
    const QString link = dir.filePath(QStringLiteral("link.bundle"));
    ASSERT_TRUE(QFile::link(regular, link));
    EXPECT_EQ(readSmallFile(regular, 1024).contents, QByteArray("bytes of a bundle"));
    EXPECT_EQ(readSmallFile(link, 1024).contents, QByteArray("bytes of a bundle"));

    const auto fromFifo = dc::test::readOfAFifo(dir.filePath(QStringLiteral("fifo.bundle")),
                                                [](const QString& path) { return readSmallFile(path, 1024); });
    ASSERT_TRUE(fromFifo.has_value()) << "reading a FIFO waited for a writer";
    ASSERT_TRUE(fromFifo->failure.has_value());
    EXPECT_EQ(*fromFifo->failure, ReadFailure::Unreadable);
    EXPECT_EQ(fromFifo->detail, QStringLiteral("not a regular file"));

    for (const QString& path : {QStringLiteral("/dev/zero"), dir.path()}) {
        const auto read = readSmallFile(path, 256 * 1024 * 1024);
        ASSERT_TRUE(read.failure.has_value()) << path.toStdString();
        EXPECT_EQ(*read.failure, ReadFailure::Unreadable) << path.toStdString();
        EXPECT_TRUE(read.contents.isEmpty());
    }
    EXPECT_EQ(readSmallFile(dir.filePath(QStringLiteral("none")), 1024).failure, ReadFailure::Missing);
}

// A report, a receipt or a bundle is never written over a FIFO, a device or a folder: the writers replace the target
// by a rename, and `report --output /dev/null` run as root put a report where the device had been. A FIFO stands
// for them here (a device node needs root); it stays a FIFO, and no temporary file is left beside it.
TEST(FilesTest, NothingIsWrittenOverAFifoOrAFolder) {
    namespace platform = dc::core::platform;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("report.csv"));
    ASSERT_TRUE(dc::test::makeFifo(fifo));
    const auto stillAFifo = [&] { return dc::test::isFifo(fifo); };
    EXPECT_FALSE(platform::replaceable(fifo));
    EXPECT_FALSE(platform::replaceable(dir.path()));
    EXPECT_TRUE(platform::replaceable(dir.filePath(QStringLiteral("new.csv"))));

    const auto written = platform::writeFileAtomically(fifo, QByteArray("a report"));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, dc::core::ErrorCode::IoError);
    EXPECT_TRUE(stillAFifo());
    EXPECT_FALSE(platform::writeFileAtomically(dir.path(), QByteArray("a report")).ok());

    const FileToWrite files[] = {{fifo, QByteArray("a receipt")}};
    EXPECT_EQ(platform::writeFilesAtomically(files), std::vector<bool>{false});
    EXPECT_TRUE(stillAFifo());

    const QString temporary = dir.filePath(QStringLiteral("report.xlsx.part"));
    {
        QFile file(temporary);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("a spreadsheet");
    }
    EXPECT_FALSE(platform::replaceFile(temporary, fifo).ok());
    EXPECT_TRUE(stillAFifo());
    EXPECT_FALSE(QFile::exists(temporary));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("report.csv")})
        << "no temporary file left beside the FIFO";
}

} // namespace
