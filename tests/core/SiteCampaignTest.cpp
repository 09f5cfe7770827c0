// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// core::campaignOf: the campaign a session's site runs (docs/CAMPAIGN.md, "Which campaign a site runs").
#include "core/services/SiteCampaign.h"

#include "core/gateways/SettingsGateway.h"
#include "core/services/BookService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/LogService.h"
#include "core/services/PersonService.h"
#include "core/services/Session.h"
#include "core/services/SignIn.h"
#include "core/services/SiteSetup.h"
#include "core/store/Database.h"
#include "tests/support/TestSite.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using dc::core::ErrorCode;
using dc::core::SiteKind;
using dc::test::TestSite;

namespace {

// A hub's stored campaign that this program's loader refuses (a damaged database, a newer format) is an error of each
// service call, never a silent fall-back to the built-in campaign: nothing is added under the built-in geography.
TEST(SiteCampaignTest, AStoredCampaignTheLoaderRefusesIsAnErrorNotTheBuiltInOne) {
    const TestSite site(SiteKind::Hub);
    {
        auto session = site.signInSupervisor();
        ASSERT_TRUE(session);
        dc::core::gateways::SettingsGateway(session->database())
            .set(QString::fromLatin1(dc::core::kCampaignFileSetting),
                 QString::fromLatin1(QByteArray(R"({"format": 99, "name": "x"})").toBase64()));
    }
    auto session = site.signInSupervisor();
    ASSERT_TRUE(session);
    const auto info = dc::core::siteCampaign(*session);
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, ErrorCode::Internal);
    EXPECT_TRUE(info.error().detail.contains(QStringLiteral("campaign file is refused")))
        << info.error().detail.toStdString();
    EXPECT_FALSE(dc::core::sessionCampaign(*session).ok());

    const auto added = dc::core::PersonService::addPerson(
        *session, {QStringLiteral("Lê Văn A"), QString(), QStringLiteral("Dầu Tiếng/Thanh An")});
    EXPECT_FALSE(added.ok());
    const auto persons = dc::core::PersonService::listPersons(*session);
    ASSERT_TRUE(persons.ok());
    EXPECT_TRUE(persons.value().empty());

    // Not base64 at all: the same.
    dc::core::gateways::SettingsGateway(session->database())
        .set(QString::fromLatin1(dc::core::kCampaignFileSetting), QStringLiteral("%%% not base64"));
    auto again = site.signInSupervisor();
    EXPECT_FALSE(dc::core::siteCampaign(*again).ok());
}

// Without a stored file the site runs the built-in campaign (the same object), and a session reads it once.
TEST(SiteCampaignTest, ASiteWithoutAFileRunsTheBuiltInCampaign) {
    const TestSite site(SiteKind::Hub);
    auto session = site.signInSupervisor();
    ASSERT_TRUE(session);
    EXPECT_EQ(&dc::core::campaignOf(*session), &dc::core::campaign::builtInCampaign());
    const auto info = dc::core::siteCampaign(*session);
    ASSERT_TRUE(info.ok());
    EXPECT_TRUE(info.value().builtIn);
    EXPECT_EQ(info.value().name, QStringLiteral("Bình Dương 2022"));
}

// The bytes given at set-up are the campaign the hub runs, byte for byte (its SHA-256), and the audit chain's
// site.created says which; a commune workstation is refused a campaign file, with nothing created.
TEST(SiteCampaignTest, TheFileGivenAtSetUpIsKeptAndAudited) {
    QByteArray bytes = dc::core::campaign::builtInCampaignBytes();
    bytes.replace("Bình Dương 2022", "Bình Dương 2022 (bản 2)");
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QTemporaryDir dir;
    const auto request = [&](SiteKind kind, const QString& name) {
        dc::core::SiteSetupRequest r;
        r.siteName = QStringLiteral("Tỉnh Đoàn");
        r.adminUserName = QStringLiteral("giamsat");
        r.adminPassword = dc::test::secret(TestSite::kSupervisorPassword);
        r.kdf = dc::crypto::kArgon2Floor;
        r.campaignBytes = bytes;
        r.kind = kind;
        r.databasePath = dir.filePath(name);
        return r;
    };
    const auto commune = dc::core::createSite(request(SiteKind::Commune, QStringLiteral("xa.db")));
    ASSERT_FALSE(commune.ok());
    EXPECT_EQ(commune.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("xa.db"))));

    const QString hub = dir.filePath(QStringLiteral("hub.db"));
    ASSERT_TRUE(dc::core::createSite(request(SiteKind::Hub, QStringLiteral("hub.db"))).ok());
    auto session =
        dc::core::SignIn().signIn(hub, QStringLiteral("giamsat"), dc::test::secret(TestSite::kSupervisorPassword));
    ASSERT_TRUE(session.ok());
    const auto info = dc::core::siteCampaign(*session.value());
    ASSERT_TRUE(info.ok());
    EXPECT_FALSE(info.value().builtIn);
    EXPECT_EQ(info.value().name, QStringLiteral("Bình Dương 2022 (bản 2)"));
    EXPECT_EQ(info.value().sha256, sha);
    EXPECT_EQ(dc::core::campaignOf(*session.value()).name, QStringLiteral("Bình Dương 2022 (bản 2)"));
    auto s = session.value()->database().prepare("SELECT details FROM audit_events WHERE action = 'site.created'");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(QJsonDocument::fromJson(s.text(0).toUtf8()).object().value(QStringLiteral("campaignSha256")).toString(),
              sha);
}

// A workstation's entries are in scope up to its hub's cutoff: the welcome carries the hub's campaign's
// scope.entryCutoff, `enroll finish` keeps it, and the entry rules (LogService::rulesFor, which logCheck, amendCheck
// and the live logging screen apply) use it; before enrollment, the built-in campaign's.
TEST(SiteCampaignTest, AWorkstationTakesItsHubsEntryCutoffAtEnrollment) {
    QByteArray bytes = dc::core::campaign::builtInCampaignBytes();
    ASSERT_TRUE(bytes.contains(R"("entryCutoff": "01/06/2017")"));
    bytes.replace(R"("entryCutoff": "01/06/2017")", R"("entryCutoff": "31/12/2019")");
    QTemporaryDir dir;
    dc::core::SiteSetupRequest r;
    r.siteName = QStringLiteral("Tỉnh Đoàn");
    r.adminUserName = QStringLiteral("giamsat");
    r.adminPassword = dc::test::secret(TestSite::kSupervisorPassword);
    r.kdf = dc::crypto::kArgon2Floor;
    r.campaignBytes = bytes;
    r.kind = SiteKind::Hub;
    const QString hubPath = dir.filePath(QStringLiteral("hub.db"));
    r.databasePath = hubPath;
    ASSERT_TRUE(dc::core::createSite(std::move(r)).ok());
    auto hub =
        dc::core::SignIn().signIn(hubPath, QStringLiteral("giamsat"), dc::test::secret(TestSite::kSupervisorPassword));
    ASSERT_TRUE(hub.ok());

    const TestSite commune;
    auto supervisor = commune.signInSupervisor();
    ASSERT_TRUE(supervisor);
    const dc::core::Book book;
    EXPECT_EQ(dc::core::LogService::rulesFor(*supervisor, book).campaignCutoff, QDate(2017, 6, 1));

    const QString request = dir.filePath(QStringLiteral("xa.enroll"));
    const QString welcome = dir.filePath(QStringLiteral("xa.welcome"));
    auto written = dc::core::EnrollmentService::request(*supervisor, request);
    ASSERT_TRUE(written.ok());
    auto accepted = dc::core::EnrollmentService::accept(*hub.value(), request, written->fingerprint,
                                                        QStringLiteral("Dầu Tiếng/Thanh An"), welcome);
    ASSERT_TRUE(accepted.ok()) << accepted.error().detail.toStdString();
    auto finished = dc::core::EnrollmentService::finish(*supervisor, welcome, accepted->hubFingerprint);
    ASSERT_TRUE(finished.ok()) << finished.error().detail.toStdString();
    EXPECT_EQ(dc::core::enrolledEntryCutoff(*supervisor), QDate(2019, 12, 31));
    EXPECT_EQ(dc::core::LogService::rulesFor(*supervisor, book).campaignCutoff, QDate(2019, 12, 31));
    // Another session of the site reads the same (it is kept in the database, not the session).
    auto pair = commune.signInPair();
    ASSERT_TRUE(pair);
    EXPECT_EQ(dc::core::LogService::rulesFor(*pair, book).campaignCutoff, QDate(2019, 12, 31));
}

} // namespace
