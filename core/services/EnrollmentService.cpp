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
#include <QUuid>

#include <algorithm>
#include <limits>

namespace dc::core {
namespace {

constexpr const char* kRequestFormat = "doichieu-enroll-request/1";
constexpr const char* kWelcomeFormat = "doichieu-welcome/1";
// Names in a header (a site's, a hub's, a district's, a commune's): bounded, so a hostile header cannot make a row
// huge.
constexpr qsizetype kMaxNameLength = 200;

Error refused(exchange::Refusal reason, const QString& detail) {
    return exchange::toError({reason, detail});
}

// Typed accessors over an untrusted header: each refuses (damaged) a missing field or one of the wrong type or shape.
class HeaderReader {
public:
    explicit HeaderReader(const QJsonObject& header) : m_header(header) {}

    std::optional<QString> text(const char* key, qsizetype maxLength = kMaxNameLength) {
        const QJsonValue value = m_header.value(QLatin1String(key));
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > maxLength)
            return fail(key);
        return value.toString();
    }
    std::optional<QString> uuid(const char* key) {
        auto value = text(key, 36);
        if (!value)
            return std::nullopt;
        const QUuid parsed = QUuid::fromString(*value);
        if (parsed.isNull() || parsed.toString(QUuid::WithoutBraces) != *value)
            return fail(key);
        return value;
    }
    template <std::size_t N> std::optional<std::array<std::uint8_t, N>> key(const char* name) {
        auto value = text(name, 64);
        if (!value)
            return std::nullopt;
        const auto bytes = crypto::fromBase64(value->toStdString());
        if (!bytes || bytes->size() != N) {
            fail(name);
            return std::nullopt;
        }
        std::array<std::uint8_t, N> out{};
        std::copy(bytes->begin(), bytes->end(), out.begin());
        return out;
    }
    std::optional<std::int64_t> positive(const char* key) {
        const QJsonValue value = m_header.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > std::numeric_limits<std::int32_t>::max() ||
            number != static_cast<double>(static_cast<std::int64_t>(number))) {
            fail(key);
            return std::nullopt;
        }
        return static_cast<std::int64_t>(number);
    }
    [[nodiscard]] bool failed() const { return !m_firstBad.isEmpty(); }
    [[nodiscard]] Error error() const {
        return refused(exchange::Refusal::Damaged,
                       QStringLiteral("the header's field '%1' is missing or malformed").arg(m_firstBad));
    }

private:
    std::optional<QString> fail(const char* key) {
        if (m_firstBad.isEmpty())
            m_firstBad = QLatin1String(key);
        return std::nullopt;
    }
    const QJsonObject& m_header;
    QString m_firstBad;
};

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
            {QStringLiteral("format"), QLatin1String(kRequestFormat)},
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
        HeaderReader header(envelope->headerJson);
        const auto format = header.text("format");
        const auto site = header.uuid("site");
        const auto siteName = header.text("siteName");
        const auto signing = header.key<crypto::kEd25519PublicKeySize>("signing");
        const auto box = header.key<crypto::kX25519KeySize>("box");
        const auto checkpointText = header.text("checkpoint", 1024);
        if (header.failed())
            return header.error();
        if (*format != QLatin1String(kRequestFormat))
            return refused(exchange::Refusal::Damaged, QStringLiteral("not an enrollment request of a known format"));
        // Self-signed: the key in the header must have signed the file, else the file was altered.
        if (auto verified = exchange::verifyEnvelope(envelope.value(), *signing); !verified)
            return exchange::toError(verified.refused());
        const QString fingerprint = exchange::enrollmentFingerprint(*site, *signing, *box);
        if (fingerprint != typed.value())
            return makeError(ErrorCode::FingerprintMismatch,
                             QStringLiteral("the fingerprint read out does not match the request's keys"));
        if (*site == session.databaseId())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the request is the hub's own"));
        const auto checkpoint = audit::verifyCheckpoint(checkpointText->toUtf8(), *site, *signing);
        if (!checkpoint)
            return refused(exchange::Refusal::Damaged, QStringLiteral("the request's checkpoint does not verify"));

        store::Database& db = session.database();
        gateways::EnrollmentGateway gateway(db);
        store::Transaction transaction(db);
        const QString now = toStoredTime(session.now());
        QString replacedSite;
        if (const auto holder = gateway.currentSiteByCommune(place->district, place->name);
            holder && holder->siteUuid != *site) {
            if (!replace)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("%1 already has an enrolled site; --replace retires it")
                                     .arg(campaign::communePath(place->district, place->name)));
            replacedSite = holder->siteUuid;
            gateway.retireSite(holder->siteUuid, now);
            access::record(
                session, QStringLiteral("site.retired"), holder->siteUuid,
                {{QStringLiteral("epoch"), static_cast<qint64>(holder->epoch)}, {QStringLiteral("replacedBy"), *site}});
        }
        const std::int64_t epoch = gateway.maxEpoch(*site) + 1;
        gateway.retireSite(*site, now);
        gateways::HubSiteRow row;
        row.siteUuid = *site;
        row.epoch = epoch;
        row.district = place->district;
        row.commune = place->name;
        row.siteName = *siteName;
        row.signingPublic = *signing;
        row.boxPublic = *box;
        row.keyId = keyring::keyIdOf(*signing, *box);
        row.fingerprint = fingerprint;
        row.baseSize = checkpoint->size;
        row.baseHead = checkpoint->head;
        row.current = true;
        row.enrolledBy = session.user().uuid;
        row.enrolledAt = now;
        gateway.insertHubSite(row);
        access::record(session, QStringLiteral("site.enrolled"), *site,
                       {{QStringLiteral("epoch"), static_cast<qint64>(epoch)},
                        {QStringLiteral("district"), place->district},
                        {QStringLiteral("commune"), place->name},
                        {QStringLiteral("keyId"), row.keyId},
                        {QStringLiteral("fingerprint"), fingerprint},
                        {QStringLiteral("baseSize"), static_cast<qint64>(checkpoint->size)}});

        const QJsonObject welcome{
            {QStringLiteral("format"), QLatin1String(kWelcomeFormat)},
            {QStringLiteral("hub"), session.databaseId()},
            {QStringLiteral("hubName"), session.siteName()},
            {QStringLiteral("signing"), base64(hubKeys.signingPublic)},
            {QStringLiteral("box"), base64(hubKeys.boxPublic)},
            {QStringLiteral("hubKeyId"), hubKeys.keyId},
            {QStringLiteral("site"), *site},
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
            *site,
            *siteName,
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
        HeaderReader header(envelope->headerJson);
        const auto format = header.text("format");
        const auto hub = header.uuid("hub");
        const auto hubName = header.text("hubName");
        const auto signing = header.key<crypto::kEd25519PublicKeySize>("signing");
        const auto box = header.key<crypto::kX25519KeySize>("box");
        const auto site = header.uuid("site");
        const auto epoch = header.positive("epoch");
        const auto district = header.text("district");
        const auto commune = header.text("commune");
        const auto siteFingerprint = header.text("siteFingerprint", exchange::kFingerprintDigits);
        if (header.failed())
            return header.error();
        // The scope's cutoff, when the hub sent one (a welcome of an earlier program has none): a day, strictly.
        std::optional<QDate> entryCutoff;
        if (const QJsonValue cutoff =
                envelope->headerJson.value(QLatin1String("campaign")).toObject().value(QLatin1String("entryCutoff"));
            !cutoff.isUndefined()) {
            const QString text = cutoff.toString();
            entryCutoff = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
            if (!entryCutoff->isValid())
                return refused(exchange::Refusal::Damaged, QStringLiteral("the welcome's entry cutoff is not a day"));
        }
        if (*format != QLatin1String(kWelcomeFormat))
            return refused(exchange::Refusal::Damaged, QStringLiteral("not a welcome package of a known format"));
        if (auto verified = exchange::verifyEnvelope(envelope.value(), *signing); !verified)
            return exchange::toError(verified.refused());
        if (exchange::enrollmentFingerprint(*hub, *signing, *box) != typed.value())
            return makeError(ErrorCode::FingerprintMismatch,
                             QStringLiteral("the hub's fingerprint read out does not match the welcome's keys"));
        if (*site != session.databaseId())
            return refused(exchange::Refusal::WrongRecipient, QStringLiteral("the welcome is for another site"));
        if (*siteFingerprint !=
            exchange::enrollmentFingerprint(session.databaseId(), keys.signingPublic, keys.boxPublic))
            return refused(exchange::Refusal::WrongRecipient,
                           QStringLiteral("the welcome pins other keys than this site's current ones"));

        store::Database& db = session.database();
        gateways::EnrollmentGateway gateway(db);
        store::Transaction transaction(db);
        if (const auto current = gateway.currentEnrollment(); current && current->epoch >= *epoch)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the welcome's epoch %1 is not newer than the current enrollment's %2")
                                 .arg(*epoch)
                                 .arg(current->epoch));
        gateways::EnrollmentRow row;
        row.epoch = *epoch;
        row.hubSite = *hub;
        row.hubName = *hubName;
        row.hubSigning = *signing;
        row.hubBox = *box;
        row.district = *district;
        row.commune = *commune;
        row.keyId = keys.keyId;
        row.welcome = envelope->file;
        row.enrolledAt = toStoredTime(session.now());
        gateway.insertEnrollment(row);
        if (entryCutoff) {
            gateways::SettingsGateway(db).set(QString::fromLatin1(kEnrolledEntryCutoffSetting),
                                              entryCutoff->toString(Qt::ISODate));
        }
        access::record(session, QStringLiteral("hub.pinned"), *hub,
                       {{QStringLiteral("epoch"), static_cast<qint64>(*epoch)},
                        {QStringLiteral("district"), *district},
                        {QStringLiteral("commune"), *commune},
                        {QStringLiteral("hubKeyId"), keyring::keyIdOf(*signing, *box)},
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
