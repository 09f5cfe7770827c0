// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/Messages.h"
#include "core/services/ReportService.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dc::core {

// A report laid out as the office reads it: a title, a few lines about it (commune, period...), and one or more
// tables. The same shape feeds the GUI and every export format (app/common/export), so a report looks the same
// everywhere. Labels come from core/domain/resources/reports.json in the language asked for.
struct ReportTable {
    QString heading; // empty for the first table of a report
    QStringList columns;
    QList<QStringList> rows;
};

struct ReportDocument {
    QString key; // "progress", ...
    QString title;
    QList<std::pair<QString, QString>> facts; // label → value
    QList<ReportTable> tables;
    QString site;
    ReportRange range;
    bool deidentified = false;
    QString
        scope; // at the hub: the province, a district or "District/Commune" (ReportHeader::scope); empty at a commune
    // The report itself, as numbers, for --format json.
    QJsonObject data;
    // Who the file is for (issue 16: identified lists go to a named recipient): printed on every page of a PDF, in the
    // facts of an XLSX, and recorded in the export's audit event. Empty: none named.
    QString recipient;
};

// A recipient as typed: NFC, trimmed, at most 200 characters, no control characters (InvalidInput otherwise).
[[nodiscard]] Result<QString> checkedRecipient(const QString& typed);
// The documents that hold identified data for those who clean the national database (the action lists): a file of
// one names its recipient, or it is not written.
[[nodiscard]] bool needsRecipient(const QString& documentKey);

// What the office asks for: a report by its key over a period. The one place the GUI and doichieu-admin build
// reports from.
struct ReportRequest {
    QString kind; // one of reportKinds()
    ReportRange range;
    std::optional<int> dailyTarget; // progress: the site setting when not given
    bool deidentified = true;       // volunteers and spot-checks: names as initials, ID numbers as their last 3 digits
    ReportScope scope;              // at the hub: the province (empty), a district or a commune
};
[[nodiscard]] const QStringList& reportKinds(); // progress, corrections, volunteers, spot-checks
// Supervisors only (at the hub: ReportService's scoped calls); InvalidInput for an unknown kind or a missing or
// reversed range.
[[nodiscard]] Result<ReportDocument> buildReport(Session& session, const ReportRequest& request,
                                                 domain::Language language);

[[nodiscard]] QString reportLabel(const QString& key, domain::Language language);
[[nodiscard]] QString reportLabel(const char* key, domain::Language language); // a Latin-1 key
[[nodiscard]] ReportDocument documentOf(const ProgressReport& report, domain::Language language);
[[nodiscard]] ReportDocument documentOf(const CorrectionsReport& report, domain::Language language);
[[nodiscard]] ReportDocument documentOf(const VolunteersReport& report, domain::Language language);
[[nodiscard]] ReportDocument documentOf(const SpotChecksReport& report, domain::Language language);

} // namespace dc::core
