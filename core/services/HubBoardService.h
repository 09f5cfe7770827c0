// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace dc::core::campaign {
struct Campaign;
}

namespace dc::core {

// Alarms not cleared (docs/HUB.md "Import at the hub"): what the office must look at.
struct HubAlarmCounts {
    int forks = 0;
    int rollbacks = 0;
    int held = 0;
    int conflicts = 0;
    [[nodiscard]] int total() const { return forks + rollbacks + held + conflicts; }
    HubAlarmCounts& operator+=(const HubAlarmCounts& other);
};

// What the board counts, for a commune, a district or the province.
struct BoardFigures {
    std::int64_t entries = 0;            // entries checked, current versions (hub_site_totals.entries)
    std::int64_t target = 0;             // the plan to date: daily target × the board's days
    std::int64_t corrected = 0;          // entries whose current check corrected something
    std::int64_t corrections = 0;        // real corrections of current versions, writing differences apart
    std::int64_t writingDifferences = 0; // corrections that are only a difference of writing
    std::int64_t escalationsOpen = 0;
    HubAlarmCounts alarms;
    BoardFigures& operator+=(const BoardFigures& other);
};

struct BoardCommune {
    QString site; // the workstation's site UUID; empty when the campaign's commune has no enrolled workstation yet
    QString district;
    QString commune;
    QString siteName;
    int dailyTarget = 0;
    BoardFigures figures;
    std::int64_t lastSequence = 0;          // the newest bundle applied (0: none yet)
    std::optional<QDateTime> lastBundleAt;  // when it was received (UTC)
    std::int64_t lastBundleAgeSeconds = -1; // how old it is at the board's time; -1 without one
};

struct BoardDistrict {
    QString name;
    BoardFigures figures; // its communes summed
    std::vector<BoardCommune> communes;
};

// Entries first logged on a site day, per district (the chart).
struct DistrictDay {
    QDate day;
    QString district;
    std::int64_t entries = 0;
};

struct ProvinceBoard {
    QDateTime at;   // the board's time (the age of the last bundles is counted to it)
    QDate firstDay; // the first and last site day with entries at the hub (invalid when it holds none)
    QDate lastDay;
    int days = 0;  // firstDay..lastDay, both counted: the days the plan to date covers
    QString scope; // the district a district account sees; empty for the province
    BoardFigures figures;
    std::vector<BoardDistrict> districts; // the campaign's order when a plan is given, else by name
    std::vector<DistrictDay> perDay;      // by day, then district
};

struct HubBookRow {
    QString uuid;
    QString recordType;
    QString bookNumber;
    int yearFrom = 0;
    int yearTo = 0;
    std::optional<std::int64_t> firstEntry;
    std::optional<std::int64_t> lastEntry;
    bool open = true;
    std::int64_t entries = 0;
    std::int64_t corrected = 0;
    std::int64_t escalated = 0;
};

struct HubAlarmRow {
    QString kind; // "fork", "rollback", "held", "conflict"
    QString message;
    QDateTime at;
    bool cleared = false;
};

// A commune drilled down into: its board row, its books, its recent alarms.
struct CommuneDetail {
    BoardCommune commune;
    std::vector<HubBookRow> books;
    std::vector<HubAlarmRow> alarms; // newest first, at most kMaxCommuneAlarms
    std::vector<DistrictDay> perDay; // this commune's entries per day (district = its district)
};
inline constexpr int kMaxCommuneAlarms = 50;

// The province board at the hub (issue 13 item 6). Reads only the summary tables kept at import (docs/HUB.md), so it
// stays fast at 3,000,000 checks. Province accounts see every district; a district account only its own
// (users.district); anyone else NotPermitted; at a commune workstation WrongSiteKind.
//
// The plan: each commune's daily target comes from `plan` (the campaign; its default 400 a day unless set for the
// commune); without one, 400. The plan to date is the daily target × the days from the first to the last site day with
// entries anywhere at the hub (bundles arrive after the day closes, so a day without any data yet does not count).
// With a plan, every commune of its geography is on the board, enrolled or not; without one, only enrolled ones.
class HubBoardService {
public:
    [[nodiscard]] static Result<ProvinceBoard> board(Session& session, const campaign::Campaign* plan = nullptr);
    // One enrolled commune by its site UUID; NotPermitted for a district account outside its district, InvalidInput
    // for an unknown site.
    [[nodiscard]] static Result<CommuneDetail> commune(Session& session, const QString& siteUuid,
                                                       const campaign::Campaign* plan = nullptr);
};

inline constexpr int kDefaultDailyTarget = 400;

} // namespace dc::core
