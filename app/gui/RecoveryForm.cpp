// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/RecoveryForm.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Language.h"
#include "app/gui/SelectedSite.h"
#include "app/gui/SessionController.h"
#include "app/gui/SessionTask.h"
#include "core/services/Accounts.h"
#include "core/services/SignIn.h"

namespace dc::gui {

namespace {

bool isCodeSeparator(QChar c) {
    return c == u' ' || c == u'-' || c == u'.' || c == u'\t' || c == u'\n' || c == u'\r';
}

// The digits of a typed code, in a buffer that is wiped on release; empty when anything but digits and
// separators was typed or the count is wrong.
crypto::SecureBuffer codeDigits(const QString& typed) {
    crypto::SecureBuffer digits;
    int count = 0;
    for (const QChar c : typed) {
        if (c >= u'0' && c <= u'9') {
            const char digit = static_cast<char>(c.unicode());
            digits.append(std::string_view(&digit, 1));
            ++count;
        } else if (!isCodeSeparator(c)) {
            return {};
        }
    }
    return count == RecoveryForm::kCodeDigits ? std::move(digits) : crypto::SecureBuffer();
}

} // namespace

RecoveryForm::RecoveryForm(QObject* parent) : QObject(parent), m_task(new SessionTask(this)) {
    connect(m_task, &SessionTask::finished, this, &RecoveryForm::finishAttempt);
}

RecoveryForm::~RecoveryForm() = default;

void RecoveryForm::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("RecoveryForm: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &RecoveryForm::messageChanged);
}

QString RecoveryForm::message() const {
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NoDatabase:
        return tr("Choose the site database first.");
    case Problem::NoCode:
        return app::errorText(core::makeError(core::ErrorCode::InvalidRecoveryCode));
    case Problem::NoUserName:
        return tr("Enter the user name of the account to recover.");
    case Problem::NoPassword:
        return tr("Enter a new password.");
    case Problem::PasswordsDiffer:
        return tr("The two new passwords are not the same. Type them again.");
    case Problem::Service:
        return app::errorText(m_error);
    }
    return {};
}

QString RecoveryForm::problemField() const {
    switch (m_problem) {
    case Problem::NoCode:
        return QStringLiteral("code");
    case Problem::NoUserName:
        return QStringLiteral("userName");
    case Problem::NoPassword:
    case Problem::PasswordsDiffer:
        return QStringLiteral("password");
    case Problem::Service:
        switch (m_error.code) {
        case core::ErrorCode::InvalidRecoveryCode:
        case core::ErrorCode::WrongRecoveryCode:
            return QStringLiteral("code");
        case core::ErrorCode::UnknownUser:
        case core::ErrorCode::InvalidUserName:
        case core::ErrorCode::AccountDisabled:
            return QStringLiteral("userName");
        case core::ErrorCode::PasswordTooShort:
        case core::ErrorCode::PasswordIsUserName:
        case core::ErrorCode::InvalidInput:
            return QStringLiteral("password");
        default:
            return {};
        }
    default:
        return {};
    }
}

int RecoveryForm::countCodeDigits(const QString& code) const {
    int count = 0;
    for (const QChar c : code) {
        if (c >= u'0' && c <= u'9') {
            ++count;
        } else if (!isCodeSeparator(c)) {
            return -1;
        }
    }
    return count;
}

void RecoveryForm::recover(QString code, const QString& userName, QString password, QString repeated) {
    const bool same = password == repeated;
    core::wipeTyped(repeated);
    if (m_busy || !m_context) {
        core::wipeTyped(code);
        core::wipeTyped(password);
        return;
    }
    const QString databasePath = m_context->site()->databasePath();
    const QString user = userName.trimmed();
    crypto::SecureBuffer digits = codeDigits(code);
    core::wipeTyped(code);
    Problem local = Problem::None;
    if (databasePath.isEmpty()) {
        local = Problem::NoDatabase;
    } else if (digits.empty()) {
        local = Problem::NoCode;
    } else if (user.isEmpty()) {
        local = Problem::NoUserName;
    } else if (password.isEmpty()) {
        local = Problem::NoPassword;
    } else if (!same) {
        local = Problem::PasswordsDiffer;
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
    m_task->start([databasePath, user, code = std::move(digits), password = std::move(secret).value()]() {
        return core::SignIn().recover(databasePath, code, user, password);
    });
}

void RecoveryForm::clearMessage() {
    setProblem(Problem::None);
}

void RecoveryForm::finishAttempt() {
    SessionTask::Outcome outcome = m_task->take();
    setBusy(false);
    m_context->site()->refresh(); // a new keyring may have been written
    if (!outcome) {
        setProblem(Problem::Service, outcome.error());
        Q_EMIT attemptFailed();
        return;
    }
    m_context->site()->remember(outcome.value()->user().userName);
    setProblem(Problem::None);
    m_context->session()->adopt(std::move(outcome).value());
    Q_EMIT recovered();
}

void RecoveryForm::setProblem(Problem problem, core::Error error) {
    m_problem = problem;
    m_error = std::move(error);
    Q_EMIT messageChanged();
}

void RecoveryForm::setBusy(bool busy) {
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

} // namespace dc::gui
