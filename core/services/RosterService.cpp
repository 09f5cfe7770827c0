// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/RosterService.h"

#include "core/Clock.h"
#include "core/Uuid.h"
#include "core/campaign/Campaign.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/RosterPackage.h"
#include "core/gateways/RosterGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/keyring/SiteKeys.h"
#include "core/platform/Files.h"
#include "core/services/EnrollmentService.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"
#include "core/store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace dc::core {

namespace {

using exchange::Refusal;

constexpr char kHeaderFormat[] = "doichieu-roster/1";

// The plan's volunteers checked and normalised as the package carries them (without their codes yet).
Result<std::vector<exchange::RosterVolunteer>> checkedVolunteers(const RosterPlan& plan) {
    if (plan.volunteers.size() > static_cast<std::size_t>(exchange::kMaxRosterVolunteers)) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("a roster package holds at most %1 volunteers").arg(exchange::kMaxRosterVolunteers));
    }
    std::vector<exchange::RosterVolunteer> volunteers;
    QSet<QString> people;
    QSet<QString> names;
    for (const RosterPlanVolunteer& planned : plan.volunteers) {
        exchange::RosterVolunteer v;
        const QUuid uuid = QUuid::fromString(planned.person.trimmed());
        if (uuid.isNull()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a volunteer's person is not a UUID"));
        }
        v.person = uuid.toString(QUuid::WithoutBraces);
        auto fullName = normalizedDisplayName(planned.fullName);
        if (!fullName) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a volunteer's full name is not a valid name"));
        }
        v.fullName = fullName.value();
        auto userName = canonicalUserName(planned.userName);
        if (!userName) {
            return userName.error(); // InvalidUserName: the workstation's account rules would refuse it
        }
        v.userName = userName.value();
        if (people.contains(v.person)) {
            return makeError(ErrorCode::UserExists, QStringLiteral("a person appears twice in the roster"));
        }
        if (names.contains(v.userName)) {
            return makeError(ErrorCode::UserExists, QStringLiteral("a user name appears twice in the roster"));
        }
        people.insert(v.person);
        names.insert(v.userName);
        v.days = planned.days;
        std::sort(v.days.begin(), v.days.end());
        v.days.erase(std::unique(v.days.begin(), v.days.end()), v.days.end());
        if (v.days.size() > static_cast<std::size_t>(exchange::kMaxRosterDays) ||
            std::any_of(v.days.begin(), v.days.end(), [](const QDate& d) { return !d.isValid(); })) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a volunteer's days are not valid dates"));
        }
        volunteers.push_back(std::move(v));
    }
    return volunteers;
}

} // namespace

Result<BuiltRoster> RosterService::buildPackage(Session& session, const RosterPlan& plan, const QString& outputPath,
                                                crypto::Argon2Params kdf, std::optional<QDateTime> expiresAt) {
    return access::guarded([&]() -> Result<BuiltRoster> {
        if (auto hub = access::requireSiteKind(session, SiteKind::Hub, "build a roster package"); !hub) {
            return hub.error();
        }
        if (auto allowed = access::requireRole(session, Role::Province, "build a roster package"); !allowed) {
            return allowed.error();
        }
        const keyring::SiteKeys* keys = session.siteKeys();
        if (!keys) {
            return makeError(ErrorCode::SiteKeyUnavailable,
                             QStringLiteral("this account holds no copy of the hub's keys"));
        }
        const campaign::Campaign& campaign = campaignOf(session);
        const QString campaignName = plan.campaign.trimmed().isEmpty() ? campaign.name : plan.campaign.trimmed();
        if (campaignName.size() > exchange::kMaxRosterTextChars) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the campaign's name is too long"));
        }
        const auto commune = campaign::findCommune(campaign, plan.district, plan.commune);
        if (!commune) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the commune is not one of the campaign's"));
        }
        auto site = EnrollmentService::siteByCommune(session, commune->district, commune->name);
        if (!site) {
            return site.error();
        }
        if (!site.value()) {
            return makeError(ErrorCode::NotEnrolled, QStringLiteral("no workstation is enrolled for that commune"));
        }
        if (!exchange::activationKdfAcceptable(kdf)) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the codes' Argon2id cost is outside the accepted range"));
        }
        const QDateTime expiry = expiresAt.value_or(session.now().addDays(kDefaultCodeValidityDays)).toUTC();
        if (!expiry.isValid() || expiry <= session.now()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the codes' expiry is not in the future"));
        }
        auto volunteers = checkedVolunteers(plan);
        if (!volunteers) {
            return volunteers.error();
        }
        const EnrolledSite& to = *site.value();
        store::Database& db = session.database();
        gateways::RosterGateway rosters(db);
        exchange::RosterPayload payload;
        payload.campaign = campaignName;
        payload.district = to.district;
        payload.commune = to.commune;
        payload.volunteers = std::move(volunteers).value();
        BuiltRoster built;
        built.site = to.site;
        const QString expires = toStoredTime(expiry);
        // The hashes (Argon2id, a fraction of a second each) before the transaction, so the hub is not held meanwhile.
        for (exchange::RosterVolunteer& v : payload.volunteers) {
            crypto::SecureBuffer digits = exchange::generateActivationCode();
            v.activation = exchange::hashActivationCode(digits, kdf, expires);
            built.codes.push_back(IssuedCode{v.person, v.userName, exchange::groupActivationCode(digits), expires});
        }
        store::Transaction transaction(db);
        payload.sequence = rosters.lastBuiltSequence(to.district, to.commune) + 1;
        built.sequence = payload.sequence;
        const QString issuedAt = toStoredTime(session.now());
        const QJsonObject header{
            {QStringLiteral("format"), QString::fromLatin1(kHeaderFormat)},
            {QStringLiteral("hub"), session.databaseId()},
            {QStringLiteral("site"), to.site},
            {QStringLiteral("epoch"), static_cast<qint64>(to.epoch)},
            {QStringLiteral("recipientKey"), to.keyId},
            {QStringLiteral("district"), to.district},
            {QStringLiteral("commune"), to.commune},
            {QStringLiteral("sequence"), payload.sequence},
            {QStringLiteral("volunteers"), static_cast<qint64>(payload.volunteers.size())},
            {QStringLiteral("issuedAt"), issuedAt},
        };
        const QByteArray plain = exchange::serializeRoster(payload);
        auto envelope = exchange::buildEnvelope(
            exchange::FileKind::Roster, header,
            std::span(reinterpret_cast<const std::uint8_t*>(plain.constData()), static_cast<std::size_t>(plain.size())),
            to.boxPublic, keys->signingSeed);
        if (!envelope) {
            return envelope.error();
        }
        const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
        rosters.insertBuilt({to.district, to.commune, payload.sequence, to.site, to.epoch,
                             exchange::fileId(headerBytes), static_cast<qint64>(payload.volunteers.size()), issuedAt,
                             session.user().uuid});
        access::record(session, QStringLiteral("roster.built"), to.site,
                       {{QStringLiteral("sequence"), payload.sequence},
                        {QStringLiteral("epoch"), static_cast<qint64>(to.epoch)},
                        {QStringLiteral("volunteers"), static_cast<qint64>(payload.volunteers.size())}});
        // The file is written inside the transaction: a sequence is recorded only with its file, and a file whose
        // recording failed is the same sequence written again by the next build.
        if (auto written = platform::writeFileAtomically(outputPath, envelope.value()); !written) {
            return written.error();
        }
        transaction.commit();
        built.file = outputPath;
        return built;
    });
}

Result<AppliedRoster> RosterService::apply(Session& session, const QString& path) {
    return access::guarded([&]() -> Result<AppliedRoster> {
        auto enrollment = EnrollmentService::exchangeReady(session, "apply a roster package");
        if (!enrollment) {
            return enrollment.error();
        }
        auto parsed = exchange::readEnvelope(path, exchange::FileKind::Roster);
        if (!parsed) {
            return parsed.error();
        }
        const QJsonObject& header = parsed->headerJson;
        if (header.value(QLatin1String("format")).toString() != QLatin1String(kHeaderFormat)) {
            return exchange::toError(Refusal::Damaged, QStringLiteral("not a roster package of a known format"));
        }
        if (header.value(QLatin1String("hub")).toString() != enrollment->hub) {
            return exchange::toError(Refusal::UnknownSender,
                                     QStringLiteral("the package is not from this workstation's hub"));
        }
        const QJsonValue epoch = header.value(QLatin1String("epoch"));
        if (header.value(QLatin1String("site")).toString() != session.databaseId() ||
            header.value(QLatin1String("recipientKey")).toString() != enrollment->siteKeyId || !epoch.isDouble() ||
            epoch.toDouble() != static_cast<double>(enrollment->epoch) ||
            header.value(QLatin1String("district")).toString() != enrollment->district ||
            header.value(QLatin1String("commune")).toString() != enrollment->commune) {
            return exchange::toError(Refusal::WrongRecipient,
                                     QStringLiteral("the package is for another site, key, enrollment or commune"));
        }
        if (auto verified = exchange::verifyEnvelope(parsed.value(), enrollment->hubSigning); !verified) {
            return exchange::toError(verified.refused());
        }
        auto opened = exchange::openPayload(parsed.value(), session.siteKeys()->boxPrivate);
        if (!opened) {
            return exchange::toError(opened.refused());
        }
        auto roster = exchange::parseRoster(opened->bytes());
        if (!roster) {
            return exchange::toError(roster.refused());
        }
        const QJsonValue sequence = header.value(QLatin1String("sequence"));
        if (roster->district != enrollment->district || roster->commune != enrollment->commune ||
            !sequence.isDouble() || sequence.toDouble() != static_cast<double>(roster->sequence)) {
            return exchange::toError(Refusal::Damaged, QStringLiteral("the package's header and roster disagree"));
        }

        store::Database& db = session.database();
        gateways::RosterGateway rosters(db);
        gateways::SiteGateway people(db);
        const QString fileId = exchange::fileId(parsed->header);
        AppliedRoster applied;
        applied.sequence = roster->sequence;
        const auto latest = rosters.latestApplied();
        if (latest && latest->fileId == fileId) {
            applied.alreadyApplied = true;
            return applied;
        }
        if (latest && roster->sequence <= latest->sequence) {
            return exchange::toError(Refusal::Rollback,
                                     QStringLiteral("package %1 is not newer than package %2 applied here")
                                         .arg(roster->sequence)
                                         .arg(latest->sequence));
        }

        store::Transaction transaction(db);
        const QString now = toStoredTime(session.now());
        QSet<QString> listed;
        for (const exchange::RosterVolunteer& v : roster->volunteers) {
            listed.insert(v.person);
            if (auto existing = people.userByPerson(v.person)) {
                if (!existing->active && !existing->awaitingActivation) {
                    ++applied.removedHere; // removed at this site: it stays removed, without days
                    continue;
                }
                bool changed = false;
                if (existing->displayName != v.fullName) {
                    people.setDisplayName(existing->id, v.fullName);
                    changed = true;
                }
                if (existing->awaitingActivation) {
                    people.setActivation(existing->id, v.activation); // the newest sheet's code is the one that works
                    changed = true;
                }
                changed = rosters.setDays(existing->id, v.days) || changed;
                ++(changed ? applied.updated : applied.unchanged);
                continue;
            }
            if (people.findUser(v.userName)) {
                return makeError(ErrorCode::UserExists,
                                 QStringLiteral("a user name in the roster is taken by another account here"));
            }
            UserAccount user;
            user.uuid = newRowUuid();
            user.userName = v.userName;
            user.displayName = v.fullName;
            user.role = Role::Volunteer;
            user.createdAt = now;
            user.personUuid = v.person;
            people.insertAwaitingUser(session.databaseId(), user, v.activation);
            (void)rosters.setDays(user.id, v.days);
            access::record(session, QStringLiteral("user.added"), user.uuid,
                           {{QStringLiteral("role"), roleKey(user.role)},
                            {QStringLiteral("awaitingActivation"), true},
                            {QStringLiteral("roster"), roster->sequence}});
            ++applied.created;
        }
        for (const UserAccount& account : people.rosteredAccounts()) {
            if (listed.contains(account.personUuid)) {
                continue;
            }
            const bool hadDays = rosters.setDays(account.id, {});
            if (account.awaitingActivation) {
                people.withdrawActivation(account.id, now);
                ++applied.withdrawn;
            }
            if (hadDays || account.awaitingActivation) {
                ++applied.dropped;
            }
        }
        rosters.insertApplied(
            {roster->sequence, fileId, roster->campaign, static_cast<qint64>(roster->volunteers.size()), now},
            session.user().id);
        access::record(session, QStringLiteral("roster.applied"), session.databaseId(),
                       {{QStringLiteral("sequence"), roster->sequence},
                        {QStringLiteral("volunteers"), static_cast<qint64>(roster->volunteers.size())},
                        {QStringLiteral("created"), applied.created},
                        {QStringLiteral("updated"), applied.updated},
                        {QStringLiteral("dropped"), applied.dropped},
                        {QStringLiteral("withdrawn"), applied.withdrawn}});
        transaction.commit();
        return applied;
    });
}

Result<std::vector<QDate>> RosterService::days(Session& session, const QString& userName) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    return access::guarded([&]() -> Result<std::vector<QDate>> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "read the roster"); !kind) {
            return kind.error();
        }
        auto name = canonicalUserName(userName);
        if (!name) {
            return name.error();
        }
        const auto user = gateways::SiteGateway(session.database()).findUser(name.value());
        if (!user) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no account of that name on this site"));
        }
        return gateways::RosterGateway(session.database()).days(user->id);
    });
}

} // namespace dc::core
