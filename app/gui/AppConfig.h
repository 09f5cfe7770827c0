// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace dc::gui {

class Language;

// How the program was started: demo mode and what it shows.
class AppConfig : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // `--demo`: the window title and a banner on every page say DEMO.
    Q_PROPERTY(bool demo READ demo CONSTANT)
    // Demo mode only (empty otherwise): the demo site's accounts, printed on the sign-in page. Each entry is a
    // map with userName, displayName, roleName (in the interface language) and password. These passwords
    // are public on purpose: the demo site must never hold real data.
    Q_PROPERTY(QVariantList demoAccounts READ demoAccounts NOTIFY demoAccountsChanged)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    AppConfig(bool demo, Language* language, QObject* parent = nullptr);
    static AppConfig* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    [[nodiscard]] bool demo() const { return m_demo; }
    [[nodiscard]] QVariantList demoAccounts() const;
    [[nodiscard]] QString version() const;

Q_SIGNALS:
    void demoAccountsChanged();

private:
    bool m_demo = false;
};

} // namespace dc::gui
