// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/ReportTables.h"

#include "core/SiteTime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace dc::core {

namespace {

using domain::Language;

const QJsonObject& labels() {
    static const QJsonObject table = [] {
        QFile file(QStringLiteral(":/doichieu/domain/reports.json"));
        (void)file.open(QIODevice::ReadOnly); // embedded; tests/core checks every label has both languages
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("labels")).toObject();
    }();
    return table;
}

QString day(const QDate& d) {
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// "33,3 %" in Vietnamese (the comma is its decimal mark, as on screen), "33.3 %" in English.
QString percent(double rate, Language language) {
    QString text = QString::number(rate * 100.0, 'f', 1);
    if (language == Language::Vietnamese) {
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    }
    return text + QStringLiteral(" %");
}

QString interval(const domain::ProportionEstimate& e, Language language) {
    return QStringLiteral("%1 – %2").arg(percent(e.low, language), percent(e.high, language));
}

ReportDocument start(const ReportHeader& header, Language language) {
    ReportDocument doc;
    doc.key = header.title;
    doc.title = reportLabel(QStringLiteral("title.") + header.title, language);
    doc.site = header.site;
    doc.range = header.range;
    doc.deidentified = header.deidentified;
    doc.scope = header.scope;
    doc.facts.append({reportLabel(QStringLiteral("meta.site"), language), header.site});
    doc.facts.append({reportLabel(QStringLiteral("meta.period"), language),
                      QStringLiteral("%1 – %2").arg(day(header.range.from), day(header.range.to))});
    doc.facts.append(
        {reportLabel(QStringLiteral("meta.generated"), language), QDateTime::fromString(header.generatedAt, Qt::ISODate)
                                                                      .toTimeZone(sitetime::zone())
                                                                      .toString(QStringLiteral("HH:mm dd/MM/yyyy"))});
    if (header.deidentified) {
        doc.facts.append({reportLabel(QStringLiteral("meta.deidentified"), language), QString()});
    }
    doc.data = QJsonObject{{QStringLiteral("report"), header.title},
                           {QStringLiteral("site"), header.site},
                           {QStringLiteral("from"), header.range.from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), header.range.to.toString(Qt::ISODate)},
                           {QStringLiteral("generatedAt"), header.generatedAt},
                           {QStringLiteral("deidentified"), header.deidentified}};
    if (!header.scope.isEmpty()) {
        doc.data.insert(QStringLiteral("scope"), header.scope);
    }
    return doc;
}

QJsonObject estimateJson(const domain::ProportionEstimate& e) {
    return QJsonObject{
        {QStringLiteral("rate"), e.rate}, {QStringLiteral("low"), e.low}, {QStringLiteral("high"), e.high}};
}

} // namespace

QString reportLabel(const QString& key, Language language) {
    return labels()
        .value(key)
        .toObject()
        .value(language == Language::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en"))
        .toString(key);
}

QString reportLabel(const char* key, Language language) {
    return reportLabel(QString::fromLatin1(key), language);
}

Result<QString> checkedRecipient(const QString& typed) {
    constexpr qsizetype kMaxRecipient = 200;
    const QString text = typed.normalized(QString::NormalizationForm_C).trimmed();
    if (text.isEmpty() || text.size() > kMaxRecipient) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a recipient is 1 to 200 characters"));
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a recipient holds no control characters"));
        }
    }
    return text;
}

bool needsRecipient(const QString& documentKey) {
    return documentKey == QLatin1String("findings-actions");
}

ReportDocument documentOf(const ProgressReport& report, Language language) {
    ReportDocument doc = start(report.header, language);
    doc.facts.append({reportLabel(QStringLiteral("meta.target"), language), QString::number(report.dailyTarget)});
    doc.facts.append({reportLabel(QStringLiteral("meta.total"), language), QString::number(report.total)});
    ReportTable days{QString(),
                     {reportLabel(QStringLiteral("col.day"), language),
                      reportLabel(QStringLiteral("col.logged"), language),
                      reportLabel(QStringLiteral("col.target"), language)},
                     {}};
    QJsonArray daysJson;
    for (const auto& d : report.days) {
        days.rows.append({day(d.day), QString::number(d.logged), QString::number(report.dailyTarget)});
        daysJson.append(
            QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)}, {QStringLiteral("logged"), d.logged}});
    }
    ReportTable books{reportLabel(QStringLiteral("col.book"), language),
                      {reportLabel(QStringLiteral("col.day"), language),
                       reportLabel(QStringLiteral("col.book"), language),
                       reportLabel(QStringLiteral("col.logged"), language)},
                      {}};
    QJsonArray booksJson;
    for (const auto& r : report.rows) {
        const QString& book = language == Language::Vietnamese ? r.book : r.bookEn;
        books.rows.append({day(r.day), book, QString::number(r.logged)});
        booksJson.append(QJsonObject{{QStringLiteral("day"), r.day.toString(Qt::ISODate)},
                                     {QStringLiteral("book"), book},
                                     {QStringLiteral("logged"), r.logged}});
    }
    doc.tables = {days, books};
    doc.data.insert(QStringLiteral("dailyTarget"), report.dailyTarget);
    doc.data.insert(QStringLiteral("total"), report.total);
    doc.data.insert(QStringLiteral("days"), daysJson);
    doc.data.insert(QStringLiteral("books"), booksJson);
    return doc;
}

ReportDocument documentOf(const CorrectionsReport& report, Language language) {
    ReportDocument doc = start(report.header, language);
    doc.facts.append({reportLabel(QStringLiteral("meta.errorsFound"), language), QString::number(report.errorsFound)});
    doc.facts.append(
        {reportLabel(QStringLiteral("meta.writingDifferences"), language), QString::number(report.writingDifferences)});
    ReportTable table{
        QString(),
        {reportLabel(QStringLiteral("col.field"), language), reportLabel(QStringLiteral("col.class"), language),
         reportLabel(QStringLiteral("col.writing"), language), reportLabel(QStringLiteral("col.count"), language)},
        {}};
    QJsonArray rows;
    for (const auto& r : report.rows) {
        table.rows.append({language == Language::Vietnamese ? r.fieldLabel : r.fieldLabelEn,
                           reportLabel(QStringLiteral("class.") + r.correctionClass, language),
                           reportLabel(r.writingDifference ? QStringLiteral("yes") : QStringLiteral("no"), language),
                           QString::number(r.count)});
        rows.append(QJsonObject{{QStringLiteral("field"), r.fieldKey},
                                {QStringLiteral("class"), r.correctionClass},
                                {QStringLiteral("writingDifference"), r.writingDifference},
                                {QStringLiteral("count"), r.count}});
    }
    doc.tables = {table};
    doc.data.insert(QStringLiteral("errorsFound"), report.errorsFound);
    doc.data.insert(QStringLiteral("writingDifferences"), report.writingDifferences);
    doc.data.insert(QStringLiteral("rows"), rows);
    return doc;
}

ReportDocument documentOf(const VolunteersReport& report, Language language) {
    ReportDocument doc = start(report.header, language);
    QStringList columns;
    // De-identified, the first column holds codes, not user names: it says so.
    for (const char* key : {report.header.deidentified ? "col.code" : "col.user", "col.name", "col.read", "col.checked",
                            "col.corrections", "col.rechecks", "col.returns", "col.spotSampled", "col.spotMissed",
                            "col.missRate", "col.interval"}) {
        columns.append(reportLabel(QString::fromLatin1(key), language));
    }
    ReportTable table{QString(), columns, {}};
    QJsonArray rows;
    for (const auto& r : report.rows) {
        // De-identified, the person is a code: a user name ("lan") would name them as surely as their full name.
        const QString& who = report.header.deidentified ? r.code : r.userName;
        table.rows.append({who, r.displayName, QString::number(r.read), QString::number(r.checked),
                           QString::number(r.corrections), QString::number(r.rechecks), QString::number(r.returns),
                           QString::number(r.spotSampled), QString::number(r.spotMissed),
                           r.spotSampled ? percent(r.missRate.rate, language) : QStringLiteral("—"),
                           r.spotSampled ? interval(r.missRate, language) : QStringLiteral("—")});
        rows.append(QJsonObject{{QStringLiteral("user"), who},
                                {QStringLiteral("name"), r.displayName},
                                {QStringLiteral("read"), r.read},
                                {QStringLiteral("checked"), r.checked},
                                {QStringLiteral("corrections"), r.corrections},
                                {QStringLiteral("rechecks"), r.rechecks},
                                {QStringLiteral("returns"), r.returns},
                                {QStringLiteral("spotSampled"), r.spotSampled},
                                {QStringLiteral("spotMissed"), r.spotMissed},
                                // none sampled, no rate: null, as the tables' "—"
                                {QStringLiteral("missRate"),
                                 r.spotSampled ? QJsonValue(estimateJson(r.missRate)) : QJsonValue(QJsonValue::Null)}});
    }
    doc.tables = {table};
    doc.data.insert(QStringLiteral("volunteers"), rows);
    return doc;
}

ReportDocument documentOf(const SpotChecksReport& report, Language language) {
    ReportDocument doc = start(report.header, language);
    const QStringList columns{
        reportLabel(QStringLiteral("col.who"), language), reportLabel(QStringLiteral("col.spotSampled"), language),
        reportLabel(QStringLiteral("col.spotMissed"), language), reportLabel(QStringLiteral("col.missRate"), language),
        reportLabel(QStringLiteral("col.interval"), language)};
    const auto tableOf = [&](const std::vector<MissRate>& rates, const QString& heading, QJsonArray& json) {
        ReportTable table{heading, columns, {}};
        for (const MissRate& r : rates) {
            table.rows.append({r.who, QString::number(r.sampled), QString::number(r.missed),
                               percent(r.estimate.rate, language), interval(r.estimate, language)});
            json.append(QJsonObject{{QStringLiteral("who"), r.who},
                                    {QStringLiteral("sampled"), r.sampled},
                                    {QStringLiteral("missed"), r.missed},
                                    {QStringLiteral("missRate"), estimateJson(r.estimate)}});
        }
        return table;
    };
    QJsonArray pairs;
    QJsonArray volunteers;
    doc.tables = {
        tableOf(report.rates.pairs, reportLabel(QStringLiteral("section.pairs"), language), pairs),
        tableOf(report.rates.volunteers, reportLabel(QStringLiteral("section.volunteers"), language), volunteers)};
    doc.data.insert(QStringLiteral("pairs"), pairs);
    doc.data.insert(QStringLiteral("volunteers"), volunteers);

    ReportTable misses{
        reportLabel(QStringLiteral("section.misses"), language),
        {reportLabel(QStringLiteral("col.day"), language), reportLabel(QStringLiteral("col.book"), language),
         reportLabel(QStringLiteral("col.entry"), language), reportLabel(QStringLiteral("col.name"), language),
         reportLabel(QStringLiteral("col.field"), language), reportLabel(QStringLiteral("col.before"), language),
         reportLabel(QStringLiteral("col.after"), language), reportLabel(QStringLiteral("col.class"), language),
         reportLabel(QStringLiteral("col.pair"), language)},
        {}};
    QJsonArray missJson;
    for (const SpotChecksReport::Miss& m : report.misses) {
        const bool vi = language == Language::Vietnamese;
        misses.rows.append({day(m.day), vi ? m.book : m.bookEn, QString::number(m.entryNumber), m.subjectName,
                            vi ? m.fieldLabel : m.fieldLabelEn, m.before, m.after,
                            reportLabel(QStringLiteral("class.") + m.correctionClass, language), m.pair});
        missJson.append(QJsonObject{{QStringLiteral("day"), m.day.toString(Qt::ISODate)},
                                    {QStringLiteral("book"), vi ? m.book : m.bookEn},
                                    {QStringLiteral("entry"), m.entryNumber},
                                    {QStringLiteral("subjectName"), m.subjectName},
                                    {QStringLiteral("field"), m.fieldKey},
                                    {QStringLiteral("before"), m.before},
                                    {QStringLiteral("after"), m.after},
                                    {QStringLiteral("class"), m.correctionClass},
                                    {QStringLiteral("pair"), m.pair}});
    }
    doc.tables.append(misses);
    doc.data.insert(QStringLiteral("misses"), missJson);
    return doc;
}

const QStringList& reportKinds() {
    static const QStringList kinds{QStringLiteral("progress"), QStringLiteral("corrections"),
                                   QStringLiteral("volunteers"), QStringLiteral("spot-checks")};
    return kinds;
}

Result<ReportDocument> buildReport(Session& session, const ReportRequest& request, Language language) {
    const auto toDocument = [language](auto report) -> Result<ReportDocument> {
        if (!report) {
            return report.error();
        }
        return documentOf(report.value(), language);
    };
    if (request.kind == QLatin1String("progress")) {
        return toDocument(ReportService::progress(session, request.scope, request.range, request.dailyTarget));
    }
    if (request.kind == QLatin1String("corrections")) {
        return toDocument(ReportService::corrections(session, request.scope, request.range));
    }
    if (request.kind == QLatin1String("volunteers")) {
        return toDocument(ReportService::volunteers(session, request.scope, request.range, request.deidentified));
    }
    if (request.kind == QLatin1String("spot-checks")) {
        return toDocument(ReportService::spotChecks(session, request.scope, request.range, request.deidentified));
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("no report called %1").arg(request.kind.left(40)));
}

} // namespace dc::core
