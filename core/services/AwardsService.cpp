// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/AwardsService.h"

#include "core/JsonText.h"
#include "core/gateways/EvaluationGateway.h"
#include "core/gateways/ExchangeGateway.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace dc::core {

namespace {

using evaluation::Evaluation;

// The campaign file's "awards" (the defaults when it has none).
const evaluation::AwardRules& rulesOf(Session& session) {
    return campaignOf(session).awards;
}

// What the judging reads: every fact the site holds in the period, and the campaign's rules.
Result<AwardsService::Judging> readJudging(Session& session, const AwardsRequest& request) {
    if (request.from.isValid() && request.to.isValid() && request.from > request.to) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the period ends before it begins"));
    }
    return access::guarded([&]() -> Result<AwardsService::Judging> {
        const QString from = request.from.isValid() ? request.from.toString(Qt::ISODate) : QString();
        const QString to = request.to.isValid() ? request.to.toString(Qt::ISODate) : QString();
        gateways::EvaluationGateway gateway(session.database());
        AwardsService::Judging judging;
        judging.atHub = session.siteKind() == SiteKind::Hub;
        judging.facts = judging.atHub ? gateway.hubFacts(from, to) : gateway.siteFacts(from, to);
        judging.rules = rulesOf(session);
        return judging;
    });
}

// Everyone judged against those facts, before anything is left out for the account. Pure: no session, no database.
Awards judgeFacts(const AwardsService::Judging& judging) {
    Awards awards;
    awards.atHub = judging.atHub;
    evaluation::Assembled assembled = evaluation::assemble(judging.facts);
    awards.rules = judging.rules;
    std::vector<evaluation::VolunteerMetrics> metrics;
    metrics.reserve(assembled.volunteers.size());
    for (const evaluation::Volunteer& v : assembled.volunteers) {
        metrics.push_back(v.metrics);
    }
    std::vector<Evaluation> ranked = evaluation::rank(metrics, assembled.pairs, awards.rules);
    awards.shortlist = evaluation::shortlist(ranked, awards.rules);
    std::map<QString, QStringList> patterns;
    for (const evaluation::Suspicion& s :
         evaluation::suspicious(metrics, evaluation::ComparisonIndex(assembled.pairs), awards.rules)) {
        patterns[s.person] = s.patterns;
    }
    std::map<QString, const evaluation::Volunteer*> byKey;
    for (const evaluation::Volunteer& v : assembled.volunteers) {
        byKey[v.key] = &v;
    }
    int place = 0;
    for (Evaluation& e : ranked) {
        JudgedVolunteer judged;
        judged.volunteer = *byKey.at(e.metrics.person);
        judged.rank = ++place;
        judged.shortlisted = awards.shortlist.contains(e.metrics.person);
        judged.patterns = patterns[e.metrics.person];
        judged.evaluation = std::move(e);
        awards.volunteers.push_back(std::move(judged));
    }
    awards.seesPatterns = true;
    return awards;
}

Result<Awards> judgeEveryone(Session& session, const AwardsRequest& request) {
    auto judging = readJudging(session, request);
    if (!judging) {
        return judging.error();
    }
    return access::guarded([&]() -> Result<Awards> { return judgeFacts(judging.value()); });
}

void hidePatterns(Awards& awards) {
    awards.seesPatterns = false;
    for (JudgedVolunteer& v : awards.volunteers) {
        v.patterns.clear();
    }
}

// A district account sees its district's volunteers and its district's part of the shortlist.
Result<void> narrowToDistrict(Session& session, Awards& awards) {
    const QString& district = session.user().district;
    if (district.isEmpty()) {
        return makeError(ErrorCode::NotPermitted, QStringLiteral("this district account names no district"));
    }
    std::erase_if(awards.volunteers,
                  [&](const JudgedVolunteer& v) { return v.evaluation.metrics.district != district; });
    evaluation::Shortlist own;
    for (const auto& [d, persons] : awards.shortlist.districts) {
        if (d == district) {
            own.districts.emplace_back(d, persons);
        }
    }
    awards.shortlist = std::move(own);
    for (JudgedVolunteer& v : awards.volunteers) {
        v.shortlisted = awards.shortlist.contains(v.evaluation.metrics.person);
        v.rank = 0; // no rank list for a district, as explain() says: only the order and whether shortlisted
    }
    hidePatterns(awards);
    return {};
}

bool isOffice(const Session& session) {
    const Role role = session.user().role;
    return session.siteKind() == SiteKind::Hub ? (role == Role::Province || role == Role::District)
                                               : role == Role::Supervisor;
}

} // namespace

Result<Awards> AwardsService::compute(Session& session, const AwardsRequest& request) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    if (!isOffice(session)) {
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("judging the volunteers is for the province office, a district account at a "
                                        "hub, or a commune's supervisor"));
    }
    auto awards = judgeEveryone(session, request);
    if (!awards) {
        return awards.error();
    }
    if (session.user().role == Role::District) {
        if (auto narrowed = narrowToDistrict(session, awards.value()); !narrowed) {
            return narrowed.error();
        }
    }
    return awards;
}

Result<AwardsService::Judging> AwardsService::readForReceipts(Session& session) {
    // Who may import bundles (ImportService::importFiles), for whom the receipts are made.
    if (auto hub = access::requireSiteKind(session, SiteKind::Hub, "judge for the receipts"); !hub) {
        return hub.error();
    }
    if (auto allowed = access::requireRole(session, Role::Province, "judge for the receipts"); !allowed) {
        return allowed.error();
    }
    return readJudging(session, {});
}

Result<Awards> AwardsService::judge(const Judging& judging) {
    return access::guarded([&]() -> Result<Awards> { return judgeFacts(judging); });
}

Result<JudgedVolunteer> AwardsService::explain(Session& session, const QString& who, const AwardsRequest& request) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    const bool volunteer = session.user().role == Role::Volunteer;
    if (!volunteer && !isOffice(session)) {
        return makeError(ErrorCode::NotPermitted, QStringLiteral("this account may not read explanations"));
    }
    // "District/Commune:user" (or "Commune:user" when the name is unique) names the account by its commune.
    QString commune;
    QString userName = who.trimmed();
    if (const qsizetype colon = userName.lastIndexOf(QLatin1Char(':')); colon > 0) {
        auto place = campaign::resolveCommune(campaignOf(session), userName.left(colon).trimmed());
        if (!place) {
            return place.error();
        }
        commune = campaign::communePath(place.value());
        userName = userName.mid(colon + 1).trimmed();
    }
    auto awards = judgeEveryone(session, request);
    if (!awards) {
        return awards.error();
    }
    std::vector<const JudgedVolunteer*> found;
    for (const JudgedVolunteer& v : awards->volunteers) {
        const evaluation::Volunteer& id = v.volunteer;
        const bool byPerson = !id.person.isEmpty() && id.person.compare(who.trimmed(), Qt::CaseInsensitive) == 0;
        const bool byName = id.userName == userName.toLower() && (commune.isEmpty() || id.communes.contains(commune));
        if (byPerson || byName || id.key == who.trimmed()) {
            found.push_back(&v);
        }
    }
    if (found.empty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no volunteer with work logged matches that name"));
    }
    if (found.size() > 1) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 volunteers have that user name: give the person's "
                                                                 "UUID or District/Commune:user")
                                                      .arg(found.size()));
    }
    JudgedVolunteer judged = *found.front();
    if (volunteer) {
        const bool own = judged.volunteer.userName == session.user().userName &&
                         (session.siteKind() != SiteKind::Hub || judged.volunteer.site == session.databaseId());
        if (!own) {
            return makeError(ErrorCode::NotPermitted, QStringLiteral("a volunteer reads only their own explanation"));
        }
    }
    if (session.user().role == Role::District && judged.evaluation.metrics.district != session.user().district) {
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("a district account reads its own district's volunteers only"));
    }
    if (volunteer || session.user().role == Role::District) {
        judged.patterns.clear();
        judged.rank = 0; // no rank list for volunteers or districts: only whether shortlisted
    }
    return judged;
}

Result<AwardsService::Participants> AwardsService::participants(Session& session, const AwardsRequest& request) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    auto awards = compute(session, request);
    if (!awards) {
        return awards.error();
    }
    std::vector<const JudgedVolunteer*> order;
    for (const JudgedVolunteer& v : awards->volunteers) {
        order.push_back(&v);
    }
    std::sort(order.begin(), order.end(), [](const JudgedVolunteer* a, const JudgedVolunteer* b) {
        const evaluation::VolunteerMetrics& x = a->evaluation.metrics;
        const evaluation::VolunteerMetrics& y = b->evaluation.metrics;
        return std::tie(x.district, x.commune, a->volunteer.name, a->volunteer.key) <
               std::tie(y.district, y.commune, b->volunteer.name, b->volunteer.key);
    });
    Participants out;
    for (const JudgedVolunteer* v : order) {
        if (awards->atHub && v->volunteer.person.isEmpty()) {
            ++out.unlinked;
            continue;
        }
        out.subjects.push_back(CertificateSubject{v->volunteer.person, v->volunteer.userName, v->volunteer.name,
                                                  v->volunteer.unit, v->volunteer.communes,
                                                  v->evaluation.metrics.daysPresent});
    }
    return out;
}

QJsonArray AwardsService::receiptExplanations(const Awards& awards, const QString& site) {
    QJsonArray out;
    for (const JudgedVolunteer& v : awards.volunteers) {
        for (const auto& [accountSite, userName] : v.volunteer.accounts) {
            if (accountSite != site) {
                continue;
            }
            JudgedVolunteer shown = v;
            shown.patterns.clear(); // the office's eyes only
            shown.rank = 0;
            QJsonObject explanation = explainJson(shown);
            explanation.insert(QStringLiteral("userName"), userName);
            out.append(
                QJsonObject{{QStringLiteral("userName"), userName}, {QStringLiteral("explanation"), explanation}});
        }
    }
    return out;
}

Result<std::vector<AwardsService::ReceivedExplanation>>
AwardsService::readReceiptExplanations(const QJsonValue& value) {
    std::vector<ReceivedExplanation> out;
    if (value.isUndefined()) {
        return out;
    }
    if (!value.isArray() || value.toArray().size() > 5000) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("explanations: not a list of at most 5,000"));
    }
    std::set<QString> seen;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject o = item.toObject();
        const QJsonValue name = o.value(QLatin1String("userName"));
        const QJsonValue explanation = o.value(QLatin1String("explanation"));
        if (!item.isObject() || !name.isString() || !explanation.isObject()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("explanations: an item is malformed"));
        }
        auto canonical = canonicalUserName(name.toString());
        if (!canonical || canonical.value() != name.toString() || !seen.insert(name.toString()).second) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("explanations: a user name is invalid or given twice"));
        }
        QByteArray json = QJsonDocument(explanation.toObject()).toJson(QJsonDocument::Compact);
        if (json.size() > 64 * 1024) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("explanations: an explanation is too large"));
        }
        out.push_back({name.toString(), std::move(json)});
    }
    return out;
}

Result<std::optional<AwardsService::HubExplanation>> AwardsService::hubExplanation(Session& session,
                                                                                   const QString& userName) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "read the hub's explanations"); !kind) {
        return kind.error();
    }
    const QString who = userName.trimmed().toLower();
    const Role role = session.user().role;
    if (role != Role::Supervisor && !(role == Role::Volunteer && who == session.user().userName)) {
        return makeError(ErrorCode::NotPermitted, QStringLiteral("a volunteer reads only their own explanation"));
    }
    return access::guarded([&]() -> Result<std::optional<HubExplanation>> {
        const auto held = gateways::ExchangeGateway(session.database()).explanation(who);
        if (!held) {
            return std::optional<HubExplanation>();
        }
        return std::optional<HubExplanation>(
            HubExplanation{QJsonDocument::fromJson(held->json).object(), held->issuedAt});
    });
}

QJsonObject AwardsService::computeJson(const Awards& awards) {
    QJsonArray volunteers;
    for (const JudgedVolunteer& v : awards.volunteers) {
        evaluation::Shortlist mine;
        if (v.shortlisted) {
            mine.province.push_back(v.evaluation.metrics.person);
        }
        const QJsonObject explained = evaluation::explain(v.evaluation, mine);
        volunteers.append(QJsonObject{
            {QStringLiteral("person"), textOrNull(v.volunteer.person)},
            {QStringLiteral("site"), v.volunteer.site},
            {QStringLiteral("userName"), v.volunteer.userName},
            {QStringLiteral("name"), v.volunteer.name},
            {QStringLiteral("unit"), v.volunteer.unit},
            {QStringLiteral("district"), v.evaluation.metrics.district},
            {QStringLiteral("commune"), v.evaluation.metrics.commune},
            {QStringLiteral("tier"), QString::fromLatin1(evaluation::tierKey(v.evaluation.tier))},
            {QStringLiteral("score"), v.evaluation.score()},
            {QStringLiteral("eligible"), v.evaluation.eligible},
            {QStringLiteral("shortlisted"), v.shortlisted},
            {QStringLiteral("metrics"), explained.value(QStringLiteral("metrics"))},
        });
    }
    return QJsonObject{{QStringLiteral("volunteers"), volunteers}};
}

QJsonObject AwardsService::explainJson(const JudgedVolunteer& judged) {
    evaluation::Shortlist mine;
    if (judged.shortlisted) {
        mine.province.push_back(judged.evaluation.metrics.person);
    }
    QJsonObject out = evaluation::explain(judged.evaluation, mine);
    out.insert(QStringLiteral("person"), textOrNull(judged.volunteer.person));
    out.insert(QStringLiteral("site"), judged.volunteer.site);
    out.insert(QStringLiteral("userName"), judged.volunteer.userName);
    out.insert(QStringLiteral("name"), judged.volunteer.name);
    out.insert(QStringLiteral("unit"), judged.volunteer.unit);
    out.insert(QStringLiteral("communes"), QJsonArray::fromStringList(judged.volunteer.communes));
    out.insert(QStringLiteral("days"), QJsonArray::fromStringList(judged.volunteer.days));
    if (!judged.patterns.isEmpty()) {
        out.insert(QStringLiteral("patterns"), QJsonArray::fromStringList(judged.patterns));
    }
    return out;
}

} // namespace dc::core
