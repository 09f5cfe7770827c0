// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/EnrollmentService.h"

#include "core/Bytes.h"
#include "core/Clock.h"
#include "core/audit/AuditLog.h"
#include "core/audit/Checkpoint.h"
#include "core/campaign/Campaign.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/Headers.h"
#include "core/gateways/AuditGateway.h"
#include "core/gateways/EnrollmentGateway.h"
#include "core/gateways/SettingsGateway.h"
#include "core/keyring/SiteKeys.h"
#include "core/platform/Files.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dc::core {
namespace {

QString base64(std::span<const std::uint8_t> bytes) {
    return QString::fromStdString(crypto::toBase64(bytes));
}

Result<QString> typedFingerprint(const QString& typed) {
    auto digits = exchange::normaliseFingerprint(typed);
    if (!digits)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a fingerprint is 24 digits (separators allowed)"));
    return *digits;
}

// The session's site keys, checked against the public key the database names (as day close does).
Result<const keyring::SiteKeys*> heldSiteKeys(Session& session) {
    const keyring::SiteKeys* held = session.siteKeys();
    if (!held)
        return makeError(ErrorCode::SiteKeyUnavailable,
                         QStringLiteral("this account holds no copy of the site's keys"));
    const auto stored = gateways::AuditGateway(session.database()).currentSiteKey();
    if (!stored || stored->signingPublic != held->signingPublic || !stored->boxPublic ||
        *stored->boxPublic != held->boxPublic)
        return makeError(ErrorCode::SiteKeyDamaged,
                         QStringLiteral("the site's key in the database is not the one held"));
    return held;
}

QJsonObject geography(const campaign::Campaign& plan) {
    QJsonArray districts;
    for (const auto& district : plan.districts) {
        districts.append(QJsonObject{{QStringLiteral("name"), district.name},
                                     {QStringLiteral("communes"), QJsonArray::fromStringList(district.communes)}});
    }
    QJsonObject out{{QStringLiteral("name"), plan.name},
                    {QStringLiteral("province"), plan.province},
                    {QStringLiteral("districts"), districts}};
    if (plan.entryCutoff.isValid()) { // the scope of the workstation's entries (SiteCampaign.h)
        out.insert(QStringLiteral("entryCutoff"), plan.entryCutoff.toString(Qt::ISODate));
    }
    return out;
}

EnrolledSite enrolledFrom(const gateways::HubSiteRow& row) {
    EnrolledSite site;
    site.site = row.siteUuid;
    site.epoch = row.epoch;
    site.siteName = row.siteName;
    site.district = row.district;
    site.commune = row.commune;
    site.signingPublic = row.signingPublic;
    site.boxPublic = row.boxPublic;
    site.keyId = row.keyId;
    site.fingerprint = row.fingerprint;
    site.baseSize = row.baseSize;
    site.baseHead = row.baseHead;
    site.current = row.current;
    site.enrolledAt = row.enrolledAt;
    return site;
}

CurrentEnrollment currentFrom(const gateways::EnrollmentRow& row) {
    CurrentEnrollment current;
    current.hub = row.hubSite;
    current.hubName = row.hubName;
    current.hubSigning = row.hubSigning;
    current.hubBox = row.hubBox;
    current.hubFingerprint = exchange::enrollmentFingerprint(row.hubSite, row.hubSigning, row.hubBox);
    current.epoch = row.epoch;
    current.district = row.district;
    current.commune = row.commune;
    current.hubKeyId = keyring::keyIdOf(row.hubSigning, row.hubBox);
    current.siteKeyId = row.keyId;
    current.enrolledAt = row.enrolledAt;
    return current;
}

} // namespace

Result<EnrollmentRequestWritten> EnrollmentService::request(Session& session, const QString& outputPath) {
    return access::guarded([&]() -> Result<EnrollmentRequestWritten> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "request enrollment"); !kind)
            return kind.error();
        if (auto real = access::requireRealSite(session, "request enrollment"); !real)
            return real.error();
        if (auto allowed = access::requireRole(session, Role::Supervisor, "request enrollment"); !allowed)
            return allowed.error();
        auto held = heldSiteKeys(session);
        if (!held)
            return held.error();
        const keyring::SiteKeys& keys = *held.value();
        const audit::Event head = audit::head(session.database());
        const QByteArray checkpoint =
            audit::signCheckpoint(session.databaseId(), head.seq, head.hash, keys.signingSeed);
        const QJsonObject header{
            {QStringLiteral("format"), QLatin1String(exchange::kEnrollRequestFormat)},
            {QStringLiteral("site"), session.databaseId()},
            {QStringLiteral("siteName"), session.siteName()},
            {QStringLiteral("commune"), session.siteName()},
            {QStringLiteral("signing"), base64(keys.signingPublic)},
            {QStringLiteral("box"), base64(keys.boxPublic)},
            {QStringLiteral("keyId"), keys.keyId},
            {QStringLiteral("checkpoint"), QString::fromUtf8(checkpoint)},
            {QStringLiteral("createdAt"), toStoredTime(session.now())},
        };
        auto envelope = exchange::buildEnvelope(exchange::FileKind::EnrollmentRequest, header, std::nullopt,
                                                std::nullopt, keys.signingSeed);
        if (!envelope)
            return envelope.error();
        if (auto written = platform::writeFileAtomically(outputPath, envelope.value()); !written)
            return written.error();
        return EnrollmentRequestWritten{
            exchange::enrollmentFingerprint(session.databaseId(), keys.signingPublic, keys.boxPublic),
            session.databaseId(), session.siteName(), outputPath};
    });
}

Result<EnrollmentAccepted> EnrollmentService::accept(Session& session, const QString& requestPath,
                                                     const QString& typedFingerprintText, const QString& typedCommune,
                                                     const QString& outputPath, bool replace) {
    return access::guarded([&]() -> Result<EnrollmentAccepted> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Hub, "accept an enrollment"); !kind)
            return kind.error();
        if (auto allowed = access::requireRole(session, Role::Province, "accept an enrollment"); !allowed)
            return allowed.error();
        auto typed = typedFingerprint(typedFingerprintText);
        if (!typed)
            return typed.error();
        auto place = campaign::resolveCommune(campaignOf(session), typedCommune);
        if (!place)
            return place.error();
        auto held = heldSiteKeys(session);
        if (!held)
            return held.error();
        const keyring::SiteKeys& hubKeys = *held.value();

        auto envelope = exchange::readEnvelope(requestPath, exchange::FileKind::EnrollmentRequest);
        if (!envelope)
            return envelope.error();
        auto request = exchange::readEnrollmentRequestHeader(envelope->headerJson);
        if (!request)
            return request.error();
        const exchange::EnrollmentRequestHeader& r = request.value();
        // Self-signed: the key in the header must have signed the file, else the file was altered.
        if (auto verified = exchange::verifyEnvelope(envelope.value(), r.signing); !verified)
            return exchange::toError(verified.refused());
        const QString fingerprint = exchange::enrollmentFingerprint(r.site, r.signing, r.box);
        if (fingerprint != typed.value())
            return makeError(ErrorCode::FingerprintMismatch,
                             QStringLiteral("the fingerprint read out does not match the request's keys"));
        if (r.site == session.databaseId())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the request is the hub's own"));
        const auto checkpoint = audit::verifyCheckpoint(r.checkpoint.toUtf8(), r.site, r.signing);
        if (!checkpoint)
            return exchange::toError(exchange::Refusal::Damaged,
                                     QStringLiteral("the request's checkpoint does not verify"));

        store::Database& db = session.database();
        gateways::EnrollmentGateway gateway(db);
        store::Transaction transaction(db);
        const QString now = toStoredTime(session.now());
        QString replacedSite;
        if (const auto holder = gateway.currentSiteByCommune(place->district, place->name);
            holder && holder->siteUuid != r.site) {
            if (!replace)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("%1 already has an enrolled site; --replace retires it")
                                     .arg(campaign::communePath(place->district, place->name)));
            replacedSite = holder->siteUuid;
            gateway.retireSite(holder->siteUuid, now);
            access::record(session, QStringLiteral("site.retired"), holder->siteUuid,
                           {{QStringLiteral("epoch"), static_cast<qint64>(holder->epoch)},
                            {QStringLiteral("replacedBy"), r.site}});
        }
        const std::int64_t epoch = gateway.maxEpoch(r.site) + 1;
        gateway.retireSite(r.site, now);
        gateways::HubSiteRow row;
        row.siteUuid = r.site;
        row.epoch = epoch;
        row.district = place->district;
        row.commune = place->name;
        row.siteName = r.siteName;
        row.signingPublic = r.signing;
        row.boxPublic = r.box;
        row.keyId = keyring::keyIdOf(r.signing, r.box);
        row.fingerprint = fingerprint;
        row.baseSize = checkpoint->size;
        row.baseHead = checkpoint->head;
        row.current = true;
        row.enrolledBy = session.user().uuid;
        row.enrolledAt = now;
        gateway.insertHubSite(row);
        access::record(session, QStringLiteral("site.enrolled"), r.site,
                       {{QStringLiteral("epoch"), static_cast<qint64>(epoch)},
                        {QStringLiteral("district"), place->district},
                        {QStringLiteral("commune"), place->name},
                        {QStringLiteral("keyId"), row.keyId},
                        {QStringLiteral("fingerprint"), fingerprint},
                        {QStringLiteral("baseSize"), static_cast<qint64>(checkpoint->size)}});

        const QJsonObject welcome{
            {QStringLiteral("format"), QLatin1String(exchange::kWelcomeFormat)},
            {QStringLiteral("hub"), session.databaseId()},
            {QStringLiteral("hubName"), session.siteName()},
            {QStringLiteral("signing"), base64(hubKeys.signingPublic)},
            {QStringLiteral("box"), base64(hubKeys.boxPublic)},
            {QStringLiteral("hubKeyId"), hubKeys.keyId},
            {QStringLiteral("site"), r.site},
            {QStringLiteral("epoch"), static_cast<qint64>(epoch)},
            {QStringLiteral("district"), place->district},
            {QStringLiteral("commune"), place->name},
            {QStringLiteral("siteFingerprint"), fingerprint},
            {QStringLiteral("campaign"), geography(campaignOf(session))},
            {QStringLiteral("createdAt"), now},
        };
        auto file = exchange::buildEnvelope(exchange::FileKind::Welcome, welcome, std::nullopt, std::nullopt,
                                            hubKeys.signingSeed);
        if (!file)
            return file.error();
        // The welcome is written before the commit: a failed write leaves nothing pinned. (A failed commit after it
        // leaves a welcome whose epoch the hub does not know: its bundles are refused as unknown-sender.)
        if (auto written = platform::writeFileAtomically(outputPath, file.value()); !written)
            return written.error();
        transaction.commit();
        access::raiseMark(session, true);
        return EnrollmentAccepted{
            r.site,
            r.siteName,
            epoch,
            place->district,
            place->name,
            replacedSite,
            exchange::enrollmentFingerprint(session.databaseId(), hubKeys.signingPublic, hubKeys.boxPublic),
            outputPath};
    });
}

Result<CurrentEnrollment> EnrollmentService::finish(Session& session, const QString& welcomePath,
                                                    const QString& typedHubFingerprint) {
    return access::guarded([&]() -> Result<CurrentEnrollment> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "finish an enrollment"); !kind)
            return kind.error();
        if (auto real = access::requireRealSite(session, "finish an enrollment"); !real)
            return real.error();
        if (auto allowed = access::requireRole(session, Role::Supervisor, "finish an enrollment"); !allowed)
            return allowed.error();
        auto typed = typedFingerprint(typedHubFingerprint);
        if (!typed)
            return typed.error();
        auto held = heldSiteKeys(session);
        if (!held)
            return held.error();
        const keyring::SiteKeys& keys = *held.value();

        auto envelope = exchange::readEnvelope(welcomePath, exchange::FileKind::Welcome);
        if (!envelope)
            return envelope.error();
        auto welcome = exchange::readWelcomeHeader(envelope->headerJson);
        if (!welcome)
            return welcome.error();
        const exchange::WelcomeHeader& w = welcome.value();
        if (auto verified = exchange::verifyEnvelope(envelope.value(), w.signing); !verified)
            return exchange::toError(verified.refused());
        if (exchange::enrollmentFingerprint(w.hub, w.signing, w.box) != typed.value())
            return makeError(ErrorCode::FingerprintMismatch,
                             QStringLiteral("the hub's fingerprint read out does not match the welcome's keys"));
        if (w.site != session.databaseId())
            return exchange::toError(exchange::Refusal::WrongRecipient,
                                     QStringLiteral("the welcome is for another site"));
        if (w.siteFingerprint !=
            exchange::enrollmentFingerprint(session.databaseId(), keys.signingPublic, keys.boxPublic))
            return exchange::toError(exchange::Refusal::WrongRecipient,
                                     QStringLiteral("the welcome pins other keys than this site's current ones"));

        store::Database& db = session.database();
        gateways::EnrollmentGateway gateway(db);
        store::Transaction transaction(db);
        if (const auto current = gateway.currentEnrollment(); current && current->epoch >= w.epoch)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the welcome's epoch %1 is not newer than the current enrollment's %2")
                                 .arg(w.epoch)
                                 .arg(current->epoch));
        gateways::EnrollmentRow row;
        row.epoch = w.epoch;
        row.hubSite = w.hub;
        row.hubName = w.hubName;
        row.hubSigning = w.signing;
        row.hubBox = w.box;
        row.district = w.district;
        row.commune = w.commune;
        row.keyId = keys.keyId;
        row.welcome = envelope->file;
        row.enrolledAt = toStoredTime(session.now());
        gateway.insertEnrollment(row);
        if (w.entryCutoff) {
            gateways::SettingsGateway(db).set(QString::fromLatin1(kEnrolledEntryCutoffSetting),
                                              w.entryCutoff->toString(Qt::ISODate));
        }
        access::record(session, QStringLiteral("hub.pinned"), w.hub,
                       {{QStringLiteral("epoch"), static_cast<qint64>(w.epoch)},
                        {QStringLiteral("district"), w.district},
                        {QStringLiteral("commune"), w.commune},
                        {QStringLiteral("hubKeyId"), keyring::keyIdOf(w.signing, w.box)},
                        {QStringLiteral("siteKeyId"), keys.keyId}});
        transaction.commit();
        access::raiseMark(session, true);
        return currentFrom(row);
    });
}

Result<std::optional<CurrentEnrollment>> EnrollmentService::currentEnrollment(Session& session) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    return access::guarded([&]() -> Result<std::optional<CurrentEnrollment>> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "have a hub"); !kind)
            return kind.error();
        const auto row = gateways::EnrollmentGateway(session.database()).currentEnrollment();
        if (!row)
            return std::optional<CurrentEnrollment>{};
        return std::optional<CurrentEnrollment>{currentFrom(*row)};
    });
}

Result<std::optional<EnrolledSite>> EnrollmentService::senderKeys(Session& session, const QString& site,
                                                                  std::int64_t epoch) {
    return access::guarded([&]() -> Result<std::optional<EnrolledSite>> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Hub, "look up an enrolled site"); !kind)
            return kind.error();
        const auto row = gateways::EnrollmentGateway(session.database()).hubSite(site, epoch);
        if (!row)
            return std::optional<EnrolledSite>{};
        return std::optional<EnrolledSite>{enrolledFrom(*row)};
    });
}

Result<std::optional<EnrolledSite>> EnrollmentService::siteByCommune(Session& session, const QString& district,
                                                                     const QString& commune) {
    return access::guarded([&]() -> Result<std::optional<EnrolledSite>> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Hub, "look up an enrolled site"); !kind)
            return kind.error();
        const auto row = gateways::EnrollmentGateway(session.database()).currentSiteByCommune(district, commune);
        if (!row)
            return std::optional<EnrolledSite>{};
        return std::optional<EnrolledSite>{enrolledFrom(*row)};
    });
}

Result<std::vector<EnrolledSite>> EnrollmentService::hubEnrolledSites(Session& session) {
    return access::guarded([&]() -> Result<std::vector<EnrolledSite>> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Hub, "list enrolled sites"); !kind)
            return kind.error();
        std::vector<EnrolledSite> sites;
        for (const auto& row : gateways::EnrollmentGateway(session.database()).currentSites())
            sites.push_back(enrolledFrom(row));
        return sites;
    });
}

Result<QString> EnrollmentService::ownFingerprint(Session& session) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    return access::guarded([&]() -> Result<QString> {
        const auto stored = gateways::AuditGateway(session.database()).currentSiteKey();
        if (!stored || !stored->boxPublic)
            return makeError(ErrorCode::SiteKeyDamaged, QStringLiteral("the site has no current key pair"));
        return exchange::enrollmentFingerprint(session.databaseId(), stored->signingPublic, *stored->boxPublic);
    });
}

Result<CurrentEnrollment> EnrollmentService::exchangeReady(Session& session, const char* what) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, what); !kind) {
        return kind.error();
    }
    // A training site exports no bundle, applies no roster package and does not wipe (issue 18 part 4).
    if (auto real = access::requireRealSite(session, what); !real) {
        return real.error();
    }
    if (auto allowed = access::requireRole(session, Role::Supervisor, what); !allowed) {
        return allowed.error();
    }
    if (!session.siteKeys()) {
        return makeError(ErrorCode::SiteKeyUnavailable,
                         QStringLiteral("this account holds no copy of the site's keys"));
    }
    auto enrollment = currentEnrollment(session);
    if (!enrollment) {
        return enrollment.error();
    }
    if (!enrollment.value()) {
        return makeError(ErrorCode::NotEnrolled, QStringLiteral("this workstation is not enrolled with a hub yet"));
    }
    return *enrollment.value();
}

} // namespace dc::core
