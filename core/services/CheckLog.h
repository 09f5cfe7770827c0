// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/CorrectionClass.h"
#include "core/domain/Finding.h"
#include "core/domain/Outcome.h"
#include "crypto/Hash.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>
#include <vector>

namespace dc::core {

using domain::Outcome;
using domain::outcomeFromKey;
using domain::outcomeKey;

struct CorrectionInput {
    QString fieldKey; // a key of the book's schema (docs/FIELDS.md)
    QString before;   // the national database's value
    QString after;    // the register's value
};

// What the pair types for one entry.
struct CheckInput {
    qint64 bookId = 0;
    int entryNumber = 0;
    QString registrationDate; // as typed; a partial date
    QString subjectName;      // the person registered, to find the entry again
    Outcome outcome = Outcome::Match;
    std::vector<CorrectionInput> corrections; // only for Corrected
    QString transcript; // only for Escalated: what the book shows, '_' for one unreadable letter, '*' for several
    QString note;
    int secondsSpent = 0;
    // Who reads this entry aloud, by user name, when the caller says (a line of `log import`): one of the pair, and
    // when it is not the current reader the roles are swapped first, as F9 does. Empty: the current reader.
    QString reader;
};

struct Correction {
    QString fieldKey;
    QString before;
    QString after;
    domain::CorrectionClass correctionClass = domain::CorrectionClass::Other;
    // format, date precision, spacing/case, tone placement: "no correction needed", never counted as an error
    bool writingDifference = false;
};

// One row of the log, as stored: never changed; an amendment or a void is a newer row that supersedes it.
struct LoggedCheck {
    qint64 id = 0;
    QString uuid;
    qint64 bookId = 0;
    int entryNumber = 0;
    QString registrationDate;
    QString subjectName;
    Outcome outcome = Outcome::Match;
    QString transcript;
    QString note;
    QStringList warnings; // finding codes the pair saw and logged anyway
    QString schemaVersion;
    qint64 readerId = 0;
    qint64 checkerId = 0;
    std::optional<qint64> sessionId;
    QString loggedAt;
    int secondsSpent = 0;
    std::optional<qint64> supersedes;
    QString reason;
    std::vector<Correction> corrections;
    // The entry's current row: the latest word on a logged entry (entry_state points at it). A superseded row is
    // not; neither is a void, which withdraws the entry.
    bool current = true;
    // The user names of the reader and the checker, filled when the row is read back (not stored in it).
    QString readerName;
    QString checkerName;
    // Corrections that are real errors in the database (not writing differences).
    [[nodiscard]] int realCorrections() const;
};

// What binds a stored check's content into its audit event: SHA-256 over the canonical (length-prefixed) bytes of
// the row, its corrections, and the UUIDs it refers to (its book, reader and checker, the row it supersedes).
struct ContentRefs {
    QString bookUuid;
    QString readerUuid;
    QString checkerUuid;
    QString supersededUuid; // empty when it supersedes nothing
};
[[nodiscard]] crypto::Sha256Digest contentHash(const LoggedCheck& check, const ContentRefs& refs);
// A member of a `check.*` audit event's details as LogService writes them ("check": the check's UUID, "content": the
// hex of its contentHash): read with exchange::objectText, by `audit verify` at the commune and by the hub's import
// alike; empty when the details are not one JSON object holding it once as text.
[[nodiscard]] QString checkEventMember(const QString& details, std::string_view key);

// A logged entry with its history: the current row first, then the rows it superseded, newest first.
struct CheckHistory {
    LoggedCheck current;
    std::vector<LoggedCheck> earlier;
};

// What a pair logged on one site day (an entry counts on the day it was first logged, for the pair who first
// logged it, unless it was voided since; corrected and escalated follow its current row).
struct DayCounts {
    int logged = 0;
    int corrected = 0; // of which the current row has real corrections
    int escalated = 0; // of which the current row is an escalation
};

struct BookProgress {
    qint64 bookId = 0;
    int logged = 0;          // entries whose latest row is not a void
    int lastEntryNumber = 0; // the highest logged entry number (0: none)
    int nextEntryNumber = 1; // what the logging screen proposes
    std::vector<int> gaps;   // entry numbers skipped below the highest logged one (at most 200 listed)
    int gapCount = 0;        // all of them
};

} // namespace dc::core
