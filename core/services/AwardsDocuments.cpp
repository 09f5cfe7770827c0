// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/AwardsDocuments.h"

#include "core/JsonText.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"

#include <QJsonArray>

#include <map>
#include <set>

namespace dc::core {

namespace {

using domain::Language;

QString number(double value, Language language) {
    QString text = QString::number(value, 'f', 3);
    return language == Language::Vietnamese ? text.replace(QLatin1Char('.'), QLatin1Char(',')) : text;
}

QString dayText(const QString& isoDay) {
    const QDate d = QDate::fromString(isoDay, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : isoDay;
}

QString periodText(const AwardsRequest& period, Language language) {
    if (!period.from.isValid() && !period.to.isValid()) {
        return reportLabel("awards.allLogged", language);
    }
    const QString from =
        period.from.isValid() ? period.from.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("…");
    const QString to = period.to.isValid() ? period.to.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("…");
    return from + QStringLiteral(" – ") + to;
}

ReportRange rangeOf(const AwardsRequest& period) {
    return ReportRange{period.from, period.to};
}

QString tierText(evaluation::Tier tier, Language language) {
    return reportLabel(QStringLiteral("tier.") + QString::fromLatin1(evaluation::tierKey(tier)), language);
}

// The shortlist's row of a nominee: no rank number beyond the list's own order, no accuracy percentage.
QStringList nomineeRow(int place, const JudgedVolunteer& v, Language language) {
    const evaluation::VolunteerMetrics& m = v.evaluation.metrics;
    std::int64_t entries = 0;
    for (const evaluation::CellScore& c : v.evaluation.cells) {
        entries += c.cell.entries;
    }
    return {QString::number(place),
            v.volunteer.name,
            v.volunteer.unit,
            m.district + QStringLiteral(" / ") + m.commune,
            QString::number(m.daysPresent),
            QString::number(entries),
            QString::number(m.realCorrections),
            number(v.evaluation.score(), language),
            tierText(v.evaluation.tier, language),
            QStringLiteral("%1/%2").arg(m.spotCheckMisses).arg(m.spotCheckItems)};
}

QStringList nomineeColumns(Language language) {
    return {reportLabel("lists.no", language),
            reportLabel("awards.col.name", language),
            reportLabel("awards.col.unit", language),
            reportLabel("awards.col.commune", language),
            reportLabel("awards.col.days", language),
            reportLabel("awards.col.entries", language),
            reportLabel("awards.col.corrections", language),
            reportLabel("awards.col.score", language),
            reportLabel("awards.col.tier", language),
            reportLabel("awards.col.spot", language)};
}

struct Nominees {
    Awards awards;
    std::vector<std::pair<QString, std::vector<const JudgedVolunteer*>>> lists; // heading → nominees in rank order
};

// The lists asked for, over the awards the account may see: the province's first N eligible and each district's.
Result<Nominees> nominees(Session& session, const ShortlistRequest& request, Language language) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    const Role role = session.user().role;
    const bool hub = session.siteKind() == SiteKind::Hub;
    if (hub ? (role != Role::Province && role != Role::District) : role != Role::Supervisor) {
        return makeError(ErrorCode::NotPermitted, QStringLiteral("the shortlist is for the province office (a "
                                                                 "district reads its own district's)"));
    }
    if (request.top && (*request.top < 1 || *request.top > 1000)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--top is a number from 1 to 1000"));
    }
    QString district;
    if (!request.district.trimmed().isEmpty()) {
        const auto known = campaign::canonicalDistrict(campaignOf(session), request.district);
        if (!known) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no district of that name in the campaign"));
        }
        district = *known;
    }
    if (role == Role::District) {
        if (!district.isEmpty() && district != session.user().district) {
            return makeError(ErrorCode::NotPermitted,
                             QStringLiteral("a district account reads its own district's shortlist only"));
        }
        district = session.user().district;
    }
    auto awards = AwardsService::compute(session, request.period);
    if (!awards) {
        return awards.error();
    }
    Nominees out;
    out.awards = std::move(awards.value());
    const int provinceN = request.top.value_or(out.awards.rules.shortlist.province);
    const int districtN = request.top.value_or(out.awards.rules.shortlist.perDistrict);
    const auto eligible = [](const JudgedVolunteer& v) { return v.evaluation.eligible; };
    if (district.isEmpty() && role == Role::Province) {
        std::vector<const JudgedVolunteer*> province;
        for (const JudgedVolunteer& v : out.awards.volunteers) {
            if (eligible(v) && static_cast<int>(province.size()) < provinceN) {
                province.push_back(&v);
            }
        }
        out.lists.emplace_back(reportLabel("awards.province", language), std::move(province));
    }
    if (!hub) {
        std::vector<const JudgedVolunteer*> site;
        for (const JudgedVolunteer& v : out.awards.volunteers) {
            if (eligible(v) && static_cast<int>(site.size()) < provinceN) {
                site.push_back(&v);
            }
        }
        out.lists.emplace_back(session.siteName(), std::move(site)); // a commune site: its one list
        return out;
    }
    std::map<QString, std::vector<const JudgedVolunteer*>> byDistrict;
    for (const JudgedVolunteer& v : out.awards.volunteers) {
        const QString& d = v.evaluation.metrics.district;
        if (!eligible(v) || (!district.isEmpty() && d != district)) {
            continue;
        }
        auto& list = byDistrict[d];
        if (static_cast<int>(list.size()) < districtN) {
            list.push_back(&v);
        }
    }
    if (!district.isEmpty() && byDistrict.find(district) == byDistrict.end()) {
        byDistrict[district]; // an empty list still says so
    }
    for (auto& [d, list] : byDistrict) {
        out.lists.emplace_back(reportLabel("awards.district", language) + QStringLiteral(": ") + d, std::move(list));
    }
    return out;
}

// One volunteer's page, laid out from their explanation's JSON (AwardsService::explainJson): the same for the hub's
// evidence sheets, a printed explanation, and an explanation a commune received in a receipt.
ReportDocument explanationOf(const QJsonObject& x, const QString& key, Language language, const QString& site,
                             const AwardsRequest& period) {
    const QJsonObject m = x.value(QLatin1String("metrics")).toObject();
    const auto count = [&m](const char* name) { return QString::number(m.value(QLatin1String(name)).toInteger()); };
    const auto decimal = [&x, language](const char* name) {
        return number(x.value(QLatin1String(name)).toDouble(), language);
    };
    ReportDocument doc;
    doc.key = key;
    doc.title = reportLabel(QStringLiteral("title.") + key, language);
    doc.site = site;
    doc.range = rangeOf(period);
    doc.facts.append({reportLabel("awards.col.name", language), x.value(QLatin1String("name")).toString()});
    if (const QString person = x.value(QLatin1String("person")).toString(); !person.isEmpty()) {
        doc.facts.append({reportLabel("awards.person", language), person});
    }
    if (const QString unit = x.value(QLatin1String("unit")).toString(); !unit.isEmpty()) {
        doc.facts.append({reportLabel("awards.col.unit", language), unit});
    }
    QStringList communes;
    for (const QJsonValue& c : x.value(QLatin1String("communes")).toArray()) {
        communes.append(c.toString());
    }
    doc.facts.append({reportLabel("awards.communes", language), communes.join(QStringLiteral("; "))});
    doc.facts.append({reportLabel("awards.period", language), periodText(period, language)});
    doc.facts.append({reportLabel("awards.col.tier", language),
                      reportLabel(QStringLiteral("tier.") + x.value(QLatin1String("tier")).toString(), language)});
    doc.facts.append({reportLabel("awards.shortlisted", language),
                      reportLabel(x.value(QLatin1String("shortlisted")).toBool() ? "yes" : "no", language)});
    QStringList reasons;
    for (const QJsonValue& r : x.value(QLatin1String("reasons")).toArray()) {
        reasons.append(reportLabel(QStringLiteral("reason.") + r.toString(), language));
    }
    if (!reasons.isEmpty()) {
        doc.facts.append({reportLabel("awards.reasons", language), reasons.join(QStringLiteral("; "))});
    }
    doc.facts.append({reportLabel("awards.ruleTitle", language), reportLabel("awards.ruleGate", language)});
    doc.facts.append({reportLabel("awards.col.score", language), reportLabel("awards.ruleScore", language)});

    ReportTable metrics;
    metrics.heading = reportLabel("awards.section.metrics", language);
    metrics.columns = {reportLabel("awards.col.item", language), reportLabel("awards.col.value", language)};
    const auto row = [&](const char* key, const QString& value) {
        metrics.rows.append({reportLabel(key, language), value});
    };
    row("awards.m.daysPresent", count("daysPresent"));
    row("awards.m.workingHours",
        number(static_cast<double>(m.value(QLatin1String("workingSeconds")).toInteger()) / 3600.0, language));
    row("awards.m.entriesRead", count("entriesRead"));
    row("awards.m.entriesChecked", count("entriesChecked"));
    row("awards.m.entries", count("entries"));
    row("awards.m.realCorrections", count("realCorrections"));
    row("awards.m.writingDifferences", count("writingDifferences"));
    row("awards.m.newEntries", count("newEntries"));
    row("awards.m.duplicates", count("duplicatesFound"));
    row("awards.m.escalations", count("escalations"));
    row("awards.m.approved", count("decisionsApproved"));
    row("awards.m.returned", count("decisionsReturned"));
    row("awards.m.flagged", count("decisionsFlagged"));
    row("awards.m.spot", count("spotCheckMisses") + QStringLiteral(" / ") + count("spotCheckItems"));
    row("awards.m.missRate", decimal("missRateLow") + QStringLiteral(" – ") + decimal("missRateHigh"));
    row("awards.m.voidsAmendments", count("voids") + QStringLiteral(" / ") + count("amendments"));
    row("awards.m.standardHours", decimal("standardHours"));
    row("awards.m.score", decimal("score"));
    doc.tables.append(metrics);

    ReportTable cells;
    cells.heading = reportLabel("awards.section.cells", language);
    cells.columns = {reportLabel("awards.district", language),   reportLabel("awards.col.type", language),
                     reportLabel("awards.col.decade", language), reportLabel("awards.col.entries", language),
                     reportLabel("awards.col.group", language),  reportLabel("awards.col.groupRate", language),
                     reportLabel("awards.col.hours", language)};
    for (const QJsonValue& value : x.value(QLatin1String("cells")).toArray()) {
        const QJsonObject c = value.toObject();
        const QString source = c.value(QLatin1String("group")).toString();
        cells.rows.append(
            {c.value(QLatin1String("district")).toString(),
             reportLabel(QStringLiteral("type.") + c.value(QLatin1String("registerType")).toString(), language),
             QString::number(c.value(QLatin1String("bookDecade")).toInteger()),
             QString::number(c.value(QLatin1String("entries")).toInteger()),
             reportLabel(QStringLiteral("awards.group.") + source, language),
             c.contains(QLatin1String("groupEntriesPerHour"))
                 ? number(c.value(QLatin1String("groupEntriesPerHour")).toDouble(), language)
                 : QString(),
             number(c.value(QLatin1String("standardHours")).toDouble(), language)});
    }
    doc.tables.append(cells);

    ReportTable days;
    days.heading = reportLabel("awards.section.days", language);
    days.columns = {reportLabel("awards.section.days", language)};
    for (const QJsonValue& d : x.value(QLatin1String("days")).toArray()) {
        days.rows.append({dayText(d.toString())});
    }
    doc.tables.append(days);
    doc.data = x;
    return doc;
}

} // namespace

Result<ReportDocument> AwardsDocuments::shortlist(Session& session, const ShortlistRequest& request,
                                                  Language language) {
    auto found = nominees(session, request, language);
    if (!found) {
        return found.error();
    }
    ReportDocument doc;
    doc.key = QStringLiteral("awards-shortlist");
    doc.title = reportLabel("title.awards-shortlist", language);
    doc.site = session.siteName();
    doc.range = rangeOf(request.period);
    doc.scope = request.district.trimmed();
    doc.facts.append({reportLabel("lists.campaign", language), campaignOf(session).name});
    doc.facts.append({reportLabel("awards.period", language), periodText(request.period, language)});
    doc.facts.append({reportLabel("awards.ruleTitle", language), reportLabel("awards.ruleGate", language)});
    doc.facts.append({reportLabel("awards.col.score", language), reportLabel("awards.ruleScore", language)});
    QJsonArray lists;
    for (const auto& [heading, people] : found->lists) {
        ReportTable table;
        table.heading = heading;
        table.columns = nomineeColumns(language);
        QJsonArray persons;
        int place = 0;
        for (const JudgedVolunteer* v : people) {
            table.rows.append(nomineeRow(++place, *v, language));
            persons.append(QJsonObject{
                {QStringLiteral("person"), textOrNull(v->volunteer.person)},
                {QStringLiteral("userName"), v->volunteer.userName},
                {QStringLiteral("name"), v->volunteer.name},
                {QStringLiteral("unit"), v->volunteer.unit},
                {QStringLiteral("district"), v->evaluation.metrics.district},
                {QStringLiteral("commune"), v->evaluation.metrics.commune},
                {QStringLiteral("score"), v->evaluation.score()},
                {QStringLiteral("tier"), QString::fromLatin1(evaluation::tierKey(v->evaluation.tier))},
            });
        }
        if (table.rows.isEmpty()) {
            QStringList none(table.columns.size());
            none[1] = reportLabel("awards.noNominee", language);
            table.rows.append(none);
        }
        doc.tables.append(table);
        lists.append(QJsonObject{{QStringLiteral("list"), heading}, {QStringLiteral("nominees"), persons}});
    }
    doc.data = QJsonObject{{QStringLiteral("shortlist"), lists}};
    return doc;
}

Result<std::vector<ReportDocument>> AwardsDocuments::evidence(Session& session, const ShortlistRequest& request,
                                                              Language language) {
    auto found = nominees(session, request, language);
    if (!found) {
        return found.error();
    }
    std::vector<ReportDocument> out;
    std::set<QString> seen;
    for (const auto& [heading, people] : found->lists) {
        for (const JudgedVolunteer* v : people) {
            if (seen.insert(v->volunteer.key).second) {
                out.push_back(explanationOf(AwardsService::explainJson(*v), QStringLiteral("awards-evidence"), language,
                                            session.siteName(), request.period));
            }
        }
    }
    return out;
}

ReportDocument AwardsDocuments::explanation(const QJsonObject& explained, Language language) {
    return explanationOf(explained, QStringLiteral("awards-explanation"), language, QString(), AwardsRequest{});
}

} // namespace dc::core
