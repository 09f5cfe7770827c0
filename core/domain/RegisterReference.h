// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QJsonObject>
#include <QString>

#include <tuple>

namespace dc::core::domain {

// Where an entry is in the paper register, and which logged row is the current word on it (issue 16 part 1): what
// every item of the findings carries so that those who clean the national database find the entry again — never a
// site's local id. The same shape as the hub issue's reference.
struct RegisterReference {
    QString district;
    QString commune;
    QString recordType; // "birth", "marriage", "death"
    int year = 0;       // the book's first year
    QString bookNumber;
    int entry = 0;
    QString registrationDate; // as the register has it (dd/mm/yyyy)
    QString check;            // the current row's UUID

    // Items are ordered by district, commune, record type, book (year, number) and entry.
    [[nodiscard]] auto order() const { return std::tie(district, commune, recordType, year, bookNumber, entry); }
};

// {"district", "commune", "type", "year", "bookNumber", "entry", "registrationDate", "check"}: the one JSON form.
[[nodiscard]] QJsonObject referenceJson(const RegisterReference& reference);

} // namespace dc::core::domain
