// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/MapContribution.h"

#include <algorithm>

namespace dc::core::domain {

bool isComparison(const QString& outcome) {
    return outcome == QLatin1String("match") || outcome == QLatin1String("corrected");
}

int mapDecade(const QString& registrationDate, std::optional<qint64> bookFirstYear) {
    if (registrationDate.size() >= 4) {
        int year = 0;
        bool digits = true;
        for (qsizetype i = registrationDate.size() - 4; i < registrationDate.size(); ++i) {
            const char16_t c = registrationDate.at(i).unicode();
            if (c < u'0' || c > u'9') {
                digits = false;
                break;
            }
            year = year * 10 + (c - u'0');
        }
        if (digits) {
            return year / 10 * 10;
        }
    }
    // A book's first year is 0–9999 wherever it comes from (a bundle's reader, the book form); anything else is no
    // year, as an unknown book is.
    if (bookFirstYear && *bookFirstYear >= 0 && *bookFirstYear <= 9999) {
        return static_cast<int>(*bookFirstYear / 10 * 10);
    }
    return 0;
}

MapContribution mapContribution(const QString& registrationDate, std::optional<qint64> bookFirstYear,
                                const QString& outcome, std::span<const MapCorrection> corrections) {
    MapContribution out;
    out.decade = mapDecade(registrationDate, bookFirstYear);
    const bool comparison = isComparison(outcome);
    for (const MapCorrection& c : corrections) {
        if (c.writingDifference) {
            ++out.writingDifferences;
            continue;
        }
        if (!comparison) {
            continue;
        }
        const auto add = [&out](const QString& field, const QString& cls) {
            const std::pair<QString, QString> pair{field, cls};
            if (std::find(out.corrected.begin(), out.corrected.end(), pair) == out.corrected.end()) {
                out.corrected.push_back(pair);
            }
        };
        add(c.field, c.correctionClass);
        add(c.field, QString());
    }
    return out;
}

} // namespace dc::core::domain
