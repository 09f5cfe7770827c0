// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// XLS (BIFF8) lists through freexl: the committed fixture (data/names.xls, made once with LibreOffice from
// data/names.fods) — text, dates, numbers, a column typed in VNI-Times, only the first sheet — and the refusals.
#include "SheetsTestData.h"

#include "core/sheets/Table.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace dc::core;
using namespace dc::core::sheets;

namespace {

QByteArray fixture(const char* name = "names.xls") {
    QFile file(QStringLiteral(DOICHIEU_SHEETS_DATA "/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void expectRefused(const QByteArray& bytes, const QString& detailPart = QStringLiteral("XLS file is refused")) {
    auto table = readTable(bytes);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(table.error().detail.contains(detailPart)) << table.error().detail.toStdString();
    for (const QString& name : {QStringLiteral("Nguyễn"), QStringLiteral("Tuyết"), QStringLiteral("Hoà")})
        EXPECT_FALSE(table.error().detail.contains(name));
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
    expectRefused(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\x7F'));
    const QByteArray good = fixture();
    expectRefused(good.left(good.size() / 2));
    expectRefused(good.left(512));
}

TEST(SheetsXls, ColumnsAndCellsBeyondTheBoundsAreRefused) {
    // Made once with LibreOffice from data/wide.fods (201 columns in row 2) and data/longcell.fods (2,100 characters).
    expectRefused(fixture("wide.xls"), QStringLiteral("row 2 has more than 200 columns"));
    expectRefused(fixture("longcell.xls"), QStringLiteral("row 2, column 2: a cell longer than 2000 characters"));
}
