// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/Accounts.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace dc::gui {

class Language;

// The site's accounts as UserService::listUsers returns them (removed ones included, by user name). Filled by
// AdminAccounts; read-only for QML.
class AccountListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use AdminAccounts.accounts")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        UserNameRole = Qt::UserRole + 1, // QString: "lan"
        DisplayNameRole,                 // QString: "Nguyễn Thị Lan"
        RoleNameRole,                    // QString: the role in the interface language, "Tình nguyện viên"
        SupervisorRole,                  // bool: a supervisor's account
        ActiveRole,                      // bool: false once removed (the row stays: history names its people)
        CreatedOnRole,                   // QString: the day the account was made, dd/MM/yyyy (UTC+7)
        AwaitingRole,                    // bool: made by a roster package, not activated yet (issue 14)
    };
    Q_ENUM(Role)

    explicit AccountListModel(Language* language, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_accounts.size()); }

    void setAccounts(std::vector<core::UserAccount> accounts);
    [[nodiscard]] std::optional<core::UserAccount> account(int row) const;
    // The row of this user name, -1 when absent.
    Q_INVOKABLE int rowOf(const QString& userName) const;

Q_SIGNALS:
    void countChanged();

private:
    std::vector<core::UserAccount> m_accounts;
};

} // namespace dc::gui
