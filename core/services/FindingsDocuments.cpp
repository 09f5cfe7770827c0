// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The printable findings (issue 16): the action lists and the coverage of the registers as ReportDocuments, the one
// shape every export takes (app/common/export), labels from core/domain/resources/reports.json "labels".
#include "core/campaign/Campaign.h"
#include "core/services/FindingsService.h"
#include "core/services/InventoryService.h"

namespace dc::core {

namespace {

using domain::Language;

// "Khai sinh 01/1998"
QString bookText(const QString& recordType, const QString& number, int year, Language language) {
    return QStringLiteral("%1 %2/%3")
        .arg(reportLabel(QStringLiteral("type.") + recordType, language), number)
        .arg(year);
}

QString placeText(const QString& district, const QString& commune) {
    return district.isEmpty() ? commune : campaign::communePath(district, commune);
}

// The columns every action list begins with, and their cells for one item.
QStringList referenceColumns(Language language) {
    return {reportLabel("lists.no", language),          reportLabel("lists.commune", language),
            reportLabel("findings.col.book", language), reportLabel("findings.col.entry", language),
            reportLabel("findings.col.date", language), reportLabel("findings.col.name", language)};
}
QStringList referenceCells(int number, const ActionItem& item, Language language) {
    const domain::RegisterReference& r = item.reference;
    return {QString::number(number),
            placeText(r.district, r.commune),
            bookText(r.recordType, r.bookNumber, r.year, language),
            QString::number(r.entry),
            r.registrationDate,
            item.name};
}

QString outcomeText(const QString& outcome, Language language) {
    return outcome.isEmpty() ? QString() : reportLabel(QStringLiteral("outcome.") + outcome, language);
}

ReportTable plainTable(const char* heading, const std::vector<ActionItem>& items, Language language) {
    ReportTable table{reportLabel(heading, language), referenceColumns(language), {}};
    int n = 0;
    for (const ActionItem& item : items) {
        table.rows.append(referenceCells(++n, item, language));
    }
    return table;
}

} // namespace

ReportDocument FindingsService::actionsDocument(const ActionLists& lists, Language language) {
    ReportDocument doc;
    doc.key = QStringLiteral("findings-actions");
    doc.title = reportLabel("title.findings-actions", language);
    doc.site = lists.site;
    doc.scope = lists.scope;
    doc.deidentified = lists.deidentified;
    doc.facts.append({reportLabel("meta.site", language), lists.site});
    doc.facts.append(
        {reportLabel("findings.missingEnteredNew", language), QString::number(lists.missingEnteredNew.size())});
    doc.facts.append(
        {reportLabel("findings.duplicatesInDatabase", language), QString::number(lists.duplicatesInDatabase.size())});
    doc.facts.append({reportLabel("findings.escalations", language), QString::number(lists.escalations.size())});
    doc.facts.append({reportLabel("findings.corrections", language), QString::number(lists.corrections.size())});
    doc.facts.append({reportLabel("meta.writingDifferences", language), QString::number(lists.writingDifferences)});
    if (lists.deidentified) {
        doc.facts.append({reportLabel("findings.deidentified", language), QString()});
    }
    doc.tables.append(plainTable("findings.missingEnteredNew", lists.missingEnteredNew, language));
    doc.tables.append(plainTable("findings.duplicatesInDatabase", lists.duplicatesInDatabase, language));
    ReportTable escalations{reportLabel("findings.escalations", language), referenceColumns(language), {}};
    escalations.columns << reportLabel("findings.col.status", language)
                        << reportLabel("findings.col.decision", language)
                        << reportLabel("findings.col.decidedBy", language)
                        << reportLabel("findings.col.newOutcome", language);
    int n = 0;
    for (const EscalationItem& e : lists.escalations) {
        QString decision = e.decision;
        if (!e.note.isEmpty()) {
            decision += QStringLiteral(" (") + e.note + QLatin1Char(')');
        }
        escalations.rows.append(
            referenceCells(++n, e, language)
            << reportLabel(QStringLiteral("findings.status.") + e.status, language) << decision
            << (e.decidedBy.isEmpty() ? QString() : reportLabel(QStringLiteral("findings.by.") + e.decidedBy, language))
            << outcomeText(e.newOutcome, language));
    }
    doc.tables.append(escalations);
    ReportTable corrections{reportLabel("findings.corrections", language), referenceColumns(language), {}};
    corrections.columns << reportLabel("findings.col.field", language) << reportLabel("findings.col.before", language)
                        << reportLabel("findings.col.after", language) << reportLabel("findings.col.class", language);
    n = 0;
    for (const CorrectionItem& c : lists.corrections) {
        corrections.rows.append(referenceCells(++n, c, language)
                                << (language == Language::English ? c.fieldLabelEn : c.fieldLabelVi) << c.before
                                << c.after << reportLabel(QStringLiteral("class.") + c.correctionClass, language));
    }
    doc.tables.append(corrections);
    doc.data = actionsJson(lists);
    return doc;
}

ReportDocument InventoryService::coverageDocument(const Coverage& coverage, Language language) {
    ReportDocument doc;
    doc.key = QStringLiteral("findings-coverage");
    doc.title = reportLabel("title.findings-coverage", language);
    doc.site = coverage.site;
    doc.scope = coverage.scope;
    doc.facts.append({reportLabel("meta.site", language), coverage.site});
    int done = 0;
    for (const CoverageBook& b : coverage.registers) {
        done += b.first && b.gaps.empty() ? 1 : 0;
    }
    doc.facts.append({reportLabel("findings.booksDone", language),
                      QStringLiteral("%1 / %2").arg(done).arg(coverage.registers.size())});
    ReportTable table{QString(),
                      {reportLabel("lists.no", language), reportLabel("lists.commune", language),
                       reportLabel("findings.col.book", language), reportLabel("findings.col.first", language),
                       reportLabel("findings.col.last", language), reportLabel("findings.col.checked", language),
                       reportLabel("findings.col.gaps", language), reportLabel("findings.col.source", language)},
                      {}};
    int n = 0;
    for (const CoverageBook& b : coverage.registers) {
        QStringList gaps;
        for (const auto& [from, to] : b.gaps) {
            gaps.append(from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to));
        }
        table.rows.append(
            {QString::number(++n), placeText(b.district, b.commune),
             bookText(b.recordType, b.bookNumber, b.year, language), b.first ? QString::number(*b.first) : QString(),
             b.last ? QString::number(*b.last) : QString(), QString::number(b.checked), gaps.join(QStringLiteral(", ")),
             reportLabel(QStringLiteral("findings.source.") + b.source, language)});
    }
    doc.tables.append(table);
    doc.data = coverageJson(coverage);
    return doc;
}

} // namespace dc::core
