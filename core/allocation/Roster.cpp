// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/allocation/Allocation.h"

#include "core/allocation/Geography.h"
#include "core/allocation/MinCostFlow.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <set>
#include <tuple>

namespace dc::core::allocation {

namespace {

// Costs of the roster's flow (integers). Leaving a slot empty costs more than anything else; an empty slot that needed
// a computer user costs more than an empty ordinary one, so computer users go first to the slots only they can fill.
// Keeping a day of the earlier roster (re-planning) is worth more than any fairness gain. The k-th day of a volunteer
// costs 2k − 1: the sum over a volunteer is the square of their days, so the flow spreads days as evenly as
// availability allows (a separable convex cost: the most even spread reachable).
constexpr std::int64_t kEmptySlot = 1'000'000;
constexpr std::int64_t kEmptyComputerSlot = 2'000'000;
constexpr std::int64_t kKeepDay = 10'000;

Error refusedRoster(const QString& why) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("roster: ") + why);
}

struct Member {
    int volunteer = 0;           // index into the volunteers
    std::vector<bool> available; // per work day
    int daysBefore = 0;          // days already worked before the first planned day (re-planning)
};

// One commune's plan: who works which day (indices into `members`), as a min-cost flow.
std::vector<std::vector<int>> planDays(const std::vector<Member>& members, const std::vector<const Volunteer*>& people,
                                       int firstDay, int dayCount, int pairs,
                                       const std::set<std::pair<int, int>>& keep) {
    const int planned = dayCount - firstDay;
    std::vector<std::vector<int>> workers(dayCount);
    if (planned <= 0) {
        return workers;
    }
    FlowProblem problem;
    const int source = 0;
    const int sink = 1;
    const int memberNode0 = 2;
    const int dayNode0 = memberNode0 + static_cast<int>(members.size()); // per day: computer slots, any slots
    int next = dayNode0 + 2 * planned;
    struct WorkArc {
        std::size_t arc;
        int member;
        int day;
    };
    std::vector<WorkArc> workArcs;
    for (int m = 0; m < static_cast<int>(members.size()); ++m) {
        int available = 0;
        for (int d = firstDay; d < dayCount; ++d) {
            available += members[m].available[d] ? 1 : 0;
        }
        for (int k = 1; k <= available; ++k) {
            const std::int64_t nth = members[m].daysBefore + k;
            problem.arcs.push_back(FlowArc{source, memberNode0 + m, 1, 2 * nth - 1});
        }
        const bool computer = people[m]->computer;
        for (int d = firstDay; d < dayCount; ++d) {
            if (!members[m].available[d]) {
                continue;
            }
            const int memberDay = next++;
            workArcs.push_back(WorkArc{problem.arcs.size(), m, d});
            problem.arcs.push_back(
                FlowArc{memberNode0 + m, memberDay, 1, keep.count({m, d}) != 0 ? -kKeepDay : std::int64_t{0}});
            const int slot = dayNode0 + 2 * (d - firstDay);
            if (computer) {
                problem.arcs.push_back(FlowArc{memberDay, slot, 1, 0});
            }
            problem.arcs.push_back(FlowArc{memberDay, slot + 1, 1, 0});
        }
    }
    for (int d = 0; d < planned; ++d) {
        const int slot = dayNode0 + 2 * d;
        problem.arcs.push_back(FlowArc{slot, sink, pairs, 0});
        problem.arcs.push_back(FlowArc{slot + 1, sink, pairs, 0});
        problem.arcs.push_back(FlowArc{source, slot, pairs, kEmptyComputerSlot});
        problem.arcs.push_back(FlowArc{source, slot + 1, pairs, kEmptySlot});
    }
    problem.nodes = next;
    problem.supply.assign(next, 0);
    problem.supply[source] = std::int64_t{2} * pairs * planned;
    problem.supply[sink] = -problem.supply[source];
    const auto flow = solveMinCostFlow(problem);
    if (!flow) { // cannot happen: the empty-slot arcs always carry the whole supply
        return workers;
    }
    for (const WorkArc& work : workArcs) {
        if ((*flow)[work.arc] > 0) {
            workers[work.day].push_back(work.member);
        }
    }
    return workers;
}

int countComputerPairs(const std::vector<Pair>& pairs, const QHash<QString, const Volunteer*>& byPerson) {
    int count = 0;
    for (const Pair& pair : pairs) {
        const Volunteer* a = byPerson.value(pair.first);
        const Volunteer* b = byPerson.value(pair.second);
        count += ((a != nullptr && a->computer) || (b != nullptr && b->computer)) ? 1 : 0;
    }
    return count;
}

// The day's pairs from its workers: pairs in `preferred` (both working, one a computer user) are kept first, then
// computer users are paired with those who cannot use one, then the rest together. Preferences are dropped when
// they would leave fewer pairs with a computer user than pairing without them.
std::vector<Pair> formPairs(const std::vector<const Volunteer*>& workers, const std::vector<Pair>& preferred,
                            int pairCount, const QHash<QString, const Volunteer*>& byPerson) {
    auto build = [&](bool usePreferred) {
        std::vector<Pair> pairs;
        QSet<QString> used;
        QSet<QString> working;
        for (const Volunteer* worker : workers) {
            working.insert(worker->person);
        }
        if (usePreferred) {
            for (const Pair& pair : preferred) {
                if (static_cast<int>(pairs.size()) >= pairCount || pair.first.isEmpty() || pair.second.isEmpty() ||
                    !working.contains(pair.first) || !working.contains(pair.second) || used.contains(pair.first) ||
                    used.contains(pair.second)) {
                    continue;
                }
                const Volunteer* a = byPerson.value(pair.first);
                const Volunteer* b = byPerson.value(pair.second);
                if (!a->computer && !b->computer) {
                    continue;
                }
                pairs.push_back(a->computer ? Pair{a->person, b->person} : Pair{b->person, a->person});
                used.insert(a->person);
                used.insert(b->person);
            }
        }
        std::vector<const Volunteer*> computer;
        std::vector<const Volunteer*> others;
        for (const Volunteer* worker : workers) {
            if (!used.contains(worker->person)) {
                (worker->computer ? computer : others).push_back(worker);
            }
        }
        std::size_t ci = 0;
        std::size_t oi = 0;
        while (static_cast<int>(pairs.size()) < pairCount && ci < computer.size() && oi < others.size()) {
            pairs.push_back(Pair{computer[ci++]->person, others[oi++]->person});
        }
        std::vector<const Volunteer*> rest(computer.begin() + static_cast<std::ptrdiff_t>(ci), computer.end());
        rest.insert(rest.end(), others.begin() + static_cast<std::ptrdiff_t>(oi), others.end());
        std::size_t ri = 0;
        while (static_cast<int>(pairs.size()) < pairCount && ri < rest.size()) {
            Pair pair{rest[ri++]->person, {}};
            if (ri < rest.size()) {
                pair.second = rest[ri++]->person;
            }
            pairs.push_back(pair);
        }
        while (static_cast<int>(pairs.size()) < pairCount) {
            pairs.push_back(Pair{});
        }
        return pairs;
    };
    std::vector<Pair> withPreferred = build(true);
    if (!preferred.empty()) {
        std::vector<Pair> without = build(false);
        if (countComputerPairs(without, byPerson) > countComputerPairs(withPreferred, byPerson)) {
            return without;
        }
    }
    return withPreferred;
}

void countDay(RosterDay& day, int pairCount, const QHash<QString, const Volunteer*>& byPerson) {
    int people = 0;
    day.pairsWithoutComputer = 0;
    for (const Pair& pair : day.pairs) {
        const Volunteer* a = byPerson.value(pair.first);
        const Volunteer* b = byPerson.value(pair.second);
        people += (a != nullptr ? 1 : 0) + (b != nullptr ? 1 : 0);
        if ((a != nullptr || b != nullptr) && !(a != nullptr && a->computer) && !(b != nullptr && b->computer)) {
            ++day.pairsWithoutComputer;
        }
    }
    day.missingPeople = 2 * pairCount - people;
}

Result<void> checkDays(const std::vector<QDate>& workDays) {
    if (workDays.empty()) {
        return refusedRoster(QStringLiteral("the work period has no days"));
    }
    if (workDays.size() > 366) {
        return refusedRoster(QStringLiteral("the work period is longer than a year"));
    }
    for (std::size_t i = 0; i < workDays.size(); ++i) {
        if (!workDays[i].isValid() || (i > 0 && workDays[i] <= workDays[i - 1])) {
            return refusedRoster(QStringLiteral("the work days must be valid, sorted and distinct"));
        }
    }
    return {};
}

struct Context {
    QHash<QString, const Volunteer*> byPerson;
    QHash<QDate, int> dayIndex;
};

Context contextOf(const std::vector<Volunteer>& volunteers, const std::vector<QDate>& workDays) {
    Context context;
    for (const Volunteer& volunteer : volunteers) {
        if (!context.byPerson.contains(volunteer.person)) {
            context.byPerson.insert(volunteer.person, &volunteer);
        }
    }
    for (int d = 0; d < static_cast<int>(workDays.size()); ++d) {
        context.dayIndex.insert(workDays[d], d);
    }
    return context;
}

std::vector<bool> availability(const Volunteer& volunteer, const Context& context, int dayCount) {
    std::vector<bool> available(dayCount, true);
    for (const QDate& day : volunteer.unavailable) {
        const int d = context.dayIndex.value(day, -1);
        if (d >= 0) {
            available[d] = false;
        }
    }
    return available;
}

// Plans one commune from `firstDay` on; days before it are taken from `earlier` (re-planning) as they were.
CommuneRoster planCommune(const campaign::Commune& commune, const std::vector<const Volunteer*>& people,
                          const std::vector<QDate>& workDays, int pairCount, const Context& context,
                          const CommuneRoster* earlier, int firstDay) {
    const int dayCount = static_cast<int>(workDays.size());
    CommuneRoster roster;
    roster.district = commune.district;
    roster.commune = commune.name;
    QHash<QString, int> memberOf;
    std::vector<Member> members;
    for (int m = 0; m < static_cast<int>(people.size()); ++m) {
        memberOf.insert(people[m]->person, m);
        members.push_back(Member{m, availability(*people[m], context, dayCount), 0});
    }
    std::set<std::pair<int, int>> keep;
    if (earlier != nullptr) {
        for (int d = 0; d < dayCount && d < static_cast<int>(earlier->days.size()); ++d) {
            for (const Pair& pair : earlier->days[d].pairs) {
                for (const QString& person : {pair.first, pair.second}) {
                    const int m = memberOf.value(person, -1);
                    if (m < 0) {
                        continue;
                    }
                    if (d < firstDay) {
                        ++members[m].daysBefore;
                    } else {
                        keep.insert({m, d});
                    }
                }
            }
        }
    }
    const std::vector<std::vector<int>> workers = planDays(members, people, firstDay, dayCount, pairCount, keep);
    QHash<QString, QString> lastPartner;
    for (int d = 0; d < dayCount; ++d) {
        RosterDay day;
        day.day = workDays[d];
        if (d < firstDay && earlier != nullptr) {
            day.pairs = earlier->days[d].pairs;
        } else {
            std::vector<const Volunteer*> today;
            for (int m : workers[d]) {
                today.push_back(people[m]);
            }
            std::vector<Pair> preferred;
            if (earlier != nullptr && d < static_cast<int>(earlier->days.size())) {
                preferred = earlier->days[d].pairs;
            }
            for (const Volunteer* worker : today) {
                if (lastPartner.contains(worker->person)) {
                    preferred.push_back(Pair{worker->person, lastPartner.value(worker->person)});
                }
            }
            day.pairs = formPairs(today, preferred, pairCount, context.byPerson);
        }
        for (const Pair& pair : day.pairs) {
            if (!pair.first.isEmpty() && !pair.second.isEmpty()) {
                lastPartner.insert(pair.first, pair.second);
                lastPartner.insert(pair.second, pair.first);
            }
        }
        countDay(day, pairCount, context.byPerson);
        roster.days.push_back(std::move(day));
    }
    for (const Volunteer* person : people) {
        int days = 0;
        for (const RosterDay& day : roster.days) {
            for (const Pair& pair : day.pairs) {
                days += (pair.first == person->person ? 1 : 0) + (pair.second == person->person ? 1 : 0);
            }
        }
        roster.perVolunteer.push_back(VolunteerDays{person->person, days});
    }
    return roster;
}

void collectUnmet(Roster& roster) {
    roster.unmet.clear();
    for (const CommuneRoster& commune : roster.communes) {
        for (const RosterDay& day : commune.days) {
            if (day.missingPeople > 0 || day.pairsWithoutComputer > 0) {
                roster.unmet.push_back(UnmetDemand{commune.district, commune.commune, day.day, day.missingPeople,
                                                   day.pairsWithoutComputer});
            }
        }
    }
}

// The members of each commune, in the allocation's order.
Result<std::vector<std::vector<const Volunteer*>>>
membersByCommune(const campaign::Campaign& campaign, const Allocation& allocation, const Context& context) {
    const Geography geography(campaign);
    std::vector<std::vector<const Volunteer*>> members(campaign.communes.size());
    QSet<QString> placed;
    for (const Assignment& assignment : allocation.assignments) {
        const int c = geography.commune(assignment.district, assignment.commune);
        const Volunteer* volunteer = context.byPerson.value(assignment.person);
        if (c < 0 || volunteer == nullptr || placed.contains(assignment.person)) {
            return refusedRoster(QStringLiteral("the allocation names an unknown commune or volunteer, or one twice"));
        }
        placed.insert(assignment.person);
        members[c].push_back(volunteer);
    }
    return members;
}

} // namespace

Result<Roster> buildRoster(const campaign::Campaign& campaign, const std::vector<Volunteer>& volunteers,
                           const Allocation& allocation, const std::vector<QDate>& workDays) {
    if (auto days = checkDays(workDays); !days) {
        return days.error();
    }
    if (campaign.defaultPairsPerDay < 1) {
        return refusedRoster(QStringLiteral("the campaign has no pairs per day"));
    }
    const Context context = contextOf(volunteers, workDays);
    auto members = membersByCommune(campaign, allocation, context);
    if (!members) {
        return members.error();
    }
    Roster roster;
    for (std::size_t c = 0; c < campaign.communes.size(); ++c) {
        roster.communes.push_back(planCommune(campaign.communes[c], members.value()[c], workDays,
                                              std::max(1, campaign.communes[c].pairsPerDay), context, nullptr, 0));
    }
    collectUnmet(roster);
    return roster;
}

Result<Roster> rosterFromDays(const campaign::Campaign& campaign, const std::vector<Volunteer>& volunteers,
                              const Allocation& allocation, const std::vector<QDate>& workDays,
                              const std::vector<PersonDays>& days) {
    if (auto checked = checkDays(workDays); !checked) {
        return checked.error();
    }
    if (campaign.defaultPairsPerDay < 1) {
        return refusedRoster(QStringLiteral("the campaign has no pairs per day"));
    }
    const Context context = contextOf(volunteers, workDays);
    auto members = membersByCommune(campaign, allocation, context);
    if (!members) {
        return members.error();
    }
    QSet<QString> assigned;
    for (const Assignment& a : allocation.assignments) {
        assigned.insert(a.person);
    }
    QHash<QString, std::vector<bool>> works;
    for (const PersonDays& p : days) {
        if (!assigned.contains(p.person) || works.contains(p.person)) {
            return refusedRoster(QStringLiteral("the days name a volunteer not allocated, or one twice"));
        }
        std::vector<bool>& on = works[p.person];
        on.assign(workDays.size(), false);
        for (const QDate& day : p.days) {
            const int d = context.dayIndex.value(day, -1);
            if (d < 0) {
                return refusedRoster(QStringLiteral("a saved day is not a work day"));
            }
            on[d] = true;
        }
    }
    Roster roster;
    for (std::size_t c = 0; c < campaign.communes.size(); ++c) {
        const campaign::Commune& commune = campaign.communes[c];
        const int pairCount = std::max(1, commune.pairsPerDay);
        CommuneRoster out;
        out.district = commune.district;
        out.commune = commune.name;
        QHash<QString, QString> lastPartner;
        for (int d = 0; d < static_cast<int>(workDays.size()); ++d) {
            RosterDay day;
            day.day = workDays[d];
            std::vector<const Volunteer*> today;
            std::vector<Pair> preferred;
            for (const Volunteer* member : members.value()[c]) {
                const auto on = works.constFind(member->person);
                if (on != works.constEnd() && (*on)[d]) {
                    today.push_back(member);
                    if (lastPartner.contains(member->person)) {
                        preferred.push_back(Pair{member->person, lastPartner.value(member->person)});
                    }
                }
            }
            if (static_cast<int>(today.size()) > 2 * pairCount) {
                return refusedRoster(QStringLiteral("more people on a day than the commune's pairs hold"));
            }
            day.pairs = formPairs(today, preferred, pairCount, context.byPerson);
            for (const Pair& pair : day.pairs) {
                if (!pair.first.isEmpty() && !pair.second.isEmpty()) {
                    lastPartner.insert(pair.first, pair.second);
                    lastPartner.insert(pair.second, pair.first);
                }
            }
            countDay(day, pairCount, context.byPerson);
            out.days.push_back(std::move(day));
        }
        for (const Volunteer* member : members.value()[c]) {
            int count = 0;
            const auto on = works.constFind(member->person);
            if (on != works.constEnd()) {
                count = static_cast<int>(std::count(on->begin(), on->end(), true));
            }
            out.perVolunteer.push_back(VolunteerDays{member->person, count});
        }
        roster.communes.push_back(std::move(out));
    }
    collectUnmet(roster);
    return roster;
}

Result<Replan> replanAfterDropOut(const campaign::Campaign& campaign, const std::vector<Volunteer>& volunteers,
                                  const Allocation& allocation, const Roster& roster,
                                  const std::vector<QDate>& workDays, const QString& person, QDate fromDay,
                                  const std::vector<QString>& candidates) {
    if (auto days = checkDays(workDays); !days) {
        return days.error();
    }
    if (!fromDay.isValid()) {
        return refusedRoster(QStringLiteral("the day of the drop-out is not a date"));
    }
    if (roster.communes.size() != campaign.communes.size()) {
        return refusedRoster(QStringLiteral("the roster does not cover the campaign's communes"));
    }
    const auto dropped = std::find_if(allocation.assignments.begin(), allocation.assignments.end(),
                                      [&](const Assignment& a) { return a.person == person; });
    if (dropped == allocation.assignments.end()) {
        return refusedRoster(QStringLiteral("the volunteer who dropped out is not allocated"));
    }
    const Geography geography(campaign);
    const int c = geography.commune(dropped->district, dropped->commune);
    if (c < 0 || roster.communes[c].days.size() != workDays.size()) {
        return refusedRoster(QStringLiteral("the roster does not match the work days"));
    }
    Replan replan;
    replan.allocation = allocation;
    replan.allocation.assignments.erase(replan.allocation.assignments.begin() +
                                        (dropped - allocation.assignments.begin()));
    replan.allocation.unplaced.push_back(
        Unplaced{person, UnplacedReason::DroppedOut, dropped->district, dropped->commune, fromDay});
    for (CommuneStaffing& staffing : replan.allocation.staffing) {
        if (staffing.district == dropped->district && staffing.commune == dropped->commune) {
            const Volunteer* volunteer = nullptr;
            for (const Volunteer& v : volunteers) {
                volunteer = v.person == person ? &v : volunteer;
            }
            staffing.people -= 1;
            staffing.computerUsers -= (volunteer != nullptr && volunteer->computer) ? 1 : 0;
        }
    }
    const Context context = contextOf(volunteers, workDays);
    const int firstDay =
        static_cast<int>(std::lower_bound(workDays.begin(), workDays.end(), fromDay) - workDays.begin());
    // The dropped volunteer's days from `fromDay` on: the gap a replacement may fill.
    std::vector<int> gap;
    for (int d = firstDay; d < static_cast<int>(workDays.size()); ++d) {
        for (const Pair& pair : roster.communes[c].days[d].pairs) {
            if (pair.first == person || pair.second == person) {
                gap.push_back(d);
            }
        }
    }
    if (!candidates.empty() && !gap.empty()) {
        QSet<QString> placed;
        for (const Assignment& a : replan.allocation.assignments) {
            placed.insert(a.person);
        }
        const Volunteer* gone = context.byPerson.value(person);
        const bool wantComputer = gone != nullptr && gone->computer;
        const Volunteer* best = nullptr;
        std::tuple<int, int, int> bestRank{0, 0, 0};
        for (const QString& candidate : candidates) {
            const Volunteer* v = context.byPerson.value(candidate);
            if (v == nullptr || candidate == person || placed.contains(candidate)) {
                continue;
            }
            const std::vector<bool> available = availability(*v, context, static_cast<int>(workDays.size()));
            int fills = 0;
            for (int d : gap) {
                fills += available[d] ? 1 : 0;
            }
            if (fills == 0) {
                continue;
            }
            const std::tuple<int, int, int> rank{
                wantComputer && !v->computer ? 1 : 0,
                nearnessCost(nearnessOf(campaign, *v, dropped->district, dropped->commune)), -fills};
            if (best == nullptr || rank < bestRank) {
                best = v;
                bestRank = rank;
            }
        }
        if (best != nullptr) {
            replan.replacement = best->person;
            replan.allocation.assignments.push_back(
                Assignment{best->person, dropped->district, dropped->commune,
                           nearnessOf(campaign, *best, dropped->district, dropped->commune)});
            std::erase_if(replan.allocation.unplaced, [&](const Unplaced& u) { return u.person == best->person; });
            for (CommuneStaffing& staffing : replan.allocation.staffing) {
                if (staffing.district == dropped->district && staffing.commune == dropped->commune) {
                    staffing.people += 1;
                    staffing.computerUsers += best->computer ? 1 : 0;
                }
            }
        }
    }
    auto members = membersByCommune(campaign, replan.allocation, context);
    if (!members) {
        return members.error();
    }
    replan.roster = roster;
    replan.roster.communes[c] =
        planCommune(campaign.communes[c], members.value()[c], workDays, std::max(1, campaign.communes[c].pairsPerDay),
                    context, &roster.communes[c], firstDay);
    for (int d = firstDay; d < static_cast<int>(workDays.size()); ++d) {
        QSet<QString> before;
        for (const Pair& pair : roster.communes[c].days[d].pairs) {
            before.insert(pair.first);
            before.insert(pair.second);
        }
        for (const Pair& pair : replan.roster.communes[c].days[d].pairs) {
            for (const QString& who : {pair.first, pair.second}) {
                replan.changedSlots += (!who.isEmpty() && !before.contains(who)) ? 1 : 0;
            }
        }
    }
    collectUnmet(replan.roster);
    return replan;
}

} // namespace dc::core::allocation
