// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `wipe` and `hub wipe-record` as a script drives them (issue 17 part 6; docs/HUB.md "The end of the campaign"): exit
// 1 and nothing removed until the hub acknowledged everything, then every file gone and the statement recorded.
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace {

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

const QString kPlace = QStringLiteral("Dầu Tiếng/Thanh An");

class WipeCliTest : public dc::test::CliSite {
protected:
    QString usb = dir.filePath(QStringLiteral("usb"));
    QString statement = dir.filePath(QStringLiteral("thanh-an.wipe"));

    void SetUp() override {
        createSite();
        QDir().mkpath(usb);
        ASSERT_NO_FATAL_FAILURE(createHubAndEnroll(kPlace));
        QFile lines(dir.filePath(QStringLiteral("checks.jsonl")));
        ASSERT_TRUE(lines.open(QIODevice::WriteOnly));
        lines.write(QStringLiteral("{\"book\": %1, \"entry\": 1, \"registrationDate\": \"14/04/1998\", "
                                   "\"subjectName\": \"Lê Văn Tám\", \"outcome\": \"match\"}\n")
                        .arg(book)
                        .toUtf8());
        lines.close();
        ASSERT_EQ(importAsPair(dir.filePath(QStringLiteral("checks.jsonl"))).exitCode, 0);
    }
    [[nodiscard]] CliRun wipe(const QString& place = kPlace) const {
        return admin(as(QStringLiteral("wipe --json --output ") + statement + u' ' + usb) +
                         QStringList{QStringLiteral("--confirm"), place},
                     {kAdminPassword});
    }
    [[nodiscard]] bool siteIntact() const {
        return QFileInfo::exists(db) && QFileInfo::exists(db + QStringLiteral(".keyring")) &&
               !QFileInfo::exists(statement);
    }
};

TEST_F(WipeCliTest, RefusedUntilTheHubAcknowledgesThenWipedAndRecorded) {
    // Without --confirm: a usage error before any password.
    EXPECT_EQ(admin(as(QStringLiteral("wipe --output ") + statement), {}).exitCode, 2);
    // No receipt yet: refused, exit 1, nothing removed.
    const CliRun early = wipe();
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_TRUE(early.err.contains(QStringLiteral("receipt"))) << early.err.toStdString();
    EXPECT_TRUE(siteIntact());

    const CliRun exported = admin(as(QStringLiteral("bundle export --json --output ") + usb), {kAdminPassword});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString bundle = exported.json().value(QStringLiteral("file")).toString();
    const CliRun imported = admin(atHub(QStringLiteral("bundle import --json ") + bundle), {kAdminPassword});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QString receipt = imported.json()
                                .value(QStringLiteral("files"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("receipt"))
                                .toString();
    // The bundle exported but its receipt not recorded: still refused.
    EXPECT_EQ(wipe().exitCode, 1);
    EXPECT_TRUE(siteIntact());
    ASSERT_EQ(admin(as(QStringLiteral("bundle receipt ") + receipt), {kAdminPassword}).exitCode, 0);
    // Another commune's name: refused.
    EXPECT_EQ(wipe(QStringLiteral("Dầu Tiếng/Long Hòa")).exitCode, 1);
    EXPECT_TRUE(siteIntact());
    EXPECT_TRUE(QFileInfo::exists(bundle));

    const CliRun done = wipe();
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_EQ(done.json().value(QStringLiteral("sequence")).toInt(), 1);
    EXPECT_FALSE(QFileInfo::exists(db));
    EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral(".keyring")));
    EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral(".mark")));
    EXPECT_FALSE(QFileInfo::exists(bundle));
    EXPECT_TRUE(QFileInfo::exists(statement));
    // The site is gone: signing in says so.
    EXPECT_EQ(admin(as(QStringLiteral("info")), {kAdminPassword}).exitCode, 1);

    const CliRun recorded = admin(atHub(QStringLiteral("hub wipe-record --json ") + statement), {kAdminPassword});
    ASSERT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    EXPECT_FALSE(recorded.json().value(QStringLiteral("alreadyRecorded")).toBool());
    const CliRun status = admin(atHub(QStringLiteral("hub status --json")), {kAdminPassword});
    ASSERT_EQ(status.exitCode, 0);
    const QJsonObject wiped = status.json()
                                  .value(QStringLiteral("communes"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("wiped"))
                                  .toObject();
    EXPECT_EQ(wiped.value(QStringLiteral("sequence")).toInt(), 1);
    EXPECT_EQ(wiped.value(QStringLiteral("statement")).toString(), done.json().value(QStringLiteral("id")).toString());

    // A tampered statement: exit 1 with the reason.
    QFile file(statement);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes[bytes.size() - 1] = static_cast<char>(bytes[bytes.size() - 1] ^ 1);
    const QString tampered = dir.filePath(QStringLiteral("tampered.wipe"));
    QFile out(tampered);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const CliRun refused = admin(atHub(QStringLiteral("hub wipe-record ") + tampered), {kAdminPassword});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("refused: bad-signature"))) << refused.err.toStdString();
}

} // namespace
