// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/ReviewItemsModel.h"

#include "app/gui/DisplayText.h"

namespace dc::gui {

ReviewItemsModel::ReviewItemsModel(QObject* parent) : QAbstractListModel(parent) {}

int ReviewItemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ReviewItemsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return value(index.row(), static_cast<Role>(role));
}

QVariant ReviewItemsModel::value(int row, Role role) const {
    const core::ReviewItem* reviewed = item(row);
    if (!reviewed) {
        return {};
    }
    const core::LoggedCheck& check = reviewed->check;
    switch (role) {
    case CheckIdRole:
        return check.id;
    case EntryNumberRole:
        return check.entryNumber;
    case BookTitleRole:
        return m_text.bookTitle(check.bookId);
    case OutcomeKeyRole:
        return core::outcomeKey(check.outcome);
    case OutcomeNameRole:
        return text::outcomeName(check.outcome);
    case StateKeyRole:
        return core::reviewStateKey(reviewed->state);
    case StateNameRole:
        return text::reviewStateName(reviewed->state);
    case SubjectNameRole:
        return check.subjectName;
    case RegistrationDateRole:
        return check.registrationDate;
    case LoggedAtRole: {
        const QDateTime at = QDateTime::fromString(check.loggedAt, Qt::ISODate);
        return at.isValid() ? text::dateTime(at) : QString();
    }
    case ReaderRole:
        return m_text.person(reviewed->reader);
    case CheckerRole:
        return m_text.person(reviewed->checker);
    case CorrectionsRole:
        return m_text.corrections(check);
    case TranscriptRole:
        return check.transcript;
    case HistoryRole:
        return m_text.history(*reviewed);
    case ReasonRole:
        return m_text.lastReason(*reviewed);
    case SupervisorRole:
        return reviewed->history.empty() ? QString() : m_text.person(reviewed->history.back().supervisor);
    case AmendmentsRole:
        return m_text.amendments(*reviewed);
    }
    return {};
}

QHash<int, QByteArray> ReviewItemsModel::roleNames() const {
    return {
        {CheckIdRole, "checkId"},         {EntryNumberRole, "entryNumber"}, {BookTitleRole, "bookTitle"},
        {OutcomeKeyRole, "outcomeKey"},   {OutcomeNameRole, "outcomeName"}, {StateKeyRole, "stateKey"},
        {StateNameRole, "stateName"},     {SubjectNameRole, "subjectName"}, {RegistrationDateRole, "registrationDate"},
        {LoggedAtRole, "loggedAt"},       {ReaderRole, "reader"},           {CheckerRole, "checker"},
        {CorrectionsRole, "corrections"}, {TranscriptRole, "transcript"},   {HistoryRole, "history"},
        {ReasonRole, "reason"},           {SupervisorRole, "supervisor"},   {AmendmentsRole, "amendments"},
    };
}

void ReviewItemsModel::setItems(std::vector<core::ReviewItem> items, const ReviewText& text) {
    const bool countChanges = items.size() != m_items.size();
    beginResetModel();
    m_items = std::move(items);
    m_text = text;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

void ReviewItemsModel::retranslate(const ReviewText& text) {
    m_text = text;
    if (!m_items.empty()) {
        Q_EMIT dataChanged(index(0), index(count() - 1));
    }
}

void ReviewItemsModel::clear() {
    setItems({}, m_text);
}

const core::ReviewItem* ReviewItemsModel::item(int row) const {
    return row >= 0 && row < count() ? &m_items[static_cast<std::size_t>(row)] : nullptr;
}

} // namespace dc::gui
