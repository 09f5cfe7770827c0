// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/TrainingMistakeModel.h"

#include "app/gui/TrainingText.h"
#include "core/domain/EntrySchema.h"

#include <algorithm>

namespace dc::gui {

TrainingMistakeModel::TrainingMistakeModel(QObject* parent) : QAbstractListModel(parent) {}

int TrainingMistakeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant TrainingMistakeModel::data(const QModelIndex& index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case EntryNumberRole:
        return row.entryNumber;
    case KindRole:
        return row.kind;
    case KindNameRole:
        return row.kindName;
    case FieldRole:
        return row.field;
    case ExpectedRole:
        return row.expected;
    case LoggedRole:
        return row.logged;
    case ExplanationRole:
        return row.explanation;
    default:
        return {};
    }
}

QHash<int, QByteArray> TrainingMistakeModel::roleNames() const {
    return {
        {EntryNumberRole, "entryNumber"}, {KindRole, "kind"},     {KindNameRole, "kindName"},      {FieldRole, "field"},
        {ExpectedRole, "expected"},       {LoggedRole, "logged"}, {ExplanationRole, "explanation"}};
}

void TrainingMistakeModel::setMistakes(core::domain::RecordType type,
                                       const std::vector<core::training::Mistake>& mistakes, bool vietnamese) {
    const core::domain::EntrySchema& schema = core::domain::entrySchema(type);
    std::vector<Row> rows;
    rows.reserve(mistakes.size());
    for (const auto& mistake : mistakes) {
        Row row;
        row.entryNumber = mistake.entryNumber;
        row.kind = core::training::mistakeKindKey(mistake.kind);
        row.kindName = trainingtext::mistakeKindName(mistake.kind);
        if (!mistake.fieldKey.isEmpty()) {
            const core::domain::FieldSpec* spec = schema.field(mistake.fieldKey);
            row.field = spec ? (vietnamese ? spec->labelVi : spec->labelEn) : mistake.fieldKey;
        }
        row.expected = trainingtext::answerText(mistake.expected);
        row.logged = trainingtext::answerText(mistake.logged);
        row.explanation = vietnamese ? mistake.explanationVi : mistake.explanationEn;
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.entryNumber < b.entryNumber; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

void TrainingMistakeModel::clear() {
    if (m_rows.empty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace dc::gui
