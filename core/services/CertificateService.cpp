// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/CertificateService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/campaign/Campaign.h"
#include "core/domain/VietnameseText.h"
#include "core/gateways/CertificateGateway.h"
#include "core/gateways/PersonGateway.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"
#include "core/store/Transaction.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace dc::core {

namespace {

constexpr int kMaxNameLength = 100; // as a person's name at the hub (PersonService)

Error invalid(const QString& why) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("certificates: ") + why);
}

// The numbers' range of a batch, for the audit events (0, 0 for drafts).
std::pair<int, int> numberRange(const std::vector<IssuedCertificate>& items) {
    int least = 0;
    int most = 0;
    for (const IssuedCertificate& item : items) {
        if (item.number > 0) {
            least = least == 0 ? item.number : std::min(least, item.number);
            most = std::max(most, item.number);
        }
    }
    return {least, most};
}

} // namespace

Result<CertificateBatch> issueCertificates(Session& session, const CertificateRequest& request) {
    return access::guarded([&]() -> Result<CertificateBatch> {
        // The site's keyholder: a province account at a hub, a supervisor at a commune (Accounts.h keyHolderRole).
        if (auto allowed = access::requireSiteAdmin(session, "issue certificates"); !allowed) {
            return allowed.error();
        }
        const bool hub = session.siteKind() == SiteKind::Hub;
        const campaign::Campaign& campaign = campaignOf(session);
        const int minDays = request.minDays.value_or(campaign.awards.tiers.minDays);
        if (minDays < 0) {
            return invalid(QStringLiteral("the minimum days must not be negative"));
        }
        CertificateBatch batch;
        batch.issuer = campaign.certificate.issuer;
        batch.title = campaign.certificate.title;
        batch.place = campaign.certificate.place;
        batch.onBehalfOf = campaign.certificate.onBehalfOf;
        batch.signatoryRole = campaign.certificate.signatoryRole;
        batch.signatory = campaign.certificate.signatory;
        batch.campaign = campaign.name;
        batch.date = request.date.isValid() ? request.date : sitetime::dayOf(session.now());
        batch.drafts = !hub;

        QSet<QString> persons;
        for (std::size_t i = 0; i < request.subjects.size(); ++i) {
            CertificateSubject subject = request.subjects[i];
            const QString where = QStringLiteral("subject %1").arg(i + 1);
            subject.fullName = domain::normalizedText(subject.fullName);
            subject.unit = domain::normalizedText(subject.unit);
            for (QString& commune : subject.communes) {
                commune = domain::normalizedText(commune);
            }
            if (subject.fullName.isEmpty() || subject.fullName.size() > kMaxNameLength ||
                domain::hasControlCharacters(subject.fullName)) {
                return invalid(where +
                               QStringLiteral(": a full name of 1 to %1 characters is required").arg(kMaxNameLength));
            }
            if (subject.daysWorked < 0) {
                return invalid(where + QStringLiteral(": days worked must not be negative"));
            }
            if (hub) {
                subject.person = subject.person.trimmed().toLower();
                if (subject.person.isEmpty()) {
                    return invalid(where + QStringLiteral(": a person is required at a hub"));
                }
                if (persons.contains(subject.person)) {
                    return invalid(where + QStringLiteral(": the same person twice in one batch"));
                }
                persons.insert(subject.person);
            } else {
                subject.person.clear();
            }
            if (subject.daysWorked < minDays) {
                continue;
            }
            batch.items.push_back({std::move(subject), 0});
        }
        if (!hub) {
            return batch;
        }

        store::Transaction transaction(session.database());
        gateways::CertificateGateway certificates(session.database());
        gateways::PersonGateway people(session.database());
        const QHash<QString, int> given = certificates.numbersOf(campaign.name);
        int next = certificates.highestNumber(campaign.name) + 1;
        const QString now = toStoredTime(session.now());
        int added = 0;
        int firstNew = 0;
        for (IssuedCertificate& item : batch.items) {
            if (auto kept = given.constFind(item.subject.person); kept != given.constEnd()) {
                item.number = kept.value();
                continue;
            }
            if (!people.person(item.subject.person)) {
                return invalid(QStringLiteral("a subject names a person the hub does not know"));
            }
            item.number = next++;
            firstNew = firstNew == 0 ? item.number : firstNew;
            ++added;
            certificates.insert({campaign.name, item.number, item.subject.person, now, session.user().userName});
        }
        if (added > 0) {
            access::record(session, QStringLiteral("certificates.numbered"), session.databaseId(),
                           QJsonObject{{QStringLiteral("campaign"), campaign.name},
                                       {QStringLiteral("count"), added},
                                       {QStringLiteral("first"), firstNew},
                                       {QStringLiteral("last"), next - 1}});
        }
        transaction.commit();
        return batch;
    });
}

Result<void> recordCertificateBatch(Session& session, const CertificateBatch& batch, const QString& outputKind,
                                    const std::function<Result<void>()>& write) {
    return access::guarded([&]() -> Result<void> {
        if (auto allowed = access::requireSiteAdmin(session, "print certificates"); !allowed) {
            return allowed.error();
        }
        if (batch.drafts != (session.siteKind() != SiteKind::Hub)) {
            return invalid(QStringLiteral("drafts are printed at a commune site, numbered certificates at a hub"));
        }
        store::Transaction transaction(session.database());
        const auto [least, most] = numberRange(batch.items);
        access::record(session, QStringLiteral("certificates.printed"), session.databaseId(),
                       QJsonObject{{QStringLiteral("campaign"), batch.campaign},
                                   {QStringLiteral("count"), static_cast<int>(batch.items.size())},
                                   {QStringLiteral("drafts"), batch.drafts},
                                   {QStringLiteral("first"), least},
                                   {QStringLiteral("last"), most},
                                   {QStringLiteral("output"), outputKind}});
        if (auto written = write(); !written) {
            return written.error(); // the transaction rolls back: no event for a batch that was not written
        }
        transaction.commit();
        return {};
    });
}

} // namespace dc::core
