// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// campaign check: the campaign file's totals, recomputed, and every stated total that disagrees (no database, or the
// campaign a site runs with --db); campaign show --db: which campaign a site runs.
#include "app/cli/CliContext.h"

#include "core/campaign/Campaign.h"
#include "core/campaign/CampaignTotals.h"
#include "core/services/SiteCampaign.h"

#include <QJsonArray>

namespace dc::app::cli {

namespace {

using namespace dc::core::campaign;

QString where(const QString& district, const QString& total) {
    return district.isEmpty() ? total : district + QStringLiteral(": ") + total;
}

QJsonObject totalsJson(const std::vector<Total>& totals) {
    QJsonObject province;
    QJsonObject byDistrict;
    for (const Total& t : totals) {
        if (t.district.isEmpty()) {
            province.insert(t.total, t.value);
        } else {
            QJsonObject district = byDistrict.value(t.district).toObject();
            district.insert(t.total, t.value);
            byDistrict.insert(t.district, district);
        }
    }
    province.insert(QStringLiteral("byDistrict"), byDistrict);
    return province;
}

QString day(const QDate& date) {
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// The units, dates, scope and ages (issue 14), when the file has them.
QJsonObject calendarJson(const Campaign& campaign) {
    QJsonObject out;
    if (!campaign.units.empty()) {
        QJsonArray units;
        for (const Unit& unit : campaign.units) {
            QJsonObject row{{QStringLiteral("name"), unit.name},
                            {QStringLiteral("kind"), unit.kind},
                            {QStringLiteral("quota"), unit.quota}};
            if (!unit.district.isEmpty()) {
                row.insert(QStringLiteral("district"), unit.district);
            }
            units.append(row);
        }
        out.insert(QStringLiteral("units"), units);
    }
    if (campaign.dates.isSet()) {
        const CampaignDates& d = campaign.dates;
        out.insert(QStringLiteral("dates"),
                   QJsonObject{{QStringLiteral("registrationFrom"), day(d.registrationFrom)},
                               {QStringLiteral("registrationTo"), day(d.registrationTo)},
                               {QStringLiteral("unitListsDue"), day(d.unitListsDue)},
                               {QStringLiteral("training"),
                                day(d.training) + u' ' + d.trainingTime.toString(QStringLiteral("HH:mm"))},
                               {QStringLiteral("workFrom"), day(d.workFrom)},
                               {QStringLiteral("workTo"), day(d.workTo)}});
    }
    if (campaign.entryCutoff.isValid()) {
        out.insert(QStringLiteral("entryCutoff"), day(campaign.entryCutoff));
    }
    if (campaign.minAge > 0) {
        out.insert(QStringLiteral("ages"),
                   QJsonObject{{QStringLiteral("min"), campaign.minAge}, {QStringLiteral("max"), campaign.maxAge}});
    }
    return out;
}

void printCalendar(QTextStream& out, const Campaign& campaign) {
    if (!campaign.units.empty()) {
        out << "\nunits and quotas:\n";
        for (const Unit& unit : campaign.units) {
            out << "    " << unit.name.leftJustified(40) << ' ' << QString::number(unit.quota).rightJustified(6) << "  "
                << unit.kind << (unit.district.isEmpty() ? QString() : QStringLiteral(" (") + unit.district + u')')
                << "\n";
        }
    }
    if (campaign.dates.isSet()) {
        const CampaignDates& d = campaign.dates;
        out << "\ndates:\n"
            << "    registration      " << day(d.registrationFrom) << " to " << day(d.registrationTo) << "\n"
            << "    unit lists due    " << day(d.unitListsDue) << "\n"
            << "    training          " << day(d.training) << ' ' << d.trainingTime.toString(QStringLiteral("HH:mm"))
            << "\n"
            << "    work              " << day(d.workFrom) << " to " << day(d.workTo) << "\n";
    }
    if (campaign.entryCutoff.isValid()) {
        out << "    entries up to     " << day(campaign.entryCutoff) << "\n";
    }
    if (campaign.minAge > 0) {
        out << "    ages              " << campaign.minAge << " to " << campaign.maxAge << " in " << campaign.year()
            << "\n";
    }
}

QJsonObject checkJson(const Campaign& campaign, const TotalsCheck& check) {
    QJsonArray disagreements;
    for (const Disagreement& d : check.disagreements) {
        QJsonObject row{{QStringLiteral("total"), d.total},
                        {QStringLiteral("stated"), d.stated},
                        {QStringLiteral("computed"), d.computed}};
        if (!d.district.isEmpty()) {
            row.insert(QStringLiteral("district"), d.district);
        }
        disagreements.append(row);
    }
    QJsonArray unchecked;
    for (const StatedTotal& s : check.unchecked) {
        unchecked.append(where(s.district, s.total));
    }
    QJsonObject extra = calendarJson(campaign);
    QJsonObject document{
        {QStringLiteral("campaign"), campaign.name},        {QStringLiteral("province"), campaign.province},
        {QStringLiteral("format"), campaign.formatVersion}, {QStringLiteral("totals"), totalsJson(check.computed)},
        {QStringLiteral("disagreements"), disagreements},   {QStringLiteral("unchecked"), unchecked}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        document.insert(it.key(), it.value());
    }
    return document;
}

void printCheck(QTextStream& out, const Campaign& campaign, const TotalsCheck& check) {
    out << "campaign " << campaign.name << " (" << campaign.province << "), format " << campaign.formatVersion
        << "\n\ntotals, recomputed:\n";
    QString district;
    for (const Total& t : check.computed) {
        if (t.district != district) {
            district = t.district;
            out << "  " << district << "\n";
        }
        out << (district.isEmpty() ? "    " : "      ") << t.total.leftJustified(20) << ' ' << t.value << "\n";
    }
    if (check.disagreements.empty()) {
        out << "\nevery stated total agrees\n";
    } else {
        out << "\nstated totals that disagree:\n";
        for (const Disagreement& d : check.disagreements) {
            out << "  " << where(d.district, d.total) << ": stated " << d.stated << ", computed " << d.computed << "\n";
        }
    }
    for (const StatedTotal& s : check.unchecked) {
        out << "  not checked (unknown to this program): " << where(s.district, s.total) << "\n";
    }
    printCalendar(out, campaign);
    out.flush();
}

} // namespace

namespace {

// campaign show --db: which campaign the site runs.
int runShow(CliContext& context) {
    if (context.args().positional.size() != 2) {
        return context.usage(QStringLiteral("campaign show takes no operand"));
    }
    if (!context.args().value(QStringLiteral("db"))) {
        return context.usage(QStringLiteral("campaign show needs --db"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto info = core::siteCampaign(*session);
    if (!info) {
        return context.failExplained(info.error());
    }
    const core::SiteCampaignInfo& i = info.value();
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("campaign"), i.name},
                                      {QStringLiteral("province"), i.province},
                                      {QStringLiteral("format"), i.format},
                                      {QStringLiteral("sha256"), i.sha256},
                                      {QStringLiteral("builtIn"), i.builtIn},
                                      {QStringLiteral("districts"), i.districts},
                                      {QStringLiteral("communes"), i.communes},
                                      {QStringLiteral("units"), i.units}});
        return kExitOk;
    }
    context.out() << "campaign " << i.name << " (" << i.province << "), format " << i.format
                  << (i.builtIn ? ", built in" : ", from the file given at init") << "\n  sha256 " << i.sha256 << "\n  "
                  << i.districts << " districts, " << i.communes << " communes, " << i.units << " units\n";
    context.out().flush();
    return kExitOk;
}

} // namespace

int runCampaign(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() >= 2 && p.at(1) == QLatin1String("show")) {
        return runShow(context);
    }
    if (p.size() < 2 || p.at(1) != QLatin1String("check")) {
        return context.usage(QStringLiteral("campaign needs the subcommand check or show"));
    }
    if (p.size() > 3) {
        return context.usage(QStringLiteral("campaign check takes at most one FILE"));
    }
    const bool ofSite = context.args().value(QStringLiteral("db")).has_value();
    if (ofSite && p.size() == 3) {
        return context.usage(QStringLiteral("campaign check takes a FILE or --db, not both"));
    }
    core::Result<Campaign> campaign = builtInCampaign();
    if (ofSite) {
        int exitCode = kExitOk;
        auto session = context.signIn(exitCode);
        if (!session) {
            return exitCode;
        }
        auto info = core::siteCampaign(*session); // reads (and caches) the site's campaign, or says why it cannot
        if (!info) {
            return context.failExplained(info.error());
        }
        campaign = core::campaignOf(*session);
    } else if (p.size() == 3) {
        campaign = loadCampaign(p.at(2));
    }
    if (!campaign) {
        // The loader's detail names the first problem in English (a field, a commune): no citizen data.
        return context.fail(QStringLiteral("the campaign file is refused: ") + campaign.error().detail);
    }
    const TotalsCheck check = checkTotals(campaign.value());
    if (context.json()) {
        context.printJson(checkJson(campaign.value(), check));
    } else {
        printCheck(context.out(), campaign.value(), check);
    }
    return check.disagreements.empty() ? kExitOk : kExitFailed;
}

} // namespace dc::app::cli
