// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/Values.h"

#include <QString>

#include <optional>

namespace dc::core::domain {

// What kind of difference lies between the national database's value (before) and the register's (after).
// Every correction gets exactly one class, the same everywhere, so statistics can be trusted.
enum class CorrectionClass {
    None,             // "none": equal after NFC and trimming — not a correction
    MissingInDb,      // "missing_in_db": the database has nothing
    ExtraInDb,        // "extra_in_db": the register has nothing
    Format,           // "format": the same date or the same digits, written differently (date/number kinds)
    DatePrecision,    // "date_precision": dates agreeing on every part the less precise one has (01 = unknown)
    SpacingCase,      // "spacing_case": equal after lower case and space collapsing
    TonePlacement,    // "tone_placement": old vs new tone placement (hoà / hòa)
    Diacritic,        // "diacritic": equal after folding (marks, đ, case)
    DateDayMonthSwap, // "date_day_month_swap": full dates with day and month swapped
    DateOther,        // "date_other": two dates, otherwise different
    Number,           // "number": two digit strings, different
    Spelling,         // "spelling": folded edit distance at most 2
    Other,            // "other"
};

[[nodiscard]] QString correctionClassKey(CorrectionClass c);
[[nodiscard]] std::optional<CorrectionClass> correctionClassFromKey(const QString& key);

// format, date_precision, spacing_case and tone_placement (and none) are writing differences, not errors in
// the database: the checker is told no correction is needed, and statistics never count them as errors found.
[[nodiscard]] bool isWritingDifference(CorrectionClass c) noexcept;

// How the classifier treats a field: dates and numbers get their own tests; names and free text do not.
enum class ClassifierKind { Name, Date, Number, Text };
[[nodiscard]] ClassifierKind classifierKindFor(ValueKind kind) noexcept;
[[nodiscard]] std::optional<ClassifierKind> classifierKindFromKey(const QString& key); // name|date|number|text

// Classifies, testing in this order: none, missing_in_db, extra_in_db, format, date_precision, spacing_case,
// tone_placement, diacritic, date_day_month_swap, date_other, number, spelling, other. Any input is accepted.
[[nodiscard]] CorrectionClass classifyCorrection(ClassifierKind kind, const QString& before, const QString& after);

} // namespace dc::core::domain
