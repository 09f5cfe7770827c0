// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/CorrectionClass.h"
#include "core/domain/Finding.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dc::core {

// What checking one entry found (DOMAIN.md "Outcomes of checking one entry"). `Void` is not chosen by the pair
// for an entry: it is the outcome of the row that withdraws a logged check.
enum class Outcome {
    Match,               // "match": khớp
    Corrected,           // "corrected": đã sửa, with field-level corrections
    MissingEnteredNew,   // "missing_entered_new": chưa có, đã nhập mới
    DuplicateInDatabase, // "duplicate_in_database": trùng
    Escalated,           // "escalated": không xác định, xin ý kiến — with a "type what you see" transcript
    Void,                // "void": withdrawn (reason required)
};
[[nodiscard]] QString outcomeKey(Outcome outcome);
[[nodiscard]] std::optional<Outcome> outcomeFromKey(const QString& key);

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
    bool current = true; // no newer row supersedes it
    // Corrections that are real errors in the database (not writing differences).
    [[nodiscard]] int realCorrections() const;
};

// A logged entry with its history: the current row first, then the rows it superseded, newest first.
struct CheckHistory {
    LoggedCheck current;
    std::vector<LoggedCheck> earlier;
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
