// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/CheckLog.h"

#include <algorithm>
#include <array>

namespace dc::core {

namespace {
constexpr std::array<std::pair<Outcome, const char*>, 6> kOutcomes = {{
    {Outcome::Match, "match"},
    {Outcome::Corrected, "corrected"},
    {Outcome::MissingEnteredNew, "missing_entered_new"},
    {Outcome::DuplicateInDatabase, "duplicate_in_database"},
    {Outcome::Escalated, "escalated"},
    {Outcome::Void, "void"},
}};
} // namespace

QString outcomeKey(Outcome outcome) {
    for (const auto& [value, key] : kOutcomes) {
        if (value == outcome) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<Outcome> outcomeFromKey(const QString& key) {
    for (const auto& [value, k] : kOutcomes) {
        if (key == QLatin1String(k)) {
            return value;
        }
    }
    return std::nullopt;
}

int LoggedCheck::realCorrections() const {
    return static_cast<int>(std::count_if(corrections.begin(), corrections.end(),
                                          [](const Correction& c) { return !c.writingDifference; }));
}

} // namespace dc::core
