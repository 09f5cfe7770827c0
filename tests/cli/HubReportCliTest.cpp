// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `report … --district D | --commune D/C` at the province hub (docs/HUB.md "Reports at the hub"): a commune enrolled
// and its bundle imported through the CLI; each format written and opened back; the scope in every one; refusals.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>

namespace {

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;
using dc::test::tool;

class HubReportCliTest : public dc::test::CliSite {
protected:
    QString outDir = dir.filePath(QStringLiteral("usb"));
    QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
    QStringList period{QStringLiteral("--from"), today.addDays(-1).toString(QStringLiteral("dd/MM/yyyy")),
                       QStringLiteral("--to"), today.addDays(1).toString(QStringLiteral("dd/MM/yyyy"))};

    CliRun hubReport(const QString& command, const QStringList& extra) const {
        return admin(atHub(QStringLiteral("report ") + command) + period + extra, {kAdminPassword});
    }

    void SetUp() override {
        createSite(QStringLiteral("Xã Thanh An"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("Lê Quang Minh"));
        QDir().mkpath(outDir);
        ASSERT_NO_FATAL_FAILURE(createHubAndEnroll(QStringLiteral("Dầu Tiếng/Thanh An")));
        QFile lines(dir.filePath(QStringLiteral("checks.jsonl")));
        ASSERT_TRUE(lines.open(QIODevice::WriteOnly));
        for (int entry = 1; entry <= 3; ++entry) {
            lines.write(QStringLiteral("{\"book\": %1, \"entry\": %2, \"registrationDate\": \"14/04/1998\", "
                                       "\"subjectName\": \"Lê Văn Tám\", \"outcome\": \"match\"}\n")
                            .arg(book)
                            .arg(entry)
                            .toUtf8());
        }
        lines.write(QStringLiteral("{\"book\": %1, \"entry\": 4, \"registrationDate\": \"14/04/1998\", "
                                   "\"subjectName\": \"Lê Văn Tám\", \"outcome\": \"corrected\", \"corrections\": "
                                   "[{\"field\": \"subject.full_name\", \"before\": \"Le Van Tam\", \"after\": "
                                   "\"Lê Văn Tám\"}]}\n")
                        .arg(book)
                        .toUtf8());
        lines.close();
        const CliRun logged = importAsPair(dir.filePath(QStringLiteral("checks.jsonl")));
        ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
        const CliRun exported = admin(as(QStringLiteral("bundle export --json --output ") + outDir), {kAdminPassword});
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        const CliRun imported =
            admin(atHub(QStringLiteral("bundle import ") + exported.json().value(QStringLiteral("file")).toString()),
                  {kAdminPassword});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
};

TEST_F(HubReportCliTest, EachReportForAScopeInEveryFormatAndRefusals) {
    // JSON: the commune's figures at the hub are its own, and say the scope.
    const CliRun own = admin(as(QStringLiteral("report progress --format json")) + period, {kAdminPassword});
    ASSERT_EQ(own.exitCode, 0) << own.err.toStdString();
    const CliRun commune =
        hubReport(QStringLiteral("progress --format json"), {QStringLiteral("--commune"), QStringLiteral("Thanh An")});
    ASSERT_EQ(commune.exitCode, 0) << commune.err.toStdString();
    EXPECT_EQ(commune.json().value(QStringLiteral("total")).toInt(), 4);
    EXPECT_EQ(commune.json().value(QStringLiteral("total")), own.json().value(QStringLiteral("total")));
    EXPECT_EQ(commune.json().value(QStringLiteral("scope")).toString(), QStringLiteral("Dầu Tiếng/Thanh An"));
    EXPECT_EQ(commune.json().value(QStringLiteral("dailyTarget")).toInt(), 400);

    // CSV for a district, with the scope in the file.
    const QString csv = outDir + QStringLiteral("/dau-tieng.csv");
    const CliRun district = hubReport(QStringLiteral("corrections --output ") + csv,
                                      {QStringLiteral("--district"), QStringLiteral("Dầu Tiếng")});
    ASSERT_EQ(district.exitCode, 0) << district.err.toStdString();
    const QString csvText = QString::fromUtf8(dc::test::readAll(csv));
    EXPECT_TRUE(csvText.contains(QStringLiteral("Tỉnh Đoàn Bình Dương — Dầu Tiếng"))) << csvText.toStdString();
    EXPECT_TRUE(csvText.contains(QStringLiteral("Họ, chữ đệm và tên"))) << csvText.toStdString();

    // XLSX for the province: the sheet says the province, and the volunteers with their commune (names: province).
    const QString xlsx = outDir + QStringLiteral("/tinh.xlsx");
    const CliRun province = hubReport(QStringLiteral("volunteers --identified --output ") + xlsx, {});
    ASSERT_EQ(province.exitCode, 0) << province.err.toStdString();
    const QString strings = QString::fromUtf8(
        tool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")}));
    EXPECT_TRUE(strings.contains(QStringLiteral("Tỉnh Đoàn Bình Dương — Bình Dương"))) << strings.toStdString();
    EXPECT_TRUE(strings.contains(QStringLiteral("Nguyễn Thị Lan (Thanh An)"))) << strings.toStdString();

    // PDF of a commune's spot-checks, read back through pdftotext.
    const QString pdf = outDir + QStringLiteral("/thanh-an.pdf");
    const CliRun spots = hubReport(QStringLiteral("spot-checks --output ") + pdf,
                                   {QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Thanh An")});
    ASSERT_EQ(spots.exitCode, 0) << spots.err.toStdString();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotext.isEmpty()) << "pdftotext not found: install poppler-utils (scripts/setup-deps.sh)";
    const QString text = QString::fromUtf8(tool(pdftotext, {pdf, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(QStringLiteral("Dầu Tiếng/Thanh An"))) << text.toStdString();

    // Refused where a scope does not belong (one site set up for both halves: it costs seconds).
    // At a commune: its reports are its own.
    const CliRun atCommune = admin(as(QStringLiteral("report progress")) + period +
                                       QStringList{QStringLiteral("--district"), QStringLiteral("Dầu Tiếng")},
                                   {kAdminPassword});
    EXPECT_EQ(atCommune.exitCode, 1);
    EXPECT_TRUE(atCommune.err.contains(QStringLiteral("province hub"))) << atCommune.err.toStdString();
    // An ambiguous bare name, an unknown commune: exit 1, the reason in English; both options: a usage error.
    const CliRun ambiguous =
        hubReport(QStringLiteral("progress"), {QStringLiteral("--commune"), QStringLiteral("An Bình")});
    EXPECT_EQ(ambiguous.exitCode, 1);
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("An Bình"))) << ambiguous.err.toStdString();
    EXPECT_EQ(hubReport(QStringLiteral("progress"), {QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Không")})
                  .exitCode,
              1);
    EXPECT_EQ(hubReport(QStringLiteral("progress"), {QStringLiteral("--district"), QStringLiteral("Dầu Tiếng"),
                                                     QStringLiteral("--commune"), QStringLiteral("Thanh An")})
                  .exitCode,
              2);
    EXPECT_EQ(hubReport(QStringLiteral("progress"), {QStringLiteral("--district"), QStringLiteral(" ")}).exitCode, 2);
}

} // namespace
