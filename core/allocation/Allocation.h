// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/campaign/Campaign.h"

#include <QDate>
#include <QString>

#include <vector>

namespace dc::core::allocation {

// The allocation of volunteers to communes and the daily roster (issue 14, item 4): a pure module over plain structs
// (no SQL, no session). The allocation is an integer programme solved by COIN-OR CBC (Allocation.cpp); the roster of
// each commune is a min-cost flow solved by LEMON's network simplex (Roster.cpp). `checkPlan` verifies every
// constraint of any allocation and roster. The rules, weights and decisions: core/README.md, "allocation/".

// A volunteer as the allocation reads them. Names are the campaign's (any case, composition or spacing); an empty or
// unknown name counts as not given. No citizen data: the person is known by UUID only.
struct Volunteer {
    QString person;                 // UUID
    QString residenceDistrict;      // where they live; may be empty (unknown)
    QString residenceCommune;       // may be empty
    QString preferredDistrict;      // as stated on the form; may be empty
    QString preferredCommune;       // may be empty
    bool student = false;           // placed by residence: a student's stated preference is not read
    bool computer = false;          // can use a computer
    std::vector<QDate> unavailable; // work days marked unavailable
};

// Why a volunteer went where they did: the tiers of the preference order, best first.
enum class Nearness {
    PreferredCommune,
    PreferredDistrict,
    ResidenceCommune,
    ResidenceDistrict,
    NeighbourDistrict,
    Further,
};

struct Assignment {
    QString person;
    QString district;
    QString commune;
    Nearness nearness = Nearness::Further;
};

enum class UnplacedReason {
    NoCapacity,      // every commune is at its capacity (supply exceeds demand)
    ComputerBalance, // cannot use a computer, and every commune short of people already has as many such as not
    NeverAvailable,  // unavailable on every work day
    Duplicate,       // the same person UUID given twice: the second is not placed
    DroppedOut,      // removed by re-planning
};

struct Unplaced {
    QString person;
    UnplacedReason reason = UnplacedReason::NoCapacity;
    // DroppedOut only: where they were and the first day they no longer work (their earlier days stay rostered).
    QString district;
    QString commune;
    QDate from;
};

// A commune the allocation could not staff as the plan wants: fewer people than 2 × pairs per day, fewer than its
// share of the district's target, or more people without a computer than with one.
struct CommuneStaffing {
    QString district;
    QString commune;
    int people = 0;
    int computerUsers = 0;
    int wanted = 0;   // its share of the district's target (floor of target / communes)
    int capacity = 0; // at most this many (ceiling of target / communes)
};

struct SolveReport {
    bool provedOptimal = false; // false: the time limit stopped the solver with a feasible, unproven answer
    double objective = 0;
    QString status; // "optimal", "time limit", ... (English, for the log)
};

struct Allocation {
    std::vector<Assignment> assignments;   // in the volunteers' input order
    std::vector<Unplaced> unplaced;        // in the volunteers' input order
    std::vector<CommuneStaffing> staffing; // every commune of the campaign, in the campaign's order
    SolveReport solve;
};

struct AllocationOptions {
    double timeLimitSeconds = 60; // the solver stops here and reports provedOptimal = false
    int seed = 1;                 // CBC's random seeds; the same input and seed give the same answer
};

// Objective weights (core/README.md explains the order): a commune that cannot field its pairs costs most, then a
// commune short of computer users, then the plan's targets; preferences last.
inline constexpr int kWeightMissingForPairs = 1000;   // per person a commune lacks below 2 × pairs per day
inline constexpr int kWeightMissingForOnePair = 1000; // again per person below 2 (not even one pair): one pair first
inline constexpr int kWeightMissingOnADay = 30;       // per person (or computer user) a commune lacks on a day
                                                      // someone marked unavailable (about 1000 / 31)
inline constexpr int kWeightComputerBalance = 1000;   // per person without a computer beyond those with one
inline constexpr int kWeightDistrictTarget = 100;     // per person a district lacks below its target
inline constexpr int kWeightCommuneShare = 50;        // per person a commune lacks below its share
[[nodiscard]] int nearnessCost(Nearness nearness);    // 0, 1, 2, 3, 4, 6

// The tier a volunteer would be in at a commune (students by residence only).
[[nodiscard]] Nearness nearnessOf(const campaign::Campaign& campaign, const Volunteer& volunteer,
                                  const QString& district, const QString& commune);
[[nodiscard]] bool areNeighbours(const campaign::Campaign& campaign, const QString& a, const QString& b);

// The objective value of an assignment (index of a commune in campaign.communes per volunteer, -1 for none): what
// `allocate` minimises, exposed for the brute-force tests.
[[nodiscard]] double allocationObjective(const campaign::Campaign& campaign, const std::vector<Volunteer>& volunteers,
                                         const std::vector<QDate>& workDays, const std::vector<int>& communeOf);

// Allocates every volunteer to one commune or to none. Refuses (InvalidInput) an empty work period, a campaign
// without pairs per day, or more than kMaxVolunteers volunteers.
inline constexpr int kMaxVolunteers = 20000;
[[nodiscard]] Result<Allocation> allocate(const campaign::Campaign& campaign, const std::vector<Volunteer>& volunteers,
                                          const std::vector<QDate>& workDays, const AllocationOptions& options = {});

// ---- The roster ----

// A pair on a day: `first` can use a computer whenever either can; `second` is empty when the pair is short.
struct Pair {
    QString first;
    QString second;
};

struct RosterDay {
    QDate day;
    std::vector<Pair> pairs;      // exactly pairs-per-day entries; a missing pair has both members empty
    int missingPeople = 0;        // 2 × pairs per day − people on the day
    int pairsWithoutComputer = 0; // pairs with people but none of them can use a computer
};

struct VolunteerDays {
    QString person;
    int days = 0;
};

struct CommuneRoster {
    QString district;
    QString commune;
    std::vector<RosterDay> days;             // every work day, in order
    std::vector<VolunteerDays> perVolunteer; // every member, in the allocation's order
};

// Unmet demand: a commune-day short of people or of a computer user, as data.
struct UnmetDemand {
    QString district;
    QString commune;
    QDate day;
    int missingPeople = 0;
    int pairsWithoutComputer = 0;
};

struct Roster {
    std::vector<CommuneRoster> communes; // every commune of the campaign, in its order
    std::vector<UnmetDemand> unmet;      // by commune (campaign order), then day
};

// The roster over `workDays` (sorted, distinct) for an allocation.
[[nodiscard]] Result<Roster> buildRoster(const campaign::Campaign& campaign, const std::vector<Volunteer>& volunteers,
                                         const Allocation& allocation, const std::vector<QDate>& workDays);

// A roster rebuilt from the days each allocated volunteer works (a saved plan keeps days, not pairs): each day's
// pairs formed as buildRoster forms them (a computer user first, the previous day's partner kept where possible), the
// day's counts and the unmet demand computed. Refused (InvalidInput): a person not in the allocation, a day not a
// work day, or a commune-day with more people than its pairs hold.
struct PersonDays {
    QString person;
    std::vector<QDate> days;
};
[[nodiscard]] Result<Roster> rosterFromDays(const campaign::Campaign& campaign,
                                            const std::vector<Volunteer>& volunteers, const Allocation& allocation,
                                            const std::vector<QDate>& workDays, const std::vector<PersonDays>& days);

// Re-planning after `person` drops out from `fromDay` on: everyone else keeps their commune; every roster day before
// `fromDay` is kept as it was (the dropped volunteer's past days included); from `fromDay` on, everyone keeps every day
// they had and only the dropped volunteer's days are given to others of the commune (least loaded first) or
// reported as unmet. The dropped volunteer goes to `unplaced` with DroppedOut.
//
// A replacement: when `candidates` (persons of `volunteers` that are unplaced, in order of preference) is not empty
// and the dropped volunteer had days from `fromDay` on, the candidate who can fill most of those days is placed in
// their commune (`replacement`), taking the dropped volunteer's days before anyone else of the commune (their first
// day costs least in the flow). Ranked by: a computer user when the dropped volunteer was one, then nearness to the
// commune (nearnessCost), then days they can fill among the dropped volunteer's, then the order given. A candidate
// unavailable on every such day is never placed. The commune's size stays the same, so no capacity is exceeded.
struct Replan {
    Allocation allocation;
    Roster roster;
    int changedSlots = 0; // person-days added from `fromDay` on
    QString replacement;  // the candidate placed, or empty
};
[[nodiscard]] Result<Replan> replanAfterDropOut(const campaign::Campaign& campaign,
                                                const std::vector<Volunteer>& volunteers, const Allocation& allocation,
                                                const Roster& roster, const std::vector<QDate>& workDays,
                                                const QString& person, QDate fromDay,
                                                const std::vector<QString>& candidates = {});

// ---- The checks ----

enum class ViolationKind {
    UnknownVolunteer, // an assignment or roster entry names no volunteer of the input
    NotExactlyOnce,   // a volunteer not in exactly one of assignments / unplaced
    UnknownCommune,   // an assignment to a commune the campaign lacks
    OverCapacity,     // a district over its target or a commune over its capacity
    WrongShape,       // a roster missing a commune or day, or with the wrong number of pairs
    NotInCommune,     // a roster entry for someone not allocated to that commune
    TwiceOnADay,      // the same person twice on one day
    UnavailableDay,   // someone rostered on a day they marked unavailable
    UnmetMisreported, // a day's missing counts, or the unmet list, disagree with the pairs
    Unfair,           // days spread over the allowed difference within a commune
    DaysMiscounted,   // perVolunteer disagrees with the days rostered
};
struct Violation {
    ViolationKind kind;
    QString detail; // English; UUIDs, communes and dates only
};
// Every constraint of an allocation and its roster. Fairness: within a commune, max − min days ≤ 1, or ≤ 2 when one of
// its members marked a work day unavailable; a member who works every day they are available is not held to the
// minimum.
[[nodiscard]] std::vector<Violation> checkPlan(const campaign::Campaign& campaign,
                                               const std::vector<Volunteer>& volunteers,
                                               const std::vector<QDate>& workDays, const Allocation& allocation,
                                               const Roster& roster);

} // namespace dc::core::allocation
