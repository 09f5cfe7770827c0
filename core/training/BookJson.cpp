// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/EntrySchema.h"
#include "core/training/StrictJson.h"
#include "core/training/Training.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dc::core::training {

namespace {

using strict::refuse;

// The file's format: docs/TRAINING.md "The book as a file". QJsonObject keeps its keys sorted, so the same book gives
// the same bytes.
constexpr const char* kBookFormat = "doichieu-training-book";
constexpr int kBookVersion = 1;
constexpr int kMaxPlanted = 4;
constexpr qint64 kMaxNumber = 999999; // an entry or book number (the domain's "number" kind)

QJsonArray fieldsToJson(const std::vector<FieldValue>& fields) {
    QJsonArray out;
    for (const FieldValue& f : fields) {
        out.append(QJsonObject{{QStringLiteral("field"), f.fieldKey}, {QStringLiteral("value"), f.value}});
    }
    return out;
}

QJsonArray correctionsToJson(const std::vector<ExpectedCorrection>& corrections) {
    QJsonArray out;
    for (const ExpectedCorrection& c : corrections) {
        out.append(QJsonObject{{QStringLiteral("field"), c.fieldKey},
                               {QStringLiteral("before"), c.before},
                               {QStringLiteral("after"), c.after},
                               {QStringLiteral("class"), domain::correctionClassKey(c.correctionClass)}});
    }
    return out;
}

QString fieldKey(const QJsonValue& value, const QString& where, const domain::EntrySchema& schema) {
    const QString key = strict::text(value, where, true);
    if (!schema.field(key)) {
        refuse(QStringLiteral("%1 is not a field of the book's record type").arg(where));
    }
    return key;
}

std::vector<FieldValue> fieldsFromJson(const QJsonValue& value, const QString& where, const domain::EntrySchema& schema,
                                       bool unique) {
    std::vector<FieldValue> out;
    QSet<QString> seen;
    const QJsonArray list = strict::array(value, where, kMaxFieldsPerSide);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject o = strict::object(list.at(i), at);
        strict::keys(o, at, {"field", "value"});
        FieldValue f{fieldKey(o.value(QLatin1String("field")), at + QStringLiteral(".field"), schema),
                     strict::text(o.value(QLatin1String("value")), at + QStringLiteral(".value"), true)};
        if (unique && seen.contains(f.fieldKey)) {
            refuse(QStringLiteral("%1 names a field twice").arg(at));
        }
        seen.insert(f.fieldKey);
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<ExpectedCorrection> correctionsFromJson(const QJsonValue& value, const QString& where,
                                                    const domain::EntrySchema& schema) {
    std::vector<ExpectedCorrection> out;
    const QJsonArray list = strict::array(value, where, kMaxFieldsPerSide);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject o = strict::object(list.at(i), at);
        strict::keys(o, at, {"field", "before", "after", "class"});
        ExpectedCorrection c;
        c.fieldKey = fieldKey(o.value(QLatin1String("field")), at + QStringLiteral(".field"), schema);
        c.before = strict::text(o.value(QLatin1String("before")), at + QStringLiteral(".before"));
        c.after = strict::text(o.value(QLatin1String("after")), at + QStringLiteral(".after"));
        const auto cls = domain::correctionClassFromKey(
            strict::text(o.value(QLatin1String("class")), at + QStringLiteral(".class"), true));
        if (!cls) {
            refuse(QStringLiteral("%1.class is not a correction class").arg(at));
        }
        c.correctionClass = *cls;
        out.push_back(std::move(c));
    }
    return out;
}

TrainingEntry entryFromJson(const QJsonValue& value, const QString& at, const domain::EntrySchema& schema) {
    const QJsonObject o = strict::object(value, at);
    strict::keys(o, at,
                 {"number", "registrationDate", "subjectName", "illegible", "planted", "book", "database", "outcome",
                  "corrections", "writingDifferences"});
    TrainingEntry e;
    e.entryNumber = static_cast<int>(
        strict::integer(o.value(QLatin1String("number")), at + QStringLiteral(".number"), 1, kMaxNumber));
    e.registrationDate =
        strict::text(o.value(QLatin1String("registrationDate")), at + QStringLiteral(".registrationDate"));
    e.subjectName = strict::text(o.value(QLatin1String("subjectName")), at + QStringLiteral(".subjectName"));
    e.illegible = strict::boolean(o.value(QLatin1String("illegible")), at + QStringLiteral(".illegible"));
    const QJsonArray planted =
        strict::array(o.value(QLatin1String("planted")), at + QStringLiteral(".planted"), kMaxPlanted);
    if (planted.isEmpty()) {
        refuse(QStringLiteral("%1.planted is empty").arg(at));
    }
    for (qsizetype i = 0; i < planted.size(); ++i) {
        const QString where = QStringLiteral("%1.planted[%2]").arg(at).arg(i);
        const auto kind = plantedFromKey(strict::text(planted.at(i), where, true));
        if (!kind) {
            refuse(QStringLiteral("%1 is not a kind of planted difference").arg(where));
        }
        e.planted.push_back(*kind);
    }
    e.book = fieldsFromJson(o.value(QLatin1String("book")), at + QStringLiteral(".book"), schema, true);
    // A duplicate's database side holds the record twice: its keys may repeat.
    e.database = fieldsFromJson(o.value(QLatin1String("database")), at + QStringLiteral(".database"), schema, false);
    const auto outcome =
        domain::outcomeFromKey(strict::text(o.value(QLatin1String("outcome")), at + QStringLiteral(".outcome"), true));
    if (!outcome || *outcome == domain::Outcome::Void) {
        refuse(QStringLiteral("%1.outcome is not an outcome of checking an entry").arg(at));
    }
    e.outcome = *outcome;
    e.corrections =
        correctionsFromJson(o.value(QLatin1String("corrections")), at + QStringLiteral(".corrections"), schema);
    e.writingDifferences = correctionsFromJson(o.value(QLatin1String("writingDifferences")),
                                               at + QStringLiteral(".writingDifferences"), schema);
    return e;
}

} // namespace

QByteArray bookToJson(const TrainingBook& book) {
    QJsonArray entries;
    for (const TrainingEntry& e : book.entries) {
        QJsonArray planted;
        for (const Planted p : e.planted) {
            planted.append(plantedKey(p));
        }
        entries.append(QJsonObject{
            {QStringLiteral("number"), e.entryNumber},
            {QStringLiteral("registrationDate"), e.registrationDate},
            {QStringLiteral("subjectName"), e.subjectName},
            {QStringLiteral("illegible"), e.illegible},
            {QStringLiteral("planted"), planted},
            {QStringLiteral("book"), fieldsToJson(e.book)},
            {QStringLiteral("database"), fieldsToJson(e.database)},
            {QStringLiteral("outcome"), domain::outcomeKey(e.outcome)},
            {QStringLiteral("corrections"), correctionsToJson(e.corrections)},
            {QStringLiteral("writingDifferences"), correctionsToJson(e.writingDifferences)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kBookFormat)},
        {QStringLiteral("version"), kBookVersion},
        {QStringLiteral("type"), domain::recordTypeKey(book.type)},
        {QStringLiteral("year"), book.year},
        {QStringLiteral("bookNumber"), book.bookNumber},
        {QStringLiteral("seed"), QString::number(book.seed)},
        {QStringLiteral("entries"), entries},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<TrainingBook> bookFromJson(const QByteArray& bytes) {
    return strict::guarded([&bytes] {
        const QJsonObject root = strict::document(bytes, "book");
        const QString at = QStringLiteral("the book");
        strict::keys(root, at, {"format", "version", "type", "year", "bookNumber", "seed", "entries"});
        if (strict::text(root.value(QLatin1String("format")), QStringLiteral("format")) != QLatin1String(kBookFormat)) {
            refuse(QStringLiteral("the file is not a training book"));
        }
        if (strict::integer(root.value(QLatin1String("version")), QStringLiteral("version"), 1, 1000) != kBookVersion) {
            refuse(QStringLiteral("the book's version is not one this program reads"));
        }
        TrainingBook book;
        const auto type =
            domain::recordTypeFromKey(strict::text(root.value(QLatin1String("type")), QStringLiteral("type")));
        if (!type) {
            refuse(QStringLiteral("type is not birth, marriage or death"));
        }
        book.type = *type;
        book.year =
            static_cast<int>(strict::integer(root.value(QLatin1String("year")), QStringLiteral("year"), 1800, 2100));
        book.bookNumber = static_cast<int>(
            strict::integer(root.value(QLatin1String("bookNumber")), QStringLiteral("bookNumber"), 1, kMaxNumber));
        book.seed = strict::seed(root.value(QLatin1String("seed")), QStringLiteral("seed"));
        const QJsonArray entries =
            strict::array(root.value(QLatin1String("entries")), QStringLiteral("entries"), kMaxBookEntries);
        if (entries.isEmpty()) {
            refuse(QStringLiteral("entries is empty"));
        }
        const domain::EntrySchema& schema = domain::entrySchema(book.type);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            TrainingEntry e = entryFromJson(entries.at(i), QStringLiteral("entries[%1]").arg(i), schema);
            if (!book.entries.empty() && e.entryNumber <= book.entries.back().entryNumber) {
                refuse(QStringLiteral("entries[%1].number does not follow the entry before it").arg(i));
            }
            book.entries.push_back(std::move(e));
        }
        return book;
    });
}

} // namespace dc::core::training
