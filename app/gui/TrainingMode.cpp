// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/TrainingMode.h"

#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/services/TrainingService.h"

#include <QVariantMap>

namespace dc::gui {

TrainingMode::TrainingMode(bool started, std::vector<Account> accounts, SessionController* sessions, Language* language,
                           QObject* parent)
    : QObject(parent), m_sessions(sessions), m_started(started), m_accounts(std::move(accounts)) {
    connect(m_sessions, &SessionController::signedInChanged, this, &TrainingMode::followSession);
    connect(m_sessions, &SessionController::changed, this, &TrainingMode::changed); // the role
    connect(language, &Language::changed, this, &TrainingMode::accountsChanged);
}

TrainingMode* TrainingMode::create(QQmlEngine* engine, QJSEngine*) {
    return injectedSingleton(engine, &AppContext::training);
}

// Asked once per sign-in: the kind of a site does not change while it is open.
void TrainingMode::followSession() {
    bool trainingSite = false;
    if (core::Session* session = m_sessions->session()) {
        const auto kind = guarded([&] { return core::TrainingService::isTrainingSite(*session); });
        trainingSite = kind && kind.value();
    }
    if (trainingSite != m_trainingSite) {
        m_trainingSite = trainingSite;
    }
    Q_EMIT changed();
}

bool TrainingMode::trainer() const {
    const core::Session* session = m_sessions->session();
    return m_trainingSite && session && session->user().role == core::Role::Supervisor;
}

QVariantList TrainingMode::accounts() const {
    QVariantList list;
    for (const Account& account : m_accounts) {
        list.append(QVariantMap{
            {QStringLiteral("userName"), account.userName},
            {QStringLiteral("displayName"), account.displayName},
            {QStringLiteral("roleName"), text::roleName(static_cast<core::Role>(account.role))},
            {QStringLiteral("password"), account.password},
        });
    }
    return list;
}

} // namespace dc::gui
