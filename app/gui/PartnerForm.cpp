// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/PartnerForm.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/services/Accounts.h"

namespace dc::gui {

PartnerForm::PartnerForm(QObject* parent) : QObject(parent) {}

PartnerForm::~PartnerForm() = default;

void PartnerForm::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("PartnerForm: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &PartnerForm::messageChanged);
    connect(m_context->session(), &SessionController::partnerFinished, this, &PartnerForm::finish);
}

void PartnerForm::setUserName(const QString& userName) {
    if (userName != m_userName) {
        m_userName = userName;
        Q_EMIT userNameChanged();
    }
}

QString PartnerForm::message() const {
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NoUserName:
        return tr("Enter your partner's user name.");
    case Problem::NoPassword:
        return tr("Enter your partner's password.");
    case Problem::Service:
        if (m_error.code == core::ErrorCode::NotAPair) {
            return tr("%1 is already signed in. The second member of the pair signs in with their own account.")
                .arg(m_context ? m_context->session()->displayName() : QString());
        }
        return app::errorText(m_error);
    }
    return {};
}

bool PartnerForm::userNameProblem() const {
    return m_problem == Problem::NoUserName ||
           (m_problem == Problem::Service &&
            (m_error.code == core::ErrorCode::UnknownUser || m_error.code == core::ErrorCode::InvalidUserName ||
             m_error.code == core::ErrorCode::AccountDisabled || m_error.code == core::ErrorCode::NotAPair));
}

void PartnerForm::addPartner(QString password) {
    if (m_busy || !m_context || !m_context->session()->signedIn()) {
        core::wipeTyped(password);
        return;
    }
    const QString userName = m_userName.trimmed();
    Problem local = Problem::None;
    if (userName.isEmpty()) {
        local = Problem::NoUserName;
    } else if (password.isEmpty()) {
        local = Problem::NoPassword; // not sent: an empty attempt must not count as a failed sign-in
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
    m_context->session()->addPartner(userName, std::move(secret).value());
}

void PartnerForm::clearMessage() {
    setProblem(Problem::None);
}

void PartnerForm::finish(bool added) {
    if (!m_busy) {
        return; // not this form's attempt
    }
    setBusy(false);
    if (added) {
        setProblem(Problem::None);
        Q_EMIT this->added();
        return;
    }
    const auto& error = m_context->session()->partnerError();
    setProblem(Problem::Service, error ? *error : core::makeError(core::ErrorCode::Internal));
    Q_EMIT attemptFailed();
}

void PartnerForm::setProblem(Problem problem, core::Error error) {
    m_problem = problem;
    m_error = std::move(error);
    Q_EMIT messageChanged();
}

void PartnerForm::setBusy(bool busy) {
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

} // namespace dc::gui
