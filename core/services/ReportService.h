// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/domain/Wilson.h"
#include "core/services/Session.h"
#include "core/services/SpotCheckService.h"

#include <QDate>

#include <functional>

#include <optional>
#include <vector>

namespace dc::core {

// The reports of the commune, computed here and only here; the GUI shows them and the exporters (app/export) write
// them as CSV, XLSX, PDF or JSON. Supervisors only. Days are Vietnam's days; ranges are inclusive.
struct ReportRange {
    QDate from;
    QDate to;
};

struct ReportHeader {
    QString site;  // at the hub: "<hub name> — <scope>", so that every export says the scope
    QString title; // English key of the report: "progress", "corrections", "volunteers", "spot-checks"
    ReportRange range;
    QString generatedAt;
    bool deidentified = false;
    QString scope;     // at the hub: the province's name, a district, or "District/Commune"; empty at a commune
    QString recipient; // who an exported file is for (ReportDocument::recipient); empty: none named
};

// Where a report is made at the province hub (issue 13, docs/HUB.md "Reports at the hub"): the whole province (both
// empty), a district, or a commune ("District/Commune", or a bare name when only one district has it; resolved with
// the campaign). At a commune workstation a scope is refused (InvalidInput): its reports are its own.
struct ReportScope {
    QString district;
    QString commune;
    [[nodiscard]] bool isProvince() const { return district.isEmpty() && commune.isEmpty(); }
};

// Entries checked per book and per day (an entry counts on the day it was first logged, unless it was voided
// since), against the commune's daily target.
struct ProgressReport {
    ReportHeader header;
    int dailyTarget = 0;
    struct Row {
        QDate day;
        QString book;   // "Khai sinh 01/1998" — record type, book number, first year
        QString bookEn; // the same in English: "Birth 01/1998"
        int logged = 0;
    };
    std::vector<Row> rows; // by day, then book
    struct Day {
        QDate day;
        int logged = 0;
    };
    std::vector<Day> days; // every day of the range, zero days included
    int total = 0;
};

// Corrections of the period by field and class (current rows only). Writing differences are counted apart and
// never as errors found.
struct CorrectionsReport {
    ReportHeader header;
    struct Row {
        QString fieldKey;
        QString fieldLabel;   // Vietnamese label from the schema
        QString fieldLabelEn; // English label from the schema
        QString correctionClass;
        bool writingDifference = false;
        int count = 0;
    };
    std::vector<Row> rows;
    int errorsFound = 0; // real corrections
    int writingDifferences = 0;
};

// What each volunteer did in the period: entries read, entries checked, real corrections logged as checker, re-checks
// made, returns received from the supervisor, and spot-check misses with the estimated miss rate. Who is credited:
// an entry's reading, checking and corrections go to the reader and checker of its first row, on the day it was first
// logged (the entry's corrections are its current row's), even when another pair — or the same pair with the roles
// swapped — re-checked it since; a re-check (any amendment, such as a returned entry checked again) counts as one
// re-check for its own reader and checker, on the day it was made. A voided entry is no one's
// reading, checking or corrections (re-checks made before the void still count).
// De-identified (the default), a volunteer is an opaque code and the initials of their name: the user name is for
// the service's own bookkeeping and never shown (documentOf shows `code`).
struct VolunteersReport {
    ReportHeader header;
    struct Row {
        QString userName;
        QString code;        // de-identified: "TNV-7K3Q", random for each report made; empty otherwise
        QString displayName; // initials when de-identified
        int read = 0;
        int checked = 0;
        int corrections = 0;
        int rechecks = 0; // amendments made (re-checks of a returned entry among them)
        int returns = 0;
        int spotSampled = 0;
        int spotMissed = 0;
        domain::ProportionEstimate missRate;
    };
    std::vector<Row> rows;
};

// Miss rates per pair and per volunteer, and every miss: the entry and the correction that should have been logged.
// De-identified by default: the entry's name and name values become initials, ID numbers their last 3 digits, and
// the volunteers opaque codes ("TNV-7K3Q", the same person the same code within the report; pairs "code + code").
struct SpotChecksReport {
    ReportHeader header;
    MissRates rates;
    struct Miss {
        QDate day;
        QString book;
        QString bookEn;
        int entryNumber = 0;
        QString subjectName;
        QString fieldKey;
        QString fieldLabel;
        QString fieldLabelEn;
        QString before;
        QString after;
        QString correctionClass;
        QString pair; // "lan + minh"; de-identified "TNV-7K3Q + TNV-M2XD"
    };
    std::vector<Miss> misses;
};

class ReportService {
public:
    static constexpr int kDefaultDailyTarget = 400;

    // InvalidInput for a missing or reversed range. `dailyTarget`: the site setting "daily_target" when not given.
    [[nodiscard]] static Result<ProgressReport> progress(Session& session, const ReportRange& range,
                                                         std::optional<int> dailyTarget = std::nullopt);
    [[nodiscard]] static Result<CorrectionsReport> corrections(Session& session, const ReportRange& range);
    // De-identified by default: the volunteers' names become initials, their user names opaque codes.
    [[nodiscard]] static Result<VolunteersReport> volunteers(Session& session, const ReportRange& range,
                                                             bool deidentified = true);
    [[nodiscard]] static Result<SpotChecksReport> spotChecks(Session& session, const ReportRange& range,
                                                             bool deidentified = true);

    // The same four reports for a scope. At the province hub (summary tables only, docs/HUB.md): province accounts
    // any scope, district accounts their own district and its communes (NotPermitted otherwise, the province
    // included), anyone else NotPermitted; names of volunteers and citizens (`deidentified` false) for province
    // accounts only. An unknown district or commune, or an ambiguous bare name: InvalidInput. The daily target is
    // the campaign plan's, summed over the scope's communes. Books and volunteers are labelled with their commune
    // when the scope is wider than one. At a commune: the calls above, and a scope given is InvalidInput. The calls
    // above, at a hub, are these for the whole province.
    [[nodiscard]] static Result<ProgressReport> progress(Session& session, const ReportScope& scope,
                                                         const ReportRange& range,
                                                         std::optional<int> dailyTarget = std::nullopt);
    [[nodiscard]] static Result<CorrectionsReport> corrections(Session& session, const ReportScope& scope,
                                                               const ReportRange& range);
    [[nodiscard]] static Result<VolunteersReport> volunteers(Session& session, const ReportScope& scope,
                                                             const ReportRange& range, bool deidentified = true);
    [[nodiscard]] static Result<SpotChecksReport> spotChecks(Session& session, const ReportScope& scope,
                                                             const ReportRange& range, bool deidentified = true);

    // An export holds citizens' or volunteers' data: supervisors only (at the hub: province and district accounts),
    // and each is an audit event (at the hub its details name the scope). Checks the
    // permission first (a refusal writes nothing), then runs `write` inside the transaction that records the
    // event: the event is committed only when `write` succeeded. The caller removes what `write` created when
    // this returns an error after writing (a failed commit).
    [[nodiscard]] static Result<void> recordExport(Session& session, const ReportHeader& header, const QString& format,
                                                   const std::function<Result<void>()>& write);
};

} // namespace dc::core
