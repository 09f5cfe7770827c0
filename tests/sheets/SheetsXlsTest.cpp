// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// XLS (BIFF8) lists through freexl: the committed fixture (data/names.xls, made once with LibreOffice from
// data/names.fods) — text, dates, numbers, a column typed in VNI-Times, only the first sheet — and the refusals.
#include "SheetsExpect.h"
#include "SheetsTestData.h"

#include "core/sheets/Table.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dc::core;
using namespace dc::core::sheets;
using namespace dc::test::sheets;

namespace {

// What every refusal of the XLS reader says.
const QString kXlsRefused = QStringLiteral("XLS file is refused");

QByteArray fixture(const char* name = "names.xls") {
    QFile file(QStringLiteral(DOICHIEU_SHEETS_DATA "/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST(SheetsXls, TheFirstSheetComesBackAsUnicodeTextWithDatesAndTheVniColumnRecovered) {
    auto table = readTable(QStringLiteral(DOICHIEU_SHEETS_DATA "/names.xls"));
    ASSERT_TRUE(table.ok()) << table.error().detail.toStdString();
    EXPECT_EQ(table->format, QStringLiteral("xls"));
    EXPECT_EQ(table->encoding, QStringLiteral("vni"));
    const std::vector<QStringList> expected = {
        {QStringLiteral("Họ và tên"), QStringLiteral("Ngày sinh"), QStringLiteral("Huyện"), QStringLiteral("Số CCCD"),
         QStringLiteral("Ho ten (VNI-Times)")},
        {QStringLiteral("Nguyễn Thị Ánh Tuyết"), "12/03/2001", QStringLiteral("Dầu Tiếng"), "74301000123",
         QStringLiteral("Nguyễn Thị Ánh Tuyết")},
        {QStringLiteral("Trần Văn Đức"), "01/11/1999", QStringLiteral("Bắc Tân Uyên"), "74099000456",
         QStringLiteral("Trần Văn Đức")},
        {QStringLiteral("Lê Thị Hoà"), "30/06/2004", QStringLiteral("Dầu Tiếng"), "74304000789",
         QStringLiteral("Lê Thị Hoà")},
        {QStringLiteral("Phạm Quốc Khánh"), "05/09/2000", QStringLiteral("Thủ Dầu Một"), "74200000321",
         QStringLiteral("Phạm Quốc Khánh")},
    };
    EXPECT_EQ(table->rows, expected);
    // The same bytes handed over directly read the same.
    auto fromBytes = readTable(fixture());
    ASSERT_TRUE(fromBytes.ok());
    EXPECT_EQ(fromBytes->rows, expected);
}

TEST(SheetsXls, DamagedWorkbooksAreRefused) {
    expectRefused(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\x7F'), kXlsRefused);
    const QByteArray good = fixture();
    expectRefused(good.left(good.size() / 2), kXlsRefused);
    expectRefused(good.left(512), kXlsRefused);
}

TEST(SheetsXls, ColumnsAndCellsBeyondTheBoundsAreRefused) {
    // Made once with LibreOffice from data/wide.fods (201 columns in row 2) and data/longcell.fods (2,100 characters).
    expectRefused(fixture("wide.xls"), QStringLiteral("row 2 has more than 200 columns"));
    expectRefused(fixture("longcell.xls"), QStringLiteral("row 2, column 2: a cell longer than 2000 characters"));
}

// The committed fixture with its first sheet's first text cell moved down to `row` (0-based) and the sheet's
// DIMENSIONS record grown to hold it: a sheet whose rows reach that far, made here rather than committed (a real
// 20,001-row workbook would be megabytes). The first sheet's records lie in consecutive sectors of the file.
namespace {

QByteArray movedToRow(quint32 row) {
    QByteArray bytes = fixture();
    const auto u16 = [&](qsizetype at) {
        return quint16(quint8(bytes[at])) | quint16(quint16(quint8(bytes[at + 1])) << 8);
    };
    const auto put = [&](qsizetype at, quint32 value, int width) {
        for (int i = 0; i < width; ++i)
            bytes[at + i] = char((value >> (8 * i)) & 0xFF);
    };
    const qsizetype dimensions = bytes.indexOf(QByteArray("\x00\x02\x0e\x00", 4)); // type 0x0200, 14 bytes
    EXPECT_GT(dimensions, 0);
    if (dimensions <= 0)
        return {};
    put(dimensions + 8, row + 1, 4); // rwMac: one past the last row
    qsizetype at = dimensions;
    for (int records = 0; records < 64 && at + 4 < bytes.size(); ++records) {
        const quint16 type = u16(at);
        const quint16 length = u16(at + 2);
        if (type == 0x00FD) { // LABELSST: row, column, format, string index
            put(at + 4, row, 2);
            return bytes;
        }
        at += 4 + length;
    }
    ADD_FAILURE() << "no text cell after the first DIMENSIONS record";
    return {};
}

} // namespace

TEST(SheetsXls, ASheetBeyondTheRowLimitIsRefused) {
    // At the limit: read, the moved cell on the last row allowed.
    auto atLimit = readTable(movedToRow(kMaxTableRows - 1));
    ASSERT_TRUE(atLimit.ok()) << atLimit.error().detail.toStdString();
    ASSERT_EQ(atLimit->rows.size(), std::size_t(kMaxTableRows));
    EXPECT_FALSE(atLimit->rows.back().isEmpty());
    // One row further: refused as a whole, never truncated, naming the limit and no cell's content.
    expectRefused(movedToRow(kMaxTableRows), QStringLiteral("more than %1 rows").arg(kMaxTableRows));
}

TEST(SheetsXls, FlippedBytesNeverCrash) {
    // Every 13th byte of the fixture flipped in turn (about 550 damaged copies): each one is read whole or
    // refused as invalid input, never a crash.
    const QByteArray good = fixture();
    for (qsizetype at = 8; at < good.size(); at += 13) {
        QByteArray damaged = good;
        damaged[at] = char(damaged[at] ^ 0x5A);
        auto table = readTable(damaged);
        if (!table.ok()) {
            EXPECT_EQ(table.error().code, ErrorCode::InvalidInput) << at;
        }
    }
}

// freexl runs in a process of its own (core/sheets/XlsReaderMain.cpp). Whatever that process does — dies on a signal,
// answers garbage, places a cell beyond the bounds, is missing — the list is refused with a clear reason and this
// process carries on. Each case stands a small shell script in for the reader (DOICHIEU_XLS_READER).
class SheetsXlsReader : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QByteArray saved = qgetenv("DOICHIEU_XLS_READER");

    void useReader(const QByteArray& script) {
        const QString path = dir.filePath(QStringLiteral("reader.sh"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n" + script + "\n");
        file.close();
        ASSERT_TRUE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        qputenv("DOICHIEU_XLS_READER", QFile::encodeName(path));
    }
    void TearDown() override { qputenv("DOICHIEU_XLS_READER", saved); }
};

TEST_F(SheetsXlsReader, AReaderThatDiesOnASignalIsARefusal) {
    useReader("cat > /dev/null; printf DCX1; kill -SEGV $$");
    expectRefused(fixture(), QStringLiteral("stopped on it"));
}

TEST_F(SheetsXlsReader, AReaderThatAnswersGarbageIsARefusal) {
    useReader("cat > /dev/null; printf 'PK\\003\\004 not what was asked'");
    expectRefused(fixture(), QStringLiteral("answered something else"));
    useReader("cat > /dev/null; printf 'DCX1Z'");
    expectRefused(fixture(), QStringLiteral("answered something else"));
}

TEST_F(SheetsXlsReader, AReaderThatEndsWithoutItsEndMarkIsARefusal) {
    useReader("cat > /dev/null; printf 'DCX1'"); // no 'E': it stopped half way
    expectRefused(fixture(), QStringLiteral("stopped on it"));
}

TEST_F(SheetsXlsReader, ACellItPlacesBeyondTheBoundsIsRefusedHere) {
    // 'C', row 20000 (one past the last row allowed), column 0, an int.
    useReader("cat > /dev/null; printf 'DCX1C\\040\\116\\000\\000\\000\\000\\001\\007\\000\\000\\000E\\000'");
    auto table = readTable(fixture());
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(table.error().detail.contains(QStringLiteral("rows"))) << table.error().detail.toStdString();
    // a text cell longer than any cell may be, announced by its length alone
    useReader("cat > /dev/null; printf 'DCX1C\\000\\000\\000\\000\\000\\000\\003\\377\\377\\377\\000'");
    table = readTable(fixture());
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
}

TEST_F(SheetsXlsReader, AMissingReaderIsAnIoErrorThatSaysWhatToDo) {
    qputenv("DOICHIEU_XLS_READER", QFile::encodeName(dir.filePath(QStringLiteral("no-such-reader"))));
    auto table = readTable(fixture());
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().code, ErrorCode::IoError);
}

TEST_F(SheetsXlsReader, ItsEnvironmentHoldsNothingOfThisProcesss) {
    qputenv("DOICHIEU_SECRET_CANARY", "1");
    // The reader answers a one-cell sheet holding its environment's variable count, as an int.
    useReader("cat > /dev/null; n=$(env | grep -c CANARY); printf 'DCX1C\\000\\000\\000\\000\\000\\000\\001'; "
              "printf \"\\\\$(printf %03o $n)\\\\000\\\\000\\\\000E\\\\000\"");
    auto table = readTable(fixture());
    qunsetenv("DOICHIEU_SECRET_CANARY");
    ASSERT_TRUE(table.ok()) << table.error().detail.toStdString();
    ASSERT_EQ(table->rows.size(), 1u);
    EXPECT_EQ(table->rows[0].value(0), QStringLiteral("0"));
}
