// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/UnlockForm.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Language.h"
#include "app/gui/SessionTask.h"
#include "app/gui/WorkSession.h"
#include "core/services/Accounts.h"
#include "core/services/SignIn.h"

#include <algorithm>

namespace dc::gui {

UnlockForm::UnlockForm(QObject* parent) : QObject(parent), m_task(new SessionTask(this)) {
    connect(m_task, &SessionTask::finished, this, &UnlockForm::finish);
}

UnlockForm::~UnlockForm() = default;

void UnlockForm::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("UnlockForm: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &UnlockForm::messageChanged);
}

void UnlockForm::setMemberIndex(int index) {
    index = std::clamp(index, 0, 1);
    if (index != m_memberIndex) {
        m_memberIndex = index;
        Q_EMIT memberIndexChanged();
        // "Wrong password" was said of the other member's password: it is not true of this one.
        if (!m_busy && (m_error || m_noPassword)) {
            setError(std::nullopt);
        }
    }
}

QString UnlockForm::message() const {
    if (m_noPassword) {
        return tr("Enter your password.");
    }
    return m_error ? app::errorText(*m_error) : QString();
}

void UnlockForm::unlock(QString password) {
    if (m_busy || !m_context || !m_context->work()->lock()) {
        core::wipeTyped(password);
        return;
    }
    const WorkSession::Lock& lock = *m_context->work()->lock();
    if (password.isEmpty()) {
        setError(std::nullopt, true);
        Q_EMIT attemptFailed();
        return;
    }
    auto secret = core::takePassword(password); // wipes `password`
    if (!secret) {
        setError(secret.error());
        Q_EMIT attemptFailed();
        return;
    }
    setError(std::nullopt);
    setBusy(true);
    const QString userName = m_memberIndex == 0 ? lock.pair.firstUserName : lock.pair.partnerUserName;
    m_task->start([path = lock.databasePath, pair = lock.pair, userName, password = std::move(secret).value()]() {
        return core::SignIn().resumePair(path, pair, userName, password);
    });
}

void UnlockForm::finish() {
    SessionTask::Outcome outcome = m_task->take();
    setBusy(false);
    if (!outcome) {
        setError(outcome.error());
        Q_EMIT attemptFailed();
        return;
    }
    m_context->work()->unlocked(std::move(outcome).value()); // the lock screen goes away with this form
}

void UnlockForm::setError(std::optional<core::Error> error, bool noPassword) {
    m_error = std::move(error);
    m_noPassword = noPassword;
    Q_EMIT messageChanged();
}

void UnlockForm::setBusy(bool busy) {
    if (busy != m_busy) {
        m_busy = busy;
        if (m_context) {
            m_context->work()->setUnlockBusy(busy); // the sign-out key waits for the password check
        }
        Q_EMIT busyChanged();
    }
}

} // namespace dc::gui
