// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/allocation/Allocation.h"
#include "core/services/RosterService.h"
#include "core/services/Session.h"

#include <QSet>
#include <QString>

#include <vector>

namespace dc::core {

// The allocation of the registered volunteers to communes and their roster over the campaign's work days (issue 14),
// computed at the hub from the registrations (RegistrationService) with core/allocation. Computed, not yet kept: the
// same registrations and seed give the same plan (core/allocation is deterministic), and keeping it — so that
// re-planning after a drop-out and the roster packages start from the plan as published — comes with the `roster`
// commands.

struct PlannedVolunteer {
    QString person; // UUID
    QString fullName;
    QString idNumber;
    QString unit;
    QString district; // where the allocation placed them; empty when unplaced
    QString commune;
    QString nearness;    // "stated-commune", "stated-district", "residence-commune", ... (empty when unplaced)
    QString unplacedWhy; // "no-capacity", "computer-balance", "never-available", ... (empty when placed)
    int days = 0;        // days on the roster
    QString userName;    // the account's name at the commune, once the plan is saved (empty before)
};

struct AllocationPlan {
    int registered = 0;
    int eligible = 0;                         // only eligible volunteers are allocated
    std::vector<PlannedVolunteer> volunteers; // the eligible ones, in the registrations' order
    std::vector<allocation::UnmetDemand> unmet;
    allocation::SolveReport solve;
    std::vector<allocation::Violation> violations; // checkPlan's findings: empty for a sound plan
    allocation::Allocation allocation;
    allocation::Roster roster;
};

class AllocationService {
public:
    // Hub only (WrongSiteKind), province accounts only (NotPermitted: names and ID numbers). InvalidInput when the
    // campaign has no work dates.
    [[nodiscard]] static Result<AllocationPlan> plan(Session& session, int seed = 1);

    // Computes the plan as `plan` does and saves it (schema 13), replacing the plan saved before, in one transaction
    // with an audit event (counts only). Each placed volunteer gets the user name of their account at the commune:
    // kept from the plan saved before while they stay in the same commune, else made from their name (userNameFor),
    // unique in the commune. Refused (InvalidInput, nothing saved) when the plan breaks a constraint.
    [[nodiscard]] static Result<AllocationPlan> save(Session& session, int seed = 1);

    // Re-planning the saved plan after drop-outs (issue 14, item 4): every volunteer of the saved plan whose
    // registration is withdrawn (RegistrationService::withdraw) or no longer eligible drops out from `from` (default:
    // the later of the first work day and today, the site's day) with allocation::replanAfterDropOut — everyone else
    // keeps their commune, their user name and every day they had; the dropped volunteer's days from `from` on go to a
    // replacement (an eligible volunteer the saved plan does not hold, the nearest to the commune, a computer user
    // for a computer user) when one can fill them, else to the others of the commune, else they are reported unmet.
    // `save` writes the result (hub_plan): the dropped volunteers leave the saved plan (a newer roster package no
    // longer carries them), the replacement gets a user name not used in the commune (the dropped volunteers' names
    // included). Refused (InvalidInput, nothing saved) when no plan is saved or the result breaks a constraint other
    // than fairness (re-planning chooses stability over an even spread: `Unfair` is reported, not refused). Nothing
    // dropped: no change, nothing written. Hub only, province accounts only.
    struct Move {
        QString person;
        QString fullName;
        QString idNumber;
        QString change;       // "withdrawn", "no-longer-eligible", "replacement", "days"
        QString fromDistrict; // empty for a replacement
        QString fromCommune;
        QString toDistrict; // empty for a volunteer who dropped out
        QString toCommune;
        int daysBefore = 0;
        int daysAfter = 0;
        QString userName;
    };
    struct Replanned {
        QDate from;
        std::vector<Move> moves; // the dropped volunteers, their replacements, then those whose days changed
        std::vector<allocation::UnmetDemand> unmet;    // the whole roster's, after re-planning
        std::vector<allocation::Violation> violations; // checkPlan's (Unfair among them is reported, not refused)
        int changedSlots = 0;                          // person-days given to someone else from `from` on
        bool saved = false;
    };
    [[nodiscard]] static Result<Replanned> replan(Session& session, bool save, QDate from = {});

    // The saved plan's volunteers of one commune ("District/Commune" as typed, or a bare name when unique), as the
    // roster package carries them (RosterService::buildPackage). Hub, province accounts. InvalidInput for a commune
    // the campaign lacks, when no plan is saved or the commune has nobody in it.
    [[nodiscard]] static Result<RosterPlan> rosterPlan(Session& session, const QString& typedCommune);

    // A user name made from a full name: the given name (last word), '.', the family name (first word), folded to
    // a–z ("Nguyễn Thị Ánh Tuyết" → "tuyet.nguyen"), cut to the account rules' 32 characters; the first of it, it2,
    // it3, … not in `taken`. Names that fold to nothing become "tnv", "tnv2", …
    [[nodiscard]] static QString userNameFor(const QString& fullName, const QSet<QString>& taken);

    // Where a registration's free-text residence lies in the campaign ("Thanh An, Dầu Tiếng", "xã Thanh An – huyện
    // Dầu Tiếng"): a district named in it, and a commune of that district (or, without a district, a commune whose
    // name only one district has). Empty parts when nothing is recognised.
    struct Place {
        QString district;
        QString commune;
    };
    [[nodiscard]] static Place residencePlace(const campaign::Campaign& campaign, const QString& residence);
};

[[nodiscard]] const char* nearnessName(allocation::Nearness nearness) noexcept;
[[nodiscard]] const char* unplacedReasonName(allocation::UnplacedReason reason) noexcept;

} // namespace dc::core
