// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `findings map` (issue 16 part 2) as a commune's supervisor and the province office run it: the same map at the
// commune (from its log) and at the hub (after a real bundle import), as JSON, PDF and XLSX; usage errors before any
// password is asked; a district out of the campaign refused.
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>

namespace {

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

class FindingsMapCliTest : public dc::test::CliSite {
protected:
    QString outDir = dir.filePath(QStringLiteral("usb"));

    CliRun hub(const QString& command, const QStringList& extra = {}) const {
        return admin(atHub(command) + extra, {kAdminPassword});
    }
};

QString sexCell(const QJsonObject& map) {
    for (const QJsonValue& v : map.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("field")).toString() == QLatin1String("subject.sex") &&
            c.value(QStringLiteral("class")).toString().isEmpty()) {
            return QStringLiteral("%1/%2 %3 %4")
                .arg(c.value(QStringLiteral("corrected")).toInt())
                .arg(c.value(QStringLiteral("checked")).toInt())
                .arg(c.value(QStringLiteral("decade")).toInt())
                .arg(c.value(QStringLiteral("commune")).toString());
        }
    }
    return {};
}

TEST_F(FindingsMapCliTest, TheMapAtTheCommuneAndAtTheHubAsJsonPdfAndXlsx) {
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
                               "[{\"field\": \"subject.sex\", \"before\": \"nam\", \"after\": \"nữ\"}]}\n")
                    .arg(book)
                    .toUtf8());
    lines.close();
    ASSERT_EQ(importAsPair(dir.filePath(QStringLiteral("checks.jsonl"))).exitCode, 0);

    // Usage errors come before the password: nothing on stdin.
    EXPECT_EQ(admin(as(QStringLiteral("findings map --district A --commune B"))).exitCode, 2);
    EXPECT_EQ(admin(as(QStringLiteral("findings map --output map.txt"))).exitCode, 2);
    EXPECT_EQ(admin(as(QStringLiteral("findings map --lang fr"))).exitCode, 2);
    EXPECT_EQ(admin(as(QStringLiteral("findings nothing"))).exitCode, 2);

    const CliRun own = admin(as(QStringLiteral("findings map --json")), {kAdminPassword});
    ASSERT_EQ(own.exitCode, 0) << own.err.toStdString();
    EXPECT_EQ(sexCell(own.json()), QStringLiteral("1/4 1990 Thanh An"));
    EXPECT_FALSE(own.out.contains(QStringLiteral("Tám")));
    EXPECT_FALSE(own.out.contains(QStringLiteral("nữ")));

    const CliRun exported = admin(as(QStringLiteral("bundle export --json --output ") + outDir), {kAdminPassword});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    ASSERT_EQ(hub(QStringLiteral("bundle import --json ") + exported.json().value(QStringLiteral("file")).toString())
                  .exitCode,
              0);
    const CliRun atHub =
        hub(QStringLiteral("findings map --json"), {QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Thanh An")});
    ASSERT_EQ(atHub.exitCode, 0) << atHub.err.toStdString();
    EXPECT_EQ(atHub.json().value(QStringLiteral("cells")), own.json().value(QStringLiteral("cells")));
    EXPECT_EQ(atHub.json().value(QStringLiteral("outcomes")), own.json().value(QStringLiteral("outcomes")));

    const QString pdf = outDir + QStringLiteral("/map.pdf");
    const CliRun printed = hub(QStringLiteral("findings map --output ") + pdf);
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(pdfText.contains(QStringLiteral("Bản đồ sai sót"))) << pdfText.toStdString();
    EXPECT_TRUE(pdfText.contains(QStringLiteral("Giới tính"))) << pdfText.toStdString();
    EXPECT_FALSE(pdfText.contains(QStringLiteral("Tám")));
    const QString xlsx = outDir + QStringLiteral("/map.xlsx");
    const CliRun sheet = hub(QStringLiteral("findings map --lang en --output ") + xlsx);
    ASSERT_EQ(sheet.exitCode, 0) << sheet.err.toStdString();
    EXPECT_GT(QFileInfo(xlsx).size(), 1000);

    const CliRun unknown = hub(QStringLiteral("findings map --district Nowhere"));
    EXPECT_EQ(unknown.exitCode, 1);
}

} // namespace
