// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Names that a spreadsheet would read as formulas — a site called "=HYPERLINK(...)", volunteers "=1+2 Văn An" and
// "@SUM(A1) Minh" — exported by `report`: the CSV neutralises every such cell (also the de-identified "=. V. A."),
// the XLSX holds them as strings, never formulas.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSite.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

namespace {

const QString kSite = QStringLiteral(R"(=HYPERLINK("http://x.invalid","Phú Cường"))");
const QString kLan = QStringLiteral("=1+2 Văn An");
const QString kMinh = QStringLiteral("@SUM(A1) Minh");

// The cells of a CSV file (RFC 4180), quotes removed.
QStringList csvCells(const QByteArray& bytes) {
    QStringList cells;
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',' || c == u'\n') {
            cells << cell;
            cell.clear();
        } else if (c != u'\r') {
            cell += c;
        }
    }
    return cells;
}

QByteArray unzipped(const QString& path, const QString& member) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
    if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0) {
        ADD_FAILURE() << "unzip failed";
        return {};
    }
    return unzip.readAllStandardOutput();
}

class FormulaReportCliTest : public dc::test::CliSite {
protected:
    QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();

    CliRun report(const QString& command) const {
        return admin(as(QStringLiteral("report ") + command) +
                         QStringList{QStringLiteral("--from"), today.addDays(-1).toString(QStringLiteral("dd/MM/yyyy")),
                                     QStringLiteral("--to"), today.addDays(1).toString(QStringLiteral("dd/MM/yyyy"))},
                     {kAdminPassword});
    }
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(createSite(kSite, kLan, kMinh));
        const QString file = dir.filePath(QStringLiteral("log.jsonl"));
        dc::test::writeAll(file, QStringLiteral(R"({"book": %1, "entry": 1, "registrationDate": "14/04/1998",)"
                                                R"( "subjectName": "Trần Thị Bé", "outcome": "match"})")
                                     .arg(book)
                                     .toUtf8());
        const CliRun imported = importAsPair(file);
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
    // No cell of the file would open a formula; the cells that began with one are there, after a single quote.
    void expectNeutralised(const QString& path, const QStringList& expected) const {
        const QStringList cells = csvCells(dc::test::readAll(path));
        ASSERT_FALSE(cells.isEmpty());
        for (const QString& cell : cells) {
            EXPECT_FALSE(!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front())) << cell.toStdString();
        }
        for (const QString& cell : expected) {
            EXPECT_TRUE(cells.contains(u'\'' + cell)) << cell.toStdString();
        }
    }
};

// One test for both formats: the site and its volunteers are set up once.
TEST_F(FormulaReportCliTest, CsvNeutralisesFormulasAndXlsxHoldsThemAsStrings) {
    const QString masked = dir.filePath(QStringLiteral("masked.csv"));
    ASSERT_EQ(report(QStringLiteral("volunteers --output ") + masked).exitCode, 0);
    expectNeutralised(masked, {QStringLiteral("=. V. A."), QStringLiteral("@. M."), kSite});

    const QString named = dir.filePath(QStringLiteral("named.csv"));
    ASSERT_EQ(report(QStringLiteral("volunteers --identified --output ") + named).exitCode, 0);
    expectNeutralised(named, {kLan, kMinh, kSite});

    const QString path = dir.filePath(QStringLiteral("named.xlsx"));
    ASSERT_EQ(report(QStringLiteral("volunteers --identified --output ") + path).exitCode, 0);
    const QString sheet = QString::fromUtf8(unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QString strings = QString::fromUtf8(unzipped(path, QStringLiteral("xl/sharedStrings.xml")));
    ASSERT_FALSE(sheet.isEmpty());
    EXPECT_FALSE(sheet.contains(QStringLiteral("<f>"))) << "no cell is a formula";
    EXPECT_FALSE(sheet.contains(QStringLiteral("<f "))) << "no cell is a formula";
    // as written, unaltered: a string cell is shown as text by every spreadsheet
    EXPECT_TRUE(strings.contains(QStringLiteral("<t>=1+2 Văn An</t>"))) << strings.toStdString();
    EXPECT_TRUE(strings.contains(QStringLiteral("<t>@SUM(A1) Minh</t>"))) << strings.toStdString();
    EXPECT_TRUE(strings.contains(QStringLiteral("=HYPERLINK(&quot;http://x.invalid&quot;")) ||
                strings.contains(QStringLiteral("=HYPERLINK(\"http://x.invalid\"")))
        << strings.toStdString();
}

} // namespace
