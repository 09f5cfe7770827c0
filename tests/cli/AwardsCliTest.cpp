// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `awards compute|explain|shortlist|certificates` (issue 15) as the office, a supervisor and a volunteer would run
// them: a commune's work imported at the hub by command, every output written and opened back (pdftotext), the
// refusals with their exit codes. The hub runs a campaign file whose "awards" relax the gate (one day of work, no
// spot-check needed), so that the pair of this small fixture is eligible and shortlisted.
#include "core/campaign/Campaign.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace {

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

QString pdfText(const QString& pdf) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed on " << pdf.toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

class AwardsCliTest : public dc::test::CliSite {
protected:
    QString outDir = dir.filePath(QStringLiteral("usb"));
    QString receipt; // the hub's receipt of the commune's bundle

    CliRun hub(const QString& command, const QStringList& extra = {}) const {
        return admin(atHub(command) + extra, {kAdminPassword});
    }

    void SetUp() override {
        createSite(QStringLiteral("Xã Thanh An"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("Lê Quang Minh"));
        QDir().mkpath(outDir);
        // The built-in campaign with a relaxed gate: one day is enough, spot-checks are not needed.
        QJsonObject campaign = QJsonDocument::fromJson(dc::core::campaign::builtInCampaignBytes()).object();
        campaign.insert(QStringLiteral("awards"),
                        QJsonObject{{QStringLiteral("tiers"), QJsonObject{{QStringLiteral("minDays"), 1}}},
                                    {QStringLiteral("gate"), QJsonObject{{QStringLiteral("minSpotCheckItems"), 0},
                                                                         {QStringLiteral("maxMissRateUpper"), 1}}}});
        const QString file = dir.filePath(QStringLiteral("campaign.json"));
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(campaign).toJson());
        out.close();
        ASSERT_NO_FATAL_FAILURE(
            createHubAndEnroll(QStringLiteral("Dầu Tiếng/Thanh An"), {QStringLiteral("--campaign"), file}));
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
        const CliRun logged = importAsPair(dir.filePath(QStringLiteral("checks.jsonl")));
        ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
        const CliRun exported = admin(as(QStringLiteral("bundle export --json --output ") + outDir), {kAdminPassword});
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        const CliRun imported =
            hub(QStringLiteral("bundle import --json ") + exported.json().value(QStringLiteral("file")).toString());
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        receipt = imported.json()
                      .value(QStringLiteral("files"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(QStringLiteral("receipt"))
                      .toString();
    }
};

TEST_F(AwardsCliTest, TheOfficeJudgesExplainsShortlistsAndPrintsCertificates) {
    // compute: both members, the pair's work counting for each, the same at the hub as at the commune.
    const CliRun computed = hub(QStringLiteral("awards compute --json"));
    ASSERT_EQ(computed.exitCode, 0) << computed.err.toStdString();
    const QJsonArray volunteers = computed.json().value(QStringLiteral("volunteers")).toArray();
    ASSERT_EQ(volunteers.size(), 2);
    QString site;
    for (const QJsonValue& v : volunteers) {
        const QJsonObject o = v.toObject();
        EXPECT_TRUE(o.value(QStringLiteral("person")).isNull()); // not linked yet
        EXPECT_EQ(o.value(QStringLiteral("tier")).toString(), QStringLiteral("completed"));
        EXPECT_TRUE(o.value(QStringLiteral("eligible")).toBool());
        EXPECT_TRUE(o.value(QStringLiteral("shortlisted")).toBool());
        const QJsonObject m = o.value(QStringLiteral("metrics")).toObject();
        EXPECT_EQ(m.value(QStringLiteral("entries")).toInt(), 4);
        EXPECT_EQ(m.value(QStringLiteral("realCorrections")).toInt(), 1);
        EXPECT_EQ(m.value(QStringLiteral("daysPresent")).toInt(), 1);
        site = o.value(QStringLiteral("site")).toString();
    }
    const CliRun atCommune = admin(as(QStringLiteral("awards compute --json")), {kAdminPassword});
    ASSERT_EQ(atCommune.exitCode, 0) << atCommune.err.toStdString();
    EXPECT_EQ(atCommune.json().value(QStringLiteral("volunteers")).toArray().size(), 2);
    // Byte for byte the same twice.
    EXPECT_EQ(hub(QStringLiteral("awards compute --json")).out, computed.out);

    // explain: JSON, and a PDF to hand over, with the name intact and the reason in Vietnamese.
    const CliRun explained =
        hub(QStringLiteral("awards explain"), {QStringLiteral("Dầu Tiếng/Thanh An:lan"), QStringLiteral("--json")});
    ASSERT_EQ(explained.exitCode, 0) << explained.err.toStdString();
    EXPECT_EQ(explained.json().value(QStringLiteral("name")).toString(), QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_TRUE(explained.json().value(QStringLiteral("shortlisted")).toBool());
    const QString lanPdf = outDir + QStringLiteral("/lan.pdf");
    const CliRun printed =
        hub(QStringLiteral("awards explain"), {QStringLiteral("Thanh An:lan"), QStringLiteral("--output"), lanPdf});
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    const QString lanText = pdfText(lanPdf);
    EXPECT_TRUE(lanText.contains(QStringLiteral("Nguyễn Thị Lan"))) << lanText.toStdString();
    EXPECT_TRUE(lanText.contains(QStringLiteral("Kết quả đánh giá"))) << lanText.toStdString();

    // shortlist: JSON, XLSX and PDF, and one evidence sheet per nominee, named without names.
    const QString listJson = outDir + QStringLiteral("/bang-khen.json");
    const QString evidence = outDir + QStringLiteral("/ho-so");
    const CliRun listed = hub(QStringLiteral("awards shortlist --json"),
                              {QStringLiteral("--output"), listJson, QStringLiteral("--evidence"), evidence});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonObject list = QJsonDocument::fromJson(dc::test::readAll(listJson)).object();
    EXPECT_EQ(list.value(QStringLiteral("evidence")).toArray().size(), 2); // the sheets written, listed with it
    const QJsonArray lists = list.value(QStringLiteral("shortlist")).toArray();
    ASSERT_EQ(lists.size(), 2); // the province's and Dầu Tiếng's
    EXPECT_EQ(lists.at(0).toObject().value(QStringLiteral("nominees")).toArray().size(), 2);
    const QStringList sheets = QDir(evidence).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    ASSERT_EQ(sheets.size(), 2);
    EXPECT_TRUE(sheets.front().startsWith(QStringLiteral("ho-so-001-"))) << sheets.front().toStdString();
    EXPECT_FALSE(sheets.join(u' ').contains(QStringLiteral("Lan")));
    const QString sheetText = pdfText(QDir(evidence).filePath(sheets.front()));
    EXPECT_TRUE(sheetText.contains(QStringLiteral("Hồ sơ thành tích"))) << sheetText.toStdString();
    for (const char* extension : {"xlsx", "pdf"}) {
        const QString path = outDir + QStringLiteral("/bang-khen.") + QString::fromLatin1(extension);
        const CliRun written = hub(QStringLiteral("awards shortlist --top 1 --output ") + path);
        ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
        EXPECT_TRUE(QFileInfo(path).size() > 0);
    }
    EXPECT_TRUE(pdfText(outDir + QStringLiteral("/bang-khen.pdf")).contains(QStringLiteral("Bằng khen")));

    // certificates: at the hub only linked volunteers are numbered; at the commune unnumbered drafts.
    const CliRun person =
        hub(QStringLiteral("person add --json"), {QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Lan")});
    ASSERT_EQ(person.exitCode, 0) << person.err.toStdString();
    const QString uuid = person.json().value(QStringLiteral("person")).toString();
    ASSERT_FALSE(uuid.isEmpty()) << person.out.toStdString();
    const CliRun linked =
        hub(QStringLiteral("person link"), {QStringLiteral("--person"), uuid, QStringLiteral("--site"), site,
                                            QStringLiteral("--account"), QStringLiteral("lan")});
    ASSERT_EQ(linked.exitCode, 0) << linked.err.toStdString();
    const QString certs = outDir + QStringLiteral("/gcn");
    const CliRun issued = hub(QStringLiteral("awards certificates --json --output ") + certs);
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    EXPECT_EQ(issued.json().value(QStringLiteral("certificates")).toInt(), 1);
    EXPECT_EQ(issued.json().value(QStringLiteral("unlinked")).toInt(), 1);
    EXPECT_TRUE(QFileInfo::exists(certs + QStringLiteral("/all.pdf")));
    const QString certText = pdfText(certs + QStringLiteral("/all.pdf"));
    EXPECT_TRUE(certText.contains(QStringLiteral("Nguyễn Thị Lan"))) << certText.toStdString();
    EXPECT_TRUE(certText.contains(QStringLiteral("0001"))) << certText.toStdString();
    const QString drafts = outDir + QStringLiteral("/nhap.pdf");
    const CliRun drafted =
        admin(as(QStringLiteral("awards certificates --min-days 1 --json --output ") + drafts), {kAdminPassword});
    ASSERT_EQ(drafted.exitCode, 0) << drafted.err.toStdString();
    EXPECT_TRUE(drafted.json().value(QStringLiteral("drafts")).toBool());
    EXPECT_EQ(drafted.json().value(QStringLiteral("certificates")).toInt(), 2);
}

TEST_F(AwardsCliTest, RefusalsAndAVolunteersOwnExplanation) {
    // A volunteer: their own explanation, nothing else.
    const QStringList lanSignIn{dc::test::fixturePassword(QLatin1String("lan"))};
    const CliRun own = admin(as(QStringLiteral("awards explain lan --json"), QStringLiteral("lan")), lanSignIn);
    ASSERT_EQ(own.exitCode, 0) << own.err.toStdString();
    EXPECT_FALSE(own.json().contains(QStringLiteral("patterns")));
    EXPECT_EQ(own.json().value(QStringLiteral("from")).toString(), QStringLiteral("site"));
    // The hub's judgement comes back with the receipt, and is then the one shown (the gate of the hub's campaign file:
    // eligible and shortlisted there; the commune's built-in rules would say fewer than 5 days).
    ASSERT_FALSE(receipt.isEmpty());
    const CliRun recorded = admin(as(QStringLiteral("bundle receipt --json ") + receipt), {kAdminPassword});
    ASSERT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    EXPECT_EQ(recorded.json().value(QStringLiteral("explanations")).toInt(), 2);
    const CliRun fromHub = admin(as(QStringLiteral("awards explain lan --json"), QStringLiteral("lan")), lanSignIn);
    ASSERT_EQ(fromHub.exitCode, 0) << fromHub.err.toStdString();
    EXPECT_EQ(fromHub.json().value(QStringLiteral("from")).toString(), QStringLiteral("hub"));
    EXPECT_TRUE(fromHub.json().value(QStringLiteral("shortlisted")).toBool());
    EXPECT_EQ(fromHub.json().value(QStringLiteral("name")).toString(), QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_EQ(admin(as(QStringLiteral("awards explain minh"), QStringLiteral("lan")), lanSignIn).exitCode, 1);
    EXPECT_EQ(admin(as(QStringLiteral("awards compute"), QStringLiteral("lan")), lanSignIn).exitCode, 1);
    EXPECT_EQ(admin(as(QStringLiteral("awards shortlist"), QStringLiteral("lan")), lanSignIn).exitCode, 1);
    EXPECT_EQ(
        admin(as(QStringLiteral("awards certificates --output x.pdf"), QStringLiteral("lan")), lanSignIn).exitCode, 1);
    // Usage errors before any password is asked.
    EXPECT_EQ(hub(QStringLiteral("awards shortlist --top 0")).exitCode, 2);
    EXPECT_EQ(hub(QStringLiteral("awards shortlist --top many")).exitCode, 2);
    EXPECT_EQ(hub(QStringLiteral("awards compute --from 02/12/2022 --to 01/12/2022")).exitCode, 2);
    EXPECT_EQ(hub(QStringLiteral("awards compute --from 31/02/2022")).exitCode, 2);
    EXPECT_EQ(hub(QStringLiteral("awards certificates")).exitCode, 2);
    EXPECT_EQ(hub(QStringLiteral("awards certificates --min-days -1 --output a.pdf")).exitCode, 2);
    EXPECT_EQ(hub(QStringLiteral("awards shortlist --output list.csv")).exitCode, 2);
    EXPECT_EQ(hub(QStringLiteral("awards rank")).exitCode, 2);
    // Refused: an unknown district, nobody of that name, a name at no commune.
    const CliRun district =
        hub(QStringLiteral("awards shortlist"), {QStringLiteral("--district"), QStringLiteral("Hà Nội")});
    EXPECT_EQ(district.exitCode, 1);
    EXPECT_TRUE(district.err.contains(QStringLiteral("district"))) << district.err.toStdString();
    EXPECT_EQ(hub(QStringLiteral("awards explain khong-co")).exitCode, 1);
    // Nothing is written where the shortlist cannot be written, and no file is left half-written.
    const CliRun unwritable = hub(QStringLiteral("awards shortlist --output /nonexistent-dir/list.pdf"));
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/nonexistent-dir/list.pdf")));
}

} // namespace
