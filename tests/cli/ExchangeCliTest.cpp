// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `bundle export|import|receipt|status` and `hub status` as a script drives them: the issue's JSON and exit codes.
#include "tests/cli/CliRunner.h"
#include "tests/support/Fifo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace {

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

class ExchangeCliTest : public dc::test::CliSite {
protected:
    QString outDir = dir.filePath(QStringLiteral("usb"));

    void SetUp() override {
        createSite();
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
        lines.close();
        const CliRun logged = importAsPair(dir.filePath(QStringLiteral("checks.jsonl")));
        ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    }
};

TEST_F(ExchangeCliTest, ExportImportReceiptAndStatusSpeakTheIssuesJson) {
    const CliRun exported = admin(as(QStringLiteral("bundle export --json --output ") + outDir), {kAdminPassword});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonObject e = exported.json();
    EXPECT_EQ(e.keys(), (QStringList{QStringLiteral("checks"), QStringLiteral("events"), QStringLiteral("file"),
                                     QStringLiteral("sequence")}));
    EXPECT_EQ(e.value(QStringLiteral("sequence")).toInt(), 1);
    EXPECT_EQ(e.value(QStringLiteral("checks")).toInt(), 3);
    EXPECT_EQ(e.value(QStringLiteral("events")).toArray().at(0).toInt(), 1);
    const QString file = e.value(QStringLiteral("file")).toString();
    EXPECT_TRUE(QFileInfo(file).fileName().startsWith(QStringLiteral("dau-tieng-thanh-an-"))) << file.toStdString();

    // A damaged copy beside the good file: exit 1, each file reported.
    QFile good(file);
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    QByteArray bytes = good.readAll();
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 1);
    const QString damaged = outDir + QStringLiteral("/damaged.bundle");
    QFile bad(damaged);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(bytes);
    bad.close();
    const CliRun mixed =
        admin(atHub(QStringLiteral("bundle import --json ") + damaged + u' ' + file), {kAdminPassword});
    EXPECT_EQ(mixed.exitCode, 1) << mixed.err.toStdString();
    const QJsonArray files = mixed.json().value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 2);
    EXPECT_EQ(files.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    EXPECT_EQ(files.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("bad-signature"));
    const QJsonObject imported = files.at(1).toObject();
    EXPECT_EQ(imported.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    EXPECT_EQ(imported.value(QStringLiteral("checks")).toInt(), 3);
    const QString receipt = imported.value(QStringLiteral("receipt")).toString();
    EXPECT_TRUE(QFile::exists(receipt)) << receipt.toStdString();

    // Importing it again: already imported, exit 0.
    const CliRun again = admin(atHub(QStringLiteral("bundle import --json ") + file), {kAdminPassword});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.json().value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("status")),
              QStringLiteral("already-imported"));

    const CliRun status = admin(atHub(QStringLiteral("hub status --json")), {kAdminPassword});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    const QJsonArray communes = status.json().value(QStringLiteral("communes")).toArray();
    ASSERT_EQ(communes.size(), 1);
    const QJsonObject c = communes.at(0).toObject();
    EXPECT_EQ(c.keys(),
              (QStringList{QStringLiteral("alarms"), QStringLiteral("checkpointSize"), QStringLiteral("commune"),
                           QStringLiteral("corrections"), QStringLiteral("district"), QStringLiteral("entries"),
                           QStringLiteral("epoch"), QStringLiteral("lastImport"), QStringLiteral("sequence"),
                           QStringLiteral("site")}));
    EXPECT_EQ(c.value(QStringLiteral("commune")).toString(), QStringLiteral("Thanh An"));
    EXPECT_EQ(c.value(QStringLiteral("district")).toString(), QStringLiteral("Dầu Tiếng"));
    EXPECT_EQ(c.value(QStringLiteral("entries")).toInt(), 3);
    EXPECT_EQ(c.value(QStringLiteral("sequence")).toInt(), 1);

    const CliRun recorded = admin(as(QStringLiteral("bundle receipt --json ") + receipt), {kAdminPassword});
    EXPECT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    const CliRun delivered = admin(as(QStringLiteral("bundle status")), {kAdminPassword});
    EXPECT_EQ(delivered.exitCode, 0);
    EXPECT_TRUE(delivered.out.contains(QStringLiteral("The province has everything up to")))
        << delivered.out.toStdString();
    EXPECT_TRUE(delivered.out.contains(QStringLiteral("3 entries")));
    const CliRun deliveredJson = admin(as(QStringLiteral("bundle status --json")), {kAdminPassword});
    const QString day = deliveredJson.json().value(QStringLiteral("day")).toString();
    EXPECT_TRUE(QDate::fromString(day, Qt::ISODate).isValid()) << deliveredJson.out.toStdString();
    EXPECT_TRUE(delivered.out.contains(QStringLiteral("up to ") + day + u',')) << delivered.out.toStdString();
    // A receipt is no bundle, and a bundle no receipt.
    EXPECT_EQ(admin(atHub(QStringLiteral("bundle import ")) + QStringList{receipt}, {kAdminPassword}).exitCode, 1);
    EXPECT_EQ(admin(as(QStringLiteral("bundle receipt ") + file), {kAdminPassword}).exitCode, 1);
    // At the commune, no import; at the hub, no export.
    EXPECT_EQ(admin(as(QStringLiteral("bundle import ") + file), {kAdminPassword}).exitCode, 1);
    EXPECT_EQ(admin(atHub(QStringLiteral("bundle export --output ") + outDir), {kAdminPassword}).exitCode, 1);
}

// A FIFO given as a bundle used to hang the import (opening it waits for a writer), and /dev/zero was read up to the
// 256 MiB cap: both are refused at once, as "damaged", and the good file beside them is imported.
TEST_F(ExchangeCliTest, AFifoOrADeviceGivenAsABundleIsRefusedAtOnce) {
    const CliRun exported = admin(as(QStringLiteral("bundle export --json --output ") + outDir), {kAdminPassword});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString fifo = dir.filePath(QStringLiteral("fifo.bundle"));
    ASSERT_TRUE(dc::test::makeFifo(fifo));
    const CliRun run = admin(atHub(QStringLiteral("bundle import --json ") + fifo + QStringLiteral(" /dev/zero ") +
                                   exported.json().value(QStringLiteral("file")).toString()),
                             {kAdminPassword});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonArray files = run.json().value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 3);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(files.at(i).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        EXPECT_EQ(files.at(i).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("damaged"));
    }
    EXPECT_EQ(files.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("imported"));

    // At the commune, the same FIFO given as a receipt: exit 1 at once, the reason said once.
    const CliRun receipt = admin(as(QStringLiteral("bundle receipt ") + fifo), {kAdminPassword});
    EXPECT_EQ(receipt.exitCode, 1);
    EXPECT_EQ(receipt.err.count(QStringLiteral("not a regular file")), 1) << receipt.err.toStdString();
}

} // namespace
