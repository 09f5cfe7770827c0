// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/domain/Messages.h"
#include "core/domain/RegisterReference.h"
#include "core/services/ReportService.h"
#include "core/services/ReportTables.h"
#include "core/services/Session.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace dc::core {

// What the campaign found, handed to those who clean the national database (issue 16 part 1; the rules:
// docs/FINDINGS.md): per commune or district, the action lists of the *current* version of each entry — entries
// missing from the database that were entered new, duplicates found in it, escalations (open, and resolved with the
// decision), and the real corrections made — each item with its register reference. Writing differences are not
// actions: they are counted apart.
//
// Who sees what (checked here): at a hub a province account everything, a district account its own district and its
// communes; at a commune site its supervisor, the site's own lists. A volunteer, or anyone else: NotPermitted. The
// lists are identified data (names and values) unless `deidentified`: names as initials and values masked exactly as
// the reports' de-identified option does (domain/Masking), decisions and notes withheld (free text may name anyone).

struct FindingsRequest {
    ReportScope scope; // at a hub: the province (empty), a district, or a commune; none at a commune site
    bool deidentified = false;
};

struct ActionItem {
    domain::RegisterReference reference;
    QString name;    // the subject's name as the schema's key name field has it (masked when de-identified)
    QString outcome; // the current row's outcome key
};

struct EscalationItem : ActionItem {
    QString status;     // "open" or "resolved"
    QString decision;   // the decision when resolved: the supervisor's (review "resolve") or the district's
    QString note;       // the decision's note
    QString decidedBy;  // "supervisor", "district", or empty (re-checked without a recorded decision; open)
    QString decidedAt;  // UTC, ISO 8601; empty when no decision
    QString newOutcome; // when the pair re-checked the entry: its current outcome; empty while still escalated
};

struct CorrectionItem : ActionItem {
    QString field; // the schema's field key
    QString fieldLabelVi;
    QString fieldLabelEn;
    QString before; // the database's value (masked when de-identified)
    QString after;  // the register's
    QString correctionClass;
};

struct ActionLists {
    QString site;  // at a hub "<hub> — <scope>", as the reports say it
    QString scope; // at a hub the province, a district or "District/Commune"; empty at a commune site
    bool atHub = false;
    bool deidentified = false;
    std::vector<ActionItem> missingEnteredNew;
    std::vector<ActionItem> duplicatesInDatabase;
    std::vector<EscalationItem> escalations;
    std::vector<CorrectionItem> corrections;
    qint64 writingDifferences = 0; // of current rows: not actions, counted apart
};

class FindingsService {
public:
    // InvalidInput for an unknown district or commune, or a scope at a commune site; NotPermitted as above.
    [[nodiscard]] static Result<ActionLists> actions(Session& session, const FindingsRequest& request);

    // `findings actions --json`: {"site", "scope", "deidentified", "writingDifferences", "missingEnteredNew": [...],
    // "duplicatesInDatabase": [...], "escalations": [...], "corrections": [...]}; each item {"reference": {...},
    // "name", "outcome"} and its specifics.
    [[nodiscard]] static QJsonObject actionsJson(const ActionLists& lists);
    // The printable lists (XLSX, PDF): one table per list; labels from reports.json. Its `data` is actionsJson.
    [[nodiscard]] static ReportDocument actionsDocument(const ActionLists& lists, domain::Language language);

    // Who may read the findings over `scope` (the rule above), resolved against the campaign: the scope's district and
    // commune as the campaign spells them and its label. Shared with InventoryService's coverage.
    struct ResolvedScope {
        QString district; // empty: every district
        QString commune;  // empty: every commune of the district
        QString label;    // empty at a commune site
    };
    [[nodiscard]] static Result<ResolvedScope> resolveScope(Session& session, const ReportScope& scope);
};

} // namespace dc::core
