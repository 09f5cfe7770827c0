// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/SchemaFieldModel.h"

#include "core/domain/FieldSearch.h"

#include <algorithm>

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

// The rows shown are those core::domain::searchFields finds for the filter, best matches first (the spot-check's
// picker and the logging screen's share it). Rows leave, move and join one by one rather than in a reset: a view
// creating delegates while the filter is typed keeps track of them (a reset under it cancels delegates it no longer
// can place).
void SchemaFieldModel::refilter() {
    const std::vector<const FieldSpec*> wanted = core::domain::searchFields(m_ordered, m_filter);
    const int before = count();
    for (int row = count() - 1; row >= 0; --row) {
        if (std::find(wanted.begin(), wanted.end(), m_shown[static_cast<std::size_t>(row)]) == wanted.end()) {
            beginRemoveRows({}, row, row);
            m_shown.erase(m_shown.begin() + row);
            endRemoveRows();
        }
    }
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        if (i < m_shown.size() && m_shown[i] == wanted[i]) {
            continue;
        }
        const int to = static_cast<int>(i);
        const auto found = std::find(m_shown.begin() + to, m_shown.end(), wanted[i]);
        if (found != m_shown.end()) {
            const int from = static_cast<int>(found - m_shown.begin());
            beginMoveRows({}, from, from, {}, to);
            m_shown.erase(found);
            m_shown.insert(m_shown.begin() + to, wanted[i]);
            endMoveRows();
        } else {
            beginInsertRows({}, to, to);
            m_shown.insert(m_shown.begin() + to, wanted[i]);
            endInsertRows();
        }
    }
    if (count() != before) {
        Q_EMIT countChanged();
    }
}

} // namespace dc::gui
