// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/EntrySchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <stdexcept>

namespace dc::core::domain {

namespace {

constexpr std::array<std::pair<Person, const char*>, 7> kPersons = {{
    {Person::Entry, "entry"},
    {Person::Subject, "subject"},
    {Person::Father, "father"},
    {Person::Mother, "mother"},
    {Person::Husband, "husband"},
    {Person::Wife, "wife"},
    {Person::Declarant, "declarant"},
}};

QJsonObject readResource(const QString& name) {
    // Embedded in the program (qt_add_resources in core/CMakeLists.txt): reading it touches no disk.
    QFile file(QStringLiteral(":/doichieu/domain/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::logic_error("schema resource missing: " + name.toStdString());
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        throw std::logic_error("schema resource is not JSON: " + name.toStdString());
    }
    return document.object();
}

// A field of a person other than the subject is also found by each synonym followed by a word for its person
// ("ngày sinh" + "cha"), from common.json's "persons".
QStringList personSynonyms(const QStringList& synonyms, const QJsonObject& persons, const QString& person) {
    const QJsonArray words = persons.value(person).toArray();
    if (words.isEmpty()) {
        return synonyms;
    }
    QStringList out;
    for (const QString& synonym : synonyms) {
        for (const QJsonValue& word : words) {
            out.append(synonym + u' ' + word.toString());
        }
    }
    return out;
}

void appendFields(std::vector<FieldSpec>& out, const QJsonArray& fields, const QJsonObject& persons) {
    for (const QJsonValue& value : fields) {
        const QJsonObject o = value.toObject();
        FieldSpec spec;
        spec.key = o.value(QStringLiteral("key")).toString();
        spec.labelVi = o.value(QStringLiteral("vi")).toString();
        spec.labelEn = o.value(QStringLiteral("en")).toString();
        spec.required = o.value(QStringLiteral("required")).toBool();
        for (const QJsonValue& synonym : o.value(QStringLiteral("synonyms")).toArray()) {
            if (!synonym.isString() || synonym.toString().trimmed().isEmpty()) {
                throw std::logic_error("schema field has an empty synonym: " + spec.key.toStdString());
            }
            spec.synonyms.append(synonym.toString());
        }
        const auto kind = valueKindFromKey(o.value(QStringLiteral("kind")).toString());
        const QString person = o.value(QStringLiteral("person")).toString();
        const auto it = std::find_if(kPersons.begin(), kPersons.end(),
                                     [&](const auto& p) { return person == QLatin1String(p.second); });
        if (spec.key.isEmpty() || spec.labelVi.isEmpty() || spec.labelEn.isEmpty() || !kind || it == kPersons.end()) {
            throw std::logic_error("schema field is incomplete: " + spec.key.toStdString());
        }
        spec.kind = *kind;
        spec.person = it->first;
        spec.synonyms = personSynonyms(spec.synonyms, persons, person);
        out.push_back(std::move(spec));
    }
}

EntrySchema load(RecordType type) {
    const QJsonObject root = readResource(recordTypeKey(type) + QStringLiteral(".json"));
    EntrySchema schema;
    schema.recordType = type;
    schema.version = root.value(QStringLiteral("version")).toString();
    schema.titleVi = root.value(QStringLiteral("vi")).toString();
    schema.titleEn = root.value(QStringLiteral("en")).toString();
    const QJsonObject common = readResource(QStringLiteral("common.json"));
    const QJsonObject persons = common.value(QStringLiteral("persons")).toObject();
    appendFields(schema.fields, common.value(QStringLiteral("fields")).toArray(), persons);
    appendFields(schema.fields, root.value(QStringLiteral("fields")).toArray(), persons);
    for (std::size_t i = 0; i < schema.fields.size(); ++i) {
        schema.index.insert(schema.fields[i].key, i);
    }
    const QJsonObject commonKeys = common.value(QStringLiteral("keys")).toObject();
    schema.keys.number = commonKeys.value(QStringLiteral("number")).toString();
    schema.keys.date = commonKeys.value(QStringLiteral("date")).toString();
    schema.keys.name = root.value(QStringLiteral("keys")).toObject().value(QStringLiteral("name")).toString();
    // Each key field must be a field of the schema, of the kind its role needs.
    const auto keyOfKind = [&schema](const QString& key, ValueKind kind) {
        const FieldSpec* spec = schema.field(key);
        return spec && spec->kind == kind;
    };
    if (!keyOfKind(schema.keys.number, ValueKind::Number) || !keyOfKind(schema.keys.date, ValueKind::Date) ||
        !keyOfKind(schema.keys.name, ValueKind::PersonName)) {
        throw std::logic_error("schema key fields are missing or of the wrong kind: " + schema.version.toStdString());
    }
    return schema;
}

} // namespace

QString personKey(Person person) {
    for (const auto& [p, key] : kPersons) {
        if (p == person) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

QString recordTypeKey(RecordType type) {
    switch (type) {
    case RecordType::Birth:
        return QStringLiteral("birth");
    case RecordType::Marriage:
        return QStringLiteral("marriage");
    case RecordType::Death:
        return QStringLiteral("death");
    }
    return {};
}

std::optional<RecordType> recordTypeFromKey(const QString& key) {
    for (const RecordType type : {RecordType::Birth, RecordType::Marriage, RecordType::Death}) {
        if (recordTypeKey(type) == key) {
            return type;
        }
    }
    return std::nullopt;
}

const FieldSpec* EntrySchema::field(const QString& key) const {
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &fields[*it];
}

const EntrySchema& entrySchema(RecordType type) {
    static const std::array<EntrySchema, 3> schemas = {load(RecordType::Birth), load(RecordType::Marriage),
                                                       load(RecordType::Death)};
    return schemas[static_cast<std::size_t>(type)];
}

} // namespace dc::core::domain
