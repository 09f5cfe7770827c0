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

// The view model of the partner page: after a volunteer signed in, the second member of the pair signs in to the
// same session with their own user name and password (SignIn::addPartner, on a worker thread: Argon2id). The
// password is never stored: addPartner() turns it into a wiped-on-release buffer and wipes the string.
class PartnerForm : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString userName READ userName WRITE setUserName NOTIFY userNameChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Why the last attempt failed, in the interface language; empty when there is nothing to say.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // The failure concerns the user name (unknown, invalid, the same person twice): the page focuses it.
    Q_PROPERTY(bool userNameProblem READ userNameProblem NOTIFY messageChanged)
    // The partner's account came with a roster package and is not activated yet (issue 14): the page offers the
    // activation with the code on the roster sheet (ActivationForm), inside this session.
    Q_PROPERTY(bool awaitingActivation READ awaitingActivation NOTIFY messageChanged)

public:
    explicit PartnerForm(QObject* parent = nullptr);
    ~PartnerForm() override;

    void classBegin() override;
    void componentComplete() override {}

    [[nodiscard]] QString userName() const { return m_userName; }
    void setUserName(const QString& userName);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool userNameProblem() const;
    [[nodiscard]] bool awaitingActivation() const {
        return m_problem == Problem::Service && m_error.code == core::ErrorCode::AwaitingActivation;
    }

    // `password` is wiped (QML clears its field too).
    Q_INVOKABLE void addPartner(QString password);
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void userNameChanged();
    void busyChanged();
    void messageChanged();
    void added();         // the pair is signed in (CurrentSession.hasPartner)
    void attemptFailed(); // the message says why

private:
    enum class Problem { None, NoUserName, NoPassword, Service };

    void setProblem(Problem problem, core::Error error = {});
    void setBusy(bool busy);
    void finish(bool added);

    AppContext* m_context = nullptr;
    QString m_userName;
    bool m_busy = false;
    Problem m_problem = Problem::None;
    core::Error m_error;
};

} // namespace dc::gui
