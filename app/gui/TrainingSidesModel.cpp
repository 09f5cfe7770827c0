// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/TrainingSidesModel.h"

#include "core/domain/EntrySchema.h"

#include <QHash>

namespace dc::gui {

namespace {

QString valueOf(const std::vector<core::training::FieldValue>& side, const QString& key) {
    for (const auto& field : side) {
        if (field.fieldKey == key) {
            return field.value;
        }
    }
    return {};
}

bool holds(const std::vector<core::training::FieldValue>& side, const QString& key) {
    for (const auto& field : side) {
        if (field.fieldKey == key) {
            return true;
        }
    }
    return false;
}

} // namespace

TrainingSidesModel::TrainingSidesModel(QObject* parent) : QAbstractListModel(parent) {}

int TrainingSidesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant TrainingSidesModel::data(const QModelIndex& index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case FieldKeyRole:
        return row.fieldKey;
    case LabelRole:
        return row.label;
    case BookValueRole:
        return row.bookValue;
    case DatabaseValueRole:
        return row.databaseValue;
    default:
        return {};
    }
}

QHash<int, QByteArray> TrainingSidesModel::roleNames() const {
    return {{FieldKeyRole, "fieldKey"},
            {LabelRole, "label"},
            {BookValueRole, "bookValue"},
            {DatabaseValueRole, "databaseValue"}};
}

void TrainingSidesModel::setEntry(core::domain::RecordType type, const core::training::TrainingEntry& entry,
                                  bool vietnamese) {
    const core::domain::EntrySchema& schema = core::domain::entrySchema(type);
    std::vector<Row> rows;
    // The schema's order first, then any key the schema does not know (kept rather than hidden).
    // The entry's own registration facts (commune, book, year, number) are the page's and the title's: shown only when
    // the two sides disagree on one; the registration date, which the checker types, always.
    QStringList keys;
    for (const auto& field : schema.fields) {
        if (!holds(entry.book, field.key) && !holds(entry.database, field.key)) {
            continue;
        }
        const bool registration = field.person == core::domain::Person::Entry && field.key != schema.keys.date;
        if (registration && (entry.database.empty() || valueOf(entry.book, field.key).trimmed() ==
                                                           valueOf(entry.database, field.key).trimmed())) {
            continue;
        }
        keys.append(field.key);
    }
    for (const auto* side : {&entry.book, &entry.database}) {
        for (const auto& field : *side) {
            if (!schema.field(field.fieldKey) && !keys.contains(field.fieldKey)) {
                keys.append(field.fieldKey);
            }
        }
    }
    for (const QString& key : keys) {
        Row row;
        row.fieldKey = key;
        const core::domain::FieldSpec* spec = schema.field(key);
        row.label = spec ? (vietnamese ? spec->labelVi : spec->labelEn) : key;
        const QString book = valueOf(entry.book, key);
        row.bookValue = entry.illegible ? gapped(book) : book;
        row.databaseValue = valueOf(entry.database, key);
        rows.push_back(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

void TrainingSidesModel::clear() {
    if (m_rows.empty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}

QString TrainingSidesModel::gapped(const QString& text) {
    static const QChar gap(0x2591); // ░, LIGHT SHADE
    QString out;
    out.reserve(text.size());
    int inWord = 0;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            out.append(inWord % 2 == 1 ? gap : c);
            ++inWord;
        } else {
            out.append(c);
            inWord = 0;
        }
    }
    return out;
}

} // namespace dc::gui
