// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/AdminAccounts.h"

#include "app/common/ErrorText.h"
#include "app/gui/AccountListModel.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/NewRecoveryCode.h"
#include "app/gui/SessionController.h"
#include "core/services/UserService.h"

namespace dc::gui {

namespace {

// What a removal or a compromised password did to the site's key, in words.
QString keyChangeText(const core::UserService::KeyChange& change) {
    if (change.recoveryCode) {
        return AdminAccounts::tr("The site's key was changed with a NEW recovery code (this site predates key "
                                 "generations): save and print the new sheet below; the old one no longer works.");
    }
    if (change.rekeyed) {
        return AdminAccounts::tr("The site's key moved to generation %1: a copy of the keyring made before no longer "
                                 "opens the database. The printed recovery code still works.")
            .arg(change.generation);
    }
    return AdminAccounts::tr("The site is open in another program: the account is disabled now, and the key changes "
                             "at the next day close.");
}

} // namespace

AdminAccounts::AdminAccounts(QObject* parent) : QObject(parent) {}

AdminAccounts::~AdminAccounts() = default;

void AdminAccounts::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("AdminAccounts: no dc::gui::AppContext on this QML engine");
        return;
    }
    m_accounts = new AccountListModel(m_context->language(), this);
    m_code = new NewRecoveryCode(m_context->language(), m_context->navigator(), this);
    connect(m_context->language(), &Language::changed, this, &AdminAccounts::changed);
}

void AdminAccounts::componentComplete() {
    reload();
}

QString AdminAccounts::message() const {
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NoUserName:
        return tr("Enter the user name of the new account.");
    case Problem::NoPassword:
        return tr("Enter the password.");
    case Problem::PasswordsDiffer:
        return tr("The two passwords are not the same. Type them again.");
    case Problem::NoAccount:
        return tr("Choose an account in the list first.");
    case Problem::Service:
        return app::errorText(m_error);
    }
    return {};
}

AdminAccounts::Field AdminAccounts::problemField() const {
    switch (m_problem) {
    case Problem::NoUserName:
        return Field::UserName;
    case Problem::NoPassword:
    case Problem::PasswordsDiffer:
        return Field::Password;
    case Problem::Service:
        switch (m_error.code) {
        case core::ErrorCode::InvalidUserName:
        case core::ErrorCode::UserExists:
            return Field::UserName;
        case core::ErrorCode::PasswordTooShort:
        case core::ErrorCode::PasswordIsUserName:
        case core::ErrorCode::PasswordTooWeak:
            return Field::Password;
        case core::ErrorCode::InvalidInput:
            return Field::DisplayName;
        default:
            return Field::None;
        }
    default:
        return Field::None;
    }
}

bool AdminAccounts::reload() {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s) {
        return false;
    }
    auto users = guarded([&] { return core::UserService::listUsers(*s); });
    if (!users) {
        m_accounts->setAccounts({});
        fail(Problem::Service, users.error());
        return false;
    }
    m_accounts->setAccounts(std::move(users).value());
    Q_EMIT changed(); // awaiting
    return true;
}

bool AdminAccounts::add(const QString& userName, const QString& displayName, bool supervisor, QString password,
                        QString repeated) {
    const bool same = password == repeated;
    core::wipeTyped(repeated);
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s) {
        core::wipeTyped(password);
        return false;
    }
    Problem local = Problem::None;
    if (userName.trimmed().isEmpty()) {
        local = Problem::NoUserName;
    } else if (password.isEmpty()) {
        local = Problem::NoPassword;
    } else if (!same) {
        local = Problem::PasswordsDiffer;
    }
    if (local != Problem::None) {
        core::wipeTyped(password);
        fail(local);
        return false;
    }
    auto secret = core::takePassword(password); // wipes `password`
    if (!secret) {
        fail(Problem::Service, secret.error());
        return false;
    }
    const core::NewAccount account{userName, displayName.trimmed(),
                                   supervisor ? core::Role::Supervisor : core::Role::Volunteer,
                                   std::move(secret).value()};
    auto user = guarded([&] { return core::UserService::addUser(*s, account); });
    if (!user) {
        fail(Problem::Service, user.error());
        return false;
    }
    reload();
    succeed(tr("Added %1 %2 (%3). They sign in with the password you gave them.")
                .arg(text::roleName(user->role).toLower(), user->userName, user->displayName));
    return true;
}

bool AdminAccounts::remove(int row) {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    const auto account = m_accounts ? m_accounts->account(row) : std::nullopt;
    if (!s) {
        return false;
    }
    if (!account) {
        fail(Problem::NoAccount);
        return false;
    }
    auto removed = guarded([&] { return core::UserService::removeUser(*s, account->userName); });
    if (!removed) {
        fail(Problem::Service, removed.error());
        return false;
    }
    if (removed->recoveryCode) {
        m_code->hold(std::move(*removed->recoveryCode), s->siteName(), s->user().userName);
    }
    reload();
    succeed(tr("Removed %1; their past work stays attributed to them.").arg(account->userName) + QLatin1Char(' ') +
            keyChangeText(removed.value()));
    return true;
}

bool AdminAccounts::resetPassword(int row, QString password, QString repeated, bool compromised) {
    const bool same = password == repeated;
    core::wipeTyped(repeated);
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    const auto account = m_accounts ? m_accounts->account(row) : std::nullopt;
    Problem local = Problem::None;
    if (!account) {
        local = Problem::NoAccount;
    } else if (password.isEmpty()) {
        local = Problem::NoPassword;
    } else if (!same) {
        local = Problem::PasswordsDiffer;
    }
    if (!s || local != Problem::None) {
        core::wipeTyped(password);
        if (s) {
            fail(local);
        }
        return false;
    }
    auto secret = core::takePassword(password); // wipes `password`
    if (!secret) {
        fail(Problem::Service, secret.error());
        return false;
    }
    auto changed =
        guarded([&] { return core::UserService::setPassword(*s, account->userName, secret.value(), compromised); });
    if (!changed) {
        fail(Problem::Service, changed.error());
        return false;
    }
    if (changed->recoveryCode) {
        m_code->hold(std::move(*changed->recoveryCode), s->siteName(), s->user().userName);
    }
    QString words = tr("New password set for %1.").arg(account->userName);
    if (compromised) {
        words += QLatin1Char(' ') + keyChangeText(changed.value());
    }
    succeed(words);
    return true;
}

void AdminAccounts::clearMessage() {
    m_problem = Problem::None;
    m_confirmation.clear();
    Q_EMIT changed();
}

void AdminAccounts::fail(Problem problem, core::Error error) {
    m_problem = problem;
    m_error = std::move(error);
    m_confirmation.clear();
    Q_EMIT changed();
}

int AdminAccounts::awaiting() const {
    int n = 0;
    for (int row = 0; row < m_accounts->count(); ++row) {
        const auto account = m_accounts->account(row);
        n += account && account->awaitingActivation ? 1 : 0;
    }
    return n;
}

void AdminAccounts::succeed(const QString& confirmation) {
    m_problem = Problem::None;
    m_confirmation = confirmation;
    Q_EMIT changed();
}

} // namespace dc::gui
