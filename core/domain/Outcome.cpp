// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/Outcome.h"

#include <array>
#include <utility>

namespace dc::core::domain {

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

} // namespace dc::core::domain
