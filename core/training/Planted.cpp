// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/training/Training.h"

#include <array>
#include <tuple>

namespace dc::core::training {

namespace {

using domain::CorrectionClass;

// Each kind, its key, and the class the domain gives the difference (none for the kinds about the whole entry).
struct PlantedInfo {
    Planted planted;
    const char* key;
    std::optional<CorrectionClass> correctionClass;
};

const std::array<PlantedInfo, 12> kPlanted = {{
    {Planted::None, "none", std::nullopt},
    {Planted::MissingDiacritics, "missing_diacritics", CorrectionClass::Diacritic},
    {Planted::TonePlacement, "tone_placement", CorrectionClass::TonePlacement},
    {Planted::DayMonthSwap, "day_month_swap", CorrectionClass::DateDayMonthSwap},
    {Planted::PartialDate, "partial_date", CorrectionClass::None},
    {Planted::Placeholder0101, "placeholder_0101", CorrectionClass::DatePrecision},
    {Planted::Misspelt, "misspelt", CorrectionClass::Spelling},
    {Planted::WrongValue, "wrong_value", CorrectionClass::Value},
    {Planted::WrongIdNumber, "wrong_id_number", CorrectionClass::Number},
    {Planted::MissingEntry, "missing_entry", std::nullopt},
    {Planted::Duplicate, "duplicate", std::nullopt},
    {Planted::Illegible, "illegible", std::nullopt},
}};

} // namespace

QString plantedKey(Planted planted) {
    for (const PlantedInfo& info : kPlanted) {
        if (info.planted == planted) {
            return QString::fromLatin1(info.key);
        }
    }
    return QStringLiteral("none");
}

std::optional<Planted> plantedFromKey(const QString& key) {
    for (const PlantedInfo& info : kPlanted) {
        if (key == QLatin1String(info.key)) {
            return info.planted;
        }
    }
    return std::nullopt;
}

std::optional<domain::CorrectionClass> plantedClass(Planted planted) {
    for (const PlantedInfo& info : kPlanted) {
        if (info.planted == planted) {
            return info.correctionClass;
        }
    }
    return std::nullopt;
}

std::vector<std::vector<FieldValue>> databaseRecords(const TrainingEntry& entry) {
    std::vector<std::vector<FieldValue>> records;
    for (const FieldValue& field : entry.database) {
        if (records.empty() || (!records.back().empty() && field.fieldKey == entry.database.front().fieldKey)) {
            records.emplace_back();
        }
        records.back().push_back(field);
    }
    return records;
}

} // namespace dc::core::training
