// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/RecordType.h"
#include "core/domain/Values.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dc::core::domain {

// Whose fact a field records.
enum class Person { Entry, Subject, Father, Mother, Husband, Wife, Declarant };
[[nodiscard]] QString personKey(Person person); // "entry", "subject", "father", ...

struct FieldSpec {
    QString key; // stable: "subject.full_name" (docs/FIELDS.md)
    QString labelVi;
    QString labelEn;
    ValueKind kind = ValueKind::Text;
    bool required = false;
    Person person = Person::Entry;
    QStringList
        synonyms; // what volunteers also call it ("cccd", "ngày sinh", "quê"): the field picker finds it by them
};

// The fields that identify an entry of a book, named by the schema so that no C++ spells a field key: the entry
// number and the registration date (common to every record type) and the name the pair types to find the entry
// again (a birth's or a death's subject, a marriage's husband).
struct KeyFields {
    QString number; // "registration.entry_number"
    QString date;   // "registration.date"
    QString name;   // "subject.full_name", "husband.full_name"
};

// The fields of one record type, as data: core/domain/schemas/*.json (embedded resources). The registration
// facts (commune, book number, year, entry number, registration date) come first and are common to all.
struct EntrySchema {
    RecordType recordType = RecordType::Birth;
    QString version; // e.g. "birth/1": stored with every logged entry
    QString titleVi;
    QString titleEn;
    std::vector<FieldSpec> fields;
    KeyFields keys;
    QHash<QString, std::size_t> index; // key → position in fields
    [[nodiscard]] const FieldSpec* field(const QString& key) const;
};

// The schema of a record type. The resources are part of the program; they are checked by the tests, so a
// damaged one is a build error, not a user's problem.
[[nodiscard]] const EntrySchema& entrySchema(RecordType type);

} // namespace dc::core::domain
