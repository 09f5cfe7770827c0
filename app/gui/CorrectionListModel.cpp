// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/CorrectionListModel.h"

#include "app/gui/DisplayText.h"
#include "app/gui/FindingText.h"
#include "core/domain/Choices.h"

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
        return row.writingDifference;
    case NoteRole:
        return m_schema ? firstNote(row.findings, *m_schema, m_vietnamese).text : QString();
    case NoteBlockingRole:
        return core::domain::hasErrors(row.findings);
    case ChoicesRole:
        return core::domain::matchingChoices(row.field->kind, row.after);
    case ClosedSetRole:
        return core::domain::isClosedSet(row.field->kind);
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
        {NoteRole, "note"},
        {NoteBlockingRole, "noteBlocking"},
        {ChoicesRole, "choices"},
        {ClosedSetRole, "closedSet"},
    };
}

int CorrectionListModel::realCount() const {
    return count() - writingCount();
}

int CorrectionListModel::writingCount() const {
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.writingDifference; }));
}

void CorrectionListModel::setSchema(const core::domain::EntrySchema* schema, bool vietnamese) {
    m_schema = schema;
    m_vietnamese = vietnamese;
    clear();
}

void CorrectionListModel::setVietnamese(bool vietnamese) {
    m_vietnamese = vietnamese;
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0), index(count() - 1), {LabelRole, ClassNameRole, NoteRole});
    }
}

void CorrectionListModel::setChecked(const std::vector<core::domain::CheckedCorrection>& checked) {
    if (checked.size() != m_rows.size()) {
        qWarning("CorrectionListModel: %zu checked corrections for %zu rows", checked.size(), m_rows.size());
        return;
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i].correctionClass = checked[i].correctionClass;
        m_rows[i].writingDifference = checked[i].writingDifference;
        m_rows[i].findings = checked[i].findings;
    }
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(
            index(0), index(count() - 1),
            {ClassShownRole, ClassKeyRole, ClassNameRole, WritingDifferenceRole, NoteRole, NoteBlockingRole});
    }
    Q_EMIT summaryChanged();
}

int CorrectionListModel::add(const QString& fieldKey, const QString& after) {
    if (const int existing = rowOf(fieldKey); existing >= 0) {
        return existing;
    }
    const core::domain::FieldSpec* field = m_schema ? m_schema->field(fieldKey) : nullptr;
    if (!field) {
        return -1;
    }
    Row row{field, QString(), after, CorrectionClass::None, false, {}};
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
            Row row{field, correction.before, correction.after, CorrectionClass::None, false, {}};
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
    setValue(row, &Row::before, text, BeforeRole);
}

void CorrectionListModel::setAfter(int row, const QString& text) {
    setValue(row, &Row::after, text, AfterRole);
}

void CorrectionListModel::setValue(int row, QString Row::*value, const QString& text, Role role) {
    if (!validRow(row) || m_rows[static_cast<std::size_t>(row)].*value == text) {
        return;
    }
    m_rows[static_cast<std::size_t>(row)].*value = text;
    Q_EMIT dataChanged(index(row), index(row), {role, ClassShownRole, ChoicesRole});
    Q_EMIT edited(); // the logging form checks the draft again and hands the result back
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
