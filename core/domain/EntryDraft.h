// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/EntryValidator.h"
#include "core/domain/Finding.h"
#include "core/domain/Outcome.h"

#include <QString>

#include <optional>
#include <vector>

namespace dc::core::domain {

// The parts of a draft that are not fields of the schema, as findings name them (the schema's own fields are named by
// their keys, the key fields by EntrySchema::keys).
inline constexpr const char* kTranscriptPart = "transcript";   // an escalation's "type what you see"
inline constexpr const char* kNotePart = "note";               // the pair's note
inline constexpr const char* kCorrectionsPart = "corrections"; // the list of corrections as a whole
inline constexpr const char* kSecondsPart = "seconds_spent";   // the time spent on the entry
inline constexpr const char* kReasonPart = "reason";           // an amendment's or a void's reason (LogService)
inline constexpr const char* kReaderPart = "reader";           // the reader a line names (LogService)

// One correction as typed: the field, the national database's value (before) and the register's (after).
struct DraftCorrection {
    QString fieldKey;
    QString before;
    QString after;
};

// What the pair typed for one entry, before anything is stored: the same for the logging screen, `log import`
// and the service that logs it.
struct EntryDraft {
    QString entryNumber;      // as typed ("12"); the service passes its number as text
    QString registrationDate; // a partial date as typed
    QString subjectName;      // the schema's key name field (keys.name): to find the entry again
    Outcome outcome = Outcome::Match;
    std::vector<DraftCorrection> corrections; // only for Corrected
    QString transcript; // only for Escalated: what the book shows, '_' for one unreadable letter, '*' for several
    QString note;
    int secondsSpent = 0;
};

// The numbers the book allows (its first and last entry, when the supervisor gave them).
struct EntryRange {
    std::optional<int> first;
    std::optional<int> last;
};

// How complete the draft must be. While typing (Live) an empty field says nothing — what is required is said when
// saving (Save): the registration date and the name unless the entry is escalated, a transcript for an escalation,
// at least one correction for "corrected".
enum class DraftStage { Live, Save };

// One correction, checked and classified.
struct CheckedCorrection {
    QString fieldKey;
    QString before; // NFC, trimmed: what is stored
    QString after;
    CorrectionClass correctionClass = CorrectionClass::None;
    // format, date precision, spacing/case, tone placement: "no correction needed", never counted as an error
    bool writingDifference = false;
    bool known = false; // the field is in the schema (and not a repeat)
    // this correction's own: its field unknown or repeated, either value refused, a rule between values about its field
    // ("the birth is after its registration" on a corrected birth date)
    Findings findings;
    Findings beforeFindings; // of those, the database's value's
    Findings afterFindings;  // of those, the register's value's and the rules' about it
};

// The draft as the domain sees it: every value normalised, the findings per field, each correction's class.
struct DraftCheck {
    int entryNumber = 0; // 0 when the typed number is not a whole number
    QString registrationDate;
    std::optional<PartialDate> registrationDay;
    QString subjectName;
    QString transcript;
    QString note;
    std::vector<CheckedCorrection> corrections;
    // The outcome to log: a Corrected draft whose every correction is a writing difference is a Match (nothing in
    // the database needs correcting; the writing differences stay with it for the record).
    Outcome outcome = Outcome::Match;
    Findings fieldOnly; // the findings of the draft's own fields and parts, not of its corrections
    Findings findings;  // all of them, each naming its field (a schema key, "transcript", "note", "corrections", ...)
    [[nodiscard]] bool hasErrors() const { return domain::hasErrors(findings); }
    // The findings of one field, errors first — those of a correction of the same key included.
    [[nodiscard]] Findings findingsOf(const QString& field) const;
    // The findings of one of the draft's own fields (the entry number, the date, the name, a part), errors first,
    // without those of a correction that happens to have the same key (a name correction's values).
    [[nodiscard]] Findings fieldFindings(const QString& field) const;
    // Corrections that are real errors in the database.
    [[nodiscard]] int realCorrections() const;
};

// The one composition of the checks of an entry draft (DESIGN.md "One composition of each rule"): the entry
// number (a whole number within the book's range), the registration date (a partial date), the name, the note, the
// time spent, the transcript of an escalation, and each correction — the register's value valid for its field's
// kind, the database's value any text short of control characters, classified, writing differences marked — then
// the rules between values (checkEntryRules, the same as `doichieu-admin validate` applies: the registration date
// not in the future, the campaign's cutoff, the book's years in `rules`, a birth not after its registration, ...)
// over the entry as it will be after its corrections: its registration date and name, and each correction's register
// value. A rule's finding is on the correction of the field it names, or on the entry's own field. Pure: no I/O.
[[nodiscard]] DraftCheck checkDraft(const EntrySchema& schema, const EntryDraft& draft, const EntryRange& range = {},
                                    DraftStage stage = DraftStage::Save, const ValidationContext& rules = {});

// What an escalation (F5) tells the supervisor the book shows, when the pair escalates instead of logging what it
// typed: the registration date as typed when it is no possible date (`impossibleDate`, empty otherwise), what the
// pair wrote in the transcript, then each correction's register value after its field's label ("Ngày, tháng, năm
// sinh: 20/04/1998"), joined by "; ". An escalation carries no correction, so an impossible combination (a birth after
// its registration) is escalated as an impossible date is. The labels are always Vietnamese: the transcript is stored
// with the entry, whatever the screen's language. Fields the schema does not know, and empty values, are left out.
[[nodiscard]] QString escalationTranscript(const EntrySchema& schema, const QString& impossibleDate,
                                           const QString& transcript, const std::vector<DraftCorrection>& corrections);

} // namespace dc::core::domain
