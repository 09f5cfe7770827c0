// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/campaign/Campaign.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/Finding.h"
#include "core/domain/PartialDate.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace dc::core::domain {

// What an entry is checked against besides itself: the campaign, the day, and — when it is logged in a book — the
// book's years.
struct ValidationContext {
    // Entries registered after this day are outside the campaign: the campaign file's scope.entryCutoff (01/06/2017
    // in the built-in one, DOMAIN.md "on or before 01/06/2017"); an invalid day checks no cutoff.
    QDate campaignCutoff = campaign::builtInCampaign().entryCutoff;
    QDate today = QDate::currentDate();
    // The years the book covers (0: no book, as for `doichieu-admin validate`; bookYearTo 0: the same as the first).
    int bookYearFrom = 0;
    int bookYearTo = 0;
};

// Field key → the value as typed.
using EntryValues = QHash<QString, QString>;

struct EntryCheck {
    Findings findings;
    EntryValues normalized;  // only the fields that were accepted
    EntryValues suggestions; // offered, never forced (Title Case of names typed in capitals)
    [[nodiscard]] bool hasErrors() const { return domain::hasErrors(findings); }
};

// The rules between the values of an entry, and between the entry and its book — the one composition of them, applied
// by validateEntry to a whole entry and by checkDraft to a logged entry as it is after its corrections:
// - the registration date not in the future (error), on or before the campaign cutoff (warning), within the book's
//   years when there is a book (warning);
// - the register year agrees with the registration date's year (warning);
// - a birth not after its registration, a death not before the birth nor after its registration (errors: impossible,
//   such an entry is escalated, as an impossible date is);
// - a parent less than 12 years older than the child (warning);
// - a spouse under the legal marriage age of the time (warning; docs/FIELDS.md gives the ages and sources);
// - an ID number whose sex digit or birth year disagrees with the person's (warning).
// `accepted` holds values as checkValue normalised them (field key → normalized); a field it lacks is not compared.
// Partial dates are compared by precision: a rule fires only when it certainly applies.
[[nodiscard]] Findings checkEntryRules(const EntrySchema& schema, const EntryValues& accepted,
                                       const ValidationContext& context = {});

// Checks every value of an entry against its schema (each value valid for its kind, the required ones present), then
// the rules between values (checkEntryRules) over the values accepted.
[[nodiscard]] EntryCheck validateEntry(const EntrySchema& schema, const EntryValues& values,
                                       const ValidationContext& context = {});

} // namespace dc::core::domain
