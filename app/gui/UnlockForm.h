// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;
class SessionTask;

// The view model of the lock screen: one member of the locked pair types their password, the site is opened again
// and the pair's work session goes on (SignIn::resumePair on a worker thread, then WorkSession::unlocked).
class UnlockForm : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // Which of WorkSession.lockedMembers unlocks: 0 or 1.
    Q_PROPERTY(int memberIndex READ memberIndex WRITE setMemberIndex NOTIFY memberIndexChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit UnlockForm(QObject* parent = nullptr);
    ~UnlockForm() override;

    void classBegin() override;
    void componentComplete() override {}

    [[nodiscard]] int memberIndex() const { return m_memberIndex; }
    void setMemberIndex(int index);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString message() const;

    // `password` is wiped (QML clears its field too).
    Q_INVOKABLE void unlock(QString password);

Q_SIGNALS:
    void memberIndexChanged();
    void busyChanged();
    void messageChanged();
    void attemptFailed();

private:
    void finish();
    void setBusy(bool busy);
    void setError(std::optional<core::Error> error, bool noPassword = false);

    AppContext* m_context = nullptr;
    SessionTask* m_task = nullptr;
    int m_memberIndex = 0;
    bool m_busy = false;
    bool m_noPassword = false;
    std::optional<core::Error> m_error;
};

} // namespace dc::gui
