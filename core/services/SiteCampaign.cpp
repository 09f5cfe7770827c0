// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SiteCampaign.h"

#include "core/gateways/SettingsGateway.h"
#include "core/services/Session.h"
#include "core/services/SiteAccess.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"

#include <memory>
#include <stdexcept>

namespace dc::core {

namespace {

std::optional<QByteArray> storedBytes(const Session& session) {
    // campaignOf takes a const session (many services do); reading a setting does not change the session.
    auto& database = const_cast<Session&>(session).database();
    const std::optional<QString> stored =
        gateways::SettingsGateway(database).value(QString::fromLatin1(kCampaignFileSetting));
    if (!stored || stored->isEmpty()) {
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(stored->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        throw std::runtime_error("the site's campaign file is damaged (not base64)");
    }
    return *decoded;
}

} // namespace

const campaign::Campaign& campaignOf(const Session& session) {
    if (const auto& cached = session.cachedCampaign()) {
        return *cached;
    }
    const std::optional<QByteArray> bytes = storedBytes(session);
    if (!bytes) {
        // The built-in campaign lives for the whole program: a non-owning pointer.
        session.setCachedCampaign(
            std::shared_ptr<const campaign::Campaign>(std::shared_ptr<void>(), &campaign::builtInCampaign()));
        return campaign::builtInCampaign();
    }
    Result<campaign::Campaign> parsed = campaign::parseCampaign(*bytes);
    if (!parsed) {
        // The loader's detail names a field, never citizen data.
        throw std::runtime_error(
            (QStringLiteral("the site's campaign file is refused by this program: ") + parsed.error().detail)
                .toStdString());
    }
    auto owned = std::make_shared<const campaign::Campaign>(std::move(parsed).value());
    session.setCachedCampaign(owned);
    return *owned;
}

Result<const campaign::Campaign*> sessionCampaign(const Session& session) {
    return access::guarded([&]() -> Result<const campaign::Campaign*> { return &campaignOf(session); });
}

Result<SiteCampaignInfo> siteCampaign(const Session& session) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    return access::guarded([&]() -> Result<SiteCampaignInfo> {
        const std::optional<QByteArray> bytes = storedBytes(session);
        const campaign::Campaign& c = campaignOf(session);
        SiteCampaignInfo info;
        info.name = c.name;
        info.province = c.province;
        info.format = c.formatVersion;
        info.builtIn = !bytes.has_value();
        info.sha256 = sitecampaign::sha256Hex(bytes ? *bytes : campaign::builtInCampaignBytes());
        info.districts = static_cast<int>(c.districts.size());
        info.communes = static_cast<int>(c.communes.size());
        info.units = static_cast<int>(c.units.size());
        return info;
    });
}

std::optional<QDate> enrolledEntryCutoff(const Session& session) {
    // A read of the site's settings; the session is not changed (as campaignOf).
    auto& db = const_cast<Session&>(session).database();
    const auto stored = gateways::SettingsGateway(db).value(QString::fromLatin1(kEnrolledEntryCutoffSetting));
    if (!stored) {
        return std::nullopt;
    }
    const QDate day = QDate::fromString(*stored, Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

namespace sitecampaign {

QString sha256Hex(const QByteArray& bytes) {
    const auto digest = crypto::sha256(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.constData()), bytes.size()));
    return QString::fromStdString(crypto::toHex(digest));
}

void store(store::Database& database, const QByteArray& bytes) {
    gateways::SettingsGateway(database).set(QString::fromLatin1(kCampaignFileSetting),
                                            QString::fromLatin1(bytes.toBase64()));
}

} // namespace sitecampaign

} // namespace dc::core
