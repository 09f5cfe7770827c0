// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dc::core::domain {

// A date as an old register gives it: a year, a month and year, or a full date (DOMAIN.md: births
// registered before 2016 often lack day and month). The precision the book gives is kept; a day is never
// invented.
enum class DatePrecision { Year, Month, Day };

struct PartialDate {
    int year = 0;
    int month = 0; // 0 when unknown
    int day = 0;   // 0 when unknown
    [[nodiscard]] DatePrecision precision() const noexcept;
    // The first and last calendar day the value can mean ("1950" → 01/01/1950 … 31/12/1950).
    [[nodiscard]] QDate earliest() const;
    [[nodiscard]] QDate latest() const;
    // "1950", "03/1950", "05/03/1980" — dd/MM/yyyy in the precision held.
    [[nodiscard]] QString toString() const;
    friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// Why a text is not a date. Every impossible date is refused: old books do contain 30/02 or month 13, and such
// entries are escalated to the supervisor rather than typed as if valid.
enum class DateProblem {
    Empty,
    Unreadable,      // not one of the accepted forms
    TwoDigitYear,    // "5/3/80": the century is a guess; write the year in full
    YearOutOfRange,  // outside 1800..2100
    ImpossibleMonth, // month 13
    ImpossibleDay,   // 31/04, 29/02 in a common year, day 32
    DayWithoutMonth, // "05/00/1950"
};

struct DateParse {
    std::optional<PartialDate> date;
    std::optional<DateProblem> problem;
};

// Accepts yyyy; mm/yyyy; dd/mm/yyyy with "/", "." or "-" (one kind per value); "00" for an unknown day or
// month ("00/00/1950", "00/03/1950"); and "ngày 5 tháng 3 năm 1980", "tháng 3 năm 1980", "năm 1980" (with or
// without tone marks). Never throws.
[[nodiscard]] DateParse parsePartialDate(const QString& text);

// How two partial dates relate. Overlap: they may be the same day or not ("1950" vs "03/1950": 1950 is not
// before 03/1950, nor after, nor the same).
enum class DateOrder { Before, Same, After, Overlap };
[[nodiscard]] DateOrder compareDates(const PartialDate& a, const PartialDate& b);

// Whole years from `birth` to `on`, as a range when either is partial: {fewest possible, most possible}.
struct AgeRange {
    int least = 0;
    int most = 0;
};
[[nodiscard]] AgeRange ageRange(const PartialDate& birth, const PartialDate& on);

} // namespace dc::core::domain
