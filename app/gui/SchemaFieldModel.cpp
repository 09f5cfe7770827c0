// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/SchemaFieldModel.h"

#include "core/domain/VietnameseText.h"

namespace dc::gui {

namespace {
using core::domain::FieldSpec;
} // namespace

SchemaFieldModel::SchemaFieldModel(QObject* parent) : QAbstractListModel(parent) {}

int SchemaFieldModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant SchemaFieldModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FieldSpec& field = *m_shown[static_cast<std::size_t>(index.row())];
    switch (role) {
    case FieldKeyRole:
        return field.key;
    case LabelRole:
        return m_vietnamese ? field.labelVi : field.labelEn;
    case KindRole:
        return core::domain::valueKindKey(field.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> SchemaFieldModel::roleNames() const {
    return {{FieldKeyRole, "fieldKey"}, {LabelRole, "label"}, {KindRole, "kind"}};
}

void SchemaFieldModel::setFilter(const QString& filter) {
    if (filter != m_filter) {
        m_filter = filter;
        Q_EMIT filterChanged();
        refilter();
    }
}

void SchemaFieldModel::setSchema(const core::domain::EntrySchema* schema, bool vietnamese) {
    beginResetModel();
    m_schema = schema;
    m_vietnamese = vietnamese;
    m_shown.clear();
    m_ordered.clear();
    if (schema) {
        // The name the entry is found by (the schema's keys.name: a birth's subject, a marriage's husband) comes
        // first; the registration facts (commune, book, year, number, date: the entry's own, Person::Entry) are the
        // book's, rarely wrong in the database, and go last.
        if (const FieldSpec* name = schema->field(schema->keys.name)) {
            m_ordered.push_back(name);
        }
        for (const bool registration : {false, true}) {
            for (const FieldSpec& field : schema->fields) {
                if ((field.person == core::domain::Person::Entry) == registration && field.key != schema->keys.name) {
                    m_ordered.push_back(&field);
                }
            }
        }
    }
    endResetModel();
    refilter();
    Q_EMIT countChanged();
}

void SchemaFieldModel::setVietnamese(bool vietnamese) {
    if (vietnamese != m_vietnamese) {
        m_vietnamese = vietnamese;
        if (count() > 0) {
            Q_EMIT dataChanged(index(0), index(count() - 1), {LabelRole});
        }
    }
}

QString SchemaFieldModel::keyAt(int row) const {
    return row >= 0 && row < count() ? m_shown[static_cast<std::size_t>(row)]->key : QString();
}

// Rows leave and join one by one rather than in a reset: a view creating delegates while the filter is typed keeps
// track of them (a reset under it cancels delegates it no longer can place).
void SchemaFieldModel::refilter() {
    const QString wanted = core::domain::foldForSearch(m_filter);
    const auto matches = [&](const FieldSpec* field) {
        return wanted.isEmpty() || core::domain::foldForSearch(field->labelVi).contains(wanted) ||
               core::domain::foldForSearch(field->labelEn).contains(wanted) || field->key.contains(wanted);
    };
    const int before = count();
    std::size_t row = 0;
    for (const FieldSpec* field : m_ordered) {
        const bool shown = row < m_shown.size() && m_shown[row] == field;
        const bool wantedHere = matches(field);
        const int at = static_cast<int>(row);
        if (shown && !wantedHere) {
            beginRemoveRows({}, at, at);
            m_shown.erase(m_shown.begin() + at);
            endRemoveRows();
        } else if (!shown && wantedHere) {
            beginInsertRows({}, at, at);
            m_shown.insert(m_shown.begin() + at, field);
            endInsertRows();
            ++row;
        } else if (shown) {
            ++row;
        }
    }
    if (count() != before) {
        Q_EMIT countChanged();
    }
}

} // namespace dc::gui
