// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/TrainingMode.h"

#include <QJSEngine>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QQmlEngine;
class QSettings;

namespace dc::gui {

class AppConfig;
class Language;
class Navigator;
class SelectedSite;
class SessionController;
class TrainingMode;
class WorkSession;

// What the view models of one QML engine share: the settings, the language, the selected site database, the
// signed-in session, the pair's work session and the page on screen. main.cpp (and the Qt Quick tests, and the
// screenshot tool) create one before any QML is loaded; the engine owns it. The QML singletons' create() functions hand
// out its members, so the instances are injected per engine and nothing here is a process-wide global.
class AppContext : public QObject {
    Q_OBJECT

public:
    struct Options {
        bool demo = false;     // `--demo`: the window says DEMO and the sign-in page lists the demo accounts
        QString databasePath;  // `--db` or the demo database; empty: the one remembered in the settings
        QString language;      // `--lang`; empty: the one remembered in the settings, else Vietnamese
        int idleMinutes = 0;   // `--idle-minutes`; 0: the setting session/idleMinutes, else 5
        bool training = false; // `--training`: the local training site, its banner and its printed accounts
        std::vector<TrainingMode::Account> trainingAccounts; // what `--training` lists on the sign-in page
    };

    // Takes the settings (QSettings() in the program, a file in a temporary folder in tests). Never store
    // passwords, keys or citizen data in them: paths, a user name and the language only.
    AppContext(const Options& options, std::unique_ptr<QSettings> settings, QQmlEngine& engine);
    ~AppContext() override;

    // The context installed on the engine that created `object`, or nullptr.
    [[nodiscard]] static AppContext* of(const QQmlEngine* engine);
    [[nodiscard]] static AppContext* of(const QObject* qmlObject);

    [[nodiscard]] bool demo() const { return m_demo; }
    [[nodiscard]] QSettings& settings() { return *m_settings; }
    [[nodiscard]] AppConfig* config() const { return m_config; }
    [[nodiscard]] Language* language() const { return m_language; }
    [[nodiscard]] SelectedSite* site() const { return m_site; }
    [[nodiscard]] SessionController* session() const { return m_session; }
    [[nodiscard]] WorkSession* work() const { return m_work; }
    [[nodiscard]] Navigator* navigator() const { return m_navigator; }
    [[nodiscard]] TrainingMode* training() const { return m_training; }

private:
    std::unique_ptr<QSettings> m_settings;
    bool m_demo = false;
    Language* m_language = nullptr;
    AppConfig* m_config = nullptr;
    SelectedSite* m_site = nullptr;
    SessionController* m_session = nullptr;
    WorkSession* m_work = nullptr;
    Navigator* m_navigator = nullptr;
    TrainingMode* m_training = nullptr;
};

// For the create() functions of the QML singletons: the engine's instance, kept in C++ ownership.
template <typename T> T* injectedSingleton(QQmlEngine* engine, T* (AppContext::*member)() const) {
    AppContext* context = AppContext::of(engine);
    if (!context) {
        qCritical("No dc::gui::AppContext on this QML engine: create one before loading QML");
        return nullptr;
    }
    T* instance = (context->*member)();
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace dc::gui
