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

QString label(const QString& key, Language language) {
    return reportLabel(key, language);
}
QString label(const char* key, Language language) {
    return reportLabel(QString::fromLatin1(key), language);
}

// "Khai sinh 01/1998"
QString bookText(const QString& recordType, const QString& number, int year, Language language) {
    return QStringLiteral("%1 %2/%3").arg(label(QStringLiteral("type.") + recordType, language), number).arg(year);
}

QString placeText(const QString& district, const QString& commune) {
    return district.isEmpty() ? commune : campaign::communePath(district, commune);
}

// The columns every action list begins with, and their cells for one item.
QStringList referenceColumns(Language language) {
    return {label("lists.no", language),          label("lists.commune", language),
            label("findings.col.book", language), label("findings.col.entry", language),
            label("findings.col.date", language), label("findings.col.name", language)};
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
    return outcome.isEmpty() ? QString() : label(QStringLiteral("outcome.") + outcome, language);
}

ReportTable plainTable(const char* heading, const std::vector<ActionItem>& items, Language language) {
    ReportTable table{label(heading, language), referenceColumns(language), {}};
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
    doc.title = label("title.findings-actions", language);
    doc.site = lists.site;
    doc.scope = lists.scope;
    doc.deidentified = lists.deidentified;
    doc.facts.append({label("meta.site", language), lists.site});
    doc.facts.append({label("findings.missingEnteredNew", language), QString::number(lists.missingEnteredNew.size())});
    doc.facts.append(
        {label("findings.duplicatesInDatabase", language), QString::number(lists.duplicatesInDatabase.size())});
    doc.facts.append({label("findings.escalations", language), QString::number(lists.escalations.size())});
    doc.facts.append({label("findings.corrections", language), QString::number(lists.corrections.size())});
    doc.facts.append({label("meta.writingDifferences", language), QString::number(lists.writingDifferences)});
    if (lists.deidentified) {
        doc.facts.append({label("findings.deidentified", language), QString()});
    }
    doc.tables.append(plainTable("findings.missingEnteredNew", lists.missingEnteredNew, language));
    doc.tables.append(plainTable("findings.duplicatesInDatabase", lists.duplicatesInDatabase, language));
    ReportTable escalations{label("findings.escalations", language), referenceColumns(language), {}};
    escalations.columns << label("findings.col.status", language) << label("findings.col.decision", language)
                        << label("findings.col.decidedBy", language) << label("findings.col.newOutcome", language);
    int n = 0;
    for (const EscalationItem& e : lists.escalations) {
        QString decision = e.decision;
        if (!e.note.isEmpty()) {
            decision += QStringLiteral(" (") + e.note + QLatin1Char(')');
        }
        escalations.rows.append(
            referenceCells(++n, e, language)
            << label(QStringLiteral("findings.status.") + e.status, language) << decision
            << (e.decidedBy.isEmpty() ? QString() : label(QStringLiteral("findings.by.") + e.decidedBy, language))
            << outcomeText(e.newOutcome, language));
    }
    doc.tables.append(escalations);
    ReportTable corrections{label("findings.corrections", language), referenceColumns(language), {}};
    corrections.columns << label("findings.col.field", language) << label("findings.col.before", language)
                        << label("findings.col.after", language) << label("findings.col.class", language);
    n = 0;
    for (const CorrectionItem& c : lists.corrections) {
        corrections.rows.append(referenceCells(++n, c, language)
                                << (language == Language::English ? c.fieldLabelEn : c.fieldLabelVi) << c.before
                                << c.after << label(QStringLiteral("class.") + c.correctionClass, language));
    }
    doc.tables.append(corrections);
    doc.data = actionsJson(lists);
    return doc;
}

ReportDocument InventoryService::coverageDocument(const Coverage& coverage, Language language) {
    ReportDocument doc;
    doc.key = QStringLiteral("findings-coverage");
    doc.title = label("title.findings-coverage", language);
    doc.site = coverage.site;
    doc.scope = coverage.scope;
    doc.facts.append({label("meta.site", language), coverage.site});
    int done = 0;
    for (const CoverageBook& b : coverage.registers) {
        done += b.first && b.gaps.empty() ? 1 : 0;
    }
    doc.facts.append(
        {label("findings.booksDone", language), QStringLiteral("%1 / %2").arg(done).arg(coverage.registers.size())});
    ReportTable table{QString(),
                      {label("lists.no", language), label("lists.commune", language),
                       label("findings.col.book", language), label("findings.col.first", language),
                       label("findings.col.last", language), label("findings.col.checked", language),
                       label("findings.col.gaps", language), label("findings.col.source", language)},
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
             label(QStringLiteral("findings.source.") + b.source, language)});
    }
    doc.tables.append(table);
    doc.data = coverageJson(coverage);
    return doc;
}

} // namespace dc::core
