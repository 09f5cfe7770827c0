// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/allocation/Allocation.h"
#include "core/services/Session.h"

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
