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
class SessionTask;

// The view model of the recovery form: with the site's recovery code, sets a new password for one account
// (and rebuilds a missing or damaged keyring), then signs that account in. Secrets passed in are wiped.
class RecoveryForm : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // Which field the message is about, for the page to put the focus there: "code", "userName", "password"
    // or "" (none in particular).
    Q_PROPERTY(QString problemField READ problemField NOTIFY messageChanged)

public:
    static constexpr int kCodeDigits = 40; // core/keyring/RecoveryCode.h

    explicit RecoveryForm(QObject* parent = nullptr);
    ~RecoveryForm() override;

    void classBegin() override;
    void componentComplete() override {}

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString problemField() const;

    // The digits typed so far (spaces, dashes and dots between groups are allowed), for the counter under
    // the field; -1 when something else was typed.
    Q_INVOKABLE int countCodeDigits(const QString& code) const;

    // Checks the form here (code format, both passwords the same), then recovers on a worker thread. Every
    // argument but the user name is wiped.
    Q_INVOKABLE void recover(QString code, const QString& userName, QString password, QString repeated);
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void busyChanged();
    void messageChanged();
    void recovered(); // the account is signed in (CurrentSession.signedIn)
    void attemptFailed();

private:
    enum class Problem { None, NoDatabase, NoCode, NoUserName, NoPassword, PasswordsDiffer, Service };

    void setProblem(Problem problem, core::Error error = {});
    void setBusy(bool busy);
    void finishAttempt();

    AppContext* m_context = nullptr;
    SessionTask* m_task = nullptr;
    bool m_busy = false;
    Problem m_problem = Problem::None;
    core::Error m_error;
};

} // namespace dc::gui
