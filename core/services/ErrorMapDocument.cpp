// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
// ErrorMapService::document: the printable error map (labels from core/domain/resources/reports.json "map.*").
#include "core/domain/EntrySchema.h"
#include "core/domain/RecordType.h"
#include "core/services/ErrorMapService.h"

#include <algorithm>

namespace dc::core {

namespace {

using domain::Language;

QString percent(double rate, Language language) {
    QString text = QString::number(rate * 100.0, 'f', 1);
    if (language == Language::Vietnamese) {
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    }
    return text + QStringLiteral(" %");
}

// A field's label from the schema of its record type, or from the first schema that has it.
QString fieldLabel(const QString& key, const QString& recordType, Language language) {
    for (const domain::RecordType type :
         {domain::RecordType::Birth, domain::RecordType::Marriage, domain::RecordType::Death}) {
        if (!recordType.isEmpty() && domain::recordTypeKey(type) != recordType) {
            continue;
        }
        if (const domain::FieldSpec* spec = domain::entrySchema(type).field(key)) {
            return language == Language::Vietnamese ? spec->labelVi : spec->labelEn;
        }
    }
    return key;
}

QString typeLabel(const QString& recordType, Language language) {
    return recordType.isEmpty() ? QStringLiteral("—") : reportLabel(QStringLiteral("type.") + recordType, language);
}

QString decadeLabel(int decade) {
    return decade == 0 ? QStringLiteral("—") : QStringLiteral("%1–%2").arg(decade).arg(decade + 9);
}

// Where the database is weakest comes first in every table: by the interval's lower bound (a high rate over few entries
// does not outrank a lower one that is certain), then the rate, then more entries checked; the grouping's own order
// among equals.
std::vector<ErrorMapRow> weakestFirst(std::vector<ErrorMapRow> rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const ErrorMapRow& a, const ErrorMapRow& b) {
        if (a.rate.estimate.low != b.rate.estimate.low) {
            return a.rate.estimate.low > b.rate.estimate.low;
        }
        if (a.rate.estimate.rate != b.rate.estimate.rate) {
            return a.rate.estimate.rate > b.rate.estimate.rate;
        }
        return a.rate.checked > b.rate.checked;
    });
    return rows;
}

// One table of rows: the grouping's columns, then checked, corrected, rate, interval.
ReportTable tableOf(const QString& heading, const std::vector<ErrorMapRow>& rows, const ErrorMapGrouping& g,
                    Language language) {
    ReportTable table;
    table.heading = heading;
    table.columns.append(reportLabel("col.field", language));
    if (g.byClass) {
        table.columns.append(reportLabel("col.class", language));
    }
    if (g.byRecordType) {
        table.columns.append(reportLabel("map.col.type", language));
    }
    if (g.byDecade) {
        table.columns.append(reportLabel("map.col.decade", language));
    }
    if (g.byDistrict || g.byCommune) {
        table.columns.append(reportLabel(g.byCommune ? "map.col.commune" : "map.col.district", language));
    }
    table.columns.append({reportLabel("col.checked", language), reportLabel("map.col.corrected", language),
                          reportLabel("map.col.rate", language), reportLabel("col.interval", language)});
    for (const ErrorMapRow& r : rows) {
        QStringList cells{fieldLabel(r.field, r.recordType, language)};
        if (g.byClass) {
            cells.append(reportLabel(QStringLiteral("class.") + r.correctionClass, language));
        }
        if (g.byRecordType) {
            cells.append(typeLabel(r.recordType, language));
        }
        if (g.byDecade) {
            cells.append(decadeLabel(r.decade));
        }
        if (g.byCommune) {
            cells.append(r.district.isEmpty() ? r.commune : r.district + QStringLiteral(" / ") + r.commune);
        } else if (g.byDistrict) {
            cells.append(r.district);
        }
        cells.append({QString::number(r.rate.checked), QString::number(r.rate.corrected),
                      percent(r.rate.estimate.rate, language),
                      QStringLiteral("%1 – %2").arg(percent(r.rate.estimate.low, language),
                                                    percent(r.rate.estimate.high, language))});
        table.rows.append(cells);
    }
    return table;
}

} // namespace

ReportDocument ErrorMapService::document(const ErrorMap& map, Language language) {
    ReportDocument doc;
    doc.key = QStringLiteral("error-map");
    doc.title = reportLabel("title.error-map", language);
    doc.site = map.site;
    doc.scope = map.atHub ? map.site.section(QStringLiteral(" — "), -1) : QString();
    doc.facts.append({reportLabel("meta.site", language), map.site});
    int checked = 0;
    for (const char* outcome : {"match", "corrected"}) {
        checked += map.outcomes.value(QString::fromLatin1(outcome));
    }
    doc.facts.append({reportLabel("map.fact.checked", language), QString::number(checked)});
    for (const char* outcome : {"missing_entered_new", "duplicate_in_database", "escalated"}) {
        doc.facts.append({reportLabel(QStringLiteral("map.outcome.") + QString::fromLatin1(outcome), language),
                          QString::number(map.outcomes.value(QString::fromLatin1(outcome)))});
    }
    doc.facts.append({reportLabel("meta.writingDifferences", language), QString::number(map.writingDifferences)});
    doc.facts.append({reportLabel("map.fact.rule", language), QString()});

    // Wider than a commune: by district at the province, by commune within a district.
    const bool province = map.atHub && map.scope.district.isEmpty() && map.scope.commune.isEmpty();
    const bool oneCommune = !map.atHub || !map.scope.commune.isEmpty();
    ErrorMapGrouping overall;
    ErrorMapGrouping byClass;
    byClass.byClass = true;
    ErrorMapGrouping byType;
    byType.byRecordType = true;
    ErrorMapGrouping byDecade;
    byDecade.byDecade = true;
    ErrorMapGrouping byPlace;
    byPlace.byDistrict = province;
    byPlace.byCommune = !province;
    doc.tables.append(
        tableOf(reportLabel("map.heading.overall", language), weakestFirst(rows(map, overall)), overall, language));
    doc.tables.append(
        tableOf(reportLabel("map.heading.class", language), weakestFirst(rows(map, byClass)), byClass, language));
    doc.tables.append(
        tableOf(reportLabel("map.heading.type", language), weakestFirst(rows(map, byType)), byType, language));
    doc.tables.append(
        tableOf(reportLabel("map.heading.decade", language), weakestFirst(rows(map, byDecade)), byDecade, language));
    if (!oneCommune) {
        doc.tables.append(tableOf(reportLabel(province ? "map.heading.district" : "map.heading.commune", language),
                                  weakestFirst(rows(map, byPlace)), byPlace, language));
    }
    const ErrorMapGrouping finest{false, true, true, true, true};
    doc.tables.append(tableOf(reportLabel("map.heading.weakest", language),
                              weakest(map, kWeakestMinimumChecked, kWeakestLimit), finest, language));
    doc.data = json(map);
    return doc;
}

} // namespace dc::core
