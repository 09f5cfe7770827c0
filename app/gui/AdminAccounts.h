// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/AccountListModel.h"
#include "app/gui/NewRecoveryCode.h"
#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The supervisor's accounts page: the site's accounts and what `doichieu-admin user` does — add (role and initial
// password, checked by the same strength rule), remove (the key moves to its next generation), reset a password
// (with `compromised`: the old one may have been seen, re-keyed as a removal is). Each call is UserService's,
// which checks the permission: a volunteer's session is refused there, whatever the page shows. Passwords passed
// in are wiped.
//
// The calls run on the interface thread: a new slot's Argon2id takes 0.5–1 s with the site's calibrated parameters,
// and the session may not be used by two threads at once (the page shows `busy` before it calls).
class AdminAccounts : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(dc::gui::AccountListModel* accounts READ accounts CONSTANT)
    // A recovery code issued by a removal on a site older than key generations (shown once).
    Q_PROPERTY(dc::gui::NewRecoveryCode* newCode READ newCode CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY changed)
    Q_PROPERTY(Field problemField READ problemField NOTIFY changed)
    // How many accounts a roster package made are awaiting activation (issue 14: the page offers A for them).
    Q_PROPERTY(int awaiting READ awaiting NOTIFY changed)

public:
    // The field a refusal is about, for the page to put the focus there.
    enum class Field { None, UserName, DisplayName, Password };
    Q_ENUM(Field)

    explicit AdminAccounts(QObject* parent = nullptr);
    ~AdminAccounts() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] AccountListModel* accounts() const { return m_accounts; }
    [[nodiscard]] NewRecoveryCode* newCode() const { return m_code; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString confirmation() const { return m_confirmation; }
    [[nodiscard]] Field problemField() const;
    [[nodiscard]] int awaiting() const;

    // Lists the accounts (UserService::listUsers); false and a message when refused.
    Q_INVOKABLE bool reload();
    Q_INVOKABLE bool add(const QString& userName, const QString& displayName, bool supervisor, QString password,
                         QString repeated);
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool resetPassword(int row, QString password, QString repeated, bool compromised);
    Q_INVOKABLE void clearMessage();
    // Shows `confirmation` as the page's: what another form on the page (the activation box) did.
    Q_INVOKABLE void confirm(const QString& confirmation) { succeed(confirmation); }

Q_SIGNALS:
    void changed();

private:
    enum class Problem { None, NoUserName, NoPassword, PasswordsDiffer, NoAccount, Service };
    void fail(Problem problem, core::Error error = {});
    void succeed(const QString& confirmation);

    AppContext* m_context = nullptr;
    AccountListModel* m_accounts = nullptr;
    NewRecoveryCode* m_code = nullptr;
    Problem m_problem = Problem::None;
    core::Error m_error;
    QString m_confirmation;
};

} // namespace dc::gui
