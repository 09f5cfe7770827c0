// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/ActivationForm.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/services/Accounts.h"
#include "core/services/UserService.h"

namespace dc::gui {

ActivationForm::ActivationForm(QObject* parent) : QObject(parent) {}

ActivationForm::~ActivationForm() = default;

void ActivationForm::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("ActivationForm: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &ActivationForm::changed);
}

void ActivationForm::setUserName(const QString& userName) {
    if (userName != m_userName) {
        m_userName = userName;
        Q_EMIT userNameChanged();
    }
}

QString ActivationForm::message() const {
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NoUserName:
        return tr("Enter the user name of the account to activate.");
    case Problem::NoCode:
        return tr("Enter the activation code printed on the roster sheet.");
    case Problem::NoPassword:
        return tr("Choose a new password for the account.");
    case Problem::PasswordsDiffer:
        return tr("The two passwords differ. Type the new password twice.");
    case Problem::Service:
        if (m_error.code == core::ErrorCode::InvalidInput) {
            return tr("This account is not awaiting activation: it was activated already (the code works once) "
                      "or did not come with a roster package.");
        }
        if (m_error.code == core::ErrorCode::SignInThrottled) {
            return tr("Too many wrong activation codes. Try again in %n second(s).", nullptr,
                      m_error.retryAfterSeconds);
        }
        return app::errorText(m_error);
    }
    return {};
}

ActivationForm::Field ActivationForm::problemField() const {
    switch (m_problem) {
    case Problem::NoUserName:
        return Field::UserName;
    case Problem::NoCode:
        return Field::Code;
    case Problem::NoPassword:
    case Problem::PasswordsDiffer:
        return Field::Password;
    case Problem::Service:
        switch (m_error.code) {
        case core::ErrorCode::UnknownUser:
        case core::ErrorCode::InvalidUserName:
        case core::ErrorCode::InvalidInput:
            return Field::UserName;
        case core::ErrorCode::WrongActivationCode:
        case core::ErrorCode::ActivationExpired:
        case core::ErrorCode::SignInThrottled:
            return Field::Code;
        case core::ErrorCode::PasswordTooShort:
        case core::ErrorCode::PasswordIsUserName:
        case core::ErrorCode::PasswordTooWeak:
            return Field::Password;
        default:
            return Field::None;
        }
    case Problem::None:
        break;
    }
    return Field::None;
}

bool ActivationForm::activate(QString code, QString password, QString repeated) {
    const bool same = password == repeated;
    core::wipeTyped(repeated);
    const auto wipeAll = [&] {
        core::wipeTyped(code);
        core::wipeTyped(password);
    };
    m_confirmation.clear();
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s) {
        wipeAll();
        return false;
    }
    const QString userName = m_userName.trimmed();
    Problem local = Problem::None;
    if (userName.isEmpty()) {
        local = Problem::NoUserName;
    } else if (code.trimmed().isEmpty()) {
        local = Problem::NoCode; // not sent: an empty code must not count as a wrong one
    } else if (password.isEmpty()) {
        local = Problem::NoPassword;
    } else if (!same) {
        local = Problem::PasswordsDiffer;
    }
    if (local != Problem::None) {
        wipeAll();
        fail(local);
        return false;
    }
    QString trimmedCode = code.trimmed();
    core::wipeTyped(code);
    auto codeSecret = core::takePassword(trimmedCode); // wipes trimmedCode
    auto secret = core::takePassword(password);        // wipes `password`
    if (!codeSecret || !secret) {
        fail(Problem::Service, !codeSecret ? codeSecret.error() : secret.error());
        return false;
    }
    auto done = guarded([&] { return core::UserService::activate(*s, userName, codeSecret.value(), secret.value()); });
    if (!done) {
        fail(Problem::Service, done.error());
        return false;
    }
    m_problem = Problem::None;
    m_error = {};
    m_confirmation = tr("%1 is activated: sign in with the new password.").arg(done->userName);
    Q_EMIT changed();
    Q_EMIT activated(done->userName);
    return true;
}

void ActivationForm::clearMessage() {
    m_confirmation.clear();
    fail(Problem::None);
}

void ActivationForm::fail(Problem problem, core::Error error) {
    m_problem = problem;
    m_error = std::move(error);
    if (problem != Problem::None) {
        m_confirmation.clear();
    }
    Q_EMIT changed();
}

} // namespace dc::gui
