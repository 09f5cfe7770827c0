// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/AppConfig.h"

#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Language.h"
#include "core/services/DemoSite.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace dc::gui {

AppConfig::AppConfig(bool demo, Language* language, QObject* parent) : QObject(parent), m_demo(demo) {
    connect(language, &Language::changed, this, &AppConfig::demoAccountsChanged);
}

AppConfig* AppConfig::create(QQmlEngine* engine, QJSEngine*) {
    return injectedSingleton(engine, &AppContext::config);
}

QVariantList AppConfig::demoAccounts() const {
    QVariantList accounts;
    if (!m_demo) {
        return accounts;
    }
    for (const core::DemoAccount& account : core::demoAccounts()) {
        accounts.append(QVariantMap{
            {QStringLiteral("userName"), QString::fromLatin1(account.userName)},
            {QStringLiteral("displayName"), QString::fromUtf8(account.displayName)},
            {QStringLiteral("roleName"), text::roleName(account.role)},
            {QStringLiteral("password"), QString::fromLatin1(account.password)},
        });
    }
    return accounts;
}

QString AppConfig::version() const {
    return QCoreApplication::applicationVersion();
}

} // namespace dc::gui
