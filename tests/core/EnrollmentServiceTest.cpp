// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/EnrollmentService.h"
#include "core/audit/AuditLog.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Fingerprint.h"
#include "core/keyring/SiteKeys.h"
#include "core/services/UserService.h"
#include "tests/support/TestSite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <memory>

using namespace dc;
using core::EnrollmentService;
using core::ErrorCode;

namespace {

constexpr const char* kDistrictPassword = "dong-song-be-chay-xa-52";

// One hub and three communes for the whole suite (sign-ins cost Argon2id); each test uses communes of its own.
class EnrollmentServiceTest : public ::testing::Test {
protected:
    static inline std::unique_ptr<test::TestSite> hubSite, siteA, siteB, siteC;
    static inline std::unique_ptr<core::Session> hub, district, a, b, c;

    static void SetUpTestSuite() {
        hubSite = std::make_unique<test::TestSite>(core::SiteKind::Hub);
        siteA = std::make_unique<test::TestSite>();
        siteB = std::make_unique<test::TestSite>();
        siteC = std::make_unique<test::TestSite>();
        hub = hubSite->signInSupervisor();
        a = siteA->signInSupervisor();
        b = siteB->signInSupervisor();
        c = siteC->signInSupervisor();
        core::NewAccount account;
        account.userName = QStringLiteral("dautieng");
        account.displayName = QStringLiteral("Phạm Văn Huyện");
        account.role = core::Role::District;
        account.password = test::secret(kDistrictPassword);
        account.district = QStringLiteral("Dầu Tiếng");
        auto added = core::UserService::addUser(*hub, account);
        ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
        district = hubSite->signIn(QStringLiteral("dautieng"), kDistrictPassword);
        ASSERT_TRUE(hub && district && a && b && c);
    }
    static void TearDownTestSuite() {
        hub.reset();
        district.reset();
        a.reset();
        b.reset();
        c.reset();
        hubSite.reset();
        siteA.reset();
        siteB.reset();
        siteC.reset();
    }

    QString file(const char* name) const { return hubSite->dir() + QLatin1Char('/') + QLatin1String(name); }

    // A request from `site`, and the fingerprint it printed.
    core::EnrollmentRequestWritten request(core::Session& site, const char* name) {
        auto written = EnrollmentService::request(site, file(name));
        EXPECT_TRUE(written.ok()) << written.error().detail.toStdString();
        return written.value();
    }

    static std::int64_t head(core::Session& session) { return core::audit::head(session.database()).seq; }
};

TEST_F(EnrollmentServiceTest, TheFullRoundTripPinsBothSides) {
    const auto written = request(*a, "a.enroll");
    EXPECT_EQ(written.fingerprint.size(), 24);
    EXPECT_EQ(written.site, a->databaseId());
    EXPECT_EQ(written.fingerprint, EnrollmentService::ownFingerprint(*a).value());
    const std::int64_t communeHead = head(*a);

    // Read out by phone with spaces and dashes.
    const QString spoken = core::exchange::formatFingerprint(written.fingerprint).replace(QLatin1Char(' '), u'-');
    const std::int64_t hubHead = head(*hub);
    auto accepted = EnrollmentService::accept(*hub, file("a.enroll"), spoken, QStringLiteral("thủ dầu một / phú cường"),
                                              file("a.welcome"));
    ASSERT_TRUE(accepted.ok()) << accepted.error().detail.toStdString();
    EXPECT_EQ(accepted->epoch, 1);
    EXPECT_EQ(accepted->district, QStringLiteral("Thủ Dầu Một"));
    EXPECT_EQ(accepted->commune, QStringLiteral("Phú Cường"));
    EXPECT_TRUE(accepted->replacedSite.isEmpty());
    EXPECT_EQ(accepted->hubFingerprint, EnrollmentService::ownFingerprint(*hub).value());
    EXPECT_EQ(head(*hub), hubHead + 1);
    EXPECT_EQ(core::audit::head(hub->database()).action, QStringLiteral("site.enrolled"));

    auto pinned = EnrollmentService::senderKeys(*hub, a->databaseId(), 1);
    ASSERT_TRUE(pinned.ok());
    ASSERT_TRUE(pinned->has_value());
    const core::EnrolledSite& site = *pinned.value();
    EXPECT_TRUE(site.current);
    EXPECT_EQ(site.signingPublic, a->siteKeys()->signingPublic);
    EXPECT_EQ(site.boxPublic, a->siteKeys()->boxPublic);
    EXPECT_EQ(site.keyId, a->siteKeys()->keyId);
    EXPECT_EQ(site.baseSize, communeHead);
    ASSERT_TRUE(site.baseHead.has_value());
    EXPECT_EQ(*site.baseHead, core::audit::head(a->database()).hash);
    auto byCommune = EnrollmentService::siteByCommune(*hub, QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Cường"));
    ASSERT_TRUE(byCommune.ok() && byCommune->has_value());
    EXPECT_EQ(byCommune.value()->site, a->databaseId());
    auto all = EnrollmentService::hubEnrolledSites(*hub);
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(std::any_of(all->begin(), all->end(), [&](const auto& s) { return s.site == a->databaseId(); }));

    // The welcome carries the campaign's geography.
    const QByteArray welcome = test::readAll(file("a.welcome"));
    auto parsed = core::exchange::parseEnvelope(welcome, core::exchange::FileKind::Welcome);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->headerJson.value(QStringLiteral("campaign"))
                  .toObject()
                  .value(QStringLiteral("districts"))
                  .toArray()
                  .size(),
              9);

    ASSERT_FALSE(EnrollmentService::currentEnrollment(*a)->has_value());
    auto finished = EnrollmentService::finish(*a, file("a.welcome"), accepted->hubFingerprint);
    ASSERT_TRUE(finished.ok()) << finished.error().detail.toStdString();
    auto current = EnrollmentService::currentEnrollment(*a);
    ASSERT_TRUE(current.ok() && current->has_value());
    EXPECT_EQ(current.value()->hub, hub->databaseId());
    EXPECT_EQ(current.value()->hubSigning, hub->siteKeys()->signingPublic);
    EXPECT_EQ(current.value()->hubBox, hub->siteKeys()->boxPublic);
    EXPECT_EQ(current.value()->epoch, 1);
    EXPECT_EQ(current.value()->hubKeyId, hub->siteKeys()->keyId);
    EXPECT_EQ(current.value()->siteKeyId, a->siteKeys()->keyId);
    EXPECT_EQ(current.value()->hubFingerprint, accepted->hubFingerprint);
    EXPECT_EQ(current.value()->district, QStringLiteral("Thủ Dầu Một"));
    EXPECT_EQ(current.value()->commune, QStringLiteral("Phú Cường"));
    EXPECT_EQ(core::audit::head(a->database()).action, QStringLiteral("hub.pinned"));

    // The same welcome again: not newer than what is pinned.
    auto again = EnrollmentService::finish(*a, file("a.welcome"), accepted->hubFingerprint);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::InvalidInput);
}

TEST_F(EnrollmentServiceTest, AWrongFingerprintAtTheHubPinsNothing) {
    const auto written = request(*b, "b1.enroll");
    QString wrong = written.fingerprint;
    wrong[23] = wrong[23] == u'0' ? u'1' : u'0';
    const std::int64_t hubHead = head(*hub);
    auto accepted =
        EnrollmentService::accept(*hub, file("b1.enroll"), wrong, QStringLiteral("Thuận An/Lái Thiêu"), file("b1.wel"));
    ASSERT_FALSE(accepted.ok());
    EXPECT_EQ(accepted.error().code, ErrorCode::FingerprintMismatch);
    EXPECT_EQ(head(*hub), hubHead);
    EXPECT_FALSE(QFile::exists(file("b1.wel")));
    EXPECT_FALSE(EnrollmentService::senderKeys(*hub, b->databaseId(), 1)->has_value());
    // Not 24 digits at all.
    accepted = EnrollmentService::accept(*hub, file("b1.enroll"), QStringLiteral("1234 5678"),
                                         QStringLiteral("Thuận An/Lái Thiêu"), file("b1.wel"));
    ASSERT_FALSE(accepted.ok());
    EXPECT_EQ(accepted.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(head(*hub), hubHead);
}

TEST_F(EnrollmentServiceTest, AWrongHubFingerprintAtTheCommunePinsNothing) {
    const auto written = request(*c, "c1.enroll");
    auto accepted = EnrollmentService::accept(*hub, file("c1.enroll"), written.fingerprint,
                                              QStringLiteral("Dĩ An/An Bình"), file("c1.welcome"));
    ASSERT_TRUE(accepted.ok()) << accepted.error().detail.toStdString();
    const std::int64_t communeHead = head(*c);
    // The commune's own fingerprint instead of the hub's.
    auto finished = EnrollmentService::finish(*c, file("c1.welcome"), written.fingerprint);
    ASSERT_FALSE(finished.ok());
    EXPECT_EQ(finished.error().code, ErrorCode::FingerprintMismatch);
    EXPECT_EQ(head(*c), communeHead);
    EXPECT_FALSE(EnrollmentService::currentEnrollment(*c)->has_value());
}

TEST_F(EnrollmentServiceTest, ARequestWithOneByteFlippedIsRefused) {
    const auto written = request(*b, "b2.enroll");
    const QByteArray bytes = test::readAll(file("b2.enroll"));
    const std::int64_t hubHead = head(*hub);
    // A byte of the header (inside the site name), of the checkpoint's text, of the signature.
    const qsizetype nameAt = bytes.indexOf("siteName") + 12;
    const qsizetype checkpointAt = bytes.indexOf("checkpoint") + 20;
    for (const qsizetype at : {nameAt, checkpointAt, bytes.size() - 1, qsizetype{3}, qsizetype{8}, qsizetype{12}}) {
        QByteArray flipped = bytes;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x04);
        test::writeAll(file("b2-flipped.enroll"), flipped);
        auto accepted = EnrollmentService::accept(*hub, file("b2-flipped.enroll"), written.fingerprint,
                                                  QStringLiteral("Thuận An/Bình Hòa"), file("b2.welcome"));
        ASSERT_FALSE(accepted.ok()) << "byte " << at;
        EXPECT_TRUE(accepted.error().code == ErrorCode::FileRefused ||
                    accepted.error().code == ErrorCode::FingerprintMismatch)
            << "byte " << at << ": " << core::errorCodeName(accepted.error().code);
        EXPECT_EQ(head(*hub), hubHead);
        EXPECT_FALSE(QFile::exists(file("b2.welcome")));
    }
    // A welcome given where a request is expected, and a missing file.
    auto wrongKind = EnrollmentService::accept(*hub, file("a.welcome"), written.fingerprint,
                                               QStringLiteral("Thuận An/Bình Hòa"), file("b2.welcome"));
    ASSERT_FALSE(wrongKind.ok());
    auto missing = EnrollmentService::accept(*hub, file("absent.enroll"), written.fingerprint,
                                             QStringLiteral("Thuận An/Bình Hòa"), file("b2.welcome"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::IoError);
    EXPECT_EQ(head(*hub), hubHead);
}

TEST_F(EnrollmentServiceTest, AWelcomeForAnotherSiteIsRefused) {
    const auto written = request(*b, "b3.enroll");
    auto accepted = EnrollmentService::accept(*hub, file("b3.enroll"), written.fingerprint,
                                              QStringLiteral("Thuận An/Vĩnh Phú"), file("b3.welcome"));
    ASSERT_TRUE(accepted.ok()) << accepted.error().detail.toStdString();
    const auto before = EnrollmentService::currentEnrollment(*c).value();
    auto finished = EnrollmentService::finish(*c, file("b3.welcome"), accepted->hubFingerprint);
    ASSERT_FALSE(finished.ok());
    EXPECT_EQ(finished.error().code, ErrorCode::FileRefused);
    EXPECT_TRUE(finished.error().detail.startsWith(QStringLiteral("wrong-recipient")))
        << finished.error().detail.toStdString();
    EXPECT_EQ(EnrollmentService::currentEnrollment(*c).value().has_value(), before.has_value());
}

TEST_F(EnrollmentServiceTest, UnknownSenders) {
    EXPECT_FALSE(
        EnrollmentService::senderKeys(*hub, QStringLiteral("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b"), 1)->has_value());
    EXPECT_FALSE(EnrollmentService::senderKeys(*hub, siteC->databaseId(), 99)->has_value());
    EXPECT_FALSE(
        EnrollmentService::siteByCommune(*hub, QStringLiteral("Dầu Tiếng"), QStringLiteral("Minh Hòa"))->has_value());
}

TEST_F(EnrollmentServiceTest, EnrollingAgainGivesEpochTwoAndRetiresEpochOne) {
    // Its own commune (Bến Cát/Mỹ Phước): c, enrolled twice.
    const auto first = request(*c, "c2.enroll");
    auto one = EnrollmentService::accept(*hub, file("c2.enroll"), first.fingerprint, QStringLiteral("Bến Cát/Mỹ Phước"),
                                         file("c2.welcome"));
    ASSERT_TRUE(one.ok()) << one.error().detail.toStdString();
    const std::int64_t firstEpoch = one->epoch;
    auto two = EnrollmentService::accept(*hub, file("c2.enroll"), first.fingerprint, QStringLiteral("Bến Cát/Mỹ Phước"),
                                         file("c2b.welcome"));
    ASSERT_TRUE(two.ok()) << two.error().detail.toStdString();
    EXPECT_EQ(two->epoch, firstEpoch + 1);
    auto old = EnrollmentService::senderKeys(*hub, c->databaseId(), firstEpoch);
    ASSERT_TRUE(old.ok() && old->has_value());
    EXPECT_FALSE(old.value()->current);
    auto now = EnrollmentService::senderKeys(*hub, c->databaseId(), two->epoch);
    ASSERT_TRUE(now.ok() && now->has_value());
    EXPECT_TRUE(now.value()->current);
    // Every epoch before is retired, only one is current.
    for (std::int64_t e = 1; e < two->epoch; ++e) {
        auto earlier = EnrollmentService::senderKeys(*hub, c->databaseId(), e);
        ASSERT_TRUE(earlier.ok());
        if (earlier->has_value()) {
            EXPECT_FALSE(earlier.value()->current) << "epoch " << e;
        }
    }

    ASSERT_TRUE(EnrollmentService::finish(*c, file("c2b.welcome"), two->hubFingerprint).ok());
    EXPECT_EQ(EnrollmentService::currentEnrollment(*c).value()->epoch, two->epoch);
    // The older welcome cannot roll the workstation back.
    auto back = EnrollmentService::finish(*c, file("c2.welcome"), one->hubFingerprint);
    ASSERT_FALSE(back.ok());
    EXPECT_EQ(back.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(EnrollmentService::currentEnrollment(*c).value()->epoch, two->epoch);
}

TEST_F(EnrollmentServiceTest, ACommuneWithASiteIsTakenOnlyWithReplace) {
    const auto fromA = request(*a, "a4.enroll");
    const auto fromB = request(*b, "b4.enroll");
    auto first = EnrollmentService::accept(*hub, file("a4.enroll"), fromA.fingerprint,
                                           QStringLiteral("Tân Uyên/Thái Hòa"), file("a4.welcome"));
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    const std::int64_t hubHead = head(*hub);
    auto taken = EnrollmentService::accept(*hub, file("b4.enroll"), fromB.fingerprint,
                                           QStringLiteral("Tân Uyên/Thái Hòa"), file("b4.welcome"));
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(head(*hub), hubHead);
    auto replaced = EnrollmentService::accept(*hub, file("b4.enroll"), fromB.fingerprint,
                                              QStringLiteral("Tân Uyên/Thái Hòa"), file("b4.welcome"), true);
    ASSERT_TRUE(replaced.ok()) << replaced.error().detail.toStdString();
    EXPECT_EQ(replaced->replacedSite, a->databaseId());
    auto retired = EnrollmentService::senderKeys(*hub, a->databaseId(), first->epoch);
    ASSERT_TRUE(retired.ok() && retired->has_value());
    EXPECT_FALSE(retired.value()->current);
    auto holder = EnrollmentService::siteByCommune(*hub, QStringLiteral("Tân Uyên"), QStringLiteral("Thái Hòa"));
    ASSERT_TRUE(holder.ok() && holder->has_value());
    EXPECT_EQ(holder.value()->site, b->databaseId());
    // a has no current epoch left at the hub.
    auto sites = EnrollmentService::hubEnrolledSites(*hub).value();
    EXPECT_FALSE(std::any_of(sites.begin(), sites.end(), [&](const auto& s) { return s.site == a->databaseId(); }));
}

TEST_F(EnrollmentServiceTest, OnlyAProvinceAccountAtAHubAccepts) {
    const auto written = request(*b, "b5.enroll");
    auto byDistrict = EnrollmentService::accept(*district, file("b5.enroll"), written.fingerprint,
                                                QStringLiteral("Dầu Tiếng/Minh Hòa"), file("b5.welcome"));
    ASSERT_FALSE(byDistrict.ok());
    EXPECT_EQ(byDistrict.error().code, ErrorCode::NotPermitted);
    auto atCommune = EnrollmentService::accept(*c, file("b5.enroll"), written.fingerprint,
                                               QStringLiteral("Dầu Tiếng/Minh Hòa"), file("b5.welcome"));
    ASSERT_FALSE(atCommune.ok());
    EXPECT_EQ(atCommune.error().code, ErrorCode::WrongSiteKind);
    EXPECT_FALSE(QFile::exists(file("b5.welcome")));
    // And the other way round: a hub neither requests nor finishes.
    auto hubRequest = EnrollmentService::request(*hub, file("hub.enroll"));
    ASSERT_FALSE(hubRequest.ok());
    EXPECT_EQ(hubRequest.error().code, ErrorCode::WrongSiteKind);
    auto hubStatus = EnrollmentService::currentEnrollment(*hub);
    ASSERT_FALSE(hubStatus.ok());
    EXPECT_EQ(hubStatus.error().code, ErrorCode::WrongSiteKind);
    auto communeList = EnrollmentService::hubEnrolledSites(*a);
    ASSERT_FALSE(communeList.ok());
    EXPECT_EQ(communeList.error().code, ErrorCode::WrongSiteKind);
    // An unknown commune.
    auto unknown = EnrollmentService::accept(*hub, file("b5.enroll"), written.fingerprint,
                                             QStringLiteral("Dầu Tiếng/Nowhere"), file("b5.welcome"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidInput);
}

} // namespace
