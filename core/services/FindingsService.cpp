// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/FindingsService.h"

#include "core/JsonText.h"
#include "core/campaign/Campaign.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/Masking.h"
#include "core/domain/Outcome.h"
#include "core/gateways/FindingsGateway.h"
#include "core/services/HubScope.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace dc::core {

namespace {

using gateways::FindingsGateway;

const domain::FieldSpec* fieldOf(const QString& recordType, const QString& key) {
    const auto type = domain::recordTypeFromKey(recordType);
    return type ? domain::entrySchema(*type).field(key) : nullptr;
}

// A free text (a decision, a note) in a de-identified list: withheld, as the reports withhold free text.
QString freeText(const QString& text, bool deidentified) {
    return deidentified && !text.isEmpty() ? domain::maskValue(std::nullopt, text) : text;
}

domain::RegisterReference referenceOf(const FindingsGateway::Book& book, const FindingsGateway::Row& row) {
    return {book.district,   book.commune, book.recordType,      book.year,
            book.bookNumber, row.entry,    row.registrationDate, row.check};
}

ActionItem itemOf(const FindingsGateway::Book& book, const FindingsGateway::Row& row, bool deidentified) {
    return {referenceOf(book, row), deidentified ? domain::maskName(row.subjectName) : row.subjectName, row.outcome};
}

CorrectionItem correctionOf(const FindingsGateway::Book& book, const FindingsGateway::Row& row,
                            const FindingsGateway::Correction& c, bool masked) {
    CorrectionItem item;
    static_cast<ActionItem&>(item) = itemOf(book, row, masked);
    item.field = c.field;
    const domain::FieldSpec* spec = fieldOf(book.recordType, c.field);
    item.fieldLabelVi = spec ? spec->labelVi : c.field;
    item.fieldLabelEn = spec ? spec->labelEn : c.field;
    const auto kind = spec ? std::optional<domain::ValueKind>(spec->kind) : std::nullopt;
    item.before = masked ? domain::maskValue(kind, c.before) : c.before;
    item.after = masked ? domain::maskValue(kind, c.after) : c.after;
    item.correctionClass = c.correctionClass;
    return item;
}

// The decision on an escalation, from the newest word of a supervisor ("resolve") or of the district on each of the
// escalated rows; the newest of them wins.
struct Decision {
    QString decision;
    QString note;
    QString by;
    QString at;
};
std::optional<Decision> decisionOn(FindingsGateway& gateway, const QString& escalatedUuid) {
    std::optional<Decision> out;
    const auto review = gateway.newestReview(escalatedUuid);
    if (review && review->decision == QLatin1String("resolve")) {
        out = Decision{review->reason, review->note, QStringLiteral("supervisor"), review->at};
    }
    const auto district = gateway.newestDistrictDecision(escalatedUuid);
    if (district && (!review || district->at >= review->at)) {
        out = Decision{district->decision, district->note, QStringLiteral("district"), district->at};
    }
    return out;
}

EscalationItem escalationOf(const FindingsGateway::Book& book, const FindingsGateway::Row& row,
                            const std::optional<Decision>& decision, bool deidentified) {
    EscalationItem item;
    static_cast<ActionItem&>(item) = itemOf(book, row, deidentified);
    const bool stillEscalated = row.outcome == domain::outcomeKey(domain::Outcome::Escalated);
    item.status = stillEscalated && !decision ? QStringLiteral("open") : QStringLiteral("resolved");
    if (decision) {
        item.decision = freeText(decision->decision, deidentified);
        item.note = freeText(decision->note, deidentified);
        item.decidedBy = decision->by;
        item.decidedAt = decision->at;
    }
    if (!stillEscalated) {
        item.newOutcome = row.outcome;
    }
    return item;
}

QJsonObject itemJson(const ActionItem& item) {
    return QJsonObject{{QStringLiteral("reference"), domain::referenceJson(item.reference)},
                       {QStringLiteral("name"), item.name},
                       {QStringLiteral("outcome"), item.outcome}};
}

} // namespace

Result<FindingsService::ResolvedScope> FindingsService::resolveScope(Session& session, const ReportScope& scope) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    const Role role = session.user().role;
    if (session.siteKind() != SiteKind::Hub) {
        if (role != Role::Supervisor) {
            return makeError(ErrorCode::NotPermitted,
                             QStringLiteral("the findings of a commune site are for its supervisor"));
        }
        if (!scope.isProvince()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("a district or commune is chosen at the hub only"));
        }
        return ResolvedScope{};
    }
    if (role != Role::Province && role != Role::District) {
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("the findings at a hub are for province and district accounts"));
    }
    auto place = access::resolveHubPlace(session, scope);
    if (!place) {
        return place.error();
    }
    return ResolvedScope{place->district, place->commune, place->label};
}

Result<ActionLists> FindingsService::actions(Session& session, const FindingsRequest& request) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    return access::guarded([&]() -> Result<ActionLists> {
        auto scope = resolveScope(session, request.scope);
        if (!scope) {
            return scope.error();
        }
        const bool masked = request.deidentified;
        ActionLists lists;
        lists.atHub = session.siteKind() == SiteKind::Hub;
        lists.deidentified = masked;
        lists.scope = scope->label;
        lists.site = lists.atHub ? QStringLiteral("%1 — %2").arg(session.siteName(), scope->label) : session.siteName();
        FindingsGateway gateway(session.database(), lists.atHub);
        const FindingsGateway::Scope where{scope->district, scope->commune};
        using domain::Outcome;
        const QString missing = domain::outcomeKey(Outcome::MissingEnteredNew);
        const QString duplicate = domain::outcomeKey(Outcome::DuplicateInDatabase);
        const QString escalated = domain::outcomeKey(Outcome::Escalated);
        const QString corrected = domain::outcomeKey(Outcome::Corrected);
        // Book by book in the lists' order, each book's rows by entry: every list comes out ordered.
        for (const FindingsGateway::Book& book : gateway.books(where)) {
            for (const FindingsGateway::Row& row : gateway.notableRows(book)) {
                if (row.outcome == missing) {
                    lists.missingEnteredNew.push_back(itemOf(book, row, masked));
                } else if (row.outcome == duplicate) {
                    lists.duplicatesInDatabase.push_back(itemOf(book, row, masked));
                } else if (row.outcome == escalated) {
                    // Still escalated: open, unless the newest word on this row is a decision (the supervisor's
                    // "resolve", or the district's on a flag) that the pair has not re-checked yet.
                    lists.escalations.push_back(escalationOf(book, row, decisionOn(gateway, row.check), masked));
                } else if (row.outcome == corrected) {
                    // Real corrections are a corrected row's (a draft whose every correction is a writing
                    // difference is logged as a match: EntryDraft.h).
                    for (const FindingsGateway::Correction& c : gateway.corrections(row.check)) {
                        if (!c.writingDifference) {
                            lists.corrections.push_back(correctionOf(book, row, c, masked));
                        }
                    }
                }
                if (row.outcome == escalated || row.previous.isEmpty()) {
                    continue;
                }
                // Escalated in its history, now another outcome: resolved, with the newest decision taken on any of
                // its escalated versions (none recorded when the pair re-checked it without one).
                bool wasEscalated = false;
                std::optional<Decision> newest;
                for (QString previous = row.previous; !previous.isEmpty();) {
                    const auto earlier = gateway.earlier(previous);
                    if (!earlier) {
                        break;
                    }
                    if (earlier->outcome == escalated) {
                        wasEscalated = true;
                        const auto d = decisionOn(gateway, previous);
                        if (d && (!newest || d->at > newest->at)) {
                            newest = d;
                        }
                    }
                    previous = earlier->previous;
                }
                if (wasEscalated) {
                    lists.escalations.push_back(escalationOf(book, row, newest, masked));
                }
            }
        }
        lists.writingDifferences = gateway.writingDifferences(where);
        return lists;
    });
}

QJsonObject FindingsService::actionsJson(const ActionLists& lists) {
    const auto plain = [](const std::vector<ActionItem>& items) {
        QJsonArray out;
        for (const ActionItem& item : items) {
            out.append(itemJson(item));
        }
        return out;
    };
    QJsonArray escalations;
    for (const EscalationItem& e : lists.escalations) {
        QJsonObject o = itemJson(e);
        o.insert(QStringLiteral("status"), e.status);
        o.insert(QStringLiteral("decision"), textOrNull(e.decision));
        o.insert(QStringLiteral("note"), textOrNull(e.note));
        o.insert(QStringLiteral("decidedBy"), textOrNull(e.decidedBy));
        o.insert(QStringLiteral("decidedAt"), textOrNull(e.decidedAt));
        o.insert(QStringLiteral("newOutcome"), textOrNull(e.newOutcome));
        escalations.append(o);
    }
    QJsonArray corrections;
    for (const CorrectionItem& c : lists.corrections) {
        QJsonObject o = itemJson(c);
        o.insert(QStringLiteral("field"), c.field);
        o.insert(QStringLiteral("label"),
                 QJsonObject{{QStringLiteral("vi"), c.fieldLabelVi}, {QStringLiteral("en"), c.fieldLabelEn}});
        o.insert(QStringLiteral("before"), c.before);
        o.insert(QStringLiteral("after"), c.after);
        o.insert(QStringLiteral("class"), c.correctionClass);
        corrections.append(o);
    }
    return QJsonObject{{QStringLiteral("site"), lists.site},
                       {QStringLiteral("scope"), textOrNull(lists.scope)},
                       {QStringLiteral("deidentified"), lists.deidentified},
                       {QStringLiteral("writingDifferences"), lists.writingDifferences},
                       {QStringLiteral("missingEnteredNew"), plain(lists.missingEnteredNew)},
                       {QStringLiteral("duplicatesInDatabase"), plain(lists.duplicatesInDatabase)},
                       {QStringLiteral("escalations"), escalations},
                       {QStringLiteral("corrections"), corrections}};
}

} // namespace dc::core
