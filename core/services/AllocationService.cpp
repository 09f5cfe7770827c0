// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/AllocationService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/campaign/Campaign.h"
#include "core/domain/VietnameseText.h"
#include "core/gateways/PlanGateway.h"
#include "core/services/RegistrationService.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"
#include "core/store/Transaction.h"

#include <QHash>

namespace dc::core {

namespace {

// Folded for matching: no tone marks, đ → d, lower case, anything but a–z and 0–9 a space, padded with spaces so that
// a name matches whole words only (" tan uyen " is in " bac tan uyen ": the longest match wins).
QString wordsOf(const QString& text) {
    QString out = QStringLiteral(" ");
    for (const QChar c : domain::foldForSearch(text)) {
        const bool word = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (word) {
            out.append(c);
        } else if (!out.endsWith(u' ')) {
            out.append(u' ');
        }
    }
    if (!out.endsWith(u' ')) {
        out.append(u' ');
    }
    return out;
}

// The longest of `names` found in `text` as whole words; empty when none.
QString longestIn(const QString& text, const QStringList& names) {
    QString best;
    int bestLength = 0;
    for (const QString& name : names) {
        const QString words = wordsOf(name);
        if (words.size() > bestLength && text.contains(words)) {
            best = name;
            bestLength = static_cast<int>(words.size());
        }
    }
    return best;
}

allocation::Volunteer toVolunteer(const campaign::Campaign& campaign, const Volunteer& registered) {
    const campaign::Registration& r = registered.registration;
    const AllocationService::Place home = AllocationService::residencePlace(campaign, r.residence);
    allocation::Volunteer v;
    v.person = registered.person;
    v.residenceDistrict = home.district;
    v.residenceCommune = home.commune;
    v.preferredDistrict = r.preferredDistrict;
    v.preferredCommune = r.preferredCommune;
    v.student = r.student == campaign::Answer::Yes;
    v.computer = r.computer == campaign::Answer::Yes;
    v.unavailable = r.unavailable;
    return v;
}

} // namespace

const char* nearnessName(allocation::Nearness nearness) noexcept {
    switch (nearness) {
    case allocation::Nearness::PreferredCommune:
        return "stated-commune";
    case allocation::Nearness::PreferredDistrict:
        return "stated-district";
    case allocation::Nearness::ResidenceCommune:
        return "residence-commune";
    case allocation::Nearness::ResidenceDistrict:
        return "residence-district";
    case allocation::Nearness::NeighbourDistrict:
        return "neighbouring-district";
    case allocation::Nearness::Further:
        break;
    }
    return "further";
}

const char* unplacedReasonName(allocation::UnplacedReason reason) noexcept {
    switch (reason) {
    case allocation::UnplacedReason::NoCapacity:
        return "no-capacity";
    case allocation::UnplacedReason::ComputerBalance:
        return "computer-balance";
    case allocation::UnplacedReason::NeverAvailable:
        return "never-available";
    case allocation::UnplacedReason::Duplicate:
        return "duplicate";
    case allocation::UnplacedReason::DroppedOut:
        break;
    }
    return "dropped-out";
}

AllocationService::Place AllocationService::residencePlace(const campaign::Campaign& campaign,
                                                           const QString& residence) {
    const QString text = wordsOf(residence);
    QStringList districts;
    for (const campaign::District& d : campaign.districts) {
        districts << d.name;
    }
    Place place;
    place.district = longestIn(text, districts);
    if (!place.district.isEmpty()) {
        // The commune is looked for in what is left once the district's name is taken out (its last mention: an
        // address names the commune first), so "Định An, Dầu Tiếng" is Định An, not the town of Dầu Tiếng; "thị trấn
        // Dầu Tiếng, huyện Dầu Tiếng" still finds the town.
        QString rest = text;
        const QString districtWords = wordsOf(place.district);
        rest.replace(rest.lastIndexOf(districtWords), districtWords.size(), QStringLiteral(" "));
        for (const campaign::District& d : campaign.districts) {
            if (d.name == place.district) {
                place.commune = longestIn(rest, d.communes);
            }
        }
        return place;
    }
    // No district named: a commune whose name only one district has.
    QHash<QString, QStringList> districtsOf;
    QStringList communes;
    for (const campaign::Commune& c : campaign.communes) {
        if (!districtsOf.contains(c.name)) {
            communes << c.name;
        }
        districtsOf[c.name] << c.district;
    }
    const QString commune = longestIn(text, communes);
    if (!commune.isEmpty() && districtsOf.value(commune).size() == 1) {
        place.district = districtsOf.value(commune).front();
        place.commune = commune;
    }
    return place;
}

Result<AllocationPlan> AllocationService::plan(Session& session, int seed) {
    return access::guarded([&]() -> Result<AllocationPlan> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Hub, "allocate volunteers"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Province, "allocate volunteers"); !allowed) {
            return allowed.error();
        }
        const campaign::Campaign& campaign = campaignOf(session);
        if (!campaign.dates.isSet()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the campaign has no work dates to roster"));
        }
        auto registered = RegistrationService::listVolunteers(session);
        if (!registered) {
            return registered.error();
        }
        std::vector<QDate> workDays;
        for (QDate day = campaign.dates.workFrom; day <= campaign.dates.workTo; day = day.addDays(1)) {
            workDays.push_back(day);
        }
        AllocationPlan plan;
        plan.registered = static_cast<int>(registered->size());
        std::vector<allocation::Volunteer> volunteers;
        for (const Volunteer& v : registered.value()) {
            if (!v.eligibility.eligible) {
                continue;
            }
            volunteers.push_back(toVolunteer(campaign, v));
            const campaign::Registration& r = v.registration;
            plan.volunteers.push_back({v.person, r.fullName, r.idNumber, r.unit, {}, {}, {}, {}, 0});
        }
        plan.eligible = static_cast<int>(volunteers.size());
        allocation::AllocationOptions options;
        options.seed = seed;
        auto allocated = allocation::allocate(campaign, volunteers, workDays, options);
        if (!allocated) {
            return allocated.error();
        }
        auto roster = allocation::buildRoster(campaign, volunteers, allocated.value(), workDays);
        if (!roster) {
            return roster.error();
        }
        QHash<QString, std::size_t> index;
        for (std::size_t i = 0; i < plan.volunteers.size(); ++i) {
            index.insert(plan.volunteers[i].person, i);
        }
        for (const allocation::Assignment& a : allocated->assignments) {
            PlannedVolunteer& p = plan.volunteers[index.value(a.person)];
            p.district = a.district;
            p.commune = a.commune;
            p.nearness = QString::fromLatin1(nearnessName(a.nearness));
        }
        for (const allocation::Unplaced& u : allocated->unplaced) {
            plan.volunteers[index.value(u.person)].unplacedWhy = QString::fromLatin1(unplacedReasonName(u.reason));
        }
        for (const allocation::CommuneRoster& c : roster->communes) {
            for (const allocation::VolunteerDays& d : c.perVolunteer) {
                plan.volunteers[index.value(d.person)].days = d.days;
            }
        }
        plan.violations = allocation::checkPlan(campaign, volunteers, workDays, allocated.value(), roster.value());
        plan.unmet = roster->unmet;
        plan.solve = allocated->solve;
        plan.allocation = std::move(allocated).value();
        plan.roster = std::move(roster).value();
        return plan;
    });
}

QString AllocationService::userNameFor(const QString& fullName, const QSet<QString>& taken) {
    const QStringList words = wordsOf(fullName).split(u' ', Qt::SkipEmptyParts);
    QString base;
    if (!words.isEmpty()) {
        base = words.size() == 1 ? words.front() : words.back() + u'.' + words.front();
    }
    if (base.isEmpty() || !(base.front() >= u'a' && base.front() <= u'z') || base.size() < 3) {
        base = base.isEmpty() || !(base.front() >= u'a' && base.front() <= u'z') ? QStringLiteral("tnv")
                                                                                 : base + QStringLiteral("-tnv");
    }
    base.truncate(28); // room for a number up to 9999 within the rules' 32
    QString name = base;
    for (int n = 2; taken.contains(name); ++n) {
        name = base + QString::number(n);
    }
    return name;
}

Result<AllocationPlan> AllocationService::save(Session& session, int seed) {
    return access::guarded([&]() -> Result<AllocationPlan> {
        auto computed = plan(session, seed);
        if (!computed) {
            return computed.error();
        }
        AllocationPlan result = std::move(computed).value();
        if (!result.violations.empty()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the plan breaks a constraint (%1): nothing saved")
                                                          .arg(result.violations.front().detail));
        }
        store::Database& db = session.database();
        store::Transaction transaction(db);
        gateways::PlanGateway gateway(db);
        QHash<QString, gateways::PlanRow> before;
        for (gateways::PlanRow& row : gateway.all()) {
            before.insert(row.personUuid, std::move(row));
        }
        // Days per person, from the roster.
        QHash<QString, std::vector<QDate>> days;
        for (const allocation::CommuneRoster& c : result.roster.communes) {
            for (const allocation::RosterDay& d : c.days) {
                for (const allocation::Pair& p : d.pairs) {
                    for (const QString& person : {p.first, p.second}) {
                        if (!person.isEmpty()) {
                            days[person].push_back(d.day);
                        }
                    }
                }
            }
        }
        // Names kept first (a person staying in the same commune keeps theirs), then new ones, in the plan's order.
        QHash<QString, QSet<QString>> takenIn;
        const auto where = [](const PlannedVolunteer& v) { return v.district + u'/' + v.commune; };
        for (PlannedVolunteer& v : result.volunteers) {
            const auto old = before.constFind(v.person);
            if (!v.district.isEmpty() && old != before.constEnd() && old->district == v.district &&
                old->commune == v.commune && !takenIn[where(v)].contains(old->userName)) {
                v.userName = old->userName;
                takenIn[where(v)].insert(v.userName);
            }
        }
        const QString now = toStoredTime(session.now());
        std::vector<gateways::PlanRow> rows;
        for (PlannedVolunteer& v : result.volunteers) {
            if (v.district.isEmpty()) {
                continue;
            }
            if (v.userName.isEmpty()) {
                v.userName = userNameFor(v.fullName, takenIn[where(v)]);
                takenIn[where(v)].insert(v.userName);
            }
            std::vector<QDate> personDays = days.value(v.person);
            std::sort(personDays.begin(), personDays.end());
            rows.push_back({v.person, v.fullName, v.district, v.commune, v.userName, v.nearness, now, personDays});
        }
        gateway.replaceAll(rows);
        access::record(session, QStringLiteral("allocation.saved"), campaignOf(session).name,
                       {{QStringLiteral("placed"), static_cast<qint64>(rows.size())},
                        {QStringLiteral("eligible"), result.eligible},
                        {QStringLiteral("unmetCommuneDays"), static_cast<qint64>(result.unmet.size())},
                        {QStringLiteral("seed"), seed}});
        transaction.commit();
        return result;
    });
}

Result<RosterPlan> AllocationService::rosterPlan(Session& session, const QString& typedCommune) {
    return access::guarded([&]() -> Result<RosterPlan> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Hub, "build a roster package"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Province, "build a roster package"); !allowed) {
            return allowed.error();
        }
        auto commune = campaign::resolveCommune(campaignOf(session), typedCommune);
        if (!commune) {
            return commune.error();
        }
        RosterPlan out;
        out.district = commune->district;
        out.commune = commune->name;
        for (const gateways::PlanRow& row :
             gateways::PlanGateway(session.database()).ofCommune(out.district, out.commune)) {
            out.volunteers.push_back({row.personUuid, row.fullName, row.userName, row.days});
        }
        if (out.volunteers.empty()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("no saved allocation places anyone in this commune: run allocate --save"));
        }
        return out;
    });
}

Result<AllocationService::Replanned> AllocationService::replan(Session& session, bool save, QDate from) {
    return access::guarded([&]() -> Result<Replanned> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Hub, "re-plan the allocation"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Province, "re-plan the allocation"); !allowed) {
            return allowed.error();
        }
        const campaign::Campaign& campaign = campaignOf(session);
        if (!campaign.dates.isSet()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the campaign has no work dates to roster"));
        }
        std::vector<QDate> workDays;
        for (QDate day = campaign.dates.workFrom; day <= campaign.dates.workTo; day = day.addDays(1)) {
            workDays.push_back(day);
        }
        if (from.isValid() && (from < workDays.front() || from > workDays.back())) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the first day to re-plan is not a work day"));
        }
        if (!from.isValid()) {
            from = std::max(workDays.front(), sitetime::dayOf(session.now()));
        }
        auto registered = RegistrationService::listVolunteers(session);
        if (!registered) {
            return registered.error();
        }
        store::Database& db = session.database();
        store::Transaction transaction(db);
        gateways::PlanGateway gateway(db);
        const std::vector<gateways::PlanRow> saved = gateway.all();
        if (saved.empty()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("no allocation is saved: run allocate --save first"));
        }
        QHash<QString, const Volunteer*> registrationOf;
        for (const Volunteer& v : registered.value()) {
            registrationOf.insert(v.person, &v);
        }
        // The volunteers: the saved plan's first, then the eligible ones it does not hold (the candidates).
        std::vector<allocation::Volunteer> volunteers;
        allocation::Allocation allocation;
        std::vector<allocation::PersonDays> days;
        std::vector<std::pair<QString, QString>> dropped; // person, why
        QHash<QString, const gateways::PlanRow*> savedRow;
        for (const gateways::PlanRow& row : saved) {
            savedRow.insert(row.personUuid, &row);
            const Volunteer* r = registrationOf.value(row.personUuid);
            allocation::Volunteer v;
            if (r != nullptr) {
                v = toVolunteer(campaign, *r);
            } else {
                v.person = row.personUuid;
            }
            const allocation::Nearness nearness = allocation::nearnessOf(campaign, v, row.district, row.commune);
            volunteers.push_back(v);
            allocation.assignments.push_back({row.personUuid, row.district, row.commune, nearness});
            days.push_back({row.personUuid, row.days});
            if (r == nullptr || !r->withdrawnAt.isEmpty()) {
                dropped.emplace_back(row.personUuid, QStringLiteral("withdrawn"));
            } else if (!r->eligibility.eligible) {
                dropped.emplace_back(row.personUuid, QStringLiteral("no-longer-eligible"));
            }
        }
        std::vector<QString> candidates;
        for (const Volunteer& v : registered.value()) {
            if (v.eligibility.eligible && !savedRow.contains(v.person)) {
                volunteers.push_back(toVolunteer(campaign, v));
                allocation.unplaced.push_back({v.person, allocation::UnplacedReason::NoCapacity, {}, {}, {}});
                candidates.push_back(v.person);
            }
        }
        auto rebuilt = allocation::rosterFromDays(campaign, volunteers, allocation, workDays, days);
        if (!rebuilt) {
            return rebuilt.error();
        }
        allocation::Roster roster = std::move(rebuilt).value();
        Replanned out;
        out.from = from;
        std::vector<QString> replacements;
        for (const auto& [person, why] : dropped) {
            auto step = allocation::replanAfterDropOut(campaign, volunteers, allocation, roster, workDays, person, from,
                                                       candidates);
            if (!step) {
                return step.error();
            }
            allocation = std::move(step->allocation);
            roster = std::move(step->roster);
            out.changedSlots += step->changedSlots;
            if (!step->replacement.isEmpty()) {
                replacements.push_back(step->replacement);
                std::erase(candidates, step->replacement);
            }
        }
        out.unmet = roster.unmet;
        out.violations = allocation::checkPlan(campaign, volunteers, workDays, allocation, roster);
        if (dropped.empty()) {
            return out; // nothing to re-plan: nothing changes, nothing is written
        }
        // Days per person after re-planning, and their commune.
        QHash<QString, std::vector<QDate>> daysAfter;
        for (const allocation::CommuneRoster& c : roster.communes) {
            for (const allocation::RosterDay& d : c.days) {
                for (const allocation::Pair& p : d.pairs) {
                    for (const QString& who : {p.first, p.second}) {
                        if (!who.isEmpty()) {
                            daysAfter[who].push_back(d.day);
                        }
                    }
                }
            }
        }
        // User names: kept; a replacement's is new in the commune, every name saved there before (the dropped
        // volunteers' included: their accounts still exist at the workstation) taken.
        QHash<QString, QSet<QString>> takenIn;
        for (const gateways::PlanRow& row : saved) {
            takenIn[row.district + u'/' + row.commune].insert(row.userName);
        }
        const QString now = toStoredTime(session.now());
        std::vector<gateways::PlanRow> rows;
        QHash<QString, QString> userNameOf;
        for (const allocation::Assignment& a : allocation.assignments) {
            const gateways::PlanRow* before = savedRow.value(a.person);
            const Volunteer* r = registrationOf.value(a.person);
            QString userName = before != nullptr ? before->userName : QString();
            if (userName.isEmpty()) {
                QSet<QString>& taken = takenIn[a.district + u'/' + a.commune];
                userName = userNameFor(r != nullptr ? r->registration.fullName : QString(), taken);
                taken.insert(userName);
            }
            userNameOf.insert(a.person, userName);
            std::vector<QDate> personDays;
            for (const QDate& day : daysAfter.value(a.person)) {
                personDays.push_back(day);
            }
            std::sort(personDays.begin(), personDays.end());
            rows.push_back({a.person, r != nullptr ? r->registration.fullName : QString(), a.district, a.commune,
                            userName, QString::fromLatin1(nearnessName(a.nearness)), now, personDays});
        }
        const auto moveOf = [&](const QString& person, const QString& change) {
            Move m;
            m.person = person;
            m.change = change;
            if (const Volunteer* r = registrationOf.value(person)) {
                m.fullName = r->registration.fullName;
                m.idNumber = r->registration.idNumber;
            }
            if (const gateways::PlanRow* before = savedRow.value(person)) {
                m.fromDistrict = before->district;
                m.fromCommune = before->commune;
                m.daysBefore = static_cast<int>(before->days.size());
                m.userName = before->userName;
                if (m.fullName.isEmpty()) {
                    m.fullName = before->fullName;
                }
            }
            return m;
        };
        for (const auto& [person, why] : dropped) {
            out.moves.push_back(moveOf(person, why));
        }
        for (const gateways::PlanRow& row : rows) {
            const gateways::PlanRow* before = savedRow.value(row.personUuid);
            const bool replacement = before == nullptr;
            if (!replacement && before->days == row.days) {
                continue;
            }
            Move m = moveOf(row.personUuid, replacement ? QStringLiteral("replacement") : QStringLiteral("days"));
            m.toDistrict = row.district;
            m.toCommune = row.commune;
            m.daysAfter = static_cast<int>(row.days.size());
            m.userName = row.userName;
            out.moves.push_back(m);
        }
        // Replacements right after the dropped volunteers.
        std::stable_partition(out.moves.begin(), out.moves.end(),
                              [](const Move& m) { return m.change != QLatin1String("days"); });
        if (!save) {
            return out;
        }
        for (const allocation::Violation& v : out.violations) {
            if (v.kind != allocation::ViolationKind::Unfair) {
                return makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("the re-planned allocation breaks a constraint (%1): nothing saved").arg(v.detail));
            }
        }
        gateway.replaceAll(rows);
        access::record(session, QStringLiteral("allocation.replanned"), campaign.name,
                       {{QStringLiteral("droppedOut"), static_cast<qint64>(dropped.size())},
                        {QStringLiteral("replacements"), static_cast<qint64>(replacements.size())},
                        {QStringLiteral("changedSlots"), out.changedSlots},
                        {QStringLiteral("unmetCommuneDays"), static_cast<qint64>(out.unmet.size())},
                        {QStringLiteral("from"), sitetime::dayKey(from)}});
        transaction.commit();
        out.saved = true;
        return out;
    });
}

} // namespace dc::core
