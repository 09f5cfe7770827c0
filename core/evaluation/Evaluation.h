// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

// The judging rules of issue 15 (volunteer evaluation, certificates' tiers, award nominations) as pure functions over
// plain structs: no SQL, no session, no files. The services fill the structs from the logged facts and call these.
// Every rule and default, and why: core/evaluation/README.md.
namespace dc::core::evaluation {

// ---------------------------------------------------------------------------------------------------------------
// Inputs

// One volunteer's work on one kind of book in one district: the entries of the pairs they were in (a pair's work
// counts for both members) and the working seconds (pauses and idle-lock time already left out).
struct WorkCell {
    QString district;
    QString registerType; // "birth", "marriage", "death"
    int bookDecade = 0;   // the decade of the book's year: 1990 for 1994
    std::int64_t entries = 0;
    std::int64_t workingSeconds = 0;
};

// The per-volunteer numbers of issue 15 part 1, over the period computed. All counts are of logged facts.
struct VolunteerMetrics {
    QString person;   // the person's UUID at a hub (a user name at a commune site): the last tie-break
    QString district; // where the volunteer is shortlisted (their allocation's district)
    QString commune;  // their commune, for the private patterns of part 4
    int daysPresent = 0;
    std::int64_t workingSeconds = 0;
    std::int64_t entriesRead = 0;
    std::int64_t entriesChecked = 0;
    std::int64_t realCorrections = 0;
    std::int64_t writingDifferences = 0; // counted apart, never credit for a correction
    std::int64_t newEntries = 0;
    std::int64_t duplicatesFound = 0;
    std::int64_t escalations = 0;
    std::int64_t decisionsApproved = 0;
    std::int64_t decisionsReturned = 0;
    std::int64_t decisionsFlagged = 0;
    std::int64_t spotCheckItems = 0;
    std::int64_t spotCheckMisses = 0;
    std::int64_t voids = 0;
    std::int64_t amendments = 0;
    std::int64_t longestMatchRun = 0; // the longest run of consecutive "match" entries without a correction
    std::vector<WorkCell> cells;      // entries and working seconds per district, register type and book decade
};

// One pair's work on one kind of book: the comparison groups are built from these, leaving the volunteer out.
struct PairWork {
    QString memberA;
    QString memberB;
    QString district;
    QString commune;
    QString registerType;
    int bookDecade = 0;
    std::int64_t entries = 0;
    std::int64_t workingSeconds = 0;
    std::int64_t realCorrections = 0;
};

// ---------------------------------------------------------------------------------------------------------------
// The 95 % Wilson score interval (delegates to domain::wilsonInterval, the one implementation). n <= 0: {0, 1}.
struct Interval {
    double low = 0;
    double high = 1;
};
[[nodiscard]] Interval wilson(std::int64_t successes, std::int64_t n, double z = 1.959963984540054);

// ---------------------------------------------------------------------------------------------------------------
// The rules as data (the campaign file's "awards" key, Campaign::awards). Defaults: README.md of this folder.
struct AwardRules {
    struct Weights {
        double standardHour = 1.0;   // per hour of work at the comparison group's pace (the volume)
        double realCorrection = 0.1; // per real correction (a writing difference has no weight at all)
        double duplicateFound = 0.1;
        double newEntry = 0.0;
        double escalation = 0.0;
    } weights;
    struct Gate {
        double maxMissRateUpper = 0.30; // the Wilson upper bound of the spot-check miss rate
        int minSpotCheckItems = 10;     // fewer spot-checked entries prove nothing: not eligible
        double maxReturnedShare = 0.10; // returned / supervisor decisions on their work
    } gate;
    struct Tiers {
        int minDays = 5;       // the certificate's minimum days: "completed"
        double good = 30;      // score from which "good" (gate passed)
        double excellent = 60; // score from which "excellent" (gate passed)
    } tiers;
    struct Shortlist {
        int perDistrict = 5;
        int province = 20;
    } shortlist;
    struct Suspicious {
        double speedFactor = 3.0;            // entries/hour above this multiple of the commune's others'
        double speedMinHours = 2.0;          // ... over at least this many working hours
        std::int64_t matchRun = 200;         // a run of "match" this long without a correction ...
        double communeCorrectionRate = 0.05; // ... where the commune's others correct at least this share of entries
        double voidAmendShare = 0.05;        // voids + amendments above this share of the entries ...
        std::int64_t voidAmendMin = 10;      // ... and at least this many
    } suspicious;
};

[[nodiscard]] const AwardRules& defaultAwardRules();
// Strict: every key optional (the default stands), unknown keys, wrong types, non-integers where a count is due,
// NaN/infinite, negatives and out-of-range values refused with InvalidInput naming the key (e.g.
// "awards.gate.maxMissRateUpper: must be a number from 0 to 1").
[[nodiscard]] Result<AwardRules> parseAwardRules(const QJsonObject& awards);

// ---------------------------------------------------------------------------------------------------------------
// Comparison groups: entries per working hour of a district's *other* pairs on the same register type and decade.

enum class GroupSource { District, Province, Own };
[[nodiscard]] const char* groupSourceKey(GroupSource source); // "district", "province", "own"

class ComparisonIndex {
public:
    explicit ComparisonIndex(const std::vector<PairWork>& pairs);

    struct Rate {
        std::int64_t entries = 0;
        std::int64_t workingSeconds = 0;
        std::int64_t realCorrections = 0;
        std::int64_t pairs = 0;
        [[nodiscard]] bool usable() const { return entries > 0 && workingSeconds > 0; }
        [[nodiscard]] double perHour() const;
    };
    // The district's (or the province's, district empty) pairs on that kind of book, every pair with `person` left out.
    [[nodiscard]] Rate cell(const QString& person, const QString& district, const QString& registerType,
                            int bookDecade) const;
    // The commune's pairs on every book, every pair with `person` left out.
    [[nodiscard]] Rate commune(const QString& person, const QString& commune) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> m_impl;
};

// ---------------------------------------------------------------------------------------------------------------
// Judging

enum class Tier { None, Completed, Good, Excellent };
[[nodiscard]] const char* tierKey(Tier tier); // "none", "completed", "good", "excellent"

struct CellScore {
    WorkCell cell;
    GroupSource source = GroupSource::Own;
    ComparisonIndex::Rate group; // the comparison group used (empty for Own)
    double standardHours = 0;    // entries / the group's entries per hour (Own: the volunteer's own hours)
};

struct Evaluation {
    VolunteerMetrics metrics;
    Interval missRate;            // Wilson interval of misses / spot-check items
    double returnedShare = 0;     // returned / (approved + returned + flagged); 0 without decisions
    std::vector<CellScore> cells; // sorted by district, register type, decade
    double standardHours = 0;     // the volume: the sum over the cells
    std::int64_t scoreMilli = 0;  // the score in thousandths (rounded to 3 decimals)
    bool eligible = false;        // gate passed and minimum days: may be nominated
    QStringList gateReasons; // "below_min_days", "gate.too_few_spot_checks", "gate.miss_rate", "gate.returned_share"
    Tier tier = Tier::None;
    [[nodiscard]] double score() const { return static_cast<double>(scoreMilli) / 1000.0; }
};

// The score alone (volume normalised by difficulty plus the weighted counts), in thousandths.
[[nodiscard]] Evaluation score(const VolunteerMetrics& metrics, const ComparisonIndex& groups, const AwardRules& rules);
// The tier of a scored volunteer (score(...) fills it already; exposed for the tests and the GUI's legend).
[[nodiscard]] Tier tier(const Evaluation& scored, const AwardRules& rules);
// Everyone scored and sorted: eligible first, then score (descending), entries checked (descending), person
// (ascending).
[[nodiscard]] std::vector<Evaluation> rank(const std::vector<VolunteerMetrics>& volunteers,
                                           const std::vector<PairWork>& pairs, const AwardRules& rules);

struct Shortlist {
    std::vector<QString> province;                                   // persons, in rank order
    std::vector<std::pair<QString, std::vector<QString>>> districts; // district → persons, districts sorted by name
    [[nodiscard]] bool contains(const QString& person) const;
};
// Top N per district and for the province over rank(...)'s order; eligible volunteers only.
[[nodiscard]] Shortlist shortlist(const std::vector<Evaluation>& ranked, const AwardRules& rules);

// The numbers behind the score and tier, the comparison groups used and the reasons (stable keys) that kept the
// volunteer out of the shortlist: the gate's, or "below_shortlist" (eligible, outranked in the district and province).
[[nodiscard]] QJsonObject explain(const Evaluation& evaluation, const Shortlist& list);
// The whole result as compact JSON: same input, byte-identical output.
[[nodiscard]] QByteArray toJson(const std::vector<Evaluation>& ranked, const Shortlist& list);

// The private patterns of part 4 (the office's eyes only, never a public export), as stable keys:
// "speed" (entries/hour far above the commune's others'), "match_run" (a long run of "match" without a correction
// where the commune's others correct often), "voids_amendments" (many voids or amendments).
struct Suspicion {
    QString person;
    QStringList patterns;
};
[[nodiscard]] std::vector<Suspicion> suspicious(const std::vector<VolunteerMetrics>& volunteers,
                                                const ComparisonIndex& groups, const AwardRules& rules);

} // namespace dc::core::evaluation
