// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// Issue 18, the training day: synthetic register books with an answer key, and the trainee's score. Pure logic over
// plain structs — no SQL, no session, no file I/O (the storage is gateways/TrainingGateway, the use cases
// services/TrainingService). Contract shared by the domain part and the service part: add to it, do not change a
// signature without need. Nothing here ever holds a real citizen's data: every name comes from the generator.

#include "core/Result.h"
#include "core/domain/CorrectionClass.h"
#include "core/domain/Outcome.h"
#include "core/domain/RecordType.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dc::core::training {

// One field of an entry, by its schema key (docs/FIELDS.md, core/domain/resources/*.json).
struct FieldValue {
    QString fieldKey;
    QString value;
};

// What the generator planted in an entry: the differences a campaign really meets (DOMAIN.md).
enum class Planted {
    None,              // "none": the database agrees with the book
    MissingDiacritics, // "missing_diacritics": "Nguyen Van An" for "Nguyễn Văn An" — a real correction (diacritic)
    TonePlacement,     // "tone_placement": "Hoà" / "Hòa" — a writing difference, nothing to correct
    DayMonthSwap,      // "day_month_swap": 05/03/1978 for 03/05/1978 — a real correction
    PartialDate,       // "partial_date": the book has only "1978" or "03/1978", the database the same — a match
    Placeholder0101,   // "placeholder_0101": the database's 01/01/1978 for the book's "1978" — a writing difference
    Misspelt,          // "misspelt": a letter or two wrong in a name — a real correction (spelling)
    WrongValue,        // "wrong_value": another sex or ethnicity — a real correction (value)
    WrongIdNumber,     // "wrong_id_number": digits differ — a real correction (number)
    MissingEntry,      // "missing_entry": the database has no such record — outcome missing_entered_new
    Duplicate,         // "duplicate": the database holds the record twice — outcome duplicate_in_database
    Illegible,         // "illegible": the book cannot be read — outcome escalated
};
[[nodiscard]] QString plantedKey(Planted planted);
[[nodiscard]] std::optional<Planted> plantedFromKey(const QString& key);
// The class domain::classifyCorrection gives a difference of this kind (partial_date: None, the two sides agree), or
// nothing for the kinds about the whole entry (none, missing_entry, duplicate, illegible). The generator's promise, the
// tests' check and the scorer's choice of explanation read this one table.
[[nodiscard]] std::optional<domain::CorrectionClass> plantedClass(Planted planted);

struct ExpectedCorrection {
    QString fieldKey;
    QString before;                                                           // the "national database" value
    QString after;                                                            // the book's value
    domain::CorrectionClass correctionClass = domain::CorrectionClass::Other; // as the domain classes it
};

// One synthetic entry: what the paper book shows, what the "national database" shows, and the answer key.
struct TrainingEntry {
    int entryNumber = 0;
    QString registrationDate;     // as the book shows (a partial date)
    QString subjectName;          // the person registered, as the book shows
    std::vector<FieldValue> book; // what the paper book shows, every field of the schema it fills
    // What the national database shows; empty for MissingEntry. For Duplicate it holds the record twice: the same
    // field keys again, in the same order (databaseRecords splits them).
    std::vector<FieldValue> database;
    bool illegible = false;       // the book's text cannot be read: the screen shows it blurred / with gaps
    std::vector<Planted> planted; // what the generator put there (None alone for a clean entry)
    // The answer key.
    domain::Outcome outcome = domain::Outcome::Match;
    std::vector<ExpectedCorrection> corrections;        // the real corrections the pair must log (outcome Corrected)
    std::vector<ExpectedCorrection> writingDifferences; // differences that need no correction
};

// The national database's records of an entry: none (MissingEntry), one, or two (Duplicate) — `database` cut where its
// first field key comes again.
[[nodiscard]] std::vector<std::vector<FieldValue>> databaseRecords(const TrainingEntry& entry);

struct TrainingBook {
    domain::RecordType type = domain::RecordType::Birth;
    int year = 0;       // the book's year
    int bookNumber = 0; // the book's number (the site's book row carries it too)
    quint64 seed = 0;   // the generator's seed: the same seed, type and size give the same book, byte for byte
    std::vector<TrainingEntry> entries;
};

// A deterministic book for `seed`: `entries` entries (1..200) with realistic Vietnamese names (a name list kept as
// data in core/training/resources), every Planted kind present at least once in a book of 20 or more, and each
// planted difference classed by domain::classifyCorrection as the answer key says.
[[nodiscard]] TrainingBook generateBook(domain::RecordType type, quint64 seed, int entries = 20);
inline constexpr int kMinBookEntries = 1;
inline constexpr int kMaxBookEntries = 200; // also the reader's bound
inline constexpr int kAllPlantedFrom = 20;  // a book this long holds every Planted kind
inline constexpr int kFirstBookYear = 1975; // the years of the generated books (old registers in the
inline constexpr int kLastBookYear = 2015;  // campaign's scope, before its 01/06/2017 cutoff)
inline constexpr qsizetype kMaxTrainingFileBytes = 1024 * 1024; // a book or a results file: at most 1 MiB
inline constexpr int kMaxFieldsPerSide = 64;
inline constexpr int kMaxTrainingText = 500; // characters in any string of a book or results file
inline constexpr int kMaxResults = 1000;     // results in one file

// The book as a file (`training book export`, and what the training site stores) and back. The reader is strict and
// bounded (hostile input: sizes, counts, encodings, unknown keys), and says why it refuses (Error detail).
[[nodiscard]] QByteArray bookToJson(const TrainingBook& book);
[[nodiscard]] Result<TrainingBook> bookFromJson(const QByteArray& bytes);

// What the pair logged for one entry (the current row of the log), as the scorer needs it.
struct LoggedAnswer {
    int entryNumber = 0;
    domain::Outcome outcome = domain::Outcome::Match;
    std::vector<ExpectedCorrection> corrections; // every correction logged, writing differences included
    int secondsSpent = 0;
    int keys = 0; // keys pressed for this entry on the logging screen; 0 when not measured (CLI)
};

enum class MistakeKind {
    NotLogged,                  // "not_logged"
    WrongOutcome,               // "wrong_outcome"
    WrongValue,                 // "wrong_value": the right field, another value
    MissedCorrection,           // "missed_correction"
    WritingDifferenceCorrected, // "writing_difference_corrected"
    ExtraCorrection,            // "extra_correction": a field corrected that needed nothing
    EscalationMissed,           // "escalation_missed"
    EscalationUnneeded,         // "escalation_unneeded"
};
[[nodiscard]] QString mistakeKindKey(MistakeKind kind);
[[nodiscard]] std::optional<MistakeKind> mistakeKindFromKey(const QString& key);

struct Mistake {
    int entryNumber = 0;
    MistakeKind kind = MistakeKind::WrongOutcome;
    QString fieldKey;      // empty for an outcome
    QString expected;      // the right answer (an outcome key or a value)
    QString logged;        // what was logged
    QString explanationVi; // one line, Vietnamese
    QString explanationEn; // one line, English
};

struct Score {
    int entries = 0;
    int logged = 0;
    int outcomesRight = 0;
    int correctionsExpected = 0;
    int correctionsRight = 0; // field and value
    int writingDifferencesCorrected = 0;
    int missedCorrections = 0;
    int escalationsMissed = 0;
    int escalationsUnneeded = 0;
    double secondsPerEntry = 0;
    double keysPerEntry = 0; // 0 when not measured
    std::vector<Mistake> mistakes;
    bool ready = false; // passes the readiness rule (see readinessRule)
};

// Scores what a pair logged against the book's answer key. `answers` may be in any order and miss entries.
[[nodiscard]] Score scoreBook(const TrainingBook& book, const std::vector<LoggedAnswer>& answers);

// The rule that says a pair is ready for the real registers, in words (Vietnamese, English), for the screens.
[[nodiscard]] QString readinessRule(bool vietnamese);
// Why a score does not pass the rule, as stable keys (empty when it passes): "no_entries", "not_all_logged",
// "outcomes_below_90", "escalation_missed", "writing_differences_corrected", "corrections_below_80".
[[nodiscard]] QStringList readinessReasons(const Score& score);
// The one-line explanation of a mistake kind without any value (what a results file can carry), Vietnamese or English.
[[nodiscard]] QString mistakeExplanation(MistakeKind kind, bool vietnamese);

// One pair's result for one book, as it travels to the trainer (`training results --output F.json`): counts and
// mistake kinds with entry numbers and fields — never a value, a name or a date of the book.
struct TraineeResult {
    QString site;   // the training site's name
    QString reader; // user names of the pair
    QString checker;
    domain::RecordType type = domain::RecordType::Birth;
    int bookNumber = 0;
    quint64 seed = 0;
    QString finishedAt; // UTC ISO 8601
    Score score;        // mistakes without values: expected/logged empty for values, outcome keys kept
};
// The score as it may travel: each mistake's expected and logged answers kept only when they are outcome keys (not
// logged, wrong outcome, escalation missed or unneeded), its explanation the kind's own line without values.
// resultsToJson writes only what this keeps.
[[nodiscard]] Score scoreWithoutValues(const Score& score);
[[nodiscard]] QByteArray resultsToJson(const std::vector<TraineeResult>& results);
[[nodiscard]] Result<std::vector<TraineeResult>> resultsFromJson(const QByteArray& bytes); // strict, bounded

// The trainer's board: one row per pair (reader and checker, order-free), over every result file imported.
struct BoardRow {
    QString site;
    QString pair; // "lan + minh"
    int books = 0;
    Score total;                   // summed over the books (mistakes not kept)
    bool needsAnotherRound = true; // the readiness rule over the pair's latest book of each type
    // Why, stable keys "<type>.<reason>": a readinessReasons key of that type's latest book, or "<type>.missing" when
    // the pair has no book of that type (a pair is ready with a passing latest book of each of the three types). A pair
    // of the site that has no result at all (books 0) has the one key kNothingLogged instead.
    QStringList reasons;
};
// The reason of a pair of the site with no logged entry in any book: it has not started, is stuck, or its machine is
// broken — the pair the trainer must notice. Not "<type>.missing" three times: the pair has its books.
inline constexpr char kNothingLogged[] = "nothing_logged";

// A trainee pair of a training site (TrainingService::pairs), named as the board names a pair: by its site and its two
// members' user names.
struct TraineePair {
    QString site;
    int number = 0;  // the pair's number at its site (pair p is hv(2p-1) and hv(2p))
    QString memberA; // user names
    QString memberB;
};

// A results file as `training results --output` writes it: the results, and the pairs whose file it is (the writing
// site's pairs the writer may read: a trainee's own pair, every pair for the trainer), so that the trainer's board
// built from the files of several machines shows a pair that has logged nothing too. A file without "pairs" (an earlier
// program's) reads with none.
struct ResultsFile {
    std::vector<TraineeResult> results;
    std::vector<TraineePair> pairs;
};
// The same format as resultsToJson, with a "pairs" array when `pairs` is not empty (byte for byte resultsToJson's
// without them).
[[nodiscard]] QByteArray resultsToJson(const std::vector<TraineeResult>& results,
                                       const std::vector<TraineePair>& pairs);
[[nodiscard]] Result<ResultsFile> resultsFileFromJson(const QByteArray& bytes); // strict, bounded

// Results read more than once (one file given twice, a site's own results imported beside it) count once: the same
// site, pair (reader and checker), book (type, number, seed) and finishing time.
[[nodiscard]] bool sameResult(const TraineeResult& a, const TraineeResult& b);
// Rows ordered by site, then pair (its text: at a training site hv01..hv80, two digits, so by pair number).
[[nodiscard]] std::vector<BoardRow> trainerBoard(const std::vector<TraineeResult>& results);
// The board of a training site: the same rows, and every pair of `pairs` that no result names (the same site and the
// same two user names, whoever read) gets one of its own in its place among them — books 0, a zero total, another
// round needed for the one reason kNothingLogged. Results of other sites (files from other machines) add their rows as
// in trainerBoard(results).
[[nodiscard]] std::vector<BoardRow> trainerBoard(const std::vector<TraineeResult>& results,
                                                 const std::vector<TraineePair>& pairs);

} // namespace dc::core::training
