// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// XLSX lists: workbooks written here with libxlsxwriter as Excel would (shuffled columns, tone-less headers, dates,
// numbers, empty cells, inline and rich strings, a column typed in a legacy font) and hostile packages built by
// hand with libzip (a bomb, too many parts, rows or columns, a missing sheet, not a zip, a truncated zip, a DOCTYPE).
#include "SheetsExpect.h"
#include "SheetsTestData.h"

#include "core/sheets/Table.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <xlsxwriter.h>
#include <zip.h>

using namespace dc::core;
using namespace dc::core::sheets;
using namespace dc::test::sheets;

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A workbook written with libxlsxwriter into a temp folder, read back as bytes.
class Writer {
public:
    explicit Writer(bool constantMemory = false) {
        m_path = m_dir.filePath(QStringLiteral("list.xlsx"));
        m_tmp = m_dir.path().toUtf8();
        lxw_workbook_options options = {constantMemory ? uint8_t(LXW_TRUE) : uint8_t(LXW_FALSE), m_tmp.data(),
                                        LXW_FALSE};
        m_workbook = workbook_new_opt(m_path.toUtf8().constData(), &options);
        sheet = workbook_add_worksheet(m_workbook, nullptr);
    }
    lxw_format* format() { return workbook_add_format(m_workbook); }
    lxw_workbook* workbook() { return m_workbook; }
    void text(int row, int col, const QString& value, lxw_format* f = nullptr) {
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(), f);
    }
    QByteArray bytes() {
        EXPECT_EQ(workbook_close(m_workbook), LXW_NO_ERROR);
        return readFile(m_path);
    }
    lxw_worksheet* sheet = nullptr;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_tmp;
    lxw_workbook* m_workbook = nullptr;
};

// A zip made by hand, part by part (names in order); `level` 1 deflates fastest (the bomb), 0 is libzip's default.
QByteArray makeZip(const std::vector<std::pair<QString, QByteArray>>& parts, zip_uint32_t level = 0) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hand.zip"));
    int error = 0;
    zip_t* zip = zip_open(path.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_NE(zip, nullptr);
    for (const auto& [name, content] : parts) {
        zip_source_t* source = zip_source_buffer(zip, content.constData(), zip_uint64_t(content.size()), 0);
        const zip_int64_t index = zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        EXPECT_GE(index, 0);
        EXPECT_EQ(zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, level), 0);
    }
    EXPECT_EQ(zip_close(zip), 0);
    return readFile(path);
}

const QByteArray kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
const QByteArray kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const QByteArray kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
// Style 0 plain, style 1 a built-in date (14).
const QByteArray kStyles =
    R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)";

QByteArray workbookXml(bool date1904) {
    return QByteArray(
               R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)") +
           (date1904 ? R"(<workbookPr date1904="1"/>)" : "") +
           R"(<sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>)";
}

QByteArray sheetXml(const QByteArray& sheetData, const QByteArray& prolog = {}) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>)" + prolog +
           R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + sheetData +
           "</sheetData></worksheet>";
}

// A minimal XLSX made by hand around one sheet's XML.
QByteArray handXlsx(const QByteArray& sheet, bool date1904 = false, zip_uint32_t level = 0) {
    return makeZip({{QStringLiteral("[Content_Types].xml"), kContentTypes},
                    {QStringLiteral("_rels/.rels"), kRootRels},
                    {QStringLiteral("xl/workbook.xml"), workbookXml(date1904)},
                    {QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels},
                    {QStringLiteral("xl/styles.xml"), kStyles},
                    {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}},
                   level);
}

// Text typed in a legacy font, as Excel keeps it: each byte as the Windows-1252 character of that byte.
QString asCp1252Characters(const QByteArray& bytes) {
    static const char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text.append(QChar(b >= 0x80 && b < 0xA0 ? high[b - 0x80] : char16_t(b)));
    }
    return text;
}

} // namespace

TEST(SheetsXlsx, ShuffledToneLessColumnsWithDatesNumbersAndGapsComeBackAsText) {
    Writer writer;
    lxw_format* customDate = writer.format();
    format_set_num_format(customDate, "dd/mm/yyyy");
    lxw_format* builtinDate = writer.format();
    format_set_num_format_index(builtinDate, 14);
    // Headers without tone marks, in an order no form has: the reader keeps them as they are.
    writer.text(0, 0, QStringLiteral("Ngay sinh"));
    writer.text(0, 1, QStringLiteral("Ho va ten"));
    writer.text(0, 2, QStringLiteral("So CCCD"));
    writer.text(0, 4, QStringLiteral("Diem"));
    lxw_datetime birth = {2001, 3, 12, 0, 0, 0};
    worksheet_write_datetime(writer.sheet, 1, 0, &birth, customDate);
    writer.text(1, 1, QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    worksheet_write_number(writer.sheet, 1, 2, 74301000123.0, nullptr);
    worksheet_write_number(writer.sheet, 1, 4, 8.75, nullptr);
    lxw_datetime birth2 = {1999, 11, 1, 10, 30, 0}; // a time of day is dropped
    worksheet_write_datetime(writer.sheet, 2, 0, &birth2, builtinDate);
    writer.text(2, 1, QStringLiteral("Trần Văn Đức"));
    worksheet_write_boolean(writer.sheet, 2, 3, 1, nullptr);
    writer.text(4, 1, QStringLiteral("Lê Thị Hoà")); // row 4 left empty
    const Table table = readOk(writer.bytes());
    EXPECT_EQ(table.format, QStringLiteral("xlsx"));
    EXPECT_EQ(table.encoding, QStringLiteral("unicode"));
    ASSERT_EQ(table.rows.size(), 5u);
    EXPECT_EQ(table.rows[0], QStringList({"Ngay sinh", "Ho va ten", "So CCCD", "", "Diem"}));
    EXPECT_EQ(table.rows[1],
              QStringList({"12/03/2001", QStringLiteral("Nguyễn Thị Ánh Tuyết"), "74301000123", "", "8.75"}));
    EXPECT_EQ(table.rows[2], QStringList({"01/11/1999", QStringLiteral("Trần Văn Đức"), "", "TRUE"}));
    EXPECT_TRUE(table.rows[3].isEmpty());
    EXPECT_EQ(table.rows[4], QStringList({"", QStringLiteral("Lê Thị Hoà")}));
}

TEST(SheetsXlsx, InlineAndRichTextStringsAreRead) {
    Writer writer(true); // constant memory: libxlsxwriter writes inline strings
    writer.text(0, 0, QStringLiteral("Họ và tên"));
    writer.text(1, 0, QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    lxw_format* bold = writer.format();
    format_set_bold(bold);
    lxw_rich_string_tuple first = {bold, const_cast<char*>("Trần ")};
    lxw_rich_string_tuple second = {nullptr, const_cast<char*>("Văn Đức")};
    lxw_rich_string_tuple* rich[] = {&first, &second, nullptr};
    worksheet_write_rich_string(writer.sheet, 2, 0, rich, nullptr);
    const Table table = readOk(writer.bytes());
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(table.rows[1][0], QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    EXPECT_EQ(table.rows[2][0], QStringLiteral("Trần Văn Đức"));

    // Rich text in shared strings, with a phonetic run that is not shown.
    const Table shared = readOk(makeZip(
        {{QStringLiteral("_rels/.rels"), kRootRels},
         {QStringLiteral("xl/workbook.xml"), workbookXml(false)},
         {QStringLiteral("xl/_rels/workbook.xml.rels"),
          QByteArray(kWorkbookRels)
              .replace(
                  "</Relationships>",
                  R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)")},
         {QStringLiteral("xl/sharedStrings.xml"),
          R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>Lê Thị </t></r><r><rPr><b/></rPr><t>Hoà</t></r><rPh><t>x</t></rPh></si></sst>)"},
         {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(R"(<row r="1"><c r="B1" t="s"><v>0</v></c></row>)")}}));
    EXPECT_EQ(shared.rows, (std::vector<QStringList>{{"", QStringLiteral("Lê Thị Hoà")}}));
}

TEST(SheetsXlsx, DatesFollowTheWorkbooksDateSystem) {
    // 1900 system: serial 1 is 01/01/1900, 59 is 28/02/1900, 60 the non-existent 29/02/1900 Excel shows, 61 01/03/1900.
    const QByteArray cells = R"(<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>59</v></c>)"
                             R"(<c r="C1" s="1"><v>60</v></c><c r="D1" s="1"><v>61</v></c>)"
                             R"(<c r="E1" s="1"><v>36962.75</v></c><c r="F1"><v>36962</v></c></row>)";
    EXPECT_EQ(readOk(handXlsx(sheetXml(cells))).rows[0],
              QStringList({"01/01/1900", "28/02/1900", "29/02/1900", "01/03/1900", "12/03/2001", "36962"}));
    // 1904 system: serial 0 is 01/01/1904.
    const QByteArray cells1904 = R"(<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>35500</v></c></row>)";
    EXPECT_EQ(readOk(handXlsx(sheetXml(cells1904), true)).rows[0], QStringList({"01/01/1904", "12/03/2001"}));
}

TEST(SheetsXlsx, AColumnTypedInALegacyFontIsRecovered) {
    for (const QString& encoding : {QStringLiteral("vni"), QStringLiteral("tcvn3")}) {
        Writer writer;
        lxw_format* legacyFont = writer.format();
        format_set_font_name(legacyFont, encoding == u"vni" ? "VNI-Times" : ".VnTime");
        const std::vector<QStringList> rows = namesRows();
        for (size_t r = 0; r < rows.size(); ++r) {
            // Column A in the legacy font, column B the same names typed in Unicode: B is left as it is.
            writer.text(int(r), 0, asCp1252Characters(encodeAs(rows[r][0], encoding)), legacyFont);
            writer.text(int(r), 1, rows[r][0]);
        }
        const Table table = readOk(writer.bytes());
        EXPECT_EQ(table.encoding, encoding);
        ASSERT_EQ(table.rows.size(), rows.size());
        for (size_t r = 0; r < rows.size(); ++r)
            EXPECT_EQ(table.rows[r], QStringList({rows[r][0], rows[r][0]})) << encoding.toStdString();
    }
}

TEST(SheetsXlsx, UnicodeTextThatCouldBeLegacyIsLeftAlone) {
    // Every character of these is in Windows-1252, yet they are good Vietnamese as they are.
    Writer writer;
    writer.text(0, 0, QStringLiteral("Lê Thị Hoà"));
    writer.text(1, 0, QStringLiteral("Hòa Lợi")); // ợ is not in Windows-1252: this one is not even a candidate
    writer.text(2, 0, QStringLiteral("Tô Văn Bé"));
    // Foreign names in a column of their own are not Vietnamese in any legacy reading either.
    writer.text(0, 1, QStringLiteral("Müller"));
    writer.text(1, 1, QStringLiteral("José Zoë"));
    const Table table = readOk(writer.bytes());
    EXPECT_EQ(table.encoding, QStringLiteral("unicode"));
    EXPECT_EQ(table.rows, (std::vector<QStringList>{{QStringLiteral("Lê Thị Hoà"), QStringLiteral("Müller")},
                                                    {QStringLiteral("Hòa Lợi"), QStringLiteral("José Zoë")},
                                                    {QStringLiteral("Tô Văn Bé")}}));
}

TEST(SheetsXlsx, CellsAreNfc) {
    const QByteArray nfd = QStringLiteral("Nguyễn Thị Hoà").normalized(QString::NormalizationForm_D).toUtf8();
    const Table table =
        readOk(handXlsx(sheetXml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>)" + nfd + "</t></is></c></row>")));
    EXPECT_EQ(table.rows[0][0], QStringLiteral("Nguyễn Thị Hoà"));
}

TEST(SheetsXlsx, NotAZipAndATruncatedZipAreRefused) {
    expectRefused("PK\x03\x04 this is no zip at all"_qba, QStringLiteral("not a readable zip"));
    Writer writer;
    writer.text(0, 0, QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    const QByteArray good = writer.bytes();
    expectRefused(good.left(good.size() / 2), QStringLiteral("not a readable zip"));
    expectRefused(good.left(good.size() - 10), QStringLiteral("not a readable zip"));
}

TEST(SheetsXlsx, AZipWithoutAWorkbookOrItsSheetIsRefused) {
    expectRefused(makeZip({{QStringLiteral("readme.txt"), "Nguyễn"}}), QStringLiteral("no workbook"));
    expectRefused(makeZip({{QStringLiteral("_rels/.rels"), kRootRels},
                           {QStringLiteral("xl/workbook.xml"), workbookXml(false)},
                           {QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels}}),
                  QStringLiteral("first sheet is missing"));
    expectRefused(
        makeZip(
            {{QStringLiteral("_rels/.rels"), kRootRels},
             {QStringLiteral("xl/workbook.xml"),
              QByteArray(
                  R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>)")}}),
        QStringLiteral("has no sheet"));
}

TEST(SheetsXlsx, ADoctypeOrEntitiesAreRefused) {
    const QByteArray laughs = R"(<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>)";
    expectRefused(handXlsx(sheetXml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>)", laughs)),
                  QStringLiteral("DOCTYPE"));
    expectRefused(handXlsx(sheetXml("", R"(<!DOCTYPE worksheet SYSTEM "file:///etc/passwd">)")),
                  QStringLiteral("DOCTYPE"));
    expectRefused(handXlsx(sheetXml(R"(<row r="1"><c r="A1"><v>1</v></row>)")), QStringLiteral("not well-formed"));
}

TEST(SheetsXlsx, AZipBombIsRefusedWhileInflating) {
    // 65 MiB of spaces inside a valid sheet deflate to a few dozen KiB.
    QByteArray lying = handXlsx(sheetXml(QByteArray(65 * 1024 * 1024, ' ')), false, 1);
    expectRefused(lying, QStringLiteral("larger than 64 MiB"));
    // The same with the sizes in the zip's headers made to lie (100 bytes): counted while inflating, still refused.
    const QByteArray name = "xl/worksheets/sheet1.xml";
    for (const QByteArray& signature : {QByteArray("PK\x03\x04"), QByteArray("PK\x01\x02")}) {
        const int sizeOffset = signature == "PK\x03\x04" ? 22 : 24;
        const int nameOffset = signature == "PK\x03\x04" ? 30 : 46;
        for (qsizetype at = lying.indexOf(signature); at >= 0; at = lying.indexOf(signature, at + 4)) {
            if (lying.mid(at + nameOffset, name.size()) != name)
                continue;
            const char small[4] = {100, 0, 0, 0};
            lying.replace(at + sizeOffset, 4, small, 4);
        }
    }
    auto table = readTable(lying);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
}

TEST(SheetsXlsx, TooManyPartsAreRefused) {
    std::vector<std::pair<QString, QByteArray>> parts;
    for (int i = 0; i < 2001; ++i)
        parts.emplace_back(QStringLiteral("xl/media/p%1.txt").arg(i), QByteArray("x"));
    expectRefused(makeZip(parts), QStringLiteral("more than 2000 parts"));
}

TEST(SheetsXlsx, RowsColumnsAndCellsBeyondTheBoundsAreRefused) {
    expectRefused(handXlsx(sheetXml(R"(<row r="20001"><c r="A20001" t="inlineStr"><is><t>Nguyễn</t></is></c></row>)")),
                  QStringLiteral("more than 20000 rows"));
    // Exactly the bound is read; an empty styled cell far away does not count.
    const Table edge = readOk(handXlsx(sheetXml(
        R"(<row r="20000"><c r="GR20000"><v>1</v></c><c r="XFD20000" s="1"/></row><row r="30000"><c r="A30000" s="1"/></row>)")));
    EXPECT_EQ(edge.rows.size(), 20000u);
    EXPECT_EQ(edge.rows.back().size(), 200);
    expectRefused(handXlsx(sheetXml(R"(<row r="3"><c r="GS3"><v>1</v></c></row>)")),
                  QStringLiteral("row 3 has more than 200 columns"));
    const QByteArray longText = QStringLiteral("Nguyễn").repeated(400).toUtf8();
    expectRefused(
        handXlsx(sheetXml(R"(<row r="2"><c r="C2" t="inlineStr"><is><t>)" + longText + "</t></is></c></row>")),
        QStringLiteral("row 2, column 3: a cell longer than 2000 characters"));
    expectRefused(handXlsx(sheetXml(R"(<row r="2"><c r="B2" t="s"><v>7</v></c></row>)")),
                  QStringLiteral("row 2, column 2 refers to a shared string that does not exist"));
    expectRefused(handXlsx(sheetXml(R"(<row r="2"><c r="B2"><v>Nguyễn</v></c></row>)")),
                  QStringLiteral("row 2, column 2 is a number cell without a number"));
    expectRefused(handXlsx(sheetXml(R"(<row r="2"><c r="2B"><v>1</v></c></row>)")),
                  QStringLiteral("reference is not a cell"));
}

TEST(SheetsXlsx, FlippedBytesNeverCrash) {
    // A workbook written by libxlsxwriter, every 9th byte flipped in turn: read or refused as invalid input.
    Writer writer;
    const std::vector<QStringList> rows = namesRows();
    for (size_t r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            writer.text(int(r), c, rows[r][c]);
    const QByteArray good = writer.bytes();
    for (qsizetype at = 4; at < good.size(); at += 9) {
        QByteArray damaged = good;
        damaged[at] = char(damaged[at] ^ 0x5A);
        auto table = readTable(damaged);
        if (!table.ok()) {
            EXPECT_EQ(table.error().code, ErrorCode::InvalidInput) << at;
        }
    }
}
