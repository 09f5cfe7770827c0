// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/ReportTables.h"
#include "core/services/RosterService.h"
#include "core/services/Session.h"

#include <QString>

namespace dc::core {

namespace campaign {
struct Campaign;
}

// The printed outputs of the saved allocation (issue 14 item 5), laid out once here as ReportDocuments and written by
// app/common/export like the four reports (XLSX, PDF, JSON): the allocation lists per district and per unit, a
// commune's roster as a week view, and the roster sheet handed out with a roster package. Every one reads the plan as
// saved by `allocate --save` (schema 13), never a fresh solve. Rules and decisions: core/README.md "Allocation
// lists and week view".

enum class ListGrouping { District, Unit };

struct AllocationListRequest {
    ListGrouping by = ListGrouping::District;
    QString name;            // one district or unit as typed (case, composition forgiven); empty: every one
    bool identified = false; // whole ID numbers (province accounts only); else their last 3 digits
};

class AllocationLists {
public:
    // Who goes where, from the saved plan. By district: per district, each placed volunteer (No., full name, unit,
    // ID number, phone, commune, days, computer use) by commune in the campaign's order then name, with a summary
    // per commune and computed totals. By unit: per unit, each of its eligible volunteers with their district,
    // commune and days, those the plan did not place last ("not placed"), with a summary per unit.
    // Hub only (WrongSiteKind). Province accounts any district or unit; a district account only its own district
    // (`by district`, the default name) or its own district's unit, never whole ID numbers (NotPermitted).
    // InvalidInput: no saved plan, an unknown district or unit.
    [[nodiscard]] static Result<ReportDocument> allocationList(Session& session, const AllocationListRequest& request,
                                                               domain::Language language);

    // A commune's roster from the saved plan as a week view: per week (Monday to Sunday, cut to the campaign's work
    // days), a grid of the commune's volunteers × days ("x" where they work) with their days that week, and per day
    // the people on duty, the people short of 2 × pairs per day and the pairs left without a computer user; then
    // each volunteer's days over the month and every commune-day short of people (never hidden). Hub, province
    // accounts or the commune's district account. InvalidInput: no saved plan, an unknown commune, nobody placed
    // there.
    [[nodiscard]] static Result<ReportDocument> weekView(Session& session, const QString& typedCommune,
                                                         domain::Language language);

    // The roster sheet of a package just built: user name, full name, one-time code and days per volunteer, in the
    // package's order. Pure layout: the codes exist only in `built` and in what the caller writes from this.
    // `campaign`: the campaign the hub runs (core::sessionCampaign), for its name and work period; null: the built-in.
    [[nodiscard]] static ReportDocument rosterSheet(const RosterPlan& plan, const BuiltRoster& built,
                                                    domain::Language language,
                                                    const campaign::Campaign* campaign = nullptr);

    // Days written short: "01–05/12, 08/12, 10–12/12" (consecutive days as a range).
    [[nodiscard]] static QString compactDays(const std::vector<QDate>& days);
};

} // namespace dc::core
