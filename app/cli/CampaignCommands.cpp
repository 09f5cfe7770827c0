// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// campaign check: the campaign file's totals, recomputed, and every stated total that disagrees. No database.
#include "app/cli/CliContext.h"

#include "core/campaign/Campaign.h"
#include "core/campaign/CampaignTotals.h"

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
    return QJsonObject{
        {QStringLiteral("campaign"), campaign.name},        {QStringLiteral("province"), campaign.province},
        {QStringLiteral("format"), campaign.formatVersion}, {QStringLiteral("totals"), totalsJson(check.computed)},
        {QStringLiteral("disagreements"), disagreements},   {QStringLiteral("unchecked"), unchecked}};
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
    out.flush();
}

} // namespace

int runCampaign(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() < 2 || p.at(1) != QLatin1String("check")) {
        return context.usage(QStringLiteral("campaign needs the subcommand check"));
    }
    if (p.size() > 3) {
        return context.usage(QStringLiteral("campaign check takes at most one FILE"));
    }
    core::Result<Campaign> campaign = p.size() == 3 ? loadCampaign(p.at(2)) : core::Result<Campaign>(builtInCampaign());
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
