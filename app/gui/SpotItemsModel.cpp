// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/SpotItemsModel.h"

#include "app/gui/DisplayText.h"
#include "core/domain/CorrectionClass.h"

#include <QCoreApplication>

namespace dc::gui {

QString spotResultKey(core::SpotResult result) {
    switch (result) {
    case core::SpotResult::Confirmed:
        return QStringLiteral("confirmed");
    case core::SpotResult::Missed:
        return QStringLiteral("missed");
    case core::SpotResult::Pending:
        break;
    }
    return QStringLiteral("pending");
}

SpotItemsModel::SpotItemsModel(QObject* parent) : QAbstractListModel(parent) {}

int SpotItemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant SpotItemsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return value(index.row(), static_cast<Role>(role));
}

QVariant SpotItemsModel::value(int row, Role role) const {
    const core::SpotItem* spot = item(row);
    if (!spot) {
        return {};
    }
    switch (role) {
    case ItemIdRole:
        return spot->itemId;
    case PairRole:
        return QCoreApplication::translate("SpotItemsModel", "%1 + %2")
            .arg(m_text.person(spot->reader), m_text.person(spot->checker));
    case EntryNumberRole:
        return spot->check.entryNumber;
    case BookTitleRole:
        return m_text.bookTitle(spot->check.bookId);
    case RegistrationDateRole:
        return spot->check.registrationDate;
    case SubjectNameRole:
        return spot->check.subjectName;
    case ResultKeyRole:
        return spotResultKey(spot->result);
    case ResultNameRole:
        return text::spotResultName(spot->result);
    case MissedRole: {
        if (spot->result != core::SpotResult::Missed) {
            return QString();
        }
        const auto correctionClass = core::domain::correctionClassFromKey(spot->correctionClass);
        return QCoreApplication::translate("SpotItemsModel", "%1: %2 → %3 (%4)")
            .arg(m_text.fieldLabel(spot->check.bookId, spot->fieldKey), spot->before, spot->after,
                 correctionClass ? text::correctionClassName(*correctionClass) : spot->correctionClass);
    }
    }
    return {};
}

QHash<int, QByteArray> SpotItemsModel::roleNames() const {
    return {
        {ItemIdRole, "itemId"},
        {PairRole, "pair"},
        {EntryNumberRole, "entryNumber"},
        {BookTitleRole, "bookTitle"},
        {RegistrationDateRole, "registrationDate"},
        {SubjectNameRole, "subjectName"},
        {ResultKeyRole, "resultKey"},
        {ResultNameRole, "resultName"},
        {MissedRole, "missed"},
    };
}

void SpotItemsModel::setItems(std::vector<core::SpotItem> items, const ReviewText& text) {
    const bool countChanges = items.size() != m_items.size();
    beginResetModel();
    m_items = std::move(items);
    m_text = text;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

void SpotItemsModel::retranslate(const ReviewText& text) {
    m_text = text;
    if (!m_items.empty()) {
        Q_EMIT dataChanged(index(0), index(count() - 1));
    }
}

const core::SpotItem* SpotItemsModel::item(int row) const {
    return row >= 0 && row < count() ? &m_items[static_cast<std::size_t>(row)] : nullptr;
}

} // namespace dc::gui
