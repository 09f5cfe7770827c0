// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// A hub runs the campaign file it was given (issue 14, part 1): `init --kind hub --campaign FILE` keeps the file in the
// hub's database, and every command then uses that campaign's districts, communes and units, refusing the built-in
// Bình Dương 2022 ones. An invalid file is refused at init with nothing created; without --campaign, the built-in one.
#include "tests/cli/CliRunner.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using namespace dc::test;

namespace {

// Another province's campaign, as a file: 2 districts, 3 communes, 2 units (one a district's Youth Union).
const char* const kSmallCampaign = R"({
  "format": 1,
  "name": "Lâm Hà thử 2022",
  "province": "Lâm Hà",
  "plan": {"dailyTarget": 120, "pairsPerDay": 1},
  "districts": [
    {"name": "Sông Lam", "volunteers": 4, "communes": [
      {"name": "An Hòa", "kind": "xã"},
      {"name": "Bình Minh", "kind": "phường"}
    ]},
    {"name": "Núi Xanh", "volunteers": 2, "communes": [
      {"name": "Cát Tiên", "kind": "thị trấn"}
    ]}
  ],
  "neighbours": [["Sông Lam", "Núi Xanh"]],
  "units": [
    {"name": "Sông Lam", "kind": "district", "district": "Sông Lam", "quota": 4},
    {"name": "Trường Cao đẳng Lâm Hà", "kind": "school", "quota": 2}
  ],
  "dates": {"registrationFrom": "24/11/2022", "registrationTo": "28/11/2022", "unitListsDue": "29/11/2022",
            "training": "30/11/2022 08:00", "workFrom": "01/12/2022", "workTo": "31/12/2022"},
  "scope": {"entryCutoff": "01/06/2017"},
  "eligibility": {"minAge": 16, "maxAge": 35}
})";

class SiteCampaignCliTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString hub = dir.filePath(QStringLiteral("hub.db"));
    QString xa = dir.filePath(QStringLiteral("xa.db"));

    [[nodiscard]] QString path(const char* name) const { return dir.filePath(QLatin1String(name)); }
    [[nodiscard]] static QStringList on(const QString& db, const QStringList& command) {
        return command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("giamsat"),
                                     QStringLiteral("--password-stdin")};
    }
    static CliRun init(const QString& db, const QStringList& extra) {
        return admin(QStringList{QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"),
                                 QStringLiteral("Tỉnh Đoàn"), QStringLiteral("--admin"), QStringLiteral("giamsat"),
                                 QStringLiteral("--kdf"), QStringLiteral("minimum"),
                                 QStringLiteral("--password-stdin")} +
                         extra,
                     {kAdminPassword});
    }
    QString write(const char* name, const QByteArray& bytes) const {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    [[nodiscard]] CliRun atHub(const QStringList& command, const QStringList& moreStdin = {}) const {
        return admin(on(hub, command), QStringList{kAdminPassword} + moreStdin);
    }
    void smallHub() {
        const QString file = write("lam-ha.json", QByteArray(kSmallCampaign));
        const CliRun made =
            init(hub, {QStringLiteral("--kind"), QStringLiteral("hub"), QStringLiteral("--campaign"), file});
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    }
};

TEST_F(SiteCampaignCliTest, AHubMadeWithAFileRunsThatCampaignAndRefusesTheBuiltInNames) {
    ASSERT_NO_FATAL_FAILURE(smallHub());

    // Which campaign: its name, and the SHA-256 of the very bytes given.
    const CliRun show = atHub({QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("--json")});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_EQ(show.json().value(QStringLiteral("campaign")).toString(), QStringLiteral("Lâm Hà thử 2022"));
    EXPECT_FALSE(show.json().value(QStringLiteral("builtIn")).toBool(true));
    EXPECT_EQ(
        show.json().value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(QByteArray(kSmallCampaign), QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(show.json().value(QStringLiteral("communes")).toInt(), 3);
    const CliRun check = atHub({QStringLiteral("campaign"), QStringLiteral("check"), QStringLiteral("--json")});
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_EQ(check.json().value(QStringLiteral("campaign")).toString(), QStringLiteral("Lâm Hà thử 2022"));

    // A district account: a district of this campaign, not of the built-in one.
    const QString districtPassword = QStringLiteral("dat-do-cao-su-xanh-32");
    EXPECT_EQ(atHub({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("huyen"), QStringLiteral("--role"),
                     QStringLiteral("district"), QStringLiteral("--district"), QStringLiteral("Dầu Tiếng")},
                    {districtPassword})
                  .exitCode,
              1);
    const CliRun district =
        atHub({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("huyen"), QStringLiteral("--role"),
               QStringLiteral("district"), QStringLiteral("--district"), QStringLiteral("núi xanh")},
              {districtPassword});
    EXPECT_EQ(district.exitCode, 0) << district.err.toStdString();

    // A person's commune.
    EXPECT_EQ(atHub({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Lê Văn A"), QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Thanh An")})
                  .exitCode,
              1);
    const CliRun person =
        atHub({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Lê Văn A"),
               QStringLiteral("--commune"), QStringLiteral("Sông Lam/An Hòa")});
    EXPECT_EQ(person.exitCode, 0) << person.err.toStdString();

    // A unit's list: this campaign's units, and its communes in the "Xã đăng ký" column.
    const QString list =
        write("song-lam.csv", "Họ và tên,Năm sinh,Số CCCD,Đồng ý thời gian,Chấp nhận phân công,Tin học,Xã đăng ký,"
                              "Huyện đăng ký\n"
                              "Nguyễn Thị Ánh Tuyết,2001,074301001234,có,có,có,An Hòa,Sông Lam\n"
                              "Trần Văn Đức,2000,074200001235,có,có,có,Bình Minh,Sông Lam\n"
                              "Lê Thị Tuyết,2002,074302001236,có,có,có,Cát Tiên,Núi Xanh\n");
    EXPECT_EQ(atHub({QStringLiteral("volunteers"), QStringLiteral("import"), list, QStringLiteral("--unit"),
                     QStringLiteral("Dầu Tiếng"), QStringLiteral("--yes")})
                  .exitCode,
              1);
    const CliRun imported =
        atHub({QStringLiteral("volunteers"), QStringLiteral("import"), list, QStringLiteral("--unit"),
               QStringLiteral("Song Lam"), QStringLiteral("--yes"), QStringLiteral("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString() << imported.err.toStdString();
    EXPECT_EQ(imported.json().value(QStringLiteral("added")).toInt(), 3);

    // The quota board: this campaign's two units, nothing of Bình Dương's 17.
    const CliRun quota = atHub({QStringLiteral("quota"), QStringLiteral("--json")});
    ASSERT_EQ(quota.exitCode, 0) << quota.err.toStdString();
    EXPECT_TRUE(quota.out.contains(QStringLiteral("Trường Cao đẳng Lâm Hà"))) << quota.out.toStdString();
    EXPECT_FALSE(quota.out.contains(QStringLiteral("Dầu Tiếng"))) << quota.out.toStdString();

    // The allocation places everyone in this campaign's communes.
    const CliRun allocated = atHub({QStringLiteral("allocate"), QStringLiteral("--json")});
    ASSERT_EQ(allocated.exitCode, 0) << allocated.err.toStdString();
    const QJsonArray assignments = allocated.json().value(QStringLiteral("assignments")).toArray();
    ASSERT_EQ(assignments.size(), 3);
    QSet<QString> places;
    for (const auto& a : assignments) {
        places.insert(a.toObject().value(QStringLiteral("district")).toString() + u'/' +
                      a.toObject().value(QStringLiteral("commune")).toString());
    }
    EXPECT_EQ(places, (QSet<QString>{QStringLiteral("Sông Lam/An Hòa"), QStringLiteral("Sông Lam/Bình Minh"),
                                     QStringLiteral("Núi Xanh/Cát Tiên")}));

    // A report at the hub, for a district of this campaign; the built-in one's is unknown here.
    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    const QStringList report{QStringLiteral("report"),    QStringLiteral("progress"),
                             QStringLiteral("--format"),  QStringLiteral("json"),
                             QStringLiteral("--from"),    today,
                             QStringLiteral("--to"),      today,
                             QStringLiteral("--district")};
    const CliRun ours = atHub(report + QStringList{QStringLiteral("Sông Lam")});
    EXPECT_EQ(ours.exitCode, 0) << ours.err.toStdString();
    const CliRun theirs = atHub(report + QStringList{QStringLiteral("Dầu Tiếng")});
    EXPECT_NE(theirs.exitCode, 0);
    EXPECT_TRUE(theirs.err.contains(QStringLiteral("Dầu Tiếng")) || theirs.err.contains(QStringLiteral("district")))
        << theirs.err.toStdString();

    // A commune workstation is enrolled to one of this campaign's communes, never to a built-in one.
    ASSERT_EQ(init(xa, {}).exitCode, 0);
    const CliRun request = admin(on(xa, {QStringLiteral("enroll"), QStringLiteral("request"),
                                         QStringLiteral("--output"), path("xa.enroll"), QStringLiteral("--json")}),
                                 {kAdminPassword});
    ASSERT_EQ(request.exitCode, 0) << request.err.toStdString();
    const auto accept = [&](const QString& commune) {
        return atHub({QStringLiteral("enroll"), QStringLiteral("accept"), path("xa.enroll"),
                      QStringLiteral("--fingerprint"), request.json().value(QStringLiteral("fingerprint")).toString(),
                      QStringLiteral("--commune"), commune, QStringLiteral("--output"), path("xa.welcome"),
                      QStringLiteral("--json")});
    };
    EXPECT_EQ(accept(QStringLiteral("Dầu Tiếng/Thanh An")).exitCode, 1);
    EXPECT_FALSE(QFile::exists(path("xa.welcome")));
    const CliRun accepted = accept(QStringLiteral("Cát Tiên"));
    EXPECT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
    QFile welcome(path("xa.welcome"));
    ASSERT_TRUE(welcome.open(QIODevice::ReadOnly));
    const QByteArray welcomeBytes = welcome.readAll();
    // The welcome carries this campaign's geography.
    EXPECT_TRUE(welcomeBytes.contains(QByteArray("Lâm Hà thử 2022")) || welcomeBytes.contains(QByteArray("Sông Lam")));
}

TEST_F(SiteCampaignCliTest, AnInvalidCampaignFileIsRefusedAtInitWithNothingCreated) {
    // A district without communes: the loader's reason, exit 1, no database, no keyring, no temporary file left.
    QByteArray bad(kSmallCampaign);
    bad.replace(R"({"name": "Cát Tiên", "kind": "thị trấn"})", "");
    const QString file = write("bad.json", bad);
    const CliRun refused =
        init(hub, {QStringLiteral("--kind"), QStringLiteral("hub"), QStringLiteral("--campaign"), file});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("campaign file is refused"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("the district Núi Xanh must have 1 to 1000 communes")))
        << refused.err.toStdString();
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    EXPECT_EQ(left, QStringList{QStringLiteral("bad.json")});

    // Not JSON; a missing file; a campaign for a commune workstation (it receives the hub's at enrollment).
    const QString notJson = write("not.json", QByteArray("districts: none"));
    EXPECT_EQ(
        init(hub, {QStringLiteral("--kind"), QStringLiteral("hub"), QStringLiteral("--campaign"), notJson}).exitCode,
        1);
    EXPECT_EQ(
        init(hub, {QStringLiteral("--kind"), QStringLiteral("hub"), QStringLiteral("--campaign"), path("missing.json")})
            .exitCode,
        1);
    const QString good = write("good.json", QByteArray(kSmallCampaign));
    const CliRun commune = init(xa, {QStringLiteral("--campaign"), good});
    EXPECT_EQ(commune.exitCode, 1);
    EXPECT_TRUE(commune.err.contains(QStringLiteral("hub"))) << commune.err.toStdString();
    EXPECT_FALSE(QFile::exists(hub));
    EXPECT_FALSE(QFile::exists(hub + QStringLiteral(".keyring")));
    EXPECT_FALSE(QFile::exists(xa));
    EXPECT_FALSE(QFile::exists(xa + QStringLiteral(".keyring")));
}

TEST_F(SiteCampaignCliTest, AHubWithoutAFileRunsTheBuiltInCampaign) {
    ASSERT_EQ(init(hub, {QStringLiteral("--kind"), QStringLiteral("hub")}).exitCode, 0);
    const CliRun show = atHub({QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("--json")});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_EQ(show.json().value(QStringLiteral("campaign")).toString(), QStringLiteral("Bình Dương 2022"));
    EXPECT_TRUE(show.json().value(QStringLiteral("builtIn")).toBool(false));
    EXPECT_EQ(show.json().value(QStringLiteral("communes")).toInt(), 91);
    EXPECT_EQ(show.json().value(QStringLiteral("sha256")).toString().size(), 64);
    // And its names are the ones the hub knows.
    const CliRun person =
        atHub({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Lê Văn A"),
               QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Thanh An")});
    EXPECT_EQ(person.exitCode, 0) << person.err.toStdString();
    EXPECT_EQ(atHub({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Lê Văn B"), QStringLiteral("--commune"), QStringLiteral("Sông Lam/An Hòa")})
                  .exitCode,
              1);
}

} // namespace
