// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/PersonService.h"

#include "core/Clock.h"
#include "core/campaign/Campaign.h"
#include "core/domain/IdNumber.h"
#include "core/gateways/PersonGateway.h"
#include "core/services/Accounts.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"
#include "core/store/Transaction.h"

#include <QJsonObject>
#include <QUuid>

namespace dc::core {

namespace {

Result<void> requireOffice(const Session& session, const char* what) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Hub, what); !kind) {
        return kind.error();
    }
    return access::requireRole(session, Role::Province, what);
}

// A UUID as stored: lower case, without braces; nullopt when the text is not one.
std::optional<QString> canonicalUuid(const QString& text) {
    const QUuid uuid = QUuid::fromString(text.trimmed());
    if (uuid.isNull()) {
        return std::nullopt;
    }
    return uuid.toString(QUuid::WithoutBraces);
}

Person toPerson(const gateways::PersonRow& row) {
    return Person{row.uuid, row.fullName, row.idNumber, row.district, row.commune, row.createdAt, {}};
}

} // namespace

Result<Person> PersonService::addPerson(Session& session, const NewPerson& request) {
    return access::guarded([&]() -> Result<Person> {
        if (auto allowed = requireOffice(session, "add persons"); !allowed) {
            return allowed.error();
        }
        auto name = normalizedDisplayName(request.fullName);
        if (!name) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("a person's name has 1 to 100 characters, without control characters"));
        }
        gateways::PersonRow row;
        row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.fullName = name.value();
        row.createdAt = toStoredTime(session.now());
        if (!request.idNumber.trimmed().isEmpty()) {
            const domain::IdCheck check = domain::checkIdNumber(request.idNumber);
            if (!check.number) {
                // The number itself never goes into the detail.
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("the ID number is not a CMND (9 digits) or a CCCD (12 digits)"));
            }
            row.idNumber = check.number->digits;
        }
        if (!request.commune.trimmed().isEmpty()) {
            auto commune = campaign::resolveCommune(campaignOf(session), request.commune);
            if (!commune) {
                return commune.error();
            }
            row.district = commune->district;
            row.commune = commune->name;
        }
        store::Transaction transaction(session.database());
        gateways::PersonGateway(session.database()).insertPerson(row);
        access::record(session, QStringLiteral("person.added"), row.uuid,
                       {{QStringLiteral("idNumber"), !row.idNumber.isEmpty()}});
        transaction.commit();
        return toPerson(row);
    });
}

Result<std::vector<Person>> PersonService::listPersons(Session& session) {
    return access::guarded([&]() -> Result<std::vector<Person>> {
        if (auto allowed = requireOffice(session, "list persons"); !allowed) {
            return allowed.error();
        }
        gateways::PersonGateway gateway(session.database());
        std::vector<Person> out;
        for (const gateways::PersonRow& row : gateway.persons()) {
            out.push_back(toPerson(row));
        }
        const std::vector<gateways::PersonLinkRow> links = gateway.links();
        for (Person& person : out) {
            for (const gateways::PersonLinkRow& link : links) {
                if (link.personUuid == person.uuid) {
                    person.links.push_back(PersonLink{link.siteUuid, link.userName, link.linkedAt, person.uuid});
                }
            }
        }
        return out;
    });
}

Result<PersonLink> PersonService::link(Session& session, const QString& personUuid, const QString& siteUuid,
                                       const QString& userName) {
    return access::guarded([&]() -> Result<PersonLink> {
        if (auto allowed = requireOffice(session, "link accounts to persons"); !allowed) {
            return allowed.error();
        }
        const auto person = canonicalUuid(personUuid);
        if (!person) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--person is a person's UUID"));
        }
        const auto site = canonicalUuid(siteUuid);
        if (!site) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--site is a workstation's site UUID"));
        }
        auto name = canonicalUserName(userName);
        if (!name) {
            return name.error();
        }
        gateways::PersonGateway gateway(session.database());
        if (!gateway.person(*person)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no person with that UUID"));
        }
        if (gateway.link(*site, name.value())) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("that account is already linked to a person: a link is made once"));
        }
        const PersonLink link{*site, name.value(), toStoredTime(session.now()), *person};
        store::Transaction transaction(session.database());
        gateway.insertLink(
            gateways::PersonLinkRow{link.site, link.userName, *person, session.user().uuid, link.linkedAt});
        access::record(session, QStringLiteral("person.linked"), *person, {{QStringLiteral("site"), link.site}});
        transaction.commit();
        return link;
    });
}

} // namespace dc::core
