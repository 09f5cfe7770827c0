// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// CSV and text lists: separators, RFC 4180 quoting, line ends, BOMs, every encoding (made here from Unicode text
// and read from the committed fixtures), NFC cells, and every refusal — which never names a cell's content.
#include "SheetsExpect.h"
#include "SheetsTestData.h"

#include "core/sheets/Table.h"
#include "tests/support/Fifo.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dc::core;
using namespace dc::core::sheets;
using namespace dc::test::sheets;

namespace {

QByteArray utf16(const QString& text, bool littleEndian) {
    QStringEncoder encoder(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE);
    return QByteArray(littleEndian ? "\xFF\xFE" : "\xFE\xFF") + QByteArray(encoder.encode(text));
}

} // namespace

TEST(SheetsCsv, CommaSeparatedUtf8ComesBackCellByCell) {
    const Table table = readOk(namesCsv().toUtf8());
    EXPECT_EQ(table.format, QStringLiteral("csv"));
    EXPECT_EQ(table.encoding, QStringLiteral("utf-8"));
    EXPECT_EQ(table.rows, namesRows());
}

TEST(SheetsCsv, SemicolonAndTabSeparatorsAreDetected) {
    EXPECT_EQ(readOk(namesCsv(QLatin1Char(';')).toUtf8()).rows, namesRows());
    EXPECT_EQ(readOk(namesCsv(QLatin1Char('\t')).toUtf8()).rows, namesRows());
    // A comma inside cells of a semicolon list does not fool the detection.
    const Table table = readOk("Họ và tên;Ghi chú\nLê Thị Hoà;Ở ký túc xá, học ngành y, năm ba\n"_qba);
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[1],
              QStringList({QStringLiteral("Lê Thị Hoà"), QStringLiteral("Ở ký túc xá, học ngành y, năm ba")}));
}

TEST(SheetsCsv, ExcelsSeparatorHintIsHonouredAndDropped) {
    // "sep=;" on the first line: the separator named, the line no row (row 1 is the header after it).
    const Table table = readOk("sep=;\r\n" + namesCsv(QLatin1Char(';')).toUtf8());
    EXPECT_EQ(table.rows, namesRows());
    EXPECT_EQ(readOk("sep=,\nHo ten;Ghi chu\nAn;a, b\n"_qba).rows,
              (std::vector<QStringList>{{"Ho ten;Ghi chu"}, {"An;a", " b"}}));
}

TEST(SheetsCsv, LfCrlfAndCrLineEndsAllEndARow) {
    for (const QString& eol : {QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\r")})
        EXPECT_EQ(readOk(namesCsv(QLatin1Char(','), eol).toUtf8()).rows, namesRows());
    // The last row without a line end still counts.
    EXPECT_EQ(readOk("a,b\nc,d"_qba).rows, (std::vector<QStringList>{{"a", "b"}, {"c", "d"}}));
}

TEST(SheetsCsv, QuotedCellsKeepSeparatorsQuotesAndLineBreaks) {
    const QByteArray bytes = "Họ và tên,Địa chỉ,Ghi chú\r\n"
                             "\"Trần Văn Đức\",\"Ấp 3, xã Định An\",\"Nói \"\"được\"\"\r\nhai dòng\"\r\n"
                             "\"\",,\"\"\"\"\r\n"_qba;
    const Table table = readOk(bytes);
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(table.rows[1], QStringList({QStringLiteral("Trần Văn Đức"), QStringLiteral("Ấp 3, xã Định An"),
                                          QStringLiteral("Nói \"được\"\r\nhai dòng")}));
    EXPECT_EQ(table.rows[2], QStringList({QString(), QString(), QStringLiteral("\"")}));
}

TEST(SheetsCsv, TrailingEmptyRowsAreDroppedAndInnerOnesKept) {
    const Table table = readOk("a,b\n\n,\nc,d\n\n,,\n\n"_qba);
    EXPECT_EQ(table.rows, (std::vector<QStringList>{{"a", "b"}, {}, {}, {"c", "d"}}));
    EXPECT_TRUE(readOk(QByteArray()).rows.empty());
    EXPECT_TRUE(readOk("\n\n,,\n"_qba).rows.empty());
}

TEST(SheetsCsv, ByteOrderMarksDecideTheEncoding) {
    const QString text = namesCsv(QLatin1Char('\t'));
    Table bom8 = readOk("\xEF\xBB\xBF" + text.toUtf8());
    EXPECT_EQ(bom8.encoding, QStringLiteral("utf-8"));
    EXPECT_EQ(bom8.rows, namesRows());
    for (const bool le : {true, false}) {
        const Table table = readOk(utf16(text, le)); // Excel's "Unicode text": UTF-16 LE, tab separated
        EXPECT_EQ(table.encoding, QStringLiteral("utf-16"));
        EXPECT_EQ(table.rows, namesRows());
    }
}

TEST(SheetsCsv, EveryLegacyEncodingIsReadAsUnicode) {
    for (const QString& encoding :
         {QStringLiteral("windows-1258"), QStringLiteral("viscii"), QStringLiteral("tcvn3"), QStringLiteral("vni")}) {
        const Table table = readOk(encodeAs(namesCsv(QLatin1Char(';')), encoding));
        EXPECT_EQ(table.encoding, encoding);
        EXPECT_EQ(table.rows, namesRows()) << encoding.toStdString();
    }
    const Table ascii = readOk("Ho va ten,Ngay sinh\r\nNguyen Van An,01/01/2000\r\n"_qba);
    EXPECT_EQ(ascii.encoding, QStringLiteral("ascii"));
    EXPECT_EQ(ascii.rows[1][0], QStringLiteral("Nguyen Van An"));
}

TEST(SheetsCsv, TheCommittedFixturesReadAsTheirUnicodeText) {
    // tests/sheets/data: one small list per encoding, made once and checked by eye (data/README.md).
    const std::vector<std::pair<QString, QString>> fixtures = {
        {QStringLiteral("names-utf8.csv"), QStringLiteral("utf-8")},
        {QStringLiteral("names-utf8-bom.csv"), QStringLiteral("utf-8")},
        {QStringLiteral("names-utf16le.txt"), QStringLiteral("utf-16")},
        {QStringLiteral("names-cp1258.csv"), QStringLiteral("windows-1258")},
        {QStringLiteral("names-viscii.csv"), QStringLiteral("viscii")},
        {QStringLiteral("names-tcvn3.csv"), QStringLiteral("tcvn3")},
        {QStringLiteral("names-vni.csv"), QStringLiteral("vni")},
        {QStringLiteral("names-ascii.csv"), QStringLiteral("ascii")},
    };
    for (const auto& [file, encoding] : fixtures) {
        auto table = readTable(QStringLiteral(DOICHIEU_SHEETS_DATA "/") + file);
        ASSERT_TRUE(table.ok()) << file.toStdString();
        EXPECT_EQ(table->encoding, encoding) << file.toStdString();
        if (encoding == u"ascii") {
            EXPECT_EQ(table->rows[1][0], QStringLiteral("Nguyen Thi Anh Tuyet"));
            continue;
        }
        EXPECT_EQ(table->rows, namesRows()) << file.toStdString();
    }
}

TEST(SheetsCsv, EveryCellIsNfc) {
    // Decomposed UTF-8 (NFD) and a precomposed vowel followed by a combining tone both come back composed.
    const QString nfd = namesCsv().normalized(QString::NormalizationForm_D);
    const Table table = readOk(nfd.toUtf8());
    EXPECT_EQ(table.rows, namesRows());
    const Table half = readOk(QStringLiteral("Ho\u00E0,Nguy\u00EA\u0303n\n").toUtf8());
    EXPECT_EQ(half.rows[0], QStringList({QStringLiteral("Hoà"), QStringLiteral("Nguyễn")}));
    for (const QStringList& row : table.rows)
        for (const QString& cell : row)
            EXPECT_EQ(cell, cell.normalized(QString::NormalizationForm_C));
    // A long decomposed list (normalised in pieces: the result is the same as the whole's).
    QString longNfd;
    for (int i = 0; i < 500; ++i)
        longNfd += nfd;
    const Table longTable = readOk(longNfd.toUtf8());
    ASSERT_EQ(longTable.rows.size(), 500 * namesRows().size());
    for (size_t r = 0; r < longTable.rows.size(); ++r)
        ASSERT_EQ(longTable.rows[r], namesRows()[r % namesRows().size()]) << r;
}

TEST(SheetsCsv, TooManyRowsAreRefused) {
    QByteArray bytes;
    for (int i = 0; i <= kMaxTableRows; ++i)
        bytes += "Nguyễn,1\n";
    expectRefused(bytes, QStringLiteral("more than 20000 rows"));
    // Exactly the bound is read, and empty lines after it do not count.
    bytes.chop(int(qstrlen("Nguyễn,1\n")));
    bytes += "\n\n,\n";
    EXPECT_EQ(readOk(bytes).rows.size(), size_t(kMaxTableRows));
}

TEST(SheetsCsv, TooManyColumnsAreRefused) {
    QByteArray bytes = "a\n";
    for (int i = 0; i <= kMaxTableColumns; ++i)
        bytes += "Nguyễn,";
    bytes += "\n";
    expectRefused(bytes, QStringLiteral("row 2 has more than 200 columns"));
}

TEST(SheetsCsv, ACellTooLongIsRefused) {
    QByteArray cell = QStringLiteral("Nguyễn").repeated(kMaxCellCharacters / 6 + 1).toUtf8();
    expectRefused("a,b\nx," + cell + "\n", QStringLiteral("row 2, column 2: a cell longer than 2000 characters"));
    expectRefused("a,b\nx,\"" + cell + "\"\n", QStringLiteral("row 2, column 2"));
}

TEST(SheetsCsv, AnUnclosedQuoteIsRefused) {
    expectRefused("a,b\nc,\"Nguyễn Thị Hoà\nd,e\n"_qba,
                  QStringLiteral("row 2, column 2: a quoted cell is never closed"));
}

TEST(SheetsCsv, BinaryAndOversizedFilesAreRefused) {
    expectRefused(QByteArray("Nguy\0n,1\n", 9), QStringLiteral("NUL"));
    expectRefused(QByteArray(kMaxTableFileBytes + 1, 'a'), QStringLiteral("larger than 32 MiB"));
}

TEST(SheetsCsv, AFileIsReadByContentAndAMissingOneIsAnIoError) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("danh-sach.xlsx")); // a CSV under an XLSX name
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(namesCsv().toUtf8());
    file.close();
    auto table = readTable(path);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->format, QStringLiteral("csv"));
    EXPECT_EQ(table->rows, namesRows());
    auto missing = readTable(dir.filePath(QStringLiteral("none.csv")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::IoError);
}

// A volunteers' list is read from a regular file only: a FIFO is refused at once (it would be waited on for ever), a
// device is not read (/dev/zero up to the cap), a folder neither.
TEST(SheetsFile, AFifoADeviceOrAFolderIsRefusedAtOnce) {
    QTemporaryDir dir;
    const auto fromFifo =
        dc::test::readOfAFifo(dir.filePath(QStringLiteral("list.csv")), [](const QString& p) { return readTable(p); });
    ASSERT_TRUE(fromFifo.has_value()) << "reading a FIFO waited for a writer";
    ASSERT_FALSE(fromFifo->ok());
    EXPECT_EQ(fromFifo->error().code, ErrorCode::IoError);
    for (const QString& path : {QStringLiteral("/dev/zero"), dir.path()}) {
        auto table = readTable(path);
        ASSERT_FALSE(table.ok()) << path.toStdString();
        EXPECT_EQ(table.error().code, ErrorCode::IoError) << path.toStdString();
    }
}
