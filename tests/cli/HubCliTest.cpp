// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The province hub from the command line: init --kind hub, district and province accounts, persons and their links.
#include "tests/cli/CliRunner.h"

#include <QJsonArray>
#include <QUuid>

#include <gtest/gtest.h>

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

namespace {

const QString kDistrictPassword = QStringLiteral("dat-do-cao-su-xanh-32");

class HubCliTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("hub.db"));

    [[nodiscard]] QStringList as(const QStringList& command, const QString& user = QStringLiteral("vanphong")) const {
        return command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                     QStringLiteral("--password-stdin")};
    }
    [[nodiscard]] CliRun initHub() const {
        return admin({QStringLiteral("init"), QStringLiteral("--kind"), QStringLiteral("hub"), QStringLiteral("--db"),
                      db, QStringLiteral("--site"), QStringLiteral("Tỉnh Đoàn Bình Dương"), QStringLiteral("--admin"),
                      QStringLiteral("vanphong"), QStringLiteral("--kdf"), QStringLiteral("minimum"),
                      QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                     {kAdminPassword});
    }
};

TEST_F(HubCliTest, AHubHasProvinceAndDistrictAccountsOnly) {
    const CliRun init = initHub();
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(init.json().value(QStringLiteral("kind")).toString(), QLatin1String("hub"));

    const CliRun district =
        admin(as({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dautieng"), QStringLiteral("--role"),
                  QStringLiteral("district"), QStringLiteral("--district"), QStringLiteral("Dầu Tiếng"),
                  QStringLiteral("--json")}),
              {kAdminPassword, kDistrictPassword});
    ASSERT_EQ(district.exitCode, 0) << district.err.toStdString();
    EXPECT_EQ(district.json().value(QStringLiteral("district")).toString(), QStringLiteral("Dầu Tiếng"));

    // Refused: a district that is not the campaign's, a district account without one, commune roles at a hub.
    const CliRun unknown =
        admin(as({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("longan"), QStringLiteral("--role"),
                  QStringLiteral("district"), QStringLiteral("--district"), QStringLiteral("Long An")}),
              {kAdminPassword, kDistrictPassword});
    EXPECT_EQ(unknown.exitCode, 1);
    const CliRun missing = admin(as({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bencat"),
                                     QStringLiteral("--role"), QStringLiteral("district")}),
                                 {kAdminPassword, kDistrictPassword});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QLatin1String("--district"))) << missing.err.toStdString();
    const CliRun volunteer = admin(as({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lan"),
                                       QStringLiteral("--role"), QStringLiteral("volunteer")}),
                                   {kAdminPassword, kDistrictPassword});
    EXPECT_EQ(volunteer.exitCode, 1);
    EXPECT_TRUE(volunteer.err.contains(QLatin1String("not allowed"))) << volunteer.err.toStdString();
    // A district account adds nobody.
    const CliRun byDistrict =
        admin(as({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("phugiao"), QStringLiteral("--role"),
                  QStringLiteral("district"), QStringLiteral("--district"), QStringLiteral("Phú Giáo")},
                 QStringLiteral("dautieng")),
              {kDistrictPassword, kDistrictPassword});
    EXPECT_EQ(byDistrict.exitCode, 1);

    const CliRun list = admin(as({QStringLiteral("user"), QStringLiteral("list")}), {kAdminPassword});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QRegularExpression(QStringLiteral("dautieng +district .*\\(Dầu Tiếng\\)"))))
        << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QRegularExpression(QStringLiteral("vanphong +province ")))) << list.out.toStdString();
    EXPECT_FALSE(list.out.contains(QLatin1String("longan")));
    EXPECT_FALSE(list.out.contains(QLatin1String("lan ")));
}

// A hub keeps no log of its own: the commune's reads are refused there (exit 1, the reason said), not answered with an
// empty list that would read as "nothing logged".
TEST_F(HubCliTest, TheCommunesReadsAreRefusedAtAHub) {
    ASSERT_EQ(initHub().exitCode, 0);
    const CliRun books = admin(as({QStringLiteral("book"), QStringLiteral("list")}), {kAdminPassword});
    EXPECT_EQ(books.exitCode, 1);
    EXPECT_TRUE(books.err.contains(QLatin1String("not done on this kind of site"))) << books.err.toStdString();
    EXPECT_TRUE(books.out.isEmpty()) << books.out.toStdString();
    const CliRun checks =
        admin(as({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}), {kAdminPassword});
    EXPECT_EQ(checks.exitCode, 1);
    EXPECT_TRUE(checks.err.contains(QLatin1String("not done on this kind of site"))) << checks.err.toStdString();
    EXPECT_TRUE(checks.out.isEmpty()) << checks.out.toStdString();
}

TEST_F(HubCliTest, PersonsAreAddedListedAndLinkedOnce) {
    ASSERT_EQ(initHub().exitCode, 0);
    const CliRun added =
        admin(as({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("--id-number"), QStringLiteral("079201001234"),
                  QStringLiteral("--commune"), QStringLiteral("Dĩ An/Tân Bình")}),
              {kAdminPassword});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString person = added.out.trimmed();
    EXPECT_FALSE(QUuid::fromString(person).isNull()) << person.toStdString();

    const CliRun ambiguous = admin(
        as({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Trần Văn Minh"),
            QStringLiteral("--commune"), QStringLiteral("Tân Bình"), QStringLiteral("--json")}),
        {kAdminPassword});
    EXPECT_EQ(ambiguous.exitCode, 1);
    EXPECT_TRUE(ambiguous.out.isEmpty());

    const QString site = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList link{QStringLiteral("person"),    QStringLiteral("link"),
                           QStringLiteral("--person"),  person,
                           QStringLiteral("--site"),    site,
                           QStringLiteral("--account"), QStringLiteral("lan"),
                           QStringLiteral("--json")};
    const CliRun linked = admin(as(link), {kAdminPassword});
    ASSERT_EQ(linked.exitCode, 0) << linked.err.toStdString();
    EXPECT_EQ(linked.json(), (QJsonObject{{QStringLiteral("person"), person},
                                          {QStringLiteral("site"), site},
                                          {QStringLiteral("userName"), QStringLiteral("lan")}}));
    const CliRun again = admin(as(link), {kAdminPassword});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QLatin1String("already linked"))) << again.err.toStdString();

    const CliRun json =
        admin(as({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")}), {kAdminPassword});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray persons = json.json().value(QStringLiteral("persons")).toArray();
    ASSERT_EQ(persons.size(), 1);
    const QJsonObject p = persons.at(0).toObject();
    EXPECT_EQ(p.value(QStringLiteral("person")).toString(), person);
    EXPECT_EQ(p.value(QStringLiteral("district")).toString(), QStringLiteral("Dĩ An"));
    EXPECT_EQ(p.value(QStringLiteral("commune")).toString(), QStringLiteral("Tân Bình"));
    EXPECT_EQ(p.value(QStringLiteral("links")).toArray().at(0).toObject().value(QStringLiteral("userName")).toString(),
              QLatin1String("lan"));
    // On the screen the ID number is masked.
    const CliRun text = admin(as({QStringLiteral("person"), QStringLiteral("list")}), {kAdminPassword});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_FALSE(text.out.contains(QLatin1String("079201001234"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QLatin1String("234"))) << text.out.toStdString();
}

TEST(HubCliUsageTest, KindIsCommuneOrHub) {
    QTemporaryDir dir;
    const CliRun run =
        admin({QStringLiteral("init"), QStringLiteral("--kind"), QStringLiteral("province"), QStringLiteral("--db"),
               dir.filePath(QStringLiteral("x.db")), QStringLiteral("--site"), QStringLiteral("X"),
               QStringLiteral("--admin"), QStringLiteral("vanphong"), QStringLiteral("--password-stdin")},
              {kAdminPassword});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.db"))));
    EXPECT_EQ(admin({QStringLiteral("person")}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("person"), QStringLiteral("fly")}).exitCode, 2);
}

} // namespace
