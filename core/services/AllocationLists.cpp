// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/AllocationLists.h"

#include "core/SiteTime.h"
#include "core/campaign/Campaign.h"
#include "core/domain/Masking.h"
#include "core/domain/VietnameseText.h"
#include "core/gateways/PlanGateway.h"
#include "core/gateways/RegistrationGateway.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace dc::core {

namespace {

using domain::Language;

const campaign::Campaign& plan(const Session& session) {
    return campaignOf(session);
}

QString dayText(const QDate& d) {
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// What the lists need of a registration: who they are and how to reach them.
struct Registered {
    QString unit;
    QString idNumber;
    QString phone;
    int computer = -1; // 1 yes, 0 no, -1 unknown
};

QString computerText(int computer, Language language) {
    return computer == 1   ? reportLabel("lists.yes", language)
           : computer == 0 ? reportLabel("lists.no.answer", language)
                           : reportLabel("lists.unknown", language);
}

// The position of each commune in the campaign's order ("District/Commune" → index), for sorting.
QHash<QString, int> communeOrder(const campaign::Campaign& campaign) {
    QHash<QString, int> out;
    for (const campaign::Commune& c : campaign.communes) {
        out.insert(campaign::communePath(c), static_cast<int>(out.size()));
    }
    return out;
}

// By name as folded (no tone marks, lower case: deterministic on every machine, unlike a locale's collation), then by
// the exact name and the person's UUID so that equal names keep one order.
bool byName(const QString& aName, const QString& aPerson, const QString& bName, const QString& bPerson) {
    const QString fa = domain::foldForSearch(aName);
    const QString fb = domain::foldForSearch(bName);
    if (fa != fb) {
        return fa < fb;
    }
    if (aName != bName) {
        return aName < bName;
    }
    return aPerson < bPerson;
}

ReportDocument start(const campaign::Campaign& campaign, const QString& key, const QString& scope, Language language) {
    ReportDocument doc;
    doc.key = key;
    doc.title = reportLabel(QStringLiteral("title.") + key, language);
    doc.site = campaign.name;
    doc.scope = scope;
    doc.range = ReportRange{campaign.dates.workFrom, campaign.dates.workTo};
    doc.facts.append({reportLabel("lists.campaign", language), campaign.name});
    doc.facts.append({reportLabel(QStringLiteral("meta.period"), language),
                      QStringLiteral("%1 – %2").arg(dayText(doc.range.from), dayText(doc.range.to))});
    doc.data = QJsonObject{{QStringLiteral("report"), key},
                           {QStringLiteral("campaign"), campaign.name},
                           {QStringLiteral("from"), doc.range.from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), doc.range.to.toString(Qt::ISODate)}};
    if (!scope.isEmpty()) {
        doc.data.insert(QStringLiteral("scope"), scope);
    }
    return doc;
}

void addSavedAt(ReportDocument& doc, const std::vector<gateways::PlanRow>& rows, Language language) {
    QString savedAt;
    for (const gateways::PlanRow& row : rows) {
        savedAt = std::max(savedAt, row.savedAt);
    }
    const QDateTime at = QDateTime::fromString(savedAt, Qt::ISODate);
    doc.facts.append(
        {reportLabel("lists.savedAt", language),
         at.isValid() ? at.toTimeZone(sitetime::zone()).toString(QStringLiteral("HH:mm dd/MM/yyyy")) : savedAt});
    doc.data.insert(QStringLiteral("savedAt"), savedAt);
}

Result<std::vector<gateways::PlanRow>> savedPlan(Session& session) {
    std::vector<gateways::PlanRow> rows = gateways::PlanGateway(session.database()).all();
    if (rows.empty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no allocation is saved: run allocate --save first"));
    }
    return rows;
}

QHash<QString, Registered> registrations(Session& session) {
    QHash<QString, Registered> out;
    for (const gateways::RegistrationRow& row : gateways::RegistrationGateway(session.database()).all()) {
        out.insert(row.personUuid, Registered{row.unit, row.idNumber, row.phone, row.computer});
    }
    return out;
}

// Hub, and a province or district account; the district's name for a district account (empty for the province).
Result<QString> readerDistrict(Session& session, const char* what) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Hub, what); !kind) {
        return kind.error();
    }
    if (session.user().role == Role::Province) {
        return QString();
    }
    if (session.user().role == Role::District && !session.user().district.isEmpty()) {
        return session.user().district;
    }
    return makeError(ErrorCode::NotPermitted,
                     QStringLiteral("the allocation's lists are for province and district accounts: cannot ") + what);
}

// One volunteer on a list.
struct Line {
    QString person;
    QString fullName;
    QString district; // empty: not placed
    QString commune;
    int days = 0;
    Registered registered;
};

QString idText(const QString& idNumber, bool identified) {
    return identified ? idNumber : domain::maskIdNumber(idNumber);
}

QJsonObject lineJson(const Line& line, bool identified) {
    QJsonObject o{{QStringLiteral("person"), line.person},
                  {QStringLiteral("fullName"), line.fullName},
                  {QStringLiteral("unit"), line.registered.unit},
                  {QStringLiteral("idNumber"), idText(line.registered.idNumber, identified)},
                  {QStringLiteral("phone"), line.registered.phone},
                  {QStringLiteral("placed"), !line.district.isEmpty()},
                  {QStringLiteral("district"), line.district},
                  {QStringLiteral("commune"), line.commune},
                  {QStringLiteral("days"), line.days}};
    o.insert(QStringLiteral("computer"), line.registered.computer == 1   ? QJsonValue(true)
                                         : line.registered.computer == 0 ? QJsonValue(false)
                                                                         : QJsonValue(QJsonValue::Null));
    return o;
}

struct Tally {
    int volunteers = 0;
    int placed = 0;
    int personDays = 0;
    int computerUsers = 0;
    void add(const Line& line) {
        ++volunteers;
        if (!line.district.isEmpty()) {
            ++placed;
            personDays += line.days;
            computerUsers += line.registered.computer == 1 ? 1 : 0;
        }
    }
    [[nodiscard]] QJsonObject json() const {
        return QJsonObject{{QStringLiteral("volunteers"), volunteers},
                           {QStringLiteral("placed"), placed},
                           {QStringLiteral("personDays"), personDays},
                           {QStringLiteral("computerUsers"), computerUsers}};
    }
};

ReportDocument districtLists(const campaign::Campaign& campaign, const std::vector<gateways::PlanRow>& rows,
                             const QHash<QString, Registered>& reg, const QStringList& districts, bool identified,
                             const QString& scope, Language language) {
    ReportDocument doc = start(campaign, QStringLiteral("allocation-district"), scope, language);
    const QHash<QString, int> order = communeOrder(campaign);
    addSavedAt(doc, rows, language);
    if (!identified) {
        doc.facts.append({reportLabel("lists.idMasked", language), QString()});
    }
    doc.deidentified = !identified;
    QJsonArray groups;
    Tally province;
    for (const QString& district : districts) {
        std::vector<Line> lines;
        for (const gateways::PlanRow& row : rows) {
            if (row.district == district) {
                lines.push_back(Line{row.personUuid, row.fullName, row.district, row.commune,
                                     static_cast<int>(row.days.size()), reg.value(row.personUuid)});
            }
        }
        std::sort(lines.begin(), lines.end(), [&order](const Line& a, const Line& b) {
            const int ca = order.value(campaign::communePath(a.district, a.commune), 1 << 20);
            const int cb = order.value(campaign::communePath(b.district, b.commune), 1 << 20);
            if (ca != cb) {
                return ca < cb;
            }
            return byName(a.fullName, a.person, b.fullName, b.person);
        });
        ReportTable table;
        table.heading = reportLabel("lists.district", language) + QStringLiteral(": ") + district;
        table.columns = {reportLabel("lists.no", language),    reportLabel("lists.fullName", language),
                         reportLabel("lists.unit", language),  reportLabel("lists.idNumber", language),
                         reportLabel("lists.phone", language), reportLabel("lists.commune", language),
                         reportLabel("lists.days", language),  reportLabel("lists.computer", language)};
        QJsonArray volunteers;
        Tally total;
        QList<std::pair<QString, Tally>> perCommune; // in the campaign's order, as the rows are
        for (const Line& line : lines) {
            table.rows.append({QString::number(table.rows.size() + 1), line.fullName, line.registered.unit,
                               idText(line.registered.idNumber, identified), line.registered.phone, line.commune,
                               QString::number(line.days), computerText(line.registered.computer, language)});
            volunteers.append(lineJson(line, identified));
            total.add(line);
            province.add(line);
            if (perCommune.isEmpty() || perCommune.back().first != line.commune) {
                perCommune.append({line.commune, Tally{}});
            }
            perCommune.back().second.add(line);
        }
        doc.tables.append(table);
        ReportTable summary;
        summary.heading = reportLabel("lists.summary", language) + QStringLiteral(" — ") + district;
        summary.columns = {reportLabel("lists.commune", language), reportLabel("lists.volunteers", language),
                           reportLabel("lists.computerUsers", language), reportLabel("lists.personDays", language)};
        QJsonArray communes;
        for (const auto& [commune, tally] : perCommune) {
            summary.rows.append({commune, QString::number(tally.volunteers), QString::number(tally.computerUsers),
                                 QString::number(tally.personDays)});
            QJsonObject c = tally.json();
            c.insert(QStringLiteral("commune"), commune);
            communes.append(c);
        }
        summary.rows.append({reportLabel("lists.total", language), QString::number(total.volunteers),
                             QString::number(total.computerUsers), QString::number(total.personDays)});
        doc.tables.append(summary);
        QJsonObject group = total.json();
        group.insert(QStringLiteral("district"), district);
        group.insert(QStringLiteral("volunteers"), volunteers);
        group.insert(QStringLiteral("communes"), communes);
        group.insert(QStringLiteral("count"), total.volunteers);
        groups.append(group);
    }
    doc.facts.append({reportLabel("lists.volunteers", language), QString::number(province.volunteers)});
    doc.facts.append({reportLabel("lists.personDays", language), QString::number(province.personDays)});
    doc.data.insert(QStringLiteral("by"), QStringLiteral("district"));
    doc.data.insert(QStringLiteral("identified"), identified);
    doc.data.insert(QStringLiteral("groups"), groups);
    doc.data.insert(QStringLiteral("totals"), province.json());
    return doc;
}

ReportDocument unitLists(const campaign::Campaign& campaign, const std::vector<gateways::PlanRow>& rows,
                         const QHash<QString, Registered>& reg,
                         const std::vector<gateways::RegistrationRow>& registered, const QStringList& units,
                         bool identified, const QString& scope, Language language) {
    ReportDocument doc = start(campaign, QStringLiteral("allocation-unit"), scope, language);
    const QHash<QString, int> order = communeOrder(campaign);
    addSavedAt(doc, rows, language);
    if (!identified) {
        doc.facts.append({reportLabel("lists.idMasked", language), QString()});
    }
    doc.deidentified = !identified;
    QHash<QString, const gateways::PlanRow*> placed;
    for (const gateways::PlanRow& row : rows) {
        placed.insert(row.personUuid, &row);
    }
    QJsonArray groups;
    Tally all;
    ReportTable summary;
    summary.heading = reportLabel("lists.summaryUnits", language);
    summary.columns = {reportLabel("lists.unit", language), reportLabel("lists.volunteers", language),
                       reportLabel("lists.placed", language), reportLabel("lists.personDays", language)};
    for (const QString& unit : units) {
        std::vector<Line> lines;
        for (const gateways::RegistrationRow& r : registered) {
            if (r.unit != unit) {
                continue;
            }
            Line line{r.personUuid, r.fullName, {}, {}, 0, reg.value(r.personUuid)};
            if (const gateways::PlanRow* p = placed.value(r.personUuid)) {
                line.district = p->district;
                line.commune = p->commune;
                line.days = static_cast<int>(p->days.size());
            }
            lines.push_back(std::move(line));
        }
        // The placed first, by district and commune in the campaign's order, then by name; the others last, by name.
        std::sort(lines.begin(), lines.end(), [&order](const Line& a, const Line& b) {
            const int ca =
                a.district.isEmpty() ? (1 << 21) : order.value(campaign::communePath(a.district, a.commune), 1 << 20);
            const int cb =
                b.district.isEmpty() ? (1 << 21) : order.value(campaign::communePath(b.district, b.commune), 1 << 20);
            if (ca != cb) {
                return ca < cb;
            }
            return byName(a.fullName, a.person, b.fullName, b.person);
        });
        ReportTable table;
        table.heading = reportLabel("lists.unit", language) + QStringLiteral(": ") + unit;
        table.columns = {reportLabel("lists.no", language),       reportLabel("lists.fullName", language),
                         reportLabel("lists.idNumber", language), reportLabel("lists.phone", language),
                         reportLabel("lists.district", language), reportLabel("lists.commune", language),
                         reportLabel("lists.days", language),     reportLabel("lists.computer", language)};
        QJsonArray volunteers;
        Tally total;
        for (const Line& line : lines) {
            const bool isPlaced = !line.district.isEmpty();
            table.rows.append({QString::number(table.rows.size() + 1), line.fullName,
                               idText(line.registered.idNumber, identified), line.registered.phone,
                               isPlaced ? line.district : reportLabel("lists.notPlaced", language), line.commune,
                               isPlaced ? QString::number(line.days) : QString(),
                               computerText(line.registered.computer, language)});
            volunteers.append(lineJson(line, identified));
            total.add(line);
            all.add(line);
        }
        doc.tables.append(table);
        summary.rows.append({unit, QString::number(total.volunteers), QString::number(total.placed),
                             QString::number(total.personDays)});
        QJsonObject group = total.json();
        group.insert(QStringLiteral("unit"), unit);
        group.insert(QStringLiteral("volunteers"), volunteers);
        group.insert(QStringLiteral("count"), total.volunteers);
        groups.append(group);
    }
    summary.rows.append({reportLabel("lists.total", language), QString::number(all.volunteers),
                         QString::number(all.placed), QString::number(all.personDays)});
    doc.tables.append(summary);
    doc.facts.append({reportLabel("lists.volunteers", language), QString::number(all.volunteers)});
    doc.facts.append({reportLabel("lists.placed", language), QString::number(all.placed)});
    doc.data.insert(QStringLiteral("by"), QStringLiteral("unit"));
    doc.data.insert(QStringLiteral("identified"), identified);
    doc.data.insert(QStringLiteral("groups"), groups);
    doc.data.insert(QStringLiteral("totals"), all.json());
    return doc;
}

} // namespace

QString AllocationLists::compactDays(const std::vector<QDate>& days) {
    std::vector<QDate> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList parts;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j].addDays(1) &&
               sorted[j + 1].month() == sorted[i].month()) {
            ++j;
        }
        const QString last = sorted[j].toString(QStringLiteral("dd/MM"));
        parts << (j == i ? last : sorted[i].toString(QStringLiteral("dd")) + QStringLiteral("–") + last);
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

Result<ReportDocument> AllocationLists::allocationList(Session& session, const AllocationListRequest& request,
                                                       Language language) {
    return access::guarded([&]() -> Result<ReportDocument> {
        auto own = readerDistrict(session, "print the allocation lists");
        if (!own) {
            return own.error();
        }
        const bool province = own->isEmpty();
        if (request.identified && !province) {
            return makeError(ErrorCode::NotPermitted,
                             QStringLiteral("whole ID numbers are for province accounts: leave out --identified"));
        }
        QStringList names;
        QString scope;
        if (request.by == ListGrouping::District) {
            if (!request.name.trimmed().isEmpty()) {
                const auto district = campaign::canonicalDistrict(plan(session), request.name);
                if (!district) {
                    return makeError(ErrorCode::InvalidInput,
                                     QStringLiteral("the campaign has no district named %1").arg(request.name));
                }
                names << *district;
            } else if (!province) {
                names << own.value();
            } else {
                for (const campaign::District& d : plan(session).districts) {
                    names << d.name;
                }
            }
            if (!province && names != QStringList{own.value()}) {
                return makeError(ErrorCode::NotPermitted,
                                 QStringLiteral("a district account prints its own district's list only"));
            }
            scope = names.size() == 1 ? names.front() : QString();
        } else {
            if (!request.name.trimmed().isEmpty()) {
                const auto unit = campaign::findUnit(plan(session), request.name);
                if (!unit) {
                    return makeError(ErrorCode::InvalidInput,
                                     QStringLiteral("the campaign has no unit named %1").arg(request.name));
                }
                if (!province && unit->district != own.value()) {
                    return makeError(ErrorCode::NotPermitted,
                                     QStringLiteral("a district account prints its own district's unit only"));
                }
                names << unit->name;
            } else if (!province) {
                for (const campaign::Unit& u : plan(session).units) {
                    if (u.district == own.value()) {
                        names << u.name;
                    }
                }
            } else {
                for (const campaign::Unit& u : plan(session).units) {
                    names << u.name;
                }
            }
            if (names.isEmpty()) {
                return makeError(ErrorCode::NotPermitted, QStringLiteral("this district account has no unit"));
            }
            scope = names.size() == 1 ? names.front() : QString();
        }
        auto rows = savedPlan(session);
        if (!rows) {
            return rows.error();
        }
        if (request.by == ListGrouping::District) {
            return districtLists(plan(session), rows.value(), registrations(session), names, request.identified, scope,
                                 language);
        }
        const std::vector<gateways::RegistrationRow> registered =
            gateways::RegistrationGateway(session.database()).all();
        return unitLists(plan(session), rows.value(), registrations(session), registered, names, request.identified,
                         scope, language);
    });
}

Result<ReportDocument> AllocationLists::weekView(Session& session, const QString& typedCommune, Language language) {
    return access::guarded([&]() -> Result<ReportDocument> {
        auto own = readerDistrict(session, "print a commune's roster");
        if (!own) {
            return own.error();
        }
        auto commune = campaign::resolveCommune(plan(session), typedCommune);
        if (!commune) {
            return commune.error();
        }
        if (!own->isEmpty() && commune->district != own.value()) {
            return makeError(ErrorCode::NotPermitted,
                             QStringLiteral("a district account prints its own district's communes only"));
        }
        if (!plan(session).dates.isSet()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the campaign has no work dates"));
        }
        auto all = savedPlan(session);
        if (!all) {
            return all.error();
        }
        std::vector<gateways::PlanRow> rows =
            gateways::PlanGateway(session.database()).ofCommune(commune->district, commune->name);
        if (rows.empty()) {
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("the saved allocation places nobody in %1").arg(campaign::communePath(commune.value())));
        }
        std::sort(rows.begin(), rows.end(), [](const gateways::PlanRow& a, const gateways::PlanRow& b) {
            return byName(a.fullName, a.personUuid, b.fullName, b.personUuid);
        });
        const QHash<QString, Registered> reg = registrations(session);
        const QString path = campaign::communePath(commune.value());
        ReportDocument doc = start(plan(session), QStringLiteral("roster-week"), path, language);
        doc.title += QStringLiteral(" — ") + path;
        doc.facts.prepend({reportLabel("lists.commune", language), path});
        addSavedAt(doc, all.value(), language);
        const int pairs = commune->pairsPerDay;
        doc.facts.append({reportLabel("roster.pairsPerDay", language), QString::number(pairs)});
        doc.facts.append({reportLabel("lists.volunteers", language), QString::number(rows.size())});

        QHash<QString, QSet<QDate>> works;
        for (const gateways::PlanRow& row : rows) {
            for (const QDate& d : row.days) {
                works[row.personUuid].insert(d);
            }
        }
        struct DayCount {
            QDate day;
            int people = 0;
            int missing = 0;
            int withoutComputer = 0;
        };
        // Per day: who works, people short of 2 × pairs, and pairs without a computer user — as the roster pairs
        // them, one computer user to a pair as far as they go, a lone person making a pair of one.
        const auto countOf = [&](const QDate& day) {
            DayCount c{day, 0, 0, 0};
            int computerUsers = 0;
            for (const gateways::PlanRow& row : rows) {
                if (works.value(row.personUuid).contains(day)) {
                    ++c.people;
                    computerUsers += reg.value(row.personUuid).computer == 1 ? 1 : 0;
                }
            }
            const int staffed = std::min(pairs, (c.people + 1) / 2);
            c.missing = std::max(0, 2 * pairs - c.people);
            c.withoutComputer = std::max(0, staffed - computerUsers);
            return c;
        };
        std::vector<DayCount> counts;
        QJsonArray weeks;
        for (QDate weekStart = plan(session).dates.workFrom; weekStart <= plan(session).dates.workTo;) {
            QDate weekEnd = weekStart.addDays(7 - weekStart.dayOfWeek());
            weekEnd = std::min(weekEnd, plan(session).dates.workTo);
            ReportTable table;
            table.heading = QStringLiteral("%1 %2: %3 – %4")
                                .arg(reportLabel("roster.week", language))
                                .arg(weeks.size() + 1)
                                .arg(dayText(weekStart), dayText(weekEnd));
            table.columns = {reportLabel("lists.fullName", language), reportLabel("roster.userName", language)};
            std::vector<QDate> days;
            for (QDate d = weekStart; d <= weekEnd; d = d.addDays(1)) {
                days.push_back(d);
                table.columns << reportLabel(QStringLiteral("weekday.%1").arg(d.dayOfWeek()), language) +
                                     QStringLiteral(" ") + d.toString(QStringLiteral("dd/MM"));
            }
            table.columns << reportLabel("roster.weekDays", language);
            QJsonArray grid;
            for (const gateways::PlanRow& row : rows) {
                QStringList cells{row.fullName, row.userName};
                QJsonArray on;
                int n = 0;
                for (const QDate& d : days) {
                    const bool w = works.value(row.personUuid).contains(d);
                    cells << (w ? reportLabel("roster.works", language) : QString());
                    n += w ? 1 : 0;
                    if (w) {
                        on.append(d.toString(Qt::ISODate));
                    }
                }
                cells << QString::number(n);
                table.rows.append(cells);
                grid.append(QJsonObject{{QStringLiteral("person"), row.personUuid},
                                        {QStringLiteral("userName"), row.userName},
                                        {QStringLiteral("days"), on}});
            }
            QStringList people{reportLabel("roster.people", language), QString()};
            QStringList missing{reportLabel("roster.missing", language), QString()};
            QStringList noComputer{reportLabel("roster.noComputer", language), QString()};
            for (const QDate& d : days) {
                const DayCount c = countOf(d);
                counts.push_back(c);
                people << QString::number(c.people);
                missing << QString::number(c.missing);
                noComputer << QString::number(c.withoutComputer);
            }
            table.rows << (people << QString()) << (missing << QString()) << (noComputer << QString());
            doc.tables.append(table);
            weeks.append(QJsonObject{{QStringLiteral("from"), weekStart.toString(Qt::ISODate)},
                                     {QStringLiteral("to"), weekEnd.toString(Qt::ISODate)},
                                     {QStringLiteral("volunteers"), grid}});
            weekStart = weekEnd.addDays(1);
        }

        ReportTable perVolunteer;
        perVolunteer.heading = reportLabel("roster.perVolunteer", language);
        perVolunteer.columns = {reportLabel("lists.no", language), reportLabel("lists.fullName", language),
                                reportLabel("roster.userName", language), reportLabel("lists.computer", language),
                                reportLabel("lists.days", language)};
        QJsonArray volunteers;
        int personDays = 0;
        for (const gateways::PlanRow& row : rows) {
            const int computer = reg.value(row.personUuid).computer;
            perVolunteer.rows.append({QString::number(perVolunteer.rows.size() + 1), row.fullName, row.userName,
                                      computerText(computer, language), QString::number(row.days.size())});
            personDays += static_cast<int>(row.days.size());
            volunteers.append(QJsonObject{{QStringLiteral("person"), row.personUuid},
                                          {QStringLiteral("fullName"), row.fullName},
                                          {QStringLiteral("userName"), row.userName},
                                          {QStringLiteral("days"), static_cast<int>(row.days.size())}});
        }
        perVolunteer.rows.append(
            {reportLabel("lists.total", language), QString(), QString(), QString(), QString::number(personDays)});
        doc.tables.append(perVolunteer);

        ReportTable unmet;
        unmet.heading = reportLabel("roster.unmet", language);
        unmet.columns = {reportLabel("roster.day", language), reportLabel("roster.people", language),
                         reportLabel("roster.missing", language), reportLabel("roster.noComputer", language)};
        QJsonArray unmetJson;
        for (const DayCount& c : counts) {
            if (c.missing > 0 || c.withoutComputer > 0) {
                unmet.rows.append({dayText(c.day), QString::number(c.people), QString::number(c.missing),
                                   QString::number(c.withoutComputer)});
                unmetJson.append(QJsonObject{{QStringLiteral("day"), c.day.toString(Qt::ISODate)},
                                             {QStringLiteral("people"), c.people},
                                             {QStringLiteral("missingPeople"), c.missing},
                                             {QStringLiteral("pairsWithoutComputer"), c.withoutComputer}});
            }
        }
        if (unmet.rows.isEmpty()) {
            unmet.rows.append({reportLabel("roster.noneShort", language), QString(), QString(), QString()});
        }
        doc.tables.append(unmet);
        doc.facts.append({reportLabel("roster.shortDays", language), QString::number(unmetJson.size())});
        doc.data.insert(QStringLiteral("district"), commune->district);
        doc.data.insert(QStringLiteral("commune"), commune->name);
        doc.data.insert(QStringLiteral("pairsPerDay"), pairs);
        doc.data.insert(QStringLiteral("weeks"), weeks);
        doc.data.insert(QStringLiteral("volunteers"), volunteers);
        doc.data.insert(QStringLiteral("unmet"), unmetJson);
        return doc;
    });
}

ReportDocument AllocationLists::rosterSheet(const RosterPlan& rosterPlan, const BuiltRoster& built, Language language,
                                            const campaign::Campaign* campaign) {
    const QString path = campaign::communePath(rosterPlan.district, rosterPlan.commune);
    ReportDocument doc = start(campaign ? *campaign : campaign::builtInCampaign(), QStringLiteral("roster-sheet"), path,
                               language); // the commune is the first fact
    doc.facts.prepend({reportLabel("lists.commune", language), path});
    doc.facts.append({reportLabel("roster.package", language), QString::number(built.sequence)});
    if (!built.codes.empty()) {
        const QDateTime expires = QDateTime::fromString(built.codes.front().expiresAt, Qt::ISODate);
        doc.facts.append({reportLabel("roster.expires", language),
                          expires.isValid()
                              ? expires.toTimeZone(sitetime::zone()).toString(QStringLiteral("HH:mm dd/MM/yyyy"))
                              : built.codes.front().expiresAt});
    }
    doc.facts.append({reportLabel("roster.codeNote", language), QString()});
    QHash<QString, const RosterPlanVolunteer*> byPerson;
    for (const RosterPlanVolunteer& v : rosterPlan.volunteers) {
        byPerson.insert(v.person, &v);
    }
    ReportTable table;
    table.columns = {reportLabel("lists.no", language),        reportLabel("roster.userName", language),
                     reportLabel("lists.fullName", language),  reportLabel("roster.code", language),
                     reportLabel("lists.days", language),      reportLabel("roster.dayList", language),
                     reportLabel("roster.signature", language)};
    // What fits the day list's column on a landscape page (seven columns: the volunteer signs on receiving the code)
    // beside the longest names the account rules allow; longer lists continue on the next rows.
    constexpr qsizetype kDaysPerLine = 34;
    int number = 0;
    for (const IssuedCode& c : built.codes) {
        const RosterPlanVolunteer* v = byPerson.value(c.person);
        const std::vector<QDate> days = v ? v->days : std::vector<QDate>{};
        const QString code = QString::fromLatin1(c.code.chars().data(), static_cast<qsizetype>(c.code.size()));
        // The day list wraps onto continuation rows at a comma, so nothing is cut off in print.
        QStringList lines;
        QString line;
        for (const QString& part : compactDays(days).split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 2 + part.size() > kDaysPerLine) {
                lines << line + QStringLiteral(",");
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(", ")) + part;
        }
        lines << line;
        ++number; // continuation rows have none
        table.rows.append({QString::number(number), c.userName, v ? v->fullName : QString(), code,
                           QString::number(days.size()), lines.front(), QString()});
        for (qsizetype i = 1; i < lines.size(); ++i) {
            table.rows.append({QString(), QString(), QString(), QString(), QString(), lines.at(i), QString()});
        }
    }
    doc.tables.append(table);
    // No codes in `data`: the sheet's JSON form is never written by the commands.
    doc.data.insert(QStringLiteral("sequence"), built.sequence);
    return doc;
}

} // namespace dc::core
