// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/domain/Messages.h"
#include "core/domain/Wilson.h"
#include "core/services/ReportService.h"
#include "core/services/ReportTables.h"
#include "core/services/Session.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace dc::core {

// The error map of the national database (issue 16 part 2): where the database the volunteers checked was wrong, as
// rates the data-cleaning plan can aim by — per field, correction class, register type, register decade and commune.
//
// A rate is the entries with at least one real correction (a writing difference is not one) of the field, of that
// class when a class is asked for, over the entries checked whose schema has the field; each with its Wilson 95 %
// interval and the number checked. Only the current version of an entry counts (an amendment replaces it, a void takes
// it out). "Entries checked" are the entries whose current outcome compared the database's record field by field:
// match and corrected. Entries entered new, duplicates and open escalations are not comparisons of a field; they are
// counted apart (`ErrorMap::outcomes`). The register's decade is that of the entry's registration date (the book's
// first year when the date gives none): 1970 for 1970–1979.
//
// At a hub the map reads summaries kept at import (3,000,000 checks in well under a second); at a commune site it is
// computed from the site's own log. Who sees it (checked here): at a hub a province account the province or any
// district or commune, a district account its own district and its communes; at a commune site its supervisor.
// Everyone else: NotPermitted. The map holds counts only, never a name or a value.

struct ErrorMapRequest {
    ReportScope scope; // at a hub: the province (empty), a district, or a commune (district + commune)
};

// One cell of the finest grain the map keeps. Roll-ups sum `checked` and `corrected` over the cells they cover: an
// entry belongs to exactly one (commune, record type, decade), so the sums are exact. A class's cell exists only where
// that class was found (corrected > 0) and carries the field's own `checked`; so a roll-up by class takes its
// denominator from the field's own cells (class empty), as rows() does — summing the class's cells alone would leave
// out the entries checked where the class was never found.
struct ErrorMapCell {
    QString district; // at a commune site: the site's district when enrolled, else empty
    QString commune;
    QString recordType;      // "birth", "marriage", "death"
    int decade = 0;          // 1970 for 1970–1979
    QString field;           // the schema's field key: "subject.birth_date"
    QString correctionClass; // empty: any class (the field's own rate); else one class ("diacritic", "date", ...)
    int checked = 0;         // entries checked (match or corrected) whose schema has the field
    int corrected = 0;       // of those, entries with at least one real correction of the field (of the class)
};

// A rate with what it was computed from.
struct ErrorRate {
    int checked = 0;
    int corrected = 0;
    domain::ProportionEstimate estimate; // corrected / checked, Wilson 95 %
};

// The dimensions a view of the map groups by (any combination; none gives the scope's overall rate per field).
struct ErrorMapGrouping {
    bool byClass = false;
    bool byRecordType = false;
    bool byDecade = false;
    bool byDistrict = false;
    bool byCommune = false; // implies byDistrict
};

struct ErrorMapRow {
    QString field;
    QString correctionClass; // empty unless grouped by class
    QString recordType;      // empty unless grouped by record type
    int decade = 0;          // 0 unless grouped by decade
    QString district;        // empty unless grouped by district
    QString commune;         // empty unless grouped by commune
    ErrorRate rate;
};

struct ErrorMap {
    QString site;      // the site's name ("<hub> — <scope>" at a hub, as ReportHeader::site)
    ReportScope scope; // at a hub
    bool atHub = false;
    std::vector<ErrorMapCell> cells; // every non-empty cell of the scope, ordered by district, commune, record type,
                                     // decade, field, class
    // The entries of the scope by current outcome ("match", "corrected", "missing_entered_new",
    // "duplicate_in_database", "escalated") and the writing differences (counted apart: they are not errors).
    QHash<QString, int> outcomes;
    int writingDifferences = 0;
};

class ErrorMapService {
public:
    // InvalidInput for an unknown district or commune; NotPermitted as above.
    [[nodiscard]] static Result<ErrorMap> compute(Session& session, const ErrorMapRequest& request);

    // A view of the map: the rows of `grouping`, ordered by field, then the grouping's dimensions, each with its rate;
    // rows with nothing checked are left out.
    [[nodiscard]] static std::vector<ErrorMapRow> rows(const ErrorMap& map, const ErrorMapGrouping& grouping);

    // Where the database is weakest: the finest rows (field × record type × decade × commune) with at least
    // `minimumChecked` entries checked, ordered by the interval's lower bound, highest first (a high rate over few
    // entries does not outrank a lower one that is certain), at most `limit`. Rows without a correction are left out
    // (their lower bound is 0: nothing to aim at); ties keep rows()'s order.
    [[nodiscard]] static std::vector<ErrorMapRow> weakest(const ErrorMap& map, int minimumChecked, int limit);

    // `findings map --json`: {"site", "scope", "outcomes", "writingDifferences", "cells": [{"district", "commune",
    // "type", "decade", "field", "class", "checked", "corrected", "rate", "low", "high"}]}.
    [[nodiscard]] static QJsonObject json(const ErrorMap& map);

    // The printable map (XLSX, PDF: app/common/export), labels from reports.json: the overall rate per field, then by
    // class, record type, decade and district (or commune), then the weakest cells.
    [[nodiscard]] static ReportDocument document(const ErrorMap& map, domain::Language language);
    // The document's weakest cells: at least this many entries checked, at most this many rows.
    static constexpr int kWeakestMinimumChecked = 30;
    static constexpr int kWeakestLimit = 25;
};

} // namespace dc::core
