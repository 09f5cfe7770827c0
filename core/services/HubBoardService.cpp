// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/HubBoardService.h"

#include "core/SiteTime.h"
#include "core/campaign/Campaign.h"
#include "core/gateways/HubBoardGateway.h"
#include "core/services/SiteAccess.h"

#include <QHash>

#include <map>

namespace dc::core {

HubAlarmCounts& HubAlarmCounts::operator+=(const HubAlarmCounts& other) {
    forks += other.forks;
    rollbacks += other.rollbacks;
    held += other.held;
    conflicts += other.conflicts;
    return *this;
}

BoardFigures& BoardFigures::operator+=(const BoardFigures& other) {
    entries += other.entries;
    target += other.target;
    corrected += other.corrected;
    corrections += other.corrections;
    writingDifferences += other.writingDifferences;
    escalationsOpen += other.escalationsOpen;
    alarms += other.alarms;
    return *this;
}

namespace {

using gateways::HubBoardGateway;

// Who may read the board, and which district: empty for the province.
Result<QString> boardScope(Session& session) {
    if (auto hub = access::requireSiteKind(session, SiteKind::Hub, "read the province board"); !hub) {
        return hub.error();
    }
    switch (session.user().role) {
    case Role::Province:
        return QString();
    case Role::District: {
        const QString district = session.user().district;
        if (district.isEmpty()) {
            return makeError(ErrorCode::NotPermitted, QStringLiteral("this district account names no district"));
        }
        return district;
    }
    default:
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("the province board is for province and district accounts"));
    }
}

int dailyTargetOf(const campaign::Campaign* plan, const QString& district, const QString& commune) {
    if (plan) {
        for (const auto& c : plan->communes) {
            if (c.district == district && c.name == commune) {
                return c.dailyTarget > 0 ? c.dailyTarget : plan->defaultDailyTarget;
            }
        }
        return plan->defaultDailyTarget > 0 ? plan->defaultDailyTarget : kDefaultDailyTarget;
    }
    return kDefaultDailyTarget;
}

void addAlarm(HubAlarmCounts& counts, const QString& kind, int n) {
    if (kind == QStringLiteral("fork")) {
        counts.forks += n;
    } else if (kind == QStringLiteral("rollback")) {
        counts.rollbacks += n;
    } else if (kind == QStringLiteral("held")) {
        counts.held += n;
    } else if (kind == QStringLiteral("conflict")) {
        counts.conflicts += n;
    }
}

QDateTime storedTime(const QString& text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(text, Qt::ISODate);
    }
    return t.toUTC();
}

struct Days {
    QDate first;
    QDate last;
    int count = 0;
};

Days boardDays(HubBoardGateway& hub) {
    Days days;
    if (const auto range = hub.dayRange()) {
        days.first = QDate::fromString(range->first, Qt::ISODate);
        days.last = QDate::fromString(range->second, Qt::ISODate);
        if (days.first.isValid() && days.last.isValid() && days.first <= days.last) {
            days.count = static_cast<int>(days.first.daysTo(days.last)) + 1;
        }
    }
    return days;
}

BoardCommune communeRow(const HubBoardGateway::SiteTotals& site, const campaign::Campaign* plan, int days,
                        const QDateTime& now, const QHash<QString, HubBoardGateway::LastBundle>& bundles,
                        const QHash<QString, HubAlarmCounts>& alarms) {
    BoardCommune row;
    row.site = site.site;
    row.district = site.district;
    row.commune = site.commune;
    row.siteName = site.siteName;
    row.dailyTarget = dailyTargetOf(plan, site.district, site.commune);
    row.figures.entries = site.entries;
    row.figures.target = static_cast<std::int64_t>(row.dailyTarget) * days;
    row.figures.corrected = site.corrected;
    row.figures.corrections = site.corrections;
    row.figures.writingDifferences = site.writingDifferences;
    row.figures.escalationsOpen = site.escalationsOpen;
    row.figures.alarms = alarms.value(site.site);
    if (const auto found = bundles.find(site.site); found != bundles.end()) {
        row.lastSequence = found->sequence;
        const QDateTime at = storedTime(found->receivedAt);
        if (at.isValid()) {
            row.lastBundleAt = at;
            row.lastBundleAgeSeconds = std::max<std::int64_t>(0, at.secsTo(now));
        }
    }
    return row;
}

QHash<QString, HubBoardGateway::LastBundle> lastBundlesBySite(HubBoardGateway& hub) {
    QHash<QString, HubBoardGateway::LastBundle> bySite;
    for (auto& b : hub.lastBundles()) {
        bySite.insert(b.site, b);
    }
    return bySite;
}

QHash<QString, HubAlarmCounts> alarmsBySite(HubBoardGateway& hub) {
    QHash<QString, HubAlarmCounts> bySite;
    for (const auto& a : hub.openAlarmCounts()) {
        addAlarm(bySite[a.site], a.kind, a.count);
    }
    return bySite;
}

} // namespace

Result<ProvinceBoard> HubBoardService::board(Session& session, const campaign::Campaign* plan) {
    return access::guarded([&]() -> Result<ProvinceBoard> {
        store::Database& db = session.database();
        HubBoardGateway hub(db);
        auto scope = boardScope(session);
        if (!scope) {
            return scope.error();
        }
        ProvinceBoard board;
        board.at = session.now().toUTC();
        board.scope = scope.value();
        const Days days = boardDays(hub);
        board.firstDay = days.first;
        board.lastDay = days.last;
        board.days = days.count;
        const auto bundles = lastBundlesBySite(hub);
        const auto alarms = alarmsBySite(hub);

        // Districts in the campaign's order (with every commune of its geography), then any enrolled elsewhere.
        std::vector<BoardDistrict> districts;
        QHash<QString, std::size_t> districtIndex;
        QHash<QString, std::size_t> communeIndex; // "district/commune" → index in its district
        const auto districtOf = [&](const QString& name) -> BoardDistrict& {
            if (const auto found = districtIndex.find(name); found != districtIndex.end()) {
                return districts[*found];
            }
            districtIndex.insert(name, districts.size());
            districts.push_back(BoardDistrict{name, {}, {}});
            return districts.back();
        };
        if (plan) {
            for (const auto& d : plan->districts) {
                if (!board.scope.isEmpty() && d.name != board.scope) {
                    continue;
                }
                BoardDistrict& district = districtOf(d.name);
                for (const QString& name : d.communes) {
                    BoardCommune row;
                    row.district = d.name;
                    row.commune = name;
                    row.dailyTarget = dailyTargetOf(plan, d.name, name);
                    communeIndex.insert(d.name + QLatin1Char('/') + name, district.communes.size());
                    district.communes.push_back(row);
                }
            }
        }
        for (const auto& site : hub.sites(board.scope)) {
            BoardDistrict& district = districtOf(site.district);
            BoardCommune row = communeRow(site, plan, days.count, board.at, bundles, alarms);
            const QString key = site.district + QLatin1Char('/') + site.commune;
            if (const auto found = communeIndex.find(key); found != communeIndex.end()) {
                district.communes[*found] = row;
            } else {
                communeIndex.insert(key, district.communes.size());
                district.communes.push_back(row);
            }
        }
        for (BoardDistrict& district : districts) {
            for (BoardCommune& row : district.communes) {
                if (row.site.isEmpty()) {
                    row.figures.target = static_cast<std::int64_t>(row.dailyTarget) * days.count;
                }
                district.figures += row.figures;
            }
            board.figures += district.figures;
        }
        board.districts = std::move(districts);

        std::map<std::pair<QDate, QString>, std::int64_t> perDay;
        for (const auto& d : hub.loggedPerDay(board.scope)) {
            perDay[{QDate::fromString(d.day, Qt::ISODate), d.district}] += d.logged;
        }
        for (const auto& [key, entries] : perDay) {
            board.perDay.push_back({key.first, key.second, entries});
        }
        return board;
    });
}

Result<CommuneDetail> HubBoardService::commune(Session& session, const QString& siteUuid,
                                               const campaign::Campaign* plan) {
    return access::guarded([&]() -> Result<CommuneDetail> {
        store::Database& db = session.database();
        HubBoardGateway hub(db);
        auto scope = boardScope(session);
        if (!scope) {
            return scope.error();
        }
        const auto site = hub.site(siteUuid);
        if (!site) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no enrolled workstation has that site id"));
        }
        if (!scope->isEmpty() && site->district != scope.value()) {
            return makeError(ErrorCode::NotPermitted, QStringLiteral("that commune is in another district"));
        }
        CommuneDetail detail;
        const Days days = boardDays(hub);
        detail.commune =
            communeRow(*site, plan, days.count, session.now().toUTC(), lastBundlesBySite(hub), alarmsBySite(hub));
        for (const auto& b : hub.books(siteUuid)) {
            detail.books.push_back({b.uuid, b.recordType, b.bookNumber, b.yearFrom, b.yearTo, b.firstEntry, b.lastEntry,
                                    b.status != QStringLiteral("closed"), b.entries, b.corrected, b.escalated});
        }
        for (const auto& a : hub.alarms(siteUuid, kMaxCommuneAlarms)) {
            detail.alarms.push_back({a.kind, a.message, storedTime(a.at), a.cleared});
        }
        for (const auto& d : hub.loggedPerDay(site->district)) {
            if (d.site == siteUuid) {
                detail.perDay.push_back({QDate::fromString(d.day, Qt::ISODate), d.district, d.logged});
            }
        }
        return detail;
    });
}

} // namespace dc::core
