// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// validate, check-id and classify as office staff and scripts run them: no database, exit codes, JSON.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSite.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using dc::test::admin;
using dc::test::CliRun;

namespace {

QString writeEntry(const QTemporaryDir& dir, const QByteArray& json) {
    const QString path = dir.filePath(QStringLiteral("entry.json"));
    dc::test::writeAll(path, json);
    return path;
}

const QByteArray kGoodBirth = R"({
  "registration.commune": "Phường Phú Cường", "registration.book_number": "01", "registration.year": 1998,
  "registration.entry_number": "125", "registration.date": "14/04/1998",
  "subject.full_name": "NGUYỄN THỊ HỒNG", "subject.birth_date": "ngày 2 tháng 4 năm 1998", "subject.sex": "nữ",
  "subject.birth_place": "Trạm y tế phường Phú Cường", "mother.birth_date": "1972"
})";

TEST(DomainCliTest, ValidateAcceptsAGoodEntryAndOffersTitleCase) {
    QTemporaryDir dir;
    const CliRun run = admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"),
                              writeEntry(dir, kGoodBirth), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject result = run.json();
    EXPECT_TRUE(result.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("schemaVersion")).toString(), QLatin1String("birth/1"));
    EXPECT_TRUE(result.value(QStringLiteral("findings")).toArray().isEmpty());
    const QJsonObject normalized = result.value(QStringLiteral("normalized")).toObject();
    EXPECT_EQ(normalized.value(QStringLiteral("subject.birth_date")).toString(), QLatin1String("02/04/1998"));
    EXPECT_EQ(
        result.value(QStringLiteral("suggestions")).toObject().value(QStringLiteral("subject.full_name")).toString(),
        QStringLiteral("Nguyễn Thị Hồng"));
}

TEST(DomainCliTest, ValidateReportsErrorsInBothLanguagesAndExitsOne) {
    QTemporaryDir dir;
    QByteArray bad = kGoodBirth;
    bad.replace("14/04/1998", "31/04/1998");
    const CliRun text =
        admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"), writeEntry(dir, bad)});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains(QLatin1String("registration.date  date.impossible_day"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("vi: Ngày đăng ký có ngày không tồn tại"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QLatin1String("en: Registration date has a day that does not exist")));
    const CliRun json = admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"),
                               writeEntry(dir, bad), QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonObject finding = json.json().value(QStringLiteral("findings")).toArray().at(0).toObject();
    EXPECT_EQ(finding.value(QStringLiteral("severity")).toString(), QLatin1String("error"));
    EXPECT_EQ(finding.value(QStringLiteral("code")).toString(), QLatin1String("date.impossible_day"));
    EXPECT_FALSE(finding.value(QStringLiteral("messageVi")).toString().isEmpty());
}

TEST(DomainCliTest, ValidateWarningsDoNotFail) {
    QTemporaryDir dir;
    QByteArray late = kGoodBirth;
    late.replace("14/04/1998", "14/04/2018").replace("\"registration.year\": 1998", "\"registration.year\": 2018");
    late.replace("ngày 2 tháng 4 năm 1998", "02/04/2018");
    const CliRun run = admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"),
                              writeEntry(dir, late), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
    EXPECT_EQ(run.json()
                  .value(QStringLiteral("findings"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QLatin1String("entry.outside_campaign_scope"));
    // with a later cutoff the warning goes away
    const CliRun later = admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"),
                                QStringLiteral("--cutoff"), QStringLiteral("31/12/2018"), writeEntry(dir, late),
                                QStringLiteral("--json")});
    EXPECT_TRUE(later.json().value(QStringLiteral("findings")).toArray().isEmpty());
}

TEST(DomainCliTest, ValidateRefusesBadFilesAndUsage) {
    QTemporaryDir dir;
    EXPECT_EQ(admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"),
                     writeEntry(dir, "{ not json")})
                  .exitCode,
              1);
    EXPECT_EQ(admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"),
                     writeEntry(dir, "[1, 2]")})
                  .exitCode,
              1);
    EXPECT_EQ(admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"),
                     writeEntry(dir, "{\"subject.full_name\": \"\xff\xfe\"}")})
                  .exitCode,
              1);
    EXPECT_EQ(admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"),
                     dir.filePath(QStringLiteral("missing.json"))})
                  .exitCode,
              1);
    EXPECT_EQ(admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("adoption"),
                     writeEntry(dir, kGoodBirth)})
                  .exitCode,
              2);
    EXPECT_EQ(admin({QStringLiteral("validate"), writeEntry(dir, kGoodBirth)}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("validate"), QStringLiteral("--type"), QStringLiteral("birth"),
                     QStringLiteral("--cutoff"), QStringLiteral("2017"), writeEntry(dir, kGoodBirth)})
                  .exitCode,
              2);
}

TEST(DomainCliTest, CheckIdReadsTheNumber) {
    const CliRun run = admin({QStringLiteral("check-id"), QStringLiteral("074 195 123 456"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject id = run.json();
    EXPECT_EQ(id.value(QStringLiteral("kind")).toString(), QLatin1String("cccd"));
    EXPECT_EQ(id.value(QStringLiteral("provinceCode")).toString(), QLatin1String("074"));
    EXPECT_EQ(id.value(QStringLiteral("provinceName")).toString(), QStringLiteral("Bình Dương"));
    EXPECT_EQ(id.value(QStringLiteral("sex")).toString(), QLatin1String("female"));
    EXPECT_EQ(id.value(QStringLiteral("birthCentury")).toInt(), 1900);
    EXPECT_EQ(id.value(QStringLiteral("birthYear")).toInt(), 1995);

    const CliRun cmnd = admin({QStringLiteral("check-id"), QStringLiteral("280123456")});
    EXPECT_EQ(cmnd.exitCode, 0);
    EXPECT_TRUE(cmnd.out.contains(QLatin1String("kind:          cmnd")));
}

TEST(DomainCliTest, CheckIdWarnsOnDisagreementAndFailsOnBadNumbers) {
    const CliRun mismatch = admin({QStringLiteral("check-id"), QStringLiteral("074195123456"), QStringLiteral("--sex"),
                                   QStringLiteral("male"), QStringLiteral("--birth-year"), QStringLiteral("1959")});
    EXPECT_EQ(mismatch.exitCode, 0); // warnings, not refusals
    EXPECT_TRUE(mismatch.out.contains(QLatin1String("id.sex_mismatch")));
    EXPECT_TRUE(mismatch.out.contains(QLatin1String("id.birth_year_mismatch")));
    EXPECT_TRUE(mismatch.out.contains(QStringLiteral("Số CMND/CCCD"))) << mismatch.out.toStdString();
    const CliRun province =
        admin({QStringLiteral("check-id"), QStringLiteral("003195123456"), QStringLiteral("--json")});
    EXPECT_EQ(province.exitCode, 1);
    EXPECT_FALSE(province.json().value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(admin({QStringLiteral("check-id"), QStringLiteral("12345")}).exitCode, 1);
    EXPECT_EQ(admin({QStringLiteral("check-id"), QStringLiteral("074195123456"), QStringLiteral("--sex"),
                     QStringLiteral("x")})
                  .exitCode,
              2);
    EXPECT_EQ(admin({QStringLiteral("check-id")}).exitCode, 2);
}

TEST(DomainCliTest, ClassifyPrintsTheClass) {
    const CliRun tone = admin({QStringLiteral("classify"), QStringLiteral("--kind"), QStringLiteral("name"),
                               QStringLiteral("Hoà"), QStringLiteral("Hòa")});
    EXPECT_EQ(tone.exitCode, 0);
    EXPECT_TRUE(tone.out.startsWith(QLatin1String("tone_placement")));
    const CliRun swap = admin({QStringLiteral("classify"), QStringLiteral("--kind"), QStringLiteral("date"),
                               QStringLiteral("03/05/1980"), QStringLiteral("05/03/1980"), QStringLiteral("--json")});
    EXPECT_EQ(swap.json().value(QStringLiteral("class")).toString(), QLatin1String("date_day_month_swap"));
    EXPECT_FALSE(swap.json().value(QStringLiteral("writingDifference")).toBool());
    const CliRun missing = admin({QStringLiteral("classify"), QStringLiteral("--kind"), QStringLiteral("text"),
                                  QStringLiteral(""), QStringLiteral("Ấp 2")});
    EXPECT_TRUE(missing.out.startsWith(QLatin1String("missing_in_db")));
    const CliRun sex = admin({QStringLiteral("classify"), QStringLiteral("--kind"), QStringLiteral("sex"),
                              QStringLiteral("nữ"), QStringLiteral("nam")});
    EXPECT_TRUE(sex.out.startsWith(QLatin1String("value"))) << sex.out.toStdString(); // never "spelling"
    EXPECT_EQ(admin({QStringLiteral("classify"), QStringLiteral("--kind"), QStringLiteral("colour"),
                     QStringLiteral("a"), QStringLiteral("b")})
                  .exitCode,
              2);
    EXPECT_EQ(admin({QStringLiteral("classify"), QStringLiteral("--kind"), QStringLiteral("name"), QStringLiteral("a")})
                  .exitCode,
              2);
}

} // namespace
