// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The 31-day roster (core/allocation): every constraint verified by checkPlan on the synthetic 600, fairness within
// each commune, unmet demand when supply is short, re-planning after a drop-out, determinism, and the checks
// themselves catching a broken roster.
#include "core/allocation/Allocation.h"
#include "tests/support/SyntheticVolunteers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using namespace dc::core;
using namespace dc::core::allocation;
using dc::core::campaign::Campaign;

namespace {

QString utf8(const char* utf8) {
    return QString::fromUtf8(utf8);
}

struct Plan {
    std::vector<Volunteer> volunteers;
    Allocation allocation;
    Roster roster;
};

Plan plan(int count, unsigned seed) {
    const Campaign& bd = campaign::builtInCampaign();
    Plan p;
    p.volunteers = dc::test::syntheticVolunteers(bd, count, seed, dc::test::decemberDays());
    Result<Allocation> allocation = allocate(bd, p.volunteers, dc::test::decemberDays());
    EXPECT_TRUE(allocation.ok());
    p.allocation = allocation.value();
    Result<Roster> roster = buildRoster(bd, p.volunteers, p.allocation, dc::test::decemberDays());
    EXPECT_TRUE(roster.ok()) << roster.error().detail.toStdString();
    p.roster = roster.value();
    return p;
}

// The six hundred, planned once for the tests that only read them.
const Plan& sixHundred() {
    static const Plan p = plan(600, 1);
    return p;
}

std::string describe(const std::vector<Violation>& violations) {
    std::string text;
    for (std::size_t i = 0; i < violations.size() && i < 10; ++i) {
        text += violations[i].detail.toStdString() + "\n";
    }
    return text;
}

} // namespace

TEST(RosterProvince, SixHundredVolunteersKeepEveryConstraintAndLeaveNoDemandUnmet) {
    const Plan& p = sixHundred();
    const Campaign& bd = campaign::builtInCampaign();
    const auto violations = checkPlan(bd, p.volunteers, dc::test::decemberDays(), p.allocation, p.roster);
    EXPECT_TRUE(violations.empty()) << describe(violations);
    EXPECT_EQ(p.roster.communes.size(), 91U);
    EXPECT_TRUE(p.roster.unmet.empty()) << p.roster.unmet.size() << " commune-days unmet";
    // 364 people a day across the province, every day.
    for (std::size_t d = 0; d < 31; ++d) {
        int people = 0;
        for (const CommuneRoster& commune : p.roster.communes) {
            for (const Pair& pair : commune.days[d].pairs) {
                people += (pair.first.isEmpty() ? 0 : 1) + (pair.second.isEmpty() ? 0 : 1);
            }
        }
        EXPECT_EQ(people, 364) << "day " << d + 1;
    }
    // Every pair has its computer user first; four different people in a commune each day.
    std::map<QString, bool> computer;
    for (const Volunteer& v : p.volunteers) {
        computer[v.person] = v.computer;
    }
    for (const CommuneRoster& commune : p.roster.communes) {
        for (const RosterDay& day : commune.days) {
            ASSERT_EQ(day.pairs.size(), 2U);
            std::set<QString> today;
            for (const Pair& pair : day.pairs) {
                EXPECT_TRUE(computer[pair.first]) << "the first of a pair can use a computer";
                today.insert(pair.first);
                today.insert(pair.second);
            }
            EXPECT_EQ(today.size(), 4U);
        }
    }
}

TEST(RosterProvince, DaysAreSpreadFairlyWithinEachCommuneAndFollowTheDistrictsNumbers) {
    const Plan& p = sixHundred();
    std::map<QString, std::pair<int, int>> totals; // district → days, people
    for (const CommuneRoster& commune : p.roster.communes) {
        for (const VolunteerDays& days : commune.perVolunteer) {
            totals[commune.district].first += days.days;
            totals[commune.district].second += 1;
        }
    }
    const double diAn = double(totals[utf8("Dĩ An")].first) / totals[utf8("Dĩ An")].second;
    const double dauTieng = double(totals[utf8("Dầu Tiếng")].first) / totals[utf8("Dầu Tiếng")].second;
    EXPECT_NEAR(diAn, 7 * 124 / 80.0, 0.01);      // about 11
    EXPECT_NEAR(dauTieng, 12 * 124 / 60.0, 0.01); // about 25
    std::map<QString, const Volunteer*> byPerson;
    for (const Volunteer& v : p.volunteers) {
        byPerson[v.person] = &v;
    }
    for (const CommuneRoster& commune : p.roster.communes) {
        int most = 0;
        int least = 1000;
        bool someUnavailable = false;
        for (const VolunteerDays& days : commune.perVolunteer) {
            most = std::max(most, days.days);
            least = std::min(least, days.days);
            someUnavailable = someUnavailable || !byPerson[days.person]->unavailable.empty();
        }
        EXPECT_LE(most - least, someUnavailable ? 2 : 1) << commune.commune.toStdString();
    }
}

TEST(RosterProvince, ThreeHundredVolunteersLeaveUnmetDemandReported) {
    const Plan p = plan(300, 4);
    const Campaign& bd = campaign::builtInCampaign();
    const auto violations = checkPlan(bd, p.volunteers, dc::test::decemberDays(), p.allocation, p.roster);
    EXPECT_TRUE(violations.empty()) << describe(violations);
    EXPECT_FALSE(p.roster.unmet.empty());
    // Every person-day the 300 cannot cover is in the unmet list, none more.
    int missing = 0;
    for (const UnmetDemand& unmet : p.roster.unmet) {
        missing += unmet.missingPeople;
    }
    int worked = 0;
    for (const CommuneRoster& commune : p.roster.communes) {
        for (const VolunteerDays& days : commune.perVolunteer) {
            worked += days.days;
        }
    }
    EXPECT_EQ(missing + worked, 91 * 31 * 4);
    EXPECT_GE(missing, 91 * 31 * 4 - 300 * 31);
}

TEST(RosterReplan, ADropOutChangesOnlyTheirCommuneFromThatDayAndKeepsEveryoneElsesDays) {
    const Plan& p = sixHundred();
    const Campaign& bd = campaign::builtInCampaign();
    const std::vector<QDate> days = dc::test::decemberDays();
    const QDate from(2022, 12, 15);
    // Someone in Dầu Tiếng (five to a commune, about 25 days each).
    const Assignment* gone = nullptr;
    for (const Assignment& a : p.allocation.assignments) {
        if (a.district == utf8("Dầu Tiếng") && gone == nullptr) {
            gone = &a;
        }
    }
    ASSERT_NE(gone, nullptr);
    const Result<Replan> result =
        replanAfterDropOut(bd, p.volunteers, p.allocation, p.roster, days, gone->person, from);
    ASSERT_TRUE(result.ok()) << result.error().detail.toStdString();
    const Replan& r = result.value();
    EXPECT_EQ(r.allocation.assignments.size(), p.allocation.assignments.size() - 1);
    ASSERT_FALSE(r.allocation.unplaced.empty());
    EXPECT_EQ(r.allocation.unplaced.back().reason, UnplacedReason::DroppedOut);
    // Everyone else keeps their commune.
    std::map<QString, QString> before;
    for (const Assignment& a : p.allocation.assignments) {
        before[a.person] = a.district + u'/' + a.commune;
    }
    for (const Assignment& a : r.allocation.assignments) {
        EXPECT_EQ(before[a.person], a.district + u'/' + a.commune);
    }
    int futureDays = 0;
    for (std::size_t c = 0; c < p.roster.communes.size(); ++c) {
        const CommuneRoster& old = p.roster.communes[c];
        const CommuneRoster& now = r.roster.communes[c];
        const bool theirs = old.district == gone->district && old.commune == gone->commune;
        for (std::size_t d = 0; d < days.size(); ++d) {
            std::set<QString> oldPeople;
            std::set<QString> newPeople;
            for (const Pair& pair : old.days[d].pairs) {
                oldPeople.insert(pair.first);
                oldPeople.insert(pair.second);
            }
            for (const Pair& pair : now.days[d].pairs) {
                newPeople.insert(pair.first);
                newPeople.insert(pair.second);
            }
            if (!theirs || days[d] < from) { // untouched: the same pairs, in the same order
                ASSERT_EQ(old.days[d].pairs.size(), now.days[d].pairs.size());
                for (std::size_t i = 0; i < old.days[d].pairs.size(); ++i) {
                    EXPECT_EQ(old.days[d].pairs[i].first, now.days[d].pairs[i].first);
                    EXPECT_EQ(old.days[d].pairs[i].second, now.days[d].pairs[i].second);
                }
                continue;
            }
            EXPECT_EQ(newPeople.count(gone->person), 0U) << "day " << d + 1;
            futureDays += oldPeople.count(gone->person) != 0 ? 1 : 0;
            for (const QString& person : oldPeople) { // everyone else keeps every day they had
                if (person != gone->person) {
                    EXPECT_EQ(newPeople.count(person), 1U) << "day " << d + 1;
                }
            }
        }
    }
    // Only the dropped volunteer's days moved: each to one other person, or reported unmet.
    int unmetInTheirs = 0;
    for (const UnmetDemand& unmet : r.roster.unmet) {
        unmetInTheirs += unmet.commune == gone->commune ? unmet.missingPeople : 0;
    }
    EXPECT_GT(futureDays, 0);
    EXPECT_EQ(r.changedSlots + unmetInTheirs, futureDays);
    // Every constraint still holds, except that the days may now spread wider than the fairness rule allows.
    for (const Violation& v : checkPlan(bd, p.volunteers, days, r.allocation, r.roster)) {
        EXPECT_EQ(v.kind, ViolationKind::Unfair) << v.detail.toStdString();
    }
    // The dropped volunteer's earlier days are still on the record.
    int pastDays = 0;
    for (const CommuneRoster& commune : r.roster.communes) {
        for (const RosterDay& day : commune.days) {
            for (const Pair& pair : day.pairs) {
                pastDays += (pair.first == gone->person || pair.second == gone->person) ? 1 : 0;
            }
        }
    }
    EXPECT_GT(pastDays, 0);
}

// A replacement from the unplaced: the one who can work some of the dropped volunteer's days, a computer user for a
// computer user before nearness, then the nearest; they take exactly the days they can of the dropped volunteer's
// from the day of the drop-out, and nobody else of the commune gains or loses a day.
TEST(RosterReplan, AReplacementTakesTheDroppedDaysAndIsChosenByComputerThenNearness) {
    const Plan& p = sixHundred();
    const Campaign& bd = campaign::builtInCampaign();
    const std::vector<QDate> days = dc::test::decemberDays();
    const QDate from(2022, 12, 15);
    const Assignment* gone = nullptr;
    for (const Assignment& a : p.allocation.assignments) {
        for (const Volunteer& v : p.volunteers) {
            if (gone == nullptr && v.person == a.person && v.computer && a.district == utf8("Dầu Tiếng")) {
                gone = &a;
            }
        }
    }
    ASSERT_NE(gone, nullptr);
    std::vector<Volunteer> volunteers = p.volunteers;
    Allocation allocation = p.allocation;
    const auto candidate = [&](const char* id, bool computer, const QString& district, const QString& commune,
                               std::vector<QDate> unavailable) {
        Volunteer v;
        v.person = QString::fromLatin1(id);
        v.computer = computer;
        v.preferredDistrict = district;
        v.preferredCommune = commune;
        v.unavailable = std::move(unavailable);
        volunteers.push_back(v);
        allocation.unplaced.push_back(Unplaced{v.person, UnplacedReason::NoCapacity, {}, {}, {}});
        return v.person;
    };
    std::vector<QDate> fromOn;
    for (const QDate& day : days) {
        if (day >= from) {
            fromOn.push_back(day);
        }
    }
    const QString never = candidate("never", true, gone->district, gone->commune, fromOn);
    const QString far = candidate("far", true, utf8("Dĩ An"), utf8("Dĩ An"), {});
    const QString nearNoComputer = candidate("near-no-computer", false, gone->district, gone->commune, {});
    const QString near = candidate("near", true, gone->district, gone->commune, {QDate(2022, 12, 20)});

    const auto replan = [&](const std::vector<QString>& candidates) {
        Result<Replan> r =
            replanAfterDropOut(bd, volunteers, allocation, p.roster, days, gone->person, from, candidates);
        EXPECT_TRUE(r.ok()) << r.error().detail.toStdString();
        return r.ok() ? std::move(r).value() : Replan{};
    };
    EXPECT_EQ(replan({never, far, nearNoComputer, near}).replacement, near);
    EXPECT_EQ(replan({never, nearNoComputer, far}).replacement, far);       // a computer user for a computer user
    EXPECT_EQ(replan({never, nearNoComputer}).replacement, nearNoComputer); // better than nobody
    EXPECT_TRUE(replan({never}).replacement.isEmpty());                     // cannot work any of the days

    const Replan r = replan({never, far, nearNoComputer, near});
    // Placed in the commune, out of the unplaced; the others still unplaced; every constraint but fairness holds.
    const auto placed = std::find_if(r.allocation.assignments.begin(), r.allocation.assignments.end(),
                                     [&](const Assignment& a) { return a.person == near; });
    ASSERT_NE(placed, r.allocation.assignments.end());
    EXPECT_EQ(placed->commune, gone->commune);
    EXPECT_EQ(placed->nearness, Nearness::PreferredCommune);
    for (const Violation& v : checkPlan(bd, volunteers, days, r.allocation, r.roster)) {
        EXPECT_EQ(v.kind, ViolationKind::Unfair) << v.detail.toStdString();
    }
    // The replacement works the dropped volunteer's days from the 15th except the one they cannot; the others of the
    // commune keep exactly their days.
    const CommuneRoster* old = nullptr;
    const CommuneRoster* now = nullptr;
    for (std::size_t c = 0; c < p.roster.communes.size(); ++c) {
        if (p.roster.communes[c].commune == gone->commune && p.roster.communes[c].district == gone->district) {
            old = &p.roster.communes[c];
            now = &r.roster.communes[c];
        }
    }
    ASSERT_NE(old, nullptr);
    int gap = 0;
    for (std::size_t d = 0; d < days.size(); ++d) {
        std::set<QString> before;
        std::set<QString> after;
        for (const Pair& pair : old->days[d].pairs) {
            before.insert(pair.first);
            before.insert(pair.second);
        }
        for (const Pair& pair : now->days[d].pairs) {
            after.insert(pair.first);
            after.insert(pair.second);
        }
        const bool dropped = days[d] >= from && before.count(gone->person) != 0;
        gap += dropped ? 1 : 0;
        EXPECT_EQ(after.count(near), dropped && days[d] != QDate(2022, 12, 20) ? 1U : 0U) << "day " << d + 1;
        for (const QString& person : before) {
            if (person != gone->person || days[d] < from) {
                EXPECT_EQ(after.count(person), 1U) << "day " << d + 1;
            }
        }
    }
    EXPECT_GT(gap, 1);
}

TEST(RosterReplan, UnknownPersonAndBadDaysAreRefused) {
    const Plan p = plan(60, 5);
    const Campaign& bd = campaign::builtInCampaign();
    const auto days = dc::test::decemberDays();
    EXPECT_EQ(replanAfterDropOut(bd, p.volunteers, p.allocation, p.roster, days, utf8("nobody"), QDate(2022, 12, 2))
                  .error()
                  .code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(
        replanAfterDropOut(bd, p.volunteers, p.allocation, p.roster, days, p.allocation.assignments[0].person, QDate())
            .error()
            .code,
        ErrorCode::InvalidInput);
    std::vector<QDate> unsorted = days;
    std::swap(unsorted[0], unsorted[1]);
    EXPECT_EQ(buildRoster(bd, p.volunteers, p.allocation, unsorted).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(buildRoster(bd, p.volunteers, p.allocation, {}).error().code, ErrorCode::InvalidInput);
    Allocation twice = p.allocation;
    twice.assignments.push_back(twice.assignments[0]);
    EXPECT_EQ(buildRoster(bd, p.volunteers, twice, days).error().code, ErrorCode::InvalidInput);
}

// ---- The checks catch a broken plan ----

namespace {

bool has(const std::vector<Violation>& violations, ViolationKind kind) {
    return std::any_of(violations.begin(), violations.end(), [&](const Violation& v) { return v.kind == kind; });
}

} // namespace

TEST(RosterChecks, EachBrokenRuleIsFound) {
    const Plan& p = sixHundred();
    const Campaign& bd = campaign::builtInCampaign();
    const auto days = dc::test::decemberDays();
    auto check = [&](const Allocation& a, const Roster& r) { return checkPlan(bd, p.volunteers, days, a, r); };
    ASSERT_TRUE(check(p.allocation, p.roster).empty());

    { // the same person twice on a day
        Roster r = p.roster;
        r.communes[0].days[0].pairs[1].second = r.communes[0].days[0].pairs[0].second;
        EXPECT_TRUE(has(check(p.allocation, r), ViolationKind::TwiceOnADay));
    }
    { // someone of another commune
        Roster r = p.roster;
        r.communes[0].days[0].pairs[0].second = r.communes[1].perVolunteer[0].person;
        EXPECT_TRUE(has(check(p.allocation, r), ViolationKind::NotInCommune));
    }
    { // on a day marked unavailable
        std::vector<Volunteer> volunteers = p.volunteers;
        const QString person = p.roster.communes[0].days[0].pairs[0].first;
        for (Volunteer& v : volunteers) {
            if (v.person == person) {
                v.unavailable.push_back(days[0]);
            }
        }
        EXPECT_TRUE(has(checkPlan(bd, volunteers, days, p.allocation, p.roster), ViolationKind::UnavailableDay));
    }
    { // a hole hidden: a person removed but the day still says nothing is missing
        Roster r = p.roster;
        r.communes[2].days[3].pairs[0].second.clear();
        EXPECT_TRUE(has(check(p.allocation, r), ViolationKind::UnmetMisreported));
        r.communes[2].days[3].missingPeople = 1; // the day admits it, the unmet list does not
        EXPECT_TRUE(has(check(p.allocation, r), ViolationKind::UnmetMisreported));
    }
    { // a pair without a computer user passed off as complete
        Roster r = p.roster;
        std::map<QString, bool> computer;
        for (const Volunteer& v : p.volunteers) {
            computer[v.person] = v.computer;
        }
        for (CommuneRoster& commune : r.communes) {
            for (const VolunteerDays& member : commune.perVolunteer) {
                if (!computer[member.person] && commune.days[0].pairs[0].second != member.person &&
                    commune.days[0].pairs[1].first != member.person &&
                    commune.days[0].pairs[1].second != member.person) {
                    commune.days[0].pairs[0].first = member.person;
                    goto done;
                }
            }
        }
    done:
        EXPECT_TRUE(has(check(p.allocation, r), ViolationKind::UnmetMisreported));
    }
    { // unfair: one member's day given to another member of the commune
        Roster r = p.roster;
        CommuneRoster& commune = r.communes[0];
        const QString a = commune.perVolunteer[0].person;
        const QString b = commune.perVolunteer[1].person;
        int moved = 0;
        for (RosterDay& day : commune.days) {
            bool hasB = false;
            for (const Pair& pair : day.pairs) {
                hasB = hasB || pair.first == b || pair.second == b;
            }
            for (Pair& pair : day.pairs) {
                for (QString* member : {&pair.first, &pair.second}) {
                    if (!hasB && moved < 3 && *member == a) {
                        *member = b;
                        hasB = true;
                        ++moved;
                    }
                }
            }
        }
        ASSERT_EQ(moved, 3);
        const auto violations = check(p.allocation, r);
        EXPECT_TRUE(has(violations, ViolationKind::Unfair));
        EXPECT_TRUE(has(violations, ViolationKind::DaysMiscounted));
    }
    { // an allocation over a commune's capacity, a person twice, a commune that does not exist
        Allocation a = p.allocation;
        a.assignments.push_back(a.assignments[0]);
        EXPECT_TRUE(has(check(a, p.roster), ViolationKind::NotExactlyOnce));
        Allocation over = p.allocation;
        for (Assignment& assignment : over.assignments) {
            if (assignment.district == utf8("Dĩ An")) {
                assignment.commune = utf8("An Bình");
            }
        }
        EXPECT_TRUE(has(check(over, p.roster), ViolationKind::OverCapacity));
        Allocation nowhere = p.allocation;
        nowhere.assignments[0].commune = utf8("Nowhere");
        EXPECT_TRUE(has(check(nowhere, p.roster), ViolationKind::UnknownCommune));
    }
    { // a day missing
        Roster r = p.roster;
        r.communes[5].days.pop_back();
        EXPECT_TRUE(has(check(p.allocation, r), ViolationKind::WrongShape));
    }
}
