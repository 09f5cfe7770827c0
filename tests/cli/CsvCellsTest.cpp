// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// CSV exports never hand a spreadsheet a formula (OWASP "CSV Injection"): a cell beginning with '=', '+', '-', '@', a
// tab or a carriage return is written with a single quote before it, inside quotes; numbers stay numbers.
#include "app/common/export/ReportWriter.h"

#include <gtest/gtest.h>

namespace {

// The CSV bytes of a one-table report whose only data row is `cell`.
QByteArray csvRowOf(const QString& cell) {
    dc::core::ReportDocument document;
    document.title = QStringLiteral("t");
    document.tables.append(dc::core::ReportTable{{}, {QStringLiteral("c")}, {QStringList{cell}}});
    const QByteArray csv = dc::app::csvOf(document);
    // BOM, title line, blank line, header line, then the row
    return csv.split('\n').value(3).chopped(1);
}

struct CellCase {
    const char* cell;
    const char* written;
};
class CsvCellTest : public ::testing::TestWithParam<CellCase> {};
TEST_P(CsvCellTest, FormulasAreNeutralisedAndNumbersKept) {
    EXPECT_EQ(csvRowOf(QString::fromUtf8(GetParam().cell)).toStdString(), GetParam().written) << GetParam().cell;
}
INSTANTIATE_TEST_SUITE_P(Cells, CsvCellTest,
                         ::testing::Values(CellCase{"=1+2", "\"'=1+2\""}, CellCase{"=. V. A.", "\"'=. V. A.\""},
                                           CellCase{"+84 949", "\"'+84 949\""}, CellCase{"-2+3", "\"'-2+3\""},
                                           CellCase{"@SUM(A1)", "\"'@SUM(A1)\""}, CellCase{"\tx", "\"'\tx\""},
                                           CellCase{"\rx", "\"'\rx\""},
                                           CellCase{"=HYPERLINK(\"http://x.invalid\",\"a\")",
                                                    "\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"a\"\")\""},
                                           CellCase{"-", "\"'-\""},
                                           // numbers, percentages and ordinary text are left as they were
                                           CellCase{"-3", "-3"}, CellCase{"+3", "+3"}, CellCase{"-2.5", "-2.5"},
                                           CellCase{"-2,5", "\"-2,5\""}, CellCase{"-12.5 %", "-12.5 %"},
                                           CellCase{"Nguyễn Thị Lan", "Nguyễn Thị Lan"}, CellCase{"a=b", "a=b"},
                                           CellCase{"12", "12"}, CellCase{"", ""}));

} // namespace
