// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace dc::gui {

class AppContext;

// The activation of an account a roster package made (issue 14, core::UserService::activate): the volunteer types
// the one-time code printed on the roster sheet and chooses a password (twice), inside the session already open —
// the partner's at the pair sign-in, or the supervisor's on the accounts page. Whether the code is right, spent or
// expired, the strength rule and the throttling are UserService's; this only asks and words the answer. The code
// and the passwords are wiped once read.
//
// The call runs on the interface thread, as the accounts page's do (AdminAccounts): the new slot's Argon2id takes
// 0.5–1 s, and the session may not be used by two threads at once.
class ActivationForm : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString userName READ userName WRITE setUserName NOTIFY userNameChanged)
    // Why the last attempt failed, in the interface language; empty when there is nothing to say.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // "lan is activated: sign in with the new password." after a success; empty otherwise.
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY changed)
    Q_PROPERTY(Field problemField READ problemField NOTIFY changed)

public:
    // The field a refusal is about, for the page to put the focus there.
    enum class Field { None, UserName, Code, Password };
    Q_ENUM(Field)

    explicit ActivationForm(QObject* parent = nullptr);
    ~ActivationForm() override;

    void classBegin() override;
    void componentComplete() override {}

    [[nodiscard]] QString userName() const { return m_userName; }
    void setUserName(const QString& userName);
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString confirmation() const { return m_confirmation; }
    [[nodiscard]] Field problemField() const;

    // Activates userName with `code` and `password` (typed twice); true when done. Every argument is wiped.
    Q_INVOKABLE bool activate(QString code, QString password, QString repeated);
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void userNameChanged();
    void changed();
    void activated(const QString& userName);

private:
    enum class Problem { None, NoUserName, NoCode, NoPassword, PasswordsDiffer, Service };
    void fail(Problem problem, core::Error error = {});

    AppContext* m_context = nullptr;
    QString m_userName;
    Problem m_problem = Problem::None;
    core::Error m_error;
    QString m_confirmation;
};

} // namespace dc::gui
