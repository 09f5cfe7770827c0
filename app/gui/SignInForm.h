// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace dc::gui {

class AppContext;
class SessionTask;

// The view model of the sign-in page: the user name, the attempt on a worker thread, and the message after
// a failed one. The password is never stored here: signIn() takes it, turns it into a wiped-on-release buffer
// and wipes the string it was given. The site database is the one SelectedSite holds.
class SignInForm : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // Starts as the last user name signed in with (outside demo mode).
    Q_PROPERTY(QString userName READ userName WRITE setUserName NOTIFY userNameChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Why the last attempt failed, in the interface language; empty when there is nothing to say.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // The keyring is missing or damaged: the page offers the recovery form.
    Q_PROPERTY(bool offerRecovery READ offerRecovery NOTIFY messageChanged)
    // While sign-ins are throttled: the seconds left, counting down (the message says it too).
    Q_PROPERTY(int retrySeconds READ retrySeconds NOTIFY messageChanged)
    // The failure concerns the user name (unknown or invalid): the page puts the focus there.
    Q_PROPERTY(bool userNameProblem READ userNameProblem NOTIFY messageChanged)

public:
    explicit SignInForm(QObject* parent = nullptr);
    ~SignInForm() override;

    void classBegin() override;
    void componentComplete() override {}

    [[nodiscard]] QString userName() const { return m_userName; }
    void setUserName(const QString& userName);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool offerRecovery() const;
    [[nodiscard]] int retrySeconds() const { return m_retrySeconds; }
    [[nodiscard]] bool userNameProblem() const;

    // Signs in to the selected site on a worker thread. `password` is wiped (QML clears its field too).
    Q_INVOKABLE void signIn(QString password);
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void userNameChanged();
    void busyChanged();
    void messageChanged();
    void signedIn();      // the session is open (CurrentSession.signedIn)
    void attemptFailed(); // the message says why

private:
    enum class Problem { None, NoDatabase, NoUserName, NoPassword, Service };

    void setProblem(Problem problem, core::Error error = {});
    void setBusy(bool busy);
    void finishAttempt();
    void tick();

    AppContext* m_context = nullptr;
    SessionTask* m_task = nullptr;
    QString m_userName;
    bool m_busy = false;
    Problem m_problem = Problem::None;
    core::Error m_error;
    int m_retrySeconds = 0;
    QDeadlineTimer m_retryDeadline;
    QTimer m_countdown;
};

} // namespace dc::gui
