// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/allocation/Allocation.h"

#include "core/allocation/Geography.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace dc::core::allocation {

namespace {

QString dayText(const QDate& day) {
    return day.toString(Qt::ISODate);
}

} // namespace

std::vector<Violation> checkPlan(const campaign::Campaign& campaign, const std::vector<Volunteer>& volunteers,
                                 const std::vector<QDate>& workDays, const Allocation& allocation,
                                 const Roster& roster) {
    std::vector<Violation> violations;
    auto violation = [&](ViolationKind kind, const QString& detail) { violations.push_back(Violation{kind, detail}); };
    const Geography geography(campaign);

    QHash<QString, const Volunteer*> byPerson;
    for (const Volunteer& volunteer : volunteers) {
        if (!byPerson.contains(volunteer.person)) {
            byPerson.insert(volunteer.person, &volunteer);
        }
    }
    // The allocation: every volunteer once, in a commune of the campaign, within the targets and capacities.
    QHash<QString, int> communeOf;
    QHash<QString, int> mentions;
    std::vector<int> people(campaign.communes.size(), 0);
    for (const Assignment& assignment : allocation.assignments) {
        mentions[assignment.person] += 1;
        if (!byPerson.contains(assignment.person)) {
            violation(ViolationKind::UnknownVolunteer, QStringLiteral("assignment of ") + assignment.person);
            continue;
        }
        const int c = geography.commune(assignment.district, assignment.commune);
        if (c < 0) {
            violation(ViolationKind::UnknownCommune,
                      QStringLiteral("%1 to %2/%3").arg(assignment.person, assignment.district, assignment.commune));
            continue;
        }
        communeOf.insert(assignment.person, c);
        people[c] += 1;
    }
    QHash<QString, const Unplaced*> droppedOut;
    for (const Unplaced& unplaced : allocation.unplaced) {
        mentions[unplaced.person] += 1;
        if (!byPerson.contains(unplaced.person)) {
            violation(ViolationKind::UnknownVolunteer, QStringLiteral("unplaced ") + unplaced.person);
        }
        if (unplaced.reason == UnplacedReason::DroppedOut) {
            droppedOut.insert(unplaced.person, &unplaced);
        }
    }
    QSet<QString> counted;
    for (const Volunteer& volunteer : volunteers) {
        if (counted.contains(volunteer.person)) {
            continue; // a UUID given twice is one person
        }
        counted.insert(volunteer.person);
        if (mentions.value(volunteer.person) != 1) {
            violation(ViolationKind::NotExactlyOnce,
                      volunteer.person + QStringLiteral(" appears %1 times").arg(mentions.value(volunteer.person)));
        }
    }
    std::vector<int> districtPeople(geography.districtCount(), 0);
    for (int c = 0; c < static_cast<int>(campaign.communes.size()); ++c) {
        districtPeople[geography.districtOf(c)] += people[c];
        if (people[c] > geography.bounds(c).capacity) {
            violation(
                ViolationKind::OverCapacity,
                campaign::communePath(campaign.communes[c]) +
                    QStringLiteral(" has %1 people, capacity %2").arg(people[c]).arg(geography.bounds(c).capacity));
        }
    }
    for (int d = 0; d < geography.districtCount(); ++d) {
        const int target = campaign.districts[d].volunteers;
        if (target > 0 && districtPeople[d] > target) {
            violation(ViolationKind::OverCapacity,
                      campaign.districts[d].name +
                          QStringLiteral(" has %1 people, target %2").arg(districtPeople[d]).arg(target));
        }
    }

    // The roster: every commune, every day, pairs per day pairs of people of that commune, each once a day, on days
    // they are available; the counts and the unmet list as the pairs say; days spread fairly.
    if (roster.communes.size() != campaign.communes.size()) {
        violation(ViolationKind::WrongShape, QStringLiteral("the roster has %1 communes, the campaign %2")
                                                 .arg(roster.communes.size())
                                                 .arg(campaign.communes.size()));
        return violations;
    }
    std::vector<UnmetDemand> expectedUnmet;
    for (int c = 0; c < static_cast<int>(campaign.communes.size()); ++c) {
        const CommuneRoster& commune = roster.communes[c];
        const QString where = campaign::communePath(campaign.communes[c]);
        const int pairCount = std::max(1, campaign.communes[c].pairsPerDay);
        if (geography.commune(commune.district, commune.commune) != c) {
            violation(ViolationKind::WrongShape, where + QStringLiteral(" is not where the roster has it"));
            continue;
        }
        if (commune.days.size() != workDays.size()) {
            violation(ViolationKind::WrongShape, where + QStringLiteral(" does not have every work day"));
            continue;
        }
        QHash<QString, int> days;
        for (std::size_t d = 0; d < workDays.size(); ++d) {
            const RosterDay& day = commune.days[d];
            const QString at = where + u' ' + dayText(workDays[d]);
            if (day.day != workDays[d] || static_cast<int>(day.pairs.size()) != pairCount) {
                violation(ViolationKind::WrongShape, at + QStringLiteral(": wrong day or number of pairs"));
                continue;
            }
            QSet<QString> today;
            int present = 0;
            int withoutComputer = 0;
            for (const Pair& pair : day.pairs) {
                bool computer = false;
                bool anyone = false;
                for (const QString& person : {pair.first, pair.second}) {
                    if (person.isEmpty()) {
                        continue;
                    }
                    anyone = true;
                    ++present;
                    const Volunteer* volunteer = byPerson.value(person);
                    if (volunteer == nullptr) {
                        violation(ViolationKind::UnknownVolunteer, at + u' ' + person);
                        continue;
                    }
                    computer = computer || volunteer->computer;
                    const Unplaced* gone = droppedOut.value(person);
                    const bool hisEarlierDay = gone != nullptr && gone->district == commune.district &&
                                               gone->commune == commune.commune && workDays[d] < gone->from;
                    if (communeOf.value(person, -1) != c && !hisEarlierDay) {
                        violation(ViolationKind::NotInCommune, at + u' ' + person);
                    }
                    if (today.contains(person)) {
                        violation(ViolationKind::TwiceOnADay, at + u' ' + person);
                    }
                    today.insert(person);
                    if (std::find(volunteer->unavailable.begin(), volunteer->unavailable.end(), workDays[d]) !=
                        volunteer->unavailable.end()) {
                        violation(ViolationKind::UnavailableDay, at + u' ' + person);
                    }
                    days[person] += 1;
                }
                withoutComputer += (anyone && !computer) ? 1 : 0;
            }
            if (day.missingPeople != 2 * pairCount - present || day.pairsWithoutComputer != withoutComputer) {
                violation(ViolationKind::UnmetMisreported, at + QStringLiteral(": the day's counts"));
            }
            if (2 * pairCount - present > 0 || withoutComputer > 0) {
                expectedUnmet.push_back(UnmetDemand{commune.district, commune.commune, workDays[d],
                                                    2 * pairCount - present, withoutComputer});
            }
        }
        // Days per volunteer, and fairness among the commune's members.
        std::vector<const Volunteer*> members;
        for (const Assignment& assignment : allocation.assignments) {
            if (communeOf.value(assignment.person, -1) == c) {
                members.push_back(byPerson.value(assignment.person));
            }
        }
        if (commune.perVolunteer.size() != members.size()) {
            violation(ViolationKind::DaysMiscounted, where + QStringLiteral(": not every member counted"));
        }
        for (std::size_t m = 0; m < commune.perVolunteer.size() && m < members.size(); ++m) {
            const VolunteerDays& counted = commune.perVolunteer[m];
            if (counted.person != members[m]->person || counted.days != days.value(counted.person)) {
                violation(ViolationKind::DaysMiscounted, where + u' ' + counted.person);
            }
        }
        if (members.empty()) {
            continue;
        }
        bool someUnavailable = false;
        int most = 0;
        for (const Volunteer* member : members) {
            most = std::max(most, days.value(member->person));
            for (const QDate& day : member->unavailable) {
                someUnavailable = someUnavailable || std::binary_search(workDays.begin(), workDays.end(), day);
            }
        }
        const int allowed = someUnavailable ? 2 : 1;
        for (const Volunteer* member : members) {
            int available = 0;
            for (const QDate& day : workDays) {
                available +=
                    std::find(member->unavailable.begin(), member->unavailable.end(), day) == member->unavailable.end()
                        ? 1
                        : 0;
            }
            const int worked = days.value(member->person);
            if (worked < most - allowed && worked < available) {
                violation(
                    ViolationKind::Unfair,
                    where + QStringLiteral(": %1 works %2 days, another %3").arg(member->person).arg(worked).arg(most));
            }
        }
    }
    bool sameUnmet = expectedUnmet.size() == roster.unmet.size();
    for (std::size_t i = 0; sameUnmet && i < expectedUnmet.size(); ++i) {
        const UnmetDemand& a = expectedUnmet[i];
        const UnmetDemand& b = roster.unmet[i];
        sameUnmet = a.district == b.district && a.commune == b.commune && a.day == b.day &&
                    a.missingPeople == b.missingPeople && a.pairsWithoutComputer == b.pairsWithoutComputer;
    }
    if (!sameUnmet) {
        violation(ViolationKind::UnmetMisreported, QStringLiteral("the unmet demand differs from the roster's days"));
    }
    return violations;
}

} // namespace dc::core::allocation
