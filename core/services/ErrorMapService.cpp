// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/ErrorMapService.h"

#include "core/campaign/Campaign.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/MapContribution.h"
#include "core/domain/RecordType.h"
#include "core/gateways/EnrollmentGateway.h"
#include "core/gateways/ErrorMapGateway.h"
#include "core/services/HubScope.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <tuple>

namespace dc::core {

namespace {

using gateways::ErrorMapGateway;

// The outcomes that compare the database's record field by field: only these are "entries checked".
// The fields of an entry's schema: the record type's (the program knows one schema version per record type; an entry
// of an older version counts for the fields its type has now).
const std::vector<domain::FieldSpec>* fieldsOf(const QString& recordType) {
    const auto type = domain::recordTypeFromKey(recordType);
    return type ? &domain::entrySchema(*type).fields : nullptr;
}

// Where a place of the summary lies: at a hub a site's (district, commune); at a commune site the enrollment's.
struct Place {
    QString district;
    QString commune;
};

// The cells of the map from a summary, the places mapped by `placeOf` (nullopt: outside the scope).
template <typename PlaceOf> void fillMap(ErrorMap& map, const ErrorMapGateway::Summary& summary, PlaceOf placeOf) {
    // (district, commune, type, decade, field, class) → (checked, corrected)
    using Key = std::tuple<QString, QString, QString, int, QString, QString>;
    std::map<Key, std::pair<qint64, qint64>> cells;
    for (const ErrorMapGateway::Entries& e : summary.entries) {
        const std::optional<Place> place = placeOf(e.place);
        if (!place) {
            continue;
        }
        map.outcomes[e.outcome] += static_cast<int>(e.entries);
        map.writingDifferences += static_cast<int>(e.writingDifferences);
        if (!domain::isComparison(e.outcome) || e.entries == 0) {
            continue;
        }
        const auto* fields = fieldsOf(e.recordType);
        if (fields == nullptr) {
            continue;
        }
        for (const domain::FieldSpec& f : *fields) {
            cells[{place->district, place->commune, e.recordType, e.decade, f.key, QString()}].first += e.entries;
        }
    }
    for (const ErrorMapGateway::Corrected& c : summary.corrected) {
        const std::optional<Place> place = placeOf(c.place);
        if (!place) {
            continue;
        }
        cells[{place->district, place->commune, c.recordType, c.decade, c.field, c.correctionClass}].second +=
            c.entries;
    }
    // A class's cell is checked over the field's own entries checked (the same denominator).
    for (auto& [key, counts] : cells) {
        const auto& [district, commune, type, decade, field, cls] = key;
        if (!cls.isEmpty()) {
            const auto own = cells.find({district, commune, type, decade, field, QString()});
            counts.first = own == cells.end() ? 0 : own->second.first;
        }
    }
    for (const auto& [key, counts] : cells) {
        const auto& [district, commune, type, decade, field, cls] = key;
        if (counts.first == 0 && counts.second == 0) {
            continue;
        }
        if (!cls.isEmpty() && counts.second == 0) {
            continue;
        }
        map.cells.push_back({district, commune, type, decade, field, cls, static_cast<int>(counts.first),
                             static_cast<int>(counts.second)});
    }
}

bool mayReadAtHub(const Session& session) {
    const Role role = session.user().role;
    return role == Role::Province || role == Role::District;
}

Result<ErrorMap> atHub(Session& session, const ErrorMapRequest& request) {
    if (!mayReadAtHub(session)) {
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("the error map at the hub is for province and district accounts"));
    }
    auto place = access::resolveHubPlace(session, request.scope);
    if (!place) {
        return place.error();
    }
    const QString& district = place->district;
    const QString& commune = place->commune;
    const QString& label = place->label;
    return access::guarded([&]() -> Result<ErrorMap> {
        ErrorMap map;
        map.atHub = true;
        map.site = QStringLiteral("%1 — %2").arg(session.siteName(), label);
        map.scope = ReportScope{district, commune};
        std::map<QString, Place> sites;
        for (const gateways::HubSiteRow& site : gateways::EnrollmentGateway(session.database()).currentSites()) {
            if ((district.isEmpty() || site.district == district) && (commune.isEmpty() || site.commune == commune)) {
                sites[site.siteUuid] = {site.district, site.commune};
            }
        }
        const auto summary = ErrorMapGateway(session.database()).hubSummary();
        fillMap(map, summary, [&](const QString& siteUuid) -> std::optional<Place> {
            const auto found = sites.find(siteUuid);
            return found == sites.end() ? std::nullopt : std::optional<Place>(found->second);
        });
        return map;
    });
}

Result<ErrorMap> atCommune(Session& session, const ErrorMapRequest& request) {
    if (session.user().role != Role::Supervisor) {
        return makeError(ErrorCode::NotPermitted, QStringLiteral("the error map of a commune is for its supervisor"));
    }
    if (!request.scope.isProvince()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a district or commune is chosen at the hub only"));
    }
    return access::guarded([&]() -> Result<ErrorMap> {
        ErrorMap map;
        map.site = session.siteName();
        const auto enrollment = gateways::EnrollmentGateway(session.database()).currentEnrollment();
        const auto summary = ErrorMapGateway(session.database()).siteSummary();
        fillMap(map, summary, [&](const QString& bookCommune) -> std::optional<Place> {
            return enrollment ? Place{enrollment->district, enrollment->commune} : Place{QString(), bookCommune};
        });
        return map;
    });
}

} // namespace

Result<ErrorMap> ErrorMapService::compute(Session& session, const ErrorMapRequest& request) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    return session.siteKind() == SiteKind::Hub ? atHub(session, request) : atCommune(session, request);
}

std::vector<ErrorMapRow> ErrorMapService::rows(const ErrorMap& map, const ErrorMapGrouping& grouping) {
    const bool byDistrict = grouping.byDistrict || grouping.byCommune;
    // (field, class, type, decade, district, commune) → (checked, corrected). Classes: the field's own cells give the
    // denominators of every class (a class with no correction in a cell still checked its entries).
    using Key = std::tuple<QString, QString, QString, int, QString, QString>;
    std::map<Key, std::pair<qint64, qint64>> own;
    std::map<Key, qint64> byClass;
    for (const ErrorMapCell& c : map.cells) {
        Key key{c.field,
                QString(),
                grouping.byRecordType ? c.recordType : QString(),
                grouping.byDecade ? c.decade : 0,
                byDistrict ? c.district : QString(),
                grouping.byCommune ? c.commune : QString()};
        if (c.correctionClass.isEmpty()) {
            auto& counts = own[key];
            counts.first += c.checked;
            counts.second += c.corrected;
        } else if (grouping.byClass) {
            std::get<1>(key) = c.correctionClass;
            byClass[key] += c.corrected;
        }
    }
    std::vector<ErrorMapRow> out;
    const auto add = [&](const Key& key, qint64 checked, qint64 corrected) {
        if (checked <= 0) {
            return;
        }
        ErrorMapRow row;
        std::tie(row.field, row.correctionClass, row.recordType, row.decade, row.district, row.commune) = key;
        row.rate.checked = static_cast<int>(checked);
        row.rate.corrected = static_cast<int>(corrected);
        row.rate.estimate = domain::wilsonInterval(row.rate.corrected, row.rate.checked);
        out.push_back(std::move(row));
    };
    if (grouping.byClass) {
        for (const auto& [key, corrected] : byClass) {
            Key ownKey = key;
            std::get<1>(ownKey) = QString();
            const auto found = own.find(ownKey);
            add(key, found == own.end() ? 0 : found->second.first, corrected);
        }
    } else {
        for (const auto& [key, counts] : own) {
            add(key, counts.first, counts.second);
        }
    }
    return out;
}

std::vector<ErrorMapRow> ErrorMapService::weakest(const ErrorMap& map, int minimumChecked, int limit) {
    std::vector<ErrorMapRow> finest = rows(map, ErrorMapGrouping{false, true, true, true, true});
    std::erase_if(finest,
                  [&](const ErrorMapRow& r) { return r.rate.checked < minimumChecked || r.rate.corrected == 0; });
    std::stable_sort(finest.begin(), finest.end(), [](const ErrorMapRow& a, const ErrorMapRow& b) {
        return a.rate.estimate.low > b.rate.estimate.low;
    });
    if (limit >= 0 && finest.size() > static_cast<std::size_t>(limit)) {
        finest.resize(static_cast<std::size_t>(limit));
    }
    return finest;
}

QJsonObject ErrorMapService::json(const ErrorMap& map) {
    QJsonObject outcomes;
    for (auto it = map.outcomes.cbegin(); it != map.outcomes.cend(); ++it) {
        outcomes.insert(it.key(), it.value());
    }
    QJsonObject scope;
    scope.insert(QStringLiteral("district"), map.scope.district);
    scope.insert(QStringLiteral("commune"), map.scope.commune);
    QJsonArray cells;
    for (const ErrorMapCell& c : map.cells) {
        const domain::ProportionEstimate e = domain::wilsonInterval(c.corrected, c.checked);
        cells.append(QJsonObject{{QStringLiteral("district"), c.district},
                                 {QStringLiteral("commune"), c.commune},
                                 {QStringLiteral("type"), c.recordType},
                                 {QStringLiteral("decade"), c.decade},
                                 {QStringLiteral("field"), c.field},
                                 {QStringLiteral("class"), c.correctionClass},
                                 {QStringLiteral("checked"), c.checked},
                                 {QStringLiteral("corrected"), c.corrected},
                                 {QStringLiteral("rate"), e.rate},
                                 {QStringLiteral("low"), e.low},
                                 {QStringLiteral("high"), e.high}});
    }
    return QJsonObject{{QStringLiteral("site"), map.site},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("outcomes"), outcomes},
                       {QStringLiteral("writingDifferences"), map.writingDifferences},
                       {QStringLiteral("cells"), cells}};
}

} // namespace dc::core
