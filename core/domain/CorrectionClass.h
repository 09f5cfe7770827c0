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
    Value,            // "value": two different members of a closed set (sex, ethnicity) — never a spelling error
    Spelling,         // "spelling": folded edit distance at most 2
    Other,            // "other"
};

[[nodiscard]] QString correctionClassKey(CorrectionClass c);
[[nodiscard]] std::optional<CorrectionClass> correctionClassFromKey(const QString& key);

// format, date_precision, spacing_case and tone_placement (and none) are writing differences, not errors in
// the database: the checker is told no correction is needed, and statistics never count them as errors found.
[[nodiscard]] bool isWritingDifference(CorrectionClass c) noexcept;

// How the classifier treats a field: dates and numbers get their own tests; a value chosen from a closed set (sex,
// ethnicity) is either the same member written differently or another member; names and free text get the text tests.
enum class ClassifierKind { Name, Date, Number, Text, Sex, Ethnicity };
[[nodiscard]] ClassifierKind classifierKindFor(ValueKind kind) noexcept;
// name|date|number|text|sex|ethnicity
[[nodiscard]] std::optional<ClassifierKind> classifierKindFromKey(const QString& key);

// Classifies, testing in this order: none, missing_in_db, extra_in_db, format, date_precision, spacing_case,
// tone_placement, diacritic, date_day_month_swap, date_other, number, spelling, other. Any input is accepted.
// The closed-set kinds (sex, ethnicity) are tested apart, after none, missing_in_db and extra_in_db: the same member
// of the set written differently ("nu" / "Nữ", "Ede" / "Ê Đê") is `format`, anything else `value` — a different sex
// or ethnic group is a wrong value, not a misspelt one, even when the words are two letters apart ("nữ" / "nam").
[[nodiscard]] CorrectionClass classifyCorrection(ClassifierKind kind, const QString& before, const QString& after);

} // namespace dc::core::domain
