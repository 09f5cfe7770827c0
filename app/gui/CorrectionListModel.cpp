// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/CorrectionListModel.h"

#include "app/gui/DisplayText.h"
#include "core/domain/Values.h"

#include <algorithm>

namespace dc::gui {

namespace {
using core::domain::CorrectionClass;
} // namespace

CorrectionListModel::CorrectionListModel(QObject* parent) : QAbstractListModel(parent) {}

int CorrectionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant CorrectionListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case FieldKeyRole:
        return row.field->key;
    case LabelRole:
        return m_vietnamese ? row.field->labelVi : row.field->labelEn;
    case BeforeRole:
        return row.before;
    case AfterRole:
        return row.after;
    case ClassShownRole:
        return !row.before.trimmed().isEmpty() || !row.after.trimmed().isEmpty();
    case ClassKeyRole:
        return core::domain::correctionClassKey(row.correctionClass);
    case ClassNameRole:
        return text::correctionClassName(row.correctionClass);
    case WritingDifferenceRole:
        return core::domain::isWritingDifference(row.correctionClass);
    case AfterMessageRole:
        return row.afterNote.text;
    case AfterBlockingRole:
        return row.afterNote.blocking;
    default:
        return {};
    }
}

QHash<int, QByteArray> CorrectionListModel::roleNames() const {
    return {
        {FieldKeyRole, "fieldKey"},
        {LabelRole, "label"},
        {BeforeRole, "before"},
        {AfterRole, "after"},
        {ClassShownRole, "classShown"},
        {ClassKeyRole, "classKey"},
        {ClassNameRole, "className"},
        {WritingDifferenceRole, "writingDifference"},
        {AfterMessageRole, "afterMessage"},
        {AfterBlockingRole, "afterBlocking"},
    };
}

int CorrectionListModel::realCount() const {
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) {
        return !core::domain::isWritingDifference(row.correctionClass);
    }));
}

int CorrectionListModel::writingCount() const {
    return count() - realCount();
}

void CorrectionListModel::setSchema(const core::domain::EntrySchema* schema, bool vietnamese) {
    m_schema = schema;
    m_vietnamese = vietnamese;
    clear();
}

void CorrectionListModel::setVietnamese(bool vietnamese) {
    m_vietnamese = vietnamese;
    for (Row& row : m_rows) {
        recheck(row);
    }
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0), index(count() - 1));
    }
}

void CorrectionListModel::recheck(Row& row) const {
    const auto checked = core::domain::checkValue(row.field->kind, row.after, row.field->key);
    row.afterNote = m_schema ? firstNote(checked.findings, *m_schema, m_vietnamese) : FieldNote{};
    row.correctionClass =
        core::domain::classifyCorrection(core::domain::classifierKindFor(row.field->kind), row.before, row.after);
}

int CorrectionListModel::add(const QString& fieldKey, const QString& after) {
    if (const int existing = rowOf(fieldKey); existing >= 0) {
        return existing;
    }
    const core::domain::FieldSpec* field = m_schema ? m_schema->field(fieldKey) : nullptr;
    if (!field) {
        return -1;
    }
    Row row{field, QString(), after, CorrectionClass::None, {}};
    recheck(row);
    beginInsertRows({}, count(), count());
    m_rows.push_back(std::move(row));
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT summaryChanged();
    return count() - 1;
}

void CorrectionListModel::setInputs(const std::vector<core::CorrectionInput>& corrections) {
    beginResetModel();
    m_rows.clear();
    for (const core::CorrectionInput& correction : corrections) {
        if (const core::domain::FieldSpec* field = m_schema ? m_schema->field(correction.fieldKey) : nullptr) {
            Row row{field, correction.before, correction.after, CorrectionClass::None, {}};
            recheck(row);
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT summaryChanged();
}

void CorrectionListModel::clear() {
    if (m_rows.empty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT summaryChanged();
}

std::vector<core::CorrectionInput> CorrectionListModel::inputs() const {
    std::vector<core::CorrectionInput> out;
    out.reserve(m_rows.size());
    for (const Row& row : m_rows) {
        out.push_back(core::CorrectionInput{row.field->key, row.before, row.after});
    }
    return out;
}

int CorrectionListModel::rowOf(const QString& fieldKey) const {
    const auto found =
        std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& row) { return row.field->key == fieldKey; });
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

void CorrectionListModel::setBefore(int row, const QString& text) {
    if (validRow(row) && m_rows[static_cast<std::size_t>(row)].before != text) {
        m_rows[static_cast<std::size_t>(row)].before = text;
        recheck(m_rows[static_cast<std::size_t>(row)]);
        Q_EMIT dataChanged(index(row), index(row));
        Q_EMIT summaryChanged();
    }
}

void CorrectionListModel::setAfter(int row, const QString& text) {
    if (validRow(row) && m_rows[static_cast<std::size_t>(row)].after != text) {
        m_rows[static_cast<std::size_t>(row)].after = text;
        recheck(m_rows[static_cast<std::size_t>(row)]);
        Q_EMIT dataChanged(index(row), index(row));
        Q_EMIT summaryChanged();
    }
}

void CorrectionListModel::remove(int row) {
    if (!validRow(row)) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    Q_EMIT countChanged();
    Q_EMIT summaryChanged();
}

} // namespace dc::gui
