// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `findings actions|coverage|inventory` (issue 16 parts 1, 3 and 4) as the office and a commune would run them: a
// commune's work imported at the hub by command, the lists printed as JSON and written as a PDF naming its recipient,
// the refusals with their exit codes (usage errors before any password is asked).
#include "tests/cli/CliRunner.h"
#include "tests/cli/PdfBoxes.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>

namespace {

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

class FindingsCliTest : public dc::test::CliSite {
protected:
    QString outDir = dir.filePath(QStringLiteral("usb"));

    CliRun hub(const QString& command, const QStringList& extra = {}) const {
        return admin(atHub(command) + extra, {kAdminPassword});
    }

    void SetUp() override {
        createSite(QStringLiteral("Xã Thanh An"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("Lê Quang Minh"));
        QDir().mkpath(outDir);
        ASSERT_NO_FATAL_FAILURE(createHubAndEnroll(QStringLiteral("Dầu Tiếng/Thanh An")));
        QFile lines(dir.filePath(QStringLiteral("checks.jsonl")));
        ASSERT_TRUE(lines.open(QIODevice::WriteOnly));
        const char* outcomes[] = {"match", "missing_entered_new", "duplicate_in_database"};
        for (int entry = 1; entry <= 3; ++entry) {
            lines.write(QStringLiteral("{\"book\": %1, \"entry\": %2, \"registrationDate\": \"14/04/1998\", "
                                       "\"subjectName\": \"Lê Văn Tám\", \"outcome\": \"%3\"}\n")
                            .arg(book)
                            .arg(entry)
                            .arg(QLatin1String(outcomes[entry - 1]))
                            .toUtf8());
        }
        lines.write(QStringLiteral("{\"book\": %1, \"entry\": 5, \"registrationDate\": \"14/04/1998\", "
                                   "\"subjectName\": \"Lê Văn Tám\", \"outcome\": \"corrected\", \"corrections\": "
                                   "[{\"field\": \"subject.full_name\", \"before\": \"Lê Văn Tam\", \"after\": "
                                   "\"Lê Văn Tám\"}]}\n")
                        .arg(book)
                        .toUtf8());
        lines.close();
        const CliRun logged = importAsPair(dir.filePath(QStringLiteral("checks.jsonl")));
        ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
        const CliRun exported = admin(as(QStringLiteral("bundle export --json --output ") + outDir), {kAdminPassword});
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        const CliRun imported =
            hub(QStringLiteral("bundle import --json ") + exported.json().value(QStringLiteral("file")).toString());
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
};

TEST_F(FindingsCliTest, TheListsAFileForItsRecipientTheInventoryAndTheCoverage) {
    const CliRun lists = hub(QStringLiteral("findings actions --json"),
                             {QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Thanh An")});
    ASSERT_EQ(lists.exitCode, 0) << lists.err.toStdString();
    const QJsonObject json = lists.json();
    EXPECT_EQ(json.value(QStringLiteral("missingEnteredNew")).toArray().size(), 1);
    EXPECT_EQ(json.value(QStringLiteral("duplicatesInDatabase")).toArray().size(), 1);
    EXPECT_EQ(json.value(QStringLiteral("escalations")).toArray().size(), 0);
    const QJsonObject correction = json.value(QStringLiteral("corrections")).toArray().at(0).toObject();
    EXPECT_EQ(correction.value(QStringLiteral("after")).toString(), QStringLiteral("Lê Văn Tám"));
    EXPECT_EQ(correction.value(QStringLiteral("reference")).toObject().value(QStringLiteral("entry")).toInt(), 5);
    // The same at the commune, from its own log.
    const CliRun own = admin(as(QStringLiteral("findings actions --json")), {kAdminPassword});
    ASSERT_EQ(own.exitCode, 0) << own.err.toStdString();
    EXPECT_EQ(own.json().value(QStringLiteral("corrections")), json.value(QStringLiteral("corrections")));

    // A file names its recipient: without one, or with a control character in it, a usage error before any password.
    const QString pdf = outDir + QStringLiteral("/viec-can-lam.pdf");
    const CliRun noRecipient = admin(atHub(QStringLiteral("findings actions --output ") + pdf));
    EXPECT_EQ(noRecipient.exitCode, 2) << noRecipient.err.toStdString();
    EXPECT_TRUE(noRecipient.err.contains(QStringLiteral("--recipient")));
    const CliRun badRecipient = admin(atHub(QStringLiteral("findings actions --output ") + pdf)
                                      << QStringLiteral("--recipient") << QStringLiteral("Phòng\x07Tư pháp"));
    EXPECT_EQ(badRecipient.exitCode, 2) << badRecipient.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    // An option another subcommand reads is never silently ignored: a usage error before any password.
    for (const char* line : {"findings map --type birth", "findings coverage --deidentified",
                             "findings actions --year 1998", "findings inventory list --recipient X"}) {
        const CliRun stray = admin(atHub(QString::fromUtf8(line)));
        EXPECT_EQ(stray.exitCode, 2) << line << stray.err.toStdString();
        EXPECT_TRUE(stray.err.contains(QStringLiteral("does not apply"))) << line;
    }
    const CliRun written = hub(QStringLiteral("findings actions --output ") + pdf,
                               {QStringLiteral("--recipient"), QStringLiteral("Phòng Tư pháp huyện Dầu Tiếng")});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
    EXPECT_TRUE(printed.contains(QStringLiteral("Người nhận: Phòng Tư pháp huyện Dầu Tiếng"))) << printed.toStdString();
    EXPECT_TRUE(printed.contains(QStringLiteral("Lê Văn Tám")));
    // Nothing of a register reference is cut short: the widest columns wrap instead (app/common/export/PdfReport).
    EXPECT_FALSE(printed.contains(QStringLiteral("…"))) << printed.toStdString();
    dc::test::expectCleanLayout(pdf, "findings actions");

    // A volunteer is refused (NotPermitted: 1).
    const CliRun volunteer = admin(as(QStringLiteral("findings actions"), QStringLiteral("lan")),
                                   {dc::test::fixturePassword(QLatin1String("lan"))});
    EXPECT_EQ(volunteer.exitCode, 1) << volunteer.err.toStdString();

    // The inventory (one fixture for both: each set-up makes a site, a hub and an enrollment).
    const CliRun added =
        hub(QStringLiteral("findings inventory add"),
            {QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Thanh An"), QStringLiteral("--type"),
             QStringLiteral("birth"), QStringLiteral("--year"), QStringLiteral("1998"), QStringLiteral("--number"),
             QStringLiteral("01"), QStringLiteral("--first"), QStringLiteral("1"), QStringLiteral("--last"),
             QStringLiteral("8")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliRun badYear = admin(atHub(QStringLiteral("findings inventory add --commune Thanh --type birth --year "
                                                      "x --number 01 --first 1 --last 8")));
    EXPECT_EQ(badYear.exitCode, 2) << badYear.err.toStdString();
    const QString csv = dir.filePath(QStringLiteral("so.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("district,commune,type,year,number,first,last\nDầu Tiếng,Thanh An,death,2001,01,1,9\n"
               "Dầu Tiếng,Thanh An,death,2001,01,1,9\n");
    file.close();
    const CliRun refused = hub(QStringLiteral("findings inventory import ") + csv);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("line 3"))) << refused.err.toStdString();
    const CliRun listed = hub(QStringLiteral("findings inventory list --json"));
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.json().value(QStringLiteral("registers")).toArray().size(), 1);

    const CliRun coverage = hub(QStringLiteral("findings coverage --json"));
    ASSERT_EQ(coverage.exitCode, 0) << coverage.err.toStdString();
    const QJsonArray registers = coverage.json().value(QStringLiteral("registers")).toArray();
    ASSERT_FALSE(registers.isEmpty());
    const QJsonObject first = registers.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("bookNumber")).toString(), QStringLiteral("01"));
    EXPECT_EQ(first.value(QStringLiteral("last")).toInt(), 8);
    EXPECT_EQ(first.value(QStringLiteral("checked")).toInt(), 4);
    EXPECT_EQ(first.value(QStringLiteral("gaps")).toArray(), (QJsonArray{QJsonArray{4, 4}, QJsonArray{6, 8}}));
    EXPECT_EQ(first.value(QStringLiteral("source")).toString(), QStringLiteral("both"));
}

} // namespace
