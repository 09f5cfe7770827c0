// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/DemoSite.h"
#include "core/services/Session.h"
#include "core/services/SiteSetup.h"
#include "core/training/Training.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace dc::core {

// Issue 18, the training day: the training site and its use cases (docs/TRAINING.md "The training site"). A training
// site is a commune-kind site whose settings say `site.kind = "training"`: its trainer is its supervisor, its trainees
// are volunteers in numbered pairs, and its books are synthetic register books (core/training's generator) stored as
// ordinary books — so the logging screen and LogService work unchanged — with each book's answer key beside it
// (schema 24). Training data never mixes with real work: a training site exports no bundle, enrolls with no hub,
// applies no roster package and does not wipe (access::requireRealSite); a real site adds no training book.
//
// Who may do what, at a training site (WrongSiteKind anywhere else, AccountDisabled for a removed account): the
// trainer (a supervisor) everything; a trainee — alone or with the partner of their own pair — reads its own pair's
// books, entries, score and results and notes keys on its own pair's checks (NotPermitted otherwise, and for a
// volunteer in no pair or two trainees of different pairs).

inline constexpr int kMaxTrainingPairs = 40;    // 80 trainees: hv01..hv80
inline constexpr int kTrainingBookEntries = 20; // entries of each generated book (every planted kind at least once)

struct TrainingSiteRequest {
    SiteSetupRequest site;       // the site and its trainer (kind Commune; `training` is set by createTrainingSite)
    int pairs = 1;               // 1..kMaxTrainingPairs
    std::optional<quint64> seed; // the site's seed, from which each pair's books derive; nullopt: a random one
};

// One trainee account, with the password generated for it (printed once by the CLI; never stored in clear).
struct TraineeAccount {
    int pair = 0;
    QString userName; // hv01, hv02, …: pair p is hv(2p-1) and hv(2p)
    crypto::SecureBuffer password;
};

// A training book as the trainer and the trainees see it in lists.
struct TrainingBookInfo {
    qint64 bookId = 0;
    int pair = 0;
    domain::RecordType type = domain::RecordType::Birth;
    QString bookNumber; // the generated book's number, as its pages show it (its book row's too)
    int year = 0;
    quint64 seed = 0;
    int entries = 0;
};

struct TrainingSiteCreated {
    SiteSetupOutcome site;
    quint64 seed = 0;
    std::vector<TraineeAccount> trainees;
    std::vector<TrainingBookInfo> books;
};

// The seed of a pair's book of `type`, derived from the site's seed (SplitMix64 over the three): each pair gets its own
// book, and the same site seed gives the same books again.
[[nodiscard]] quint64 trainingBookSeed(quint64 siteSeed, int pair, domain::RecordType type);

class TrainingService {
public:
    // `init --kind training`: the site (through createSite, `training` set), its trainer, `pairs` pairs of trainees
    // with generated passwords (readable words and digits, exempt from the strength rule as at a demo site) and for
    // each pair a birth, a marriage and a death book of kTrainingBookEntries entries. InvalidInput for a pair count out
    // of range; createSite's errors otherwise. Nothing is left behind when it fails.
    [[nodiscard]] static Result<TrainingSiteCreated> createTrainingSite(TrainingSiteRequest request);
    // `doichieu --training`: creates the local training site at `databasePath` unless a site is already there — a
    // trainer and one pair, with the fixed passwords of localTrainingAccounts() that the sign-in page shows (as the
    // demo does), and the pair's three books; the RFC 9106 floor for Argon2id so that it starts at once.
    [[nodiscard]] static Result<void> ensureLocalTrainingSite(const QString& databasePath);
    [[nodiscard]] static std::span<const DemoAccount> localTrainingAccounts();

    // Whether the session's site is a training site (for the banner). AccountDisabled for a removed account.
    [[nodiscard]] static Result<bool> isTrainingSite(Session& session);
    // The trainer: a new book of `type` generated with `seed` for pair `pair`. WrongSiteKind at a real site.
    [[nodiscard]] static Result<TrainingBookInfo> addBook(Session& session, domain::RecordType type, quint64 seed,
                                                          int pair);
    // The trainer: a book file (core/training's bookToJson, at most training::kMaxTrainingFileBytes, read strictly by
    // bookFromJson) given to pair `pair`. WrongSiteKind at a real site: a real site never loads a training book.
    [[nodiscard]] static Result<TrainingBookInfo> loadBook(Session& session, const QByteArray& bookFile, int pair);
    // The trainer: a training book as a file (core/training's bookToJson: both sides and the answer key — synthetic
    // names, never a real citizen's), for another training site's `training book load` or the personal-data scan.
    [[nodiscard]] static Result<QByteArray> exportBook(Session& session, qint64 bookId);
    // The training books the caller may see: every book for the trainer, its own pair's for a trainee.
    [[nodiscard]] static Result<std::vector<TrainingBookInfo>> books(Session& session);
    // One entry of a book, both sides and its answer key (the GUI shows the book side and the "national database" side;
    // the answer key only on the score screen). InvalidInput for a book that is not a training book or no such entry.
    [[nodiscard]] static Result<training::TrainingEntry> entry(Session& session, qint64 bookId, int entryNumber);
    // The keys the logging screen counted for a logged check of the pair's own book (0..100000; noted again: the newer
    // count wins). InvalidInput for an unknown check or a check of no training book.
    [[nodiscard]] static Result<void> noteKeys(Session& session, const QString& checkUuid, int keys);
    // The pair's score on a book, from the book's current rows (voids excluded), each mistake with its right answer.
    [[nodiscard]] static Result<training::Score> score(Session& session, qint64 bookId);
    // One result per training book with at least one logged entry (every book for the trainer, its own pair's for a
    // trainee), as it travels to the trainer: counts, mistake kinds, entry numbers and fields — no value, name or date
    // of the book (an outcome key is kept; each explanation is the kind's, training::mistakeExplanation).
    [[nodiscard]] static Result<std::vector<training::TraineeResult>> results(Session& session);
    // The site's trainee pairs by number, each named by its members' user names (every pair for the trainer, its own
    // for a trainee): with results(), training::trainerBoard(results, pairs) gives the trainer's board a row for every
    // pair, one that has logged nothing yet included.
    [[nodiscard]] static Result<std::vector<training::TraineePair>> pairs(Session& session);
};

} // namespace dc::core
