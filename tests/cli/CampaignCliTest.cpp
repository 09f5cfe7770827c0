// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// campaign check as office staff and scripts run it: no database, the totals recomputed, exit codes, JSON.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSite.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using dc::test::admin;
using dc::test::CliRun;

namespace {

const QByteArray kSmall = R"({
  "format": 1, "name": "Thử", "province": "Bình Dương", "plan": {"dailyTarget": 400, "pairsPerDay": 2},
  "districts": [
    {"name": "Dĩ An", "volunteers": 8, "communes": [{"name": "Tân Bình", "kind": "phường"},
                                                   {"name": "An Bình", "kind": "phường", "dailyTarget": 300}]},
    {"name": "Phú Giáo", "volunteers": 4, "communes": [{"name": "An Bình", "kind": "xã"}]}],
  "totals": {"communes": 3, "dailyTarget": 1100, "volunteers": 12, "byDistrict": {"Phú Giáo": {"communes": 1}}}
})";

QString write(const QTemporaryDir& dir, const QByteArray& bytes, const char* name = "campaign.json") {
    const QString path = dir.filePath(QLatin1String(name));
    dc::test::writeAll(path, bytes);
    return path;
}

TEST(CampaignCliTest, AFileWhoseTotalsAgreeExitsZero) {
    QTemporaryDir dir;
    const CliRun run = admin({QStringLiteral("campaign"), QStringLiteral("check"), write(dir, kSmall)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("every stated total agrees"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QRegularExpression(QStringLiteral("communes +3\n")))) << run.out.toStdString();
}

TEST(CampaignCliTest, AWrongStatedTotalIsNamedAndExitsOne) {
    QTemporaryDir dir;
    QByteArray wrong = kSmall;
    wrong.replace(R"("Phú Giáo": {"communes": 1})", R"("Phú Giáo": {"communes": 2})");
    wrong.replace(R"("dailyTarget": 1100)", R"("dailyTarget": 1200)");
    const QString path = write(dir, wrong);
    const CliRun text = admin({QStringLiteral("campaign"), QStringLiteral("check"), path});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains(QStringLiteral("dailyTarget: stated 1200, computed 1100"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Phú Giáo: communes: stated 2, computed 1")))
        << text.out.toStdString();

    const CliRun json = admin({QStringLiteral("campaign"), QStringLiteral("check"), path, QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonArray disagreements = json.json().value(QStringLiteral("disagreements")).toArray();
    ASSERT_EQ(disagreements.size(), 2) << json.out.toStdString();
    EXPECT_EQ(disagreements.at(0).toObject(), (QJsonObject{{QStringLiteral("total"), QStringLiteral("dailyTarget")},
                                                           {QStringLiteral("stated"), 1200},
                                                           {QStringLiteral("computed"), 1100}}));
    EXPECT_EQ(disagreements.at(1).toObject(), (QJsonObject{{QStringLiteral("total"), QStringLiteral("communes")},
                                                           {QStringLiteral("district"), QStringLiteral("Phú Giáo")},
                                                           {QStringLiteral("stated"), 2},
                                                           {QStringLiteral("computed"), 1}}));
}

TEST(CampaignCliTest, JsonGivesEveryTotalByProvinceAndDistrict) {
    QTemporaryDir dir;
    const CliRun run =
        admin({QStringLiteral("campaign"), QStringLiteral("check"), write(dir, kSmall), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = run.json();
    EXPECT_TRUE(result.value(QStringLiteral("disagreements")).toArray().isEmpty());
    const QJsonObject totals = result.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("districts")).toInt(), 2);
    EXPECT_EQ(totals.value(QStringLiteral("communes")).toInt(), 3);
    EXPECT_EQ(totals.value(QStringLiteral("dailyTarget")).toInt(), 1100);
    EXPECT_EQ(totals.value(QStringLiteral("pairsPerDay")).toInt(), 6);
    EXPECT_EQ(totals.value(QStringLiteral("volunteersPerDay")).toInt(), 12);
    EXPECT_EQ(totals.value(QStringLiteral("volunteers")).toInt(), 12);
    EXPECT_EQ(totals.value(QStringLiteral("communes.phường")).toInt(), 2);
    const QJsonObject diAn =
        totals.value(QStringLiteral("byDistrict")).toObject().value(QStringLiteral("Dĩ An")).toObject();
    EXPECT_EQ(diAn.value(QStringLiteral("communes")).toInt(), 2);
    EXPECT_EQ(diAn.value(QStringLiteral("dailyTarget")).toInt(), 700);
    EXPECT_EQ(diAn.value(QStringLiteral("volunteers")).toInt(), 8);
}

TEST(CampaignCliTest, TheBuiltInCampaignSaysWhereThePlanDisagreesWithItself) {
    const CliRun run = admin({QStringLiteral("campaign"), QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1); // the 2022 plan's total row: 362 volunteers a day, its rows add up to 364
    const QJsonObject result = run.json();
    EXPECT_EQ(result.value(QStringLiteral("campaign")).toString(), QStringLiteral("Bình Dương 2022"));
    EXPECT_EQ(result.value(QStringLiteral("totals")).toObject().value(QStringLiteral("communes")).toInt(), 91);
    const QJsonArray disagreements = result.value(QStringLiteral("disagreements")).toArray();
    ASSERT_EQ(disagreements.size(), 1) << run.out.toStdString();
    EXPECT_EQ(disagreements.at(0).toObject().value(QStringLiteral("total")).toString(),
              QLatin1String("volunteersPerDay"));
    EXPECT_EQ(disagreements.at(0).toObject().value(QStringLiteral("stated")).toInt(), 362);
    EXPECT_EQ(disagreements.at(0).toObject().value(QStringLiteral("computed")).toInt(), 364);
}

TEST(CampaignCliTest, DamagedOrMissingFilesAreRefusedWithExitOne) {
    QTemporaryDir dir;
    const CliRun truncated = admin(
        {QStringLiteral("campaign"), QStringLiteral("check"), write(dir, kSmall.left(80)), QStringLiteral("--json")});
    EXPECT_EQ(truncated.exitCode, 1);
    EXPECT_TRUE(truncated.out.isEmpty());
    EXPECT_TRUE(truncated.err.contains(QStringLiteral("not a JSON object"))) << truncated.err.toStdString();

    QByteArray twice = kSmall;
    twice.replace(R"({"name": "Tân Bình", "kind": "phường"})", R"({"name": "An Bình", "kind": "phường"})");
    const CliRun duplicate = admin({QStringLiteral("campaign"), QStringLiteral("check"), write(dir, twice)});
    EXPECT_EQ(duplicate.exitCode, 1);
    EXPECT_TRUE(duplicate.err.contains(QStringLiteral("An Bình is named twice in Dĩ An")))
        << duplicate.err.toStdString();

    const CliRun binary =
        admin({QStringLiteral("campaign"), QStringLiteral("check"), write(dir, QByteArray("\x00\xff\xfe", 3), "b")});
    EXPECT_EQ(binary.exitCode, 1);

    const CliRun missing =
        admin({QStringLiteral("campaign"), QStringLiteral("check"), dir.filePath(QStringLiteral("none.json"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no campaign file"))) << missing.err.toStdString();
}

TEST(CampaignCliTest, UsageErrorsExitTwo) {
    EXPECT_EQ(admin({QStringLiteral("campaign")}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("campaign"), QStringLiteral("fly")}).exitCode, 2);
    EXPECT_EQ(
        admin({QStringLiteral("campaign"), QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")}).exitCode,
        2);
    EXPECT_EQ(admin({QStringLiteral("campaign"), QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("x")})
                  .exitCode,
              2);
}

} // namespace

TEST(CampaignCliTest, TheBuiltInCampaignPrintsItsUnitsQuotasDatesAndAges) {
    const CliRun run = admin({QStringLiteral("campaign"), QStringLiteral("check"), QStringLiteral("--json")});
    const QJsonObject result = run.json();
    const QJsonObject totals = result.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("units")).toInt(), 17);
    EXPECT_EQ(totals.value(QStringLiteral("quota")).toInt(), 600); // recomputed from the 17 quotas
    const QJsonArray units = result.value(QStringLiteral("units")).toArray();
    ASSERT_EQ(units.size(), 17);
    EXPECT_EQ(units.at(10).toObject().value(QStringLiteral("name")).toString(),
              QString::fromUtf8("Đại học Thủ Dầu Một"));
    EXPECT_EQ(units.at(10).toObject().value(QStringLiteral("quota")).toInt(), 60);
    const QJsonObject dates = result.value(QStringLiteral("dates")).toObject();
    EXPECT_EQ(dates.value(QStringLiteral("unitListsDue")).toString(), QLatin1String("29/11/2022"));
    EXPECT_EQ(dates.value(QStringLiteral("training")).toString(), QLatin1String("30/11/2022 08:00"));
    EXPECT_EQ(result.value(QStringLiteral("entryCutoff")).toString(), QLatin1String("01/06/2017"));
    EXPECT_EQ(result.value(QStringLiteral("ages")).toObject().value(QStringLiteral("max")).toInt(), 35);
    const CliRun text = admin({QStringLiteral("campaign"), QStringLiteral("check")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("volunteersPerDay: stated 362, computed 364")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QString::fromUtf8("Cao đẳng nghề Đồng An"))) << text.out.toStdString();
    // A file whose stated quota disagrees with its units' is named, exit 1.
    QTemporaryDir dir;
    QByteArray bytes = kSmall;
    bytes.replace(R"("totals": {)", R"("units": [{"name": "Dĩ An", "kind": "district", "district": "Dĩ An", "quota": 8},
      {"name": "Đại học Việt Đức", "kind": "school", "quota": 5}], "totals": {"quota": 12, )");
    const CliRun wrong =
        admin({QStringLiteral("campaign"), QStringLiteral("check"), write(dir, bytes), QStringLiteral("--json")});
    EXPECT_EQ(wrong.exitCode, 1) << wrong.err.toStdString();
    const QJsonArray disagreements = wrong.json().value(QStringLiteral("disagreements")).toArray();
    ASSERT_EQ(disagreements.size(), 1) << wrong.out.toStdString();
    EXPECT_EQ(disagreements.at(0).toObject().value(QStringLiteral("total")).toString(), QLatin1String("quota"));
    EXPECT_EQ(disagreements.at(0).toObject().value(QStringLiteral("computed")).toInt(), 13);
}
