// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/SignInForm.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Language.h"
#include "app/gui/SelectedSite.h"
#include "app/gui/SessionController.h"
#include "app/gui/SessionTask.h"
#include "core/services/Accounts.h"
#include "core/services/SignIn.h"

#include <cmath>

namespace dc::gui {

namespace {
constexpr int kTickMs = 250;
} // namespace

SignInForm::SignInForm(QObject* parent) : QObject(parent), m_task(new SessionTask(this)) {
    connect(m_task, &SessionTask::finished, this, &SignInForm::finishAttempt);
    m_countdown.setInterval(kTickMs);
    connect(&m_countdown, &QTimer::timeout, this, &SignInForm::tick);
}

SignInForm::~SignInForm() = default;

void SignInForm::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("SignInForm: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &SignInForm::messageChanged);
    setUserName(m_context->site()->rememberedUserName());
}

void SignInForm::setUserName(const QString& userName) {
    if (userName == m_userName) {
        return;
    }
    m_userName = userName;
    Q_EMIT userNameChanged();
}

QString SignInForm::message() const {
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NoDatabase:
        return tr("Choose the site database first.");
    case Problem::NoUserName:
        return tr("Enter your user name.");
    case Problem::NoPassword:
        return tr("Enter your password.");
    case Problem::Service: {
        core::Error shown = m_error;
        if (shown.code == core::ErrorCode::SignInThrottled) {
            shown.retryAfterSeconds = m_retrySeconds;
        }
        return app::errorText(shown);
    }
    }
    return {};
}

bool SignInForm::offerRecovery() const {
    return m_problem == Problem::Service &&
           (m_error.code == core::ErrorCode::KeyringMissing || m_error.code == core::ErrorCode::KeyringDamaged);
}

bool SignInForm::userNameProblem() const {
    return m_problem == Problem::NoUserName ||
           (m_problem == Problem::Service &&
            (m_error.code == core::ErrorCode::UnknownUser || m_error.code == core::ErrorCode::InvalidUserName ||
             m_error.code == core::ErrorCode::AccountDisabled));
}

void SignInForm::signIn(QString password) {
    if (m_busy || !m_context) {
        core::wipeTyped(password);
        return;
    }
    const QString databasePath = m_context->site()->databasePath();
    const QString userName = m_userName.trimmed();
    Problem local = Problem::None;
    if (databasePath.isEmpty()) {
        local = Problem::NoDatabase;
    } else if (userName.isEmpty()) {
        local = Problem::NoUserName;
    } else if (password.isEmpty()) {
        local = Problem::NoPassword; // not sent to the service: an empty attempt must not count as a failure
    }
    if (local != Problem::None) {
        core::wipeTyped(password);
        setProblem(local);
        Q_EMIT attemptFailed();
        return;
    }
    auto secret = core::takePassword(password); // wipes `password`
    if (!secret) {
        setProblem(Problem::Service, secret.error());
        Q_EMIT attemptFailed();
        return;
    }
    setProblem(Problem::None);
    setBusy(true);
    m_task->start([databasePath, userName, password = std::move(secret).value()]() {
        return core::SignIn().signIn(databasePath, userName, password);
    });
}

void SignInForm::clearMessage() {
    setProblem(Problem::None);
}

void SignInForm::finishAttempt() {
    SessionTask::Outcome outcome = m_task->take();
    setBusy(false);
    if (!outcome) {
        setProblem(Problem::Service, outcome.error());
        m_context->site()->refresh();
        Q_EMIT attemptFailed();
        return;
    }
    m_context->site()->remember(outcome.value()->user().userName);
    setProblem(Problem::None);
    m_context->session()->adopt(std::move(outcome).value());
    Q_EMIT signedIn();
}

void SignInForm::setProblem(Problem problem, core::Error error) {
    m_problem = problem;
    m_error = std::move(error);
    m_countdown.stop();
    m_retrySeconds = 0;
    if (problem == Problem::Service && m_error.code == core::ErrorCode::SignInThrottled) {
        m_retrySeconds = m_error.retryAfterSeconds;
        m_retryDeadline.setRemainingTime(std::chrono::seconds(m_retrySeconds));
        m_countdown.start();
    }
    Q_EMIT messageChanged();
}

void SignInForm::tick() {
    const auto left = static_cast<int>(std::ceil(static_cast<double>(m_retryDeadline.remainingTime()) / 1000.0));
    if (left <= 0) {
        setProblem(Problem::None); // the account may try again
        return;
    }
    if (left != m_retrySeconds) {
        m_retrySeconds = left;
        Q_EMIT messageChanged();
    }
}

void SignInForm::setBusy(bool busy) {
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

} // namespace dc::gui
