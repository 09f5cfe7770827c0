// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// core::campaignOf: the campaign a session's site runs (docs/CAMPAIGN.md, "Which campaign a site runs").
#include "core/services/SiteCampaign.h"

#include "core/gateways/SettingsGateway.h"
#include "core/services/PersonService.h"
#include "core/services/Session.h"
#include "tests/support/TestSite.h"

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

} // namespace
