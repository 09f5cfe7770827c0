// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/EntrySchema.h"
#include "core/domain/Finding.h"
#include "core/domain/PartialDate.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace dc::core::domain {

struct ValidationContext {
    // Entries registered after this day are outside the campaign (DOMAIN.md: "on or before 01/06/2017").
    QDate campaignCutoff{2017, 6, 1};
    QDate today = QDate::currentDate();
};

// Field key → the value as typed.
using EntryValues = QHash<QString, QString>;

struct EntryCheck {
    Findings findings;
    EntryValues normalized;  // only the fields that were accepted
    EntryValues suggestions; // offered, never forced (Title Case of names typed in capitals)
    [[nodiscard]] bool hasErrors() const { return domain::hasErrors(findings); }
};

// The registration date's own rules: not in the future (error), on or before the campaign cutoff (warning).
[[nodiscard]] Findings checkRegistrationDate(const PartialDate& registered, const ValidationContext& context);

// Checks every value of an entry against its schema, then the rules between values:
// - the registration date not in the future (error) and on or before the campaign cutoff (warning);
// - the register year agrees with the registration date's year (warning);
// - a birth not after its registration, a death not before the birth nor after its registration (errors);
// - a parent less than 12 years older than the child (warning);
// - a spouse under the legal marriage age of the time (warning; docs/FIELDS.md gives the ages and sources);
// - an ID number whose sex digit or birth year disagrees with the person's (warning).
// Partial dates are compared by precision: a rule fires only when it certainly applies.
[[nodiscard]] EntryCheck validateEntry(const EntrySchema& schema, const EntryValues& values,
                                       const ValidationContext& context = {});

} // namespace dc::core::domain
