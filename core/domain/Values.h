// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/Finding.h"
#include "core/domain/PartialDate.h"

#include <QString>

#include <optional>

namespace dc::core::domain {

// The kinds of value a register field holds. Keys are stable (schemas and docs/FIELDS.md use them).
enum class ValueKind {
    PersonName,  // "name"
    Date,        // "date": a partial date
    Sex,         // "sex"
    Ethnicity,   // "ethnicity"
    Nationality, // "nationality"
    Place,       // "place": a place or address, free text
    IdNumber,    // "id_number": CMND or CCCD
    Text,        // "text": free text (notes, relationship, cause)
    Number,      // "number": a positive whole number (an entry number)
    Year,        // "year"
    Time,        // "time": hh:mm
    Phone,       // "phone": a Vietnamese phone number (volunteers)
    Email,       // "email" (volunteers)
};
[[nodiscard]] QString valueKindKey(ValueKind kind);
[[nodiscard]] std::optional<ValueKind> valueKindFromKey(const QString& key);

// A value as typed, checked and normalised. `normalized` is what is stored (NFC, spaces collapsed, dates in
// dd/MM/yyyy at their precision, ID numbers as bare digits, phones as 0xxxxxxxxx). `suggestion` is offered,
// never forced (the Title Case of a name typed in capitals). Empty `normalized` when the value is refused.
struct CheckedValue {
    QString normalized;
    QString suggestion;
    Findings findings;
    std::optional<PartialDate> date; // for an accepted date: the parsed value
};

// Checks one value of `kind`. An empty value gives no finding here (whether it is required is the schema's
// business). Any input — invalid UTF-8 decoded with replacement characters, control characters, megabytes —
// gives findings, never a crash or an exception. `field` names the field in the findings.
[[nodiscard]] CheckedValue checkValue(ValueKind kind, const QString& text, const QString& field = {});

// The largest value accepted, in characters: a name 100, a place 300, free text 2000, anything else 64.
[[nodiscard]] int maxLength(ValueKind kind) noexcept;

// The kinds written with digits: date, id_number, number, year, time, phone. Their Unicode compatibility forms are
// the same value — full-width digits "０７９" (U+FF10..U+FF19) as an East Asian input method types them, the
// full-width slash, mathematical digits — so checkValue reads them in NFKC (UAX #15) and what it keeps is ASCII
// digits; digits of other scripts (Arabic-Indic, Devanagari), which NFKC leaves as they are, are refused.
[[nodiscard]] bool isWrittenWithDigits(ValueKind kind) noexcept;

// A value of `kind` kept in the shape it was typed (the two sides of a correction): NFC and trimmed, and NFKC for the
// kinds written with digits, so a full-width digit is stored as its ASCII digit and compares equal to it.
[[nodiscard]] QString typedForm(ValueKind kind, const QString& text);

} // namespace dc::core::domain
