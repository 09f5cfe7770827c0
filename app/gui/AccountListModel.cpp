// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/AccountListModel.h"

#include "app/gui/DisplayText.h"
#include "app/gui/Language.h"

namespace dc::gui {

AccountListModel::AccountListModel(Language* language, QObject* parent) : QAbstractListModel(parent) {
    connect(language, &Language::changed, this, [this] {
        if (!m_accounts.empty()) {
            Q_EMIT dataChanged(index(0), index(count() - 1), {RoleNameRole});
        }
    });
}

int AccountListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::UserAccount& account = m_accounts[static_cast<std::size_t>(index.row())];
    switch (role) {
    case UserNameRole:
        return account.userName;
    case DisplayNameRole:
        return account.displayName;
    case RoleNameRole:
        return text::roleName(account.role);
    case SupervisorRole:
        return account.role == core::Role::Supervisor;
    case ActiveRole:
        return account.active;
    case CreatedOnRole:
        return text::storedDate(account.createdAt);
    case AwaitingRole:
        return account.awaitingActivation;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const {
    return {{UserNameRole, "userName"},          {DisplayNameRole, "displayName"}, {RoleNameRole, "roleName"},
            {SupervisorRole, "supervisor"},      {ActiveRole, "active"},           {CreatedOnRole, "createdOn"},
            {AwaitingRole, "awaitingActivation"}};
}

void AccountListModel::setAccounts(std::vector<core::UserAccount> accounts) {
    const bool countChanges = accounts.size() != m_accounts.size();
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

std::optional<core::UserAccount> AccountListModel::account(int row) const {
    if (row < 0 || row >= count()) {
        return std::nullopt;
    }
    return m_accounts[static_cast<std::size_t>(row)];
}

int AccountListModel::rowOf(const QString& userName) const {
    for (int row = 0; row < count(); ++row) {
        if (m_accounts[static_cast<std::size_t>(row)].userName == userName) {
            return row;
        }
    }
    return -1;
}

} // namespace dc::gui
