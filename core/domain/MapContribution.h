// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace dc::core::domain {

// What one entry's current row contributes to the error map (issue 16 part 2; core/services/ErrorMapService.h): the
// one statement of the rule, for the hub's summaries kept at import (ErrorMapGateway, called by HubGateway) and for a
// commune site's map from its own log. Pure: the callers read the row, its book and its corrections, and sum.

// Whether an outcome compared the database's record field by field: match and corrected. Only these are the error
// map's "entries checked" and only their real corrections count on it.
[[nodiscard]] bool isComparison(const QString& outcome);

// The register decade of an entry: its registration date's year (the date's last four characters, when they are four
// digits: dates are stored "dd/MM/yyyy" in the precision held, PartialDate), else its book's first year's; 0 when
// neither is known (a book the hub has not received). 1970 for 1970–1979.
[[nodiscard]] int mapDecade(const QString& registrationDate, std::optional<qint64> bookFirstYear);

struct MapCorrection {
    QString field;
    QString correctionClass;
    bool writingDifference = false;
};

struct MapContribution {
    int decade = 0;
    int writingDifferences = 0; // the row's corrections that are writing differences, whatever its outcome
    // The (field, class) the entry counts as corrected, each once, and each such field once more with the class ""
    // (the field's own count: two corrections of one field count once): real corrections (not writing differences) of
    // a comparison only. In the order of first appearance, the field's own pair after its first class. A correction
    // without a class counts once, as the field's own.
    std::vector<std::pair<QString, QString>> corrected;
};

[[nodiscard]] MapContribution mapContribution(const QString& registrationDate, std::optional<qint64> bookFirstYear,
                                              const QString& outcome, std::span<const MapCorrection> corrections);

} // namespace dc::core::domain
