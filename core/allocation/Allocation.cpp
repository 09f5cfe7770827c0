// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/allocation/Allocation.h"

#include "core/allocation/Geography.h"

#include <coin/Cbc_C_Interface.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace dc::core::allocation {

namespace {

Error refused(const QString& why) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("allocation: ") + why);
}

struct CbcDeleter {
    void operator()(Cbc_Model* model) const { Cbc_deleteModel(model); }
};

} // namespace

int nearnessCost(Nearness nearness) {
    switch (nearness) {
    case Nearness::PreferredCommune:
        return 0;
    case Nearness::PreferredDistrict:
        return 1;
    case Nearness::ResidenceCommune:
        return 2;
    case Nearness::ResidenceDistrict:
        return 3;
    case Nearness::NeighbourDistrict:
        return 4;
    case Nearness::Further:
        return 6;
    }
    return 6;
}

bool areNeighbours(const campaign::Campaign& campaign, const QString& a, const QString& b) {
    const Geography geography(campaign);
    return geography.neighbours(geography.district(a), geography.district(b));
}

Nearness nearnessOf(const campaign::Campaign& campaign, const Volunteer& volunteer, const QString& district,
                    const QString& commune) {
    const Geography geography(campaign);
    const int c = geography.commune(district, commune);
    if (c < 0) {
        return Nearness::Further;
    }
    return geography.nearness(geography.place(volunteer), c);
}

double allocationObjective(const campaign::Campaign& campaign, const std::vector<Volunteer>& volunteers,
                           const std::vector<QDate>& workDays, const std::vector<int>& communeOf) {
    const Geography geography(campaign);
    const int communes = static_cast<int>(campaign.communes.size());
    const QSet<QDate> days(workDays.begin(), workDays.end());
    // The tight days: those a candidate (first of their UUID, available some day) marked unavailable.
    QSet<QDate> tight;
    QSet<QString> seen;
    for (const Volunteer& volunteer : volunteers) {
        const QString key = volunteer.person.trimmed().toLower();
        if (seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        QSet<QDate> away;
        for (const QDate& day : volunteer.unavailable) {
            if (days.contains(day)) {
                away.insert(day);
            }
        }
        if (away.size() < days.size()) {
            tight.unite(away);
        }
    }
    std::vector<int> people(communes, 0);
    std::vector<int> computer(communes, 0);
    QHash<QDate, std::vector<int>> awayPeople;
    QHash<QDate, std::vector<int>> awayComputer;
    for (const QDate& day : tight) {
        awayPeople.insert(day, std::vector<int>(communes, 0));
        awayComputer.insert(day, std::vector<int>(communes, 0));
    }
    double total = 0;
    for (std::size_t v = 0; v < volunteers.size() && v < communeOf.size(); ++v) {
        const int c = communeOf[v];
        if (c < 0) {
            continue;
        }
        if (c >= communes) {
            return std::numeric_limits<double>::infinity();
        }
        ++people[c];
        computer[c] += volunteers[v].computer ? 1 : 0;
        total += nearnessCost(geography.nearness(geography.place(volunteers[v]), c));
        QSet<QDate> counted;
        for (const QDate& day : volunteers[v].unavailable) {
            if (tight.contains(day) && !counted.contains(day)) {
                counted.insert(day);
                awayPeople[day][c] += 1;
                awayComputer[day][c] += volunteers[v].computer ? 1 : 0;
            }
        }
    }
    std::vector<int> districtPeople(geography.districtCount(), 0);
    for (int c = 0; c < communes; ++c) {
        const CommuneBounds bounds = geography.bounds(c);
        const int pairs = std::max(1, campaign.communes[c].pairsPerDay);
        if (people[c] > bounds.capacity) {
            return std::numeric_limits<double>::infinity();
        }
        districtPeople[geography.districtOf(c)] += people[c];
        total += kWeightMissingForPairs * std::max(0, 2 * pairs - people[c]);
        total += kWeightMissingForOnePair * std::max(0, 2 - people[c]);
        total += kWeightComputerBalance * std::max(0, (people[c] - computer[c]) - computer[c]);
        total += kWeightCommuneShare * std::max(0, bounds.share - people[c]);
        for (const QDate& day : tight) {
            total += kWeightMissingOnADay * std::max(0, 2 * pairs - (people[c] - awayPeople[day][c]));
            total += kWeightMissingOnADay * std::max(0, pairs - (computer[c] - awayComputer[day][c]));
        }
    }
    for (int d = 0; d < geography.districtCount(); ++d) {
        const int target = campaign.districts[d].volunteers;
        if (target > 0) {
            if (districtPeople[d] > target) {
                return std::numeric_limits<double>::infinity();
            }
            total += kWeightDistrictTarget * (target - districtPeople[d]);
        }
    }
    return total;
}

Result<Allocation> allocate(const campaign::Campaign& campaign, const std::vector<Volunteer>& volunteers,
                            const std::vector<QDate>& workDays, const AllocationOptions& options) {
    if (workDays.empty()) {
        return refused(QStringLiteral("the work period has no days"));
    }
    if (campaign.defaultPairsPerDay < 1 || campaign.communes.empty()) {
        return refused(QStringLiteral("the campaign has no communes or no pairs per day"));
    }
    if (volunteers.size() > static_cast<std::size_t>(kMaxVolunteers)) {
        return refused(QStringLiteral("more than %1 volunteers").arg(kMaxVolunteers));
    }
    if (!(options.timeLimitSeconds > 0) || options.timeLimitSeconds > 3600) {
        return refused(QStringLiteral("the time limit must be between 0 and 3600 seconds"));
    }
    const Geography geography(campaign);
    const int communes = static_cast<int>(campaign.communes.size());
    const int districts = geography.districtCount();
    const QSet<QDate> days(workDays.begin(), workDays.end());

    Allocation result;
    // Who may be placed: the first of each UUID, available on at least one work day.
    std::vector<int> candidates;
    std::vector<UnplacedReason> excluded(volunteers.size(), UnplacedReason::NoCapacity);
    std::vector<bool> isCandidate(volunteers.size(), false);
    QSet<QString> seen;
    for (std::size_t v = 0; v < volunteers.size(); ++v) {
        const QString key = volunteers[v].person.trimmed().toLower();
        if (seen.contains(key)) {
            excluded[v] = UnplacedReason::Duplicate;
            continue;
        }
        seen.insert(key);
        QSet<QDate> unavailable;
        for (const QDate& day : volunteers[v].unavailable) {
            if (days.contains(day)) {
                unavailable.insert(day);
            }
        }
        if (unavailable.size() >= days.size()) {
            excluded[v] = UnplacedReason::NeverAvailable;
            continue;
        }
        isCandidate[v] = true;
        candidates.push_back(static_cast<int>(v));
    }

    // The work days someone marked unavailable: on those days a commune counts only who is there.
    std::vector<int> dayOf; // index into workDays of each such day
    QHash<QDate, int> tightDay;
    for (int v : candidates) {
        for (const QDate& day : volunteers[v].unavailable) {
            if (days.contains(day) && !tightDay.contains(day)) {
                tightDay.insert(day, static_cast<int>(dayOf.size()));
                dayOf.push_back(static_cast<int>(std::find(workDays.begin(), workDays.end(), day) - workDays.begin()));
            }
        }
    }
    const int tight = static_cast<int>(dayOf.size());

    // Columns: x[v][c] for every candidate and commune, then per commune n_c (people), k_c (computer users),
    // missing_c (below 2 × pairs), pairless_c (below one pair), balance_c, share_c; per district short_d; per commune
    // and tight day: people and computer users missing that day.
    const int x0 = 0;
    const int candidateCount = static_cast<int>(candidates.size());
    const int n0 = candidateCount * communes;
    const int k0 = n0 + communes;
    const int miss0 = k0 + communes;
    const int pairless0 = miss0 + communes;
    const int bal0 = pairless0 + communes;
    const int share0 = bal0 + communes;
    const int short0 = share0 + communes;
    const int dayMiss0 = short0 + districts;
    const int dayComp0 = dayMiss0 + communes * tight;
    const int columns = dayComp0 + communes * tight;
    // Rows: one per candidate (at most one commune); per commune the definitions of n_c and k_c, balance, missing,
    // pairless, share; per district at most the target and the shortfall below it; per commune and tight day people
    // and computer users there.
    const int rowDef0 = candidateCount;
    const int rowComp0 = rowDef0 + communes;
    const int rowBal0 = rowComp0 + communes;
    const int rowMiss0 = rowBal0 + communes;
    const int rowPairless0 = rowMiss0 + communes;
    const int rowShare0 = rowPairless0 + communes;
    const int rowCap0 = rowShare0 + communes;
    const int rowShort0 = rowCap0 + districts;
    const int rowDay0 = rowShort0 + districts;
    const int rowDayComp0 = rowDay0 + communes * tight;
    const int rows = rowDayComp0 + communes * tight;
    constexpr double inf = std::numeric_limits<double>::infinity();

    std::vector<int> start;
    std::vector<int> index;
    std::vector<double> value;
    std::vector<double> colLower(columns, 0.0);
    std::vector<double> colUpper(columns, inf);
    std::vector<double> objective(columns, 0.0);
    start.reserve(columns + 1);
    index.reserve(static_cast<std::size_t>(n0) * 4 + 10 * communes + 2 * districts);
    value.reserve(index.capacity());
    auto entry = [&](int row, double coefficient) {
        index.push_back(row);
        value.push_back(coefficient);
    };
    auto column = [&]() { start.push_back(static_cast<int>(index.size())); };
    for (int i = 0; i < candidateCount; ++i) {
        const Volunteer& volunteer = volunteers[candidates[i]];
        const Place place = geography.place(volunteer);
        std::vector<int> away;
        for (const QDate& day : volunteer.unavailable) {
            const int t = tightDay.value(day, -1);
            if (t >= 0 && std::find(away.begin(), away.end(), t) == away.end()) {
                away.push_back(t);
            }
        }
        std::sort(away.begin(), away.end());
        for (int c = 0; c < communes; ++c) {
            column();
            entry(i, 1);
            entry(rowDef0 + c, 1);
            if (volunteer.computer) {
                entry(rowComp0 + c, 1);
            }
            entry(rowBal0 + c, volunteer.computer ? -1 : 1);
            for (int t : away) {
                entry(rowDay0 + c * tight + t, -1);
                if (volunteer.computer) {
                    entry(rowDayComp0 + c * tight + t, -1);
                }
            }
            const int col = x0 + i * communes + c;
            colUpper[col] = 1;
            objective[col] = nearnessCost(geography.nearness(place, c));
        }
    }
    for (int c = 0; c < communes; ++c) { // n_c
        column();
        entry(rowDef0 + c, -1);
        entry(rowMiss0 + c, 1);
        entry(rowPairless0 + c, 1);
        entry(rowShare0 + c, 1);
        const int d = geography.districtOf(c);
        if (campaign.districts[d].volunteers > 0) {
            entry(rowCap0 + d, 1);
            entry(rowShort0 + d, 1);
        }
        for (int t = 0; t < tight; ++t) {
            entry(rowDay0 + c * tight + t, 1);
        }
        colUpper[n0 + c] = geography.bounds(c).capacity;
    }
    for (int c = 0; c < communes; ++c) { // k_c
        column();
        entry(rowComp0 + c, -1);
        for (int t = 0; t < tight; ++t) {
            entry(rowDayComp0 + c * tight + t, 1);
        }
    }
    auto slack = [&](int first, int row0, int count, double weight) {
        for (int j = 0; j < count; ++j) {
            column();
            entry(row0 + j, row0 == rowBal0 ? -1 : 1);
            objective[first + j] = weight;
        }
    };
    slack(miss0, rowMiss0, communes, kWeightMissingForPairs);
    slack(pairless0, rowPairless0, communes, kWeightMissingForOnePair);
    slack(bal0, rowBal0, communes, kWeightComputerBalance);
    slack(share0, rowShare0, communes, kWeightCommuneShare);
    for (int d = 0; d < districts; ++d) { // short_d
        column();
        if (campaign.districts[d].volunteers > 0) {
            entry(rowShort0 + d, 1);
        }
        objective[short0 + d] = kWeightDistrictTarget;
    }
    slack(dayMiss0, rowDay0, communes * tight, kWeightMissingOnADay);
    slack(dayComp0, rowDayComp0, communes * tight, kWeightMissingOnADay);
    start.push_back(static_cast<int>(index.size()));

    std::vector<double> rowLower(rows, -inf);
    std::vector<double> rowUpper(rows, inf);
    for (int i = 0; i < candidateCount; ++i) {
        rowUpper[i] = 1;
    }
    for (int c = 0; c < communes; ++c) {
        const int pairs = std::max(1, campaign.communes[c].pairsPerDay);
        rowLower[rowDef0 + c] = 0;
        rowUpper[rowDef0 + c] = 0;
        rowLower[rowComp0 + c] = 0;
        rowUpper[rowComp0 + c] = 0;
        rowUpper[rowBal0 + c] = 0;
        rowLower[rowMiss0 + c] = 2 * pairs;
        rowLower[rowPairless0 + c] = 2;
        rowLower[rowShare0 + c] = geography.bounds(c).share;
        for (int t = 0; t < tight; ++t) {
            rowLower[rowDay0 + c * tight + t] = 2 * pairs;
            rowLower[rowDayComp0 + c * tight + t] = pairs;
        }
    }
    for (int d = 0; d < districts; ++d) {
        const int target = campaign.districts[d].volunteers;
        if (target > 0) {
            rowUpper[rowCap0 + d] = target;
            rowLower[rowShort0 + d] = target;
        }
    }

    std::unique_ptr<Cbc_Model, CbcDeleter> model(Cbc_newModel());
    Cbc_loadProblem(model.get(), columns, rows, start.data(), index.data(), value.data(), colLower.data(),
                    colUpper.data(), objective.data(), rowLower.data(), rowUpper.data());
    for (int col = 0; col < n0; ++col) {
        Cbc_setInteger(model.get(), col);
    }
    Cbc_setLogLevel(model.get(), 0);
    Cbc_setMaximumSeconds(model.get(), options.timeLimitSeconds);
    // One thread (CBC's default, said explicitly) and fixed seeds: the same input gives the same answer.
    const QByteArray seed = QByteArray::number(std::max(1, options.seed));
    Cbc_setParameter(model.get(), "threads", "0");
    Cbc_setParameter(model.get(), "randomCbcSeed", seed.constData());
    Cbc_setParameter(model.get(), "randomSeed", seed.constData());
    // The model is an assignment with side constraints whose LP relaxation is nearly integral: CBC's primal heuristics
    // and preprocessing cost seconds here (5.5 s against 1.4 s for the 600) and add nothing that branch and bound does
    // not; optimality is still proved.
    Cbc_setParameter(model.get(), "heuristics", "off");
    Cbc_setParameter(model.get(), "preprocess", "off");
    Cbc_solve(model.get());
    const double* solution = Cbc_getColSolution(model.get());
    bool integral = solution != nullptr && Cbc_isProvenInfeasible(model.get()) == 0;
    for (int col = 0; integral && col < n0; ++col) {
        integral = std::abs(solution[col] - std::round(solution[col])) < 1e-6;
    }
    if (!integral) {
        // Placing nobody is always feasible: no integral answer means the solver stopped before its first. At the time
        // limit that is the limit's doing, said as such (the caller chose the limit); otherwise a bug.
        if (Cbc_isSecondsLimitReached(model.get()) != 0) {
            return refused(QStringLiteral("the solver reached its time limit (%1 s) before finding any allocation: "
                                          "nothing is planned; allow it more time")
                               .arg(options.timeLimitSeconds));
        }
        return makeError(ErrorCode::Internal, QStringLiteral("allocation: the solver found no solution"));
    }
    result.solve.provedOptimal = Cbc_isProvenOptimal(model.get()) != 0;
    result.solve.status = result.solve.provedOptimal               ? QStringLiteral("optimal")
                          : Cbc_isSecondsLimitReached(model.get()) ? QStringLiteral("time limit")
                                                                   : QStringLiteral("stopped");

    std::vector<int> communeOf(volunteers.size(), -1);
    for (int i = 0; i < candidateCount; ++i) {
        for (int c = 0; c < communes; ++c) {
            if (solution[x0 + i * communes + c] > 0.5) {
                communeOf[candidates[i]] = c;
                break;
            }
        }
    }
    result.solve.objective = allocationObjective(campaign, volunteers, workDays, communeOf);

    std::vector<int> people(communes, 0);
    std::vector<int> computer(communes, 0);
    for (std::size_t v = 0; v < volunteers.size(); ++v) {
        if (communeOf[v] >= 0) {
            ++people[communeOf[v]];
            computer[communeOf[v]] += volunteers[v].computer ? 1 : 0;
        }
    }
    std::vector<int> districtPeople(districts, 0);
    for (int c = 0; c < communes; ++c) {
        districtPeople[geography.districtOf(c)] += people[c];
    }
    bool everyTargetMet = true;
    for (int d = 0; d < districts; ++d) {
        everyTargetMet = everyTargetMet && (campaign.districts[d].volunteers == 0 ||
                                            districtPeople[d] >= campaign.districts[d].volunteers);
    }
    for (std::size_t v = 0; v < volunteers.size(); ++v) {
        const int c = communeOf[v];
        if (c >= 0) {
            const campaign::Commune& commune = campaign.communes[c];
            result.assignments.push_back(Assignment{volunteers[v].person, commune.district, commune.name,
                                                    geography.nearness(geography.place(volunteers[v]), c)});
        } else if (!isCandidate[v]) {
            result.unplaced.push_back(Unplaced{volunteers[v].person, excluded[v], {}, {}, {}});
        } else {
            // A candidate left out although a district is short can only be one whose placement would leave a commune
            // with more people without a computer than with one.
            result.unplaced.push_back(Unplaced{
                volunteers[v].person,
                everyTargetMet || volunteers[v].computer ? UnplacedReason::NoCapacity : UnplacedReason::ComputerBalance,
                {},
                {},
                {}});
        }
    }
    for (int c = 0; c < communes; ++c) {
        const CommuneBounds bounds = geography.bounds(c);
        result.staffing.push_back(CommuneStaffing{campaign.communes[c].district, campaign.communes[c].name, people[c],
                                                  computer[c], bounds.share, bounds.capacity});
    }
    return result;
}

} // namespace dc::core::allocation
