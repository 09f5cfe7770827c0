// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// doichieu-admin report: each format written and opened back the way the office would (CSV bytes, the XLSX's sheet
// XML unzipped, the PDF's text through pdftotext), who may export, and bad input leaving nothing on disk.
#include "core/services/SignIn.h"
#include "core/store/Database.h"
#include "tests/cli/CliRunner.h"
#include "tests/cli/PdfBoxes.h"
#include "tests/support/Fifo.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;
using dc::test::tool;

namespace {

// Runs a tool and returns its standard output (empty when it failed).
class ReportCliTest : public dc::test::CliSite {
protected:
    // Checks are logged now: the period runs from yesterday to tomorrow in Vietnam.
    QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
    QString from = today.addDays(-1).toString(QStringLiteral("dd/MM/yyyy"));
    QString to = today.addDays(1).toString(QStringLiteral("dd/MM/yyyy"));

    CliRun report(const QString& command, const QStringList& extra = {}) const {
        return admin(as(QStringLiteral("report ") + command) +
                         QStringList{QStringLiteral("--from"), from, QStringLiteral("--to"), to} + extra,
                     {kAdminPassword});
    }
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(createSite(QStringLiteral("Phường Phú Cường"), QStringLiteral("Nguyễn Thị Lan"),
                                           QStringLiteral("Lê Quang Minh")));
        // 5 entries: 3 matches, a name corrected (a diacritic), a birth date corrected (day and month swapped)
        QStringList lines;
        for (int n = 1; n <= 3; ++n) {
            lines << QStringLiteral(
                         R"({"book": %1, "entry": %2, "registrationDate": "14/04/1998", "subjectName": "Trần Thị Bé",)"
                         R"( "outcome": "match"})")
                         .arg(book)
                         .arg(n);
        }
        lines
            << QStringLiteral(
                   R"({"book": %1, "entry": 4, "registrationDate": "14/04/1998", "subjectName": "Lê Văn Tám",)"
                   R"( "outcome": "corrected", "corrections": [{"field": "subject.full_name", "before": "Le Van Tam",)"
                   R"( "after": "Lê Văn Tám"}]})")
                   .arg(book);
        lines
            << QStringLiteral(
                   R"({"book": %1, "entry": 5, "registrationDate": "15/04/1998", "subjectName": "Võ Minh Khang",)"
                   R"( "outcome": "corrected", "corrections": [{"field": "subject.birth_date", "before": "03/05/1998",)"
                   R"( "after": "05/03/1998"}]})")
                   .arg(book);
        const QString file = dir.filePath(QStringLiteral("log.jsonl"));
        dc::test::writeAll(file, lines.join(u'\n').toUtf8());
        const CliRun imported = importAsPair(file);
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
    // Export events in the audit chain, read through the core (and the chain verified).
    int exportsAudited() const {
        const CliRun verify = admin(as(QStringLiteral("audit verify")), {kAdminPassword});
        EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();
        auto session =
            dc::core::SignIn().signIn(db, QStringLiteral("giamsat"), dc::test::secret("song-sai-gon-chay-mai-7"));
        if (!session) {
            ADD_FAILURE() << "cannot sign in to count the exports";
            return -1;
        }
        auto s =
            session.value()->database().prepare("SELECT count(*) FROM audit_events WHERE action = 'report.exported'");
        return s.step() ? s.integer(0) : -1;
    }
};

TEST_F(ReportCliTest, ProgressAsJsonHasTheCounts) {
    const CliRun run = report(QStringLiteral("progress --format json --target 250"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject data = run.json();
    EXPECT_EQ(data.value(QStringLiteral("total")).toInt(), 5);
    EXPECT_EQ(data.value(QStringLiteral("dailyTarget")).toInt(), 250);
    EXPECT_EQ(data.value(QStringLiteral("days")).toArray().size(), 3);
}

TEST_F(ReportCliTest, AVolunteerWithNothingSpotCheckedHasNoMissRateInJson) {
    const CliRun run = report(QStringLiteral("volunteers --format json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray volunteers = run.json().value(QStringLiteral("volunteers")).toArray();
    ASSERT_EQ(volunteers.size(), 2);
    for (const QJsonValue& v : volunteers) {
        const QJsonObject row = v.toObject();
        EXPECT_EQ(row.value(QStringLiteral("read")).toInt() + row.value(QStringLiteral("checked")).toInt(), 5);
        EXPECT_EQ(row.value(QStringLiteral("spotSampled")).toInt(), 0);
        // not a rate of 0 %: nothing was sampled (the CSV, XLSX and PDF show "—")
        EXPECT_TRUE(row.value(QStringLiteral("missRate")).isNull());
    }
}

TEST_F(ReportCliTest, CsvHasAByteOrderMarkAndVietnameseIntact) {
    const QString path = dir.filePath(QStringLiteral("sai-sot.csv"));
    const CliRun run = report(QStringLiteral("corrections --output ") + path);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = dc::test::readAll(path);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "Excel needs the BOM to read UTF-8";
    const QString text = QString::fromUtf8(bytes.mid(3));
    EXPECT_TRUE(text.contains(QStringLiteral("Sai sót đã sửa theo mục và loại")));
    EXPECT_TRUE(text.contains(QStringLiteral("Phường Phú Cường")));
    EXPECT_TRUE(text.contains(QStringLiteral("đảo ngày và tháng"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Họ, chữ đệm và tên"))) << text.toStdString();
    EXPECT_EQ(exportsAudited(), 1);
}

TEST_F(ReportCliTest, XlsxSheetHoldsTheNamesAndNumbers) {
    const QString path = dir.filePath(QStringLiteral("tinh-nguyen-vien.xlsx"));
    const CliRun run = report(QStringLiteral("volunteers --identified --output ") + path);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString sheet = QString::fromUtf8(
        tool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")}));
    const QString strings = QString::fromUtf8(
        tool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")}));
    ASSERT_FALSE(sheet.isEmpty());
    EXPECT_TRUE(strings.contains(QStringLiteral("Nguyễn Thị Lan"))) << strings.toStdString();
    EXPECT_TRUE(strings.contains(QStringLiteral("Hoạt động của tình nguyện viên")));
    EXPECT_TRUE(QString::fromUtf8(
                    tool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")}))
                    .contains(QStringLiteral("name=\"Tình nguyện viên\"")))
        << "the sheet is named in the report's language";
    // lan read 5 entries; minh checked 5 and corrected 2: numbers are numeric cells
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>5</v>"))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>2</v>"))) << sheet.toStdString();
    // a count of nought is a number too (lan checked none, minh read none), not the text "0"
    EXPECT_FALSE(strings.contains(QStringLiteral(">0</t>"))) << strings.toStdString();
    EXPECT_TRUE(sheet.contains(QRegularExpression(QStringLiteral(R"(<c r="[A-Z]+[0-9]+"><v>0</v></c>)"))))
        << sheet.toStdString();
    // nothing temporary left beside it
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.xlsx*")}, QDir::Files),
              QStringList{QFileInfo(path).fileName()});
}

TEST_F(ReportCliTest, PdfTextShowsVietnameseNamesAndIsDeidentifiedByDefault) {
    const QString named = dir.filePath(QStringLiteral("named.pdf"));
    ASSERT_EQ(report(QStringLiteral("volunteers --identified --output ") + named).exitCode, 0);
    ASSERT_TRUE(dc::test::readAll(named).startsWith("%PDF-"));
    const QString text =
        QString::fromUtf8(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), named, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(QStringLiteral("Nguyễn Thị Lan"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Lê Quang Minh")));
    EXPECT_TRUE(text.contains(QStringLiteral("Phường Phú Cường")));
    EXPECT_TRUE(text.contains(QStringLiteral("Người lập biểu"))) << "the signature block";
    const QString fonts = QString::fromUtf8(tool(QStringLiteral("pdffonts"), {named}));
    EXPECT_TRUE(fonts.contains(QStringLiteral("DejaVuSans"))) << fonts.toStdString();
    EXPECT_FALSE(fonts.contains(QStringLiteral(" no  "))) << "every font embedded: " << fonts.toStdString();

    const QString masked = dir.filePath(QStringLiteral("masked.pdf"));
    ASSERT_EQ(report(QStringLiteral("volunteers --output ") + masked).exitCode, 0);
    const QString maskedText = QString::fromUtf8(tool(QStringLiteral("pdftotext"), {masked, QStringLiteral("-")}));
    EXPECT_FALSE(maskedText.contains(QStringLiteral("Nguyễn Thị Lan")));
    EXPECT_TRUE(maskedText.contains(QStringLiteral("N. T. L."))) << maskedText.toStdString();
    // no user names either: a volunteer is an opaque code (issue 12)
    EXPECT_FALSE(maskedText.contains(QRegularExpression(QStringLiteral(R"(\b(lan|minh)\b)"))))
        << maskedText.toStdString();
    EXPECT_TRUE(maskedText.contains(QRegularExpression(QStringLiteral(R"(\bTNV-[2-9A-HJ-NP-Z]{4}\b)"))))
        << maskedText.toStdString();

    // The corrections report's PDF: "Khác biệt cách viết (không phải sai sót):" overprinted its value (issue 12)
    const QString corrections = dir.filePath(QStringLiteral("sai-sot.pdf"));
    ASSERT_EQ(report(QStringLiteral("corrections --output ") + corrections).exitCode, 0);
    dc::test::expectCleanLayout(corrections, "corrections.pdf");
    EXPECT_EQ(exportsAudited(), 3);
}

TEST_F(ReportCliTest, AVolunteerCannotExportAndNothingIsWritten) {
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    const CliRun run = admin(as(QStringLiteral("report progress --output ") + path, QStringLiteral("lan")) +
                                 QStringList{QStringLiteral("--from"), from, QStringLiteral("--to"), to},
                             {QStringLiteral("hoa-sen-no-sang-41")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not allowed"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(exportsAudited(), 0);
}

TEST_F(ReportCliTest, BadPathsAndRangesLeaveNothingOnDisk) {
    for (const char* name : {"missing-folder/r.pdf", "missing-folder/r.xlsx", "missing-folder/r.csv"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const CliRun run = report(QStringLiteral("progress --output ") + path);
        EXPECT_EQ(run.exitCode, 1) << name;
        EXPECT_TRUE(run.err.contains(QStringLiteral("missing-folder"))) << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing-folder"))));
    }
    // a read-only folder (skipped as root, who may write anywhere)
    QDir(dir.path()).mkdir(QStringLiteral("locked"));
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (!QFileInfo(dir.filePath(QStringLiteral("locked"))).isWritable()) {
        EXPECT_EQ(report(QStringLiteral("progress --output ") + dir.filePath(QStringLiteral("locked/r.xlsx"))).exitCode,
                  1);
        EXPECT_TRUE(QDir(dir.filePath(QStringLiteral("locked"))).isEmpty());
    }
    // A FIFO (standing for a device such as /dev/null, which only root could make here) is not replaced by the
    // report, in any format: it used to be, by the rename that makes an export atomic.
    for (const char* name : {"fifo.csv", "fifo.xlsx", "fifo.pdf"}) {
        const QString fifo = dir.filePath(QString::fromLatin1(name));
        ASSERT_TRUE(dc::test::makeFifo(fifo));
        const CliRun run = report(QStringLiteral("volunteers --output ") + fifo);
        EXPECT_EQ(run.exitCode, 1) << name;
        EXPECT_TRUE(run.err.contains(QStringLiteral("not a regular file"))) << run.err.toStdString();
        EXPECT_TRUE(dc::test::isFifo(fifo)) << name << " was replaced by the report";
    }
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    const CliRun reversed = admin(as(QStringLiteral("report progress --output ") + path) +
                                      QStringList{QStringLiteral("--from"), to, QStringLiteral("--to"), from},
                                  {kAdminPassword});
    EXPECT_EQ(reversed.exitCode, 1);
    EXPECT_TRUE(reversed.err.contains(QStringLiteral("reversed"))) << reversed.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    const CliRun badDate = admin(as(QStringLiteral("report progress --from 31/02/2026 --output ") + path) +
                                     QStringList{QStringLiteral("--to"), to},
                                 {kAdminPassword});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(admin(as(QStringLiteral("report salaries --from 01/01/2026 --to 02/01/2026")), {kAdminPassword}).exitCode,
              2);
    EXPECT_EQ(report(QStringLiteral("progress --format docx --output ") + path).exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(path));
    // XLSX into a file named .pdf: refused, the extension says what the file holds (issue 12)
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    const CliRun mismatch = report(QStringLiteral("progress --format xlsx --output ") + pdf);
    EXPECT_EQ(mismatch.exitCode, 2);
    EXPECT_TRUE(mismatch.err.contains(QStringLiteral("does not match"))) << mismatch.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(exportsAudited(), 0);
}

} // namespace
