// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/AppContext.h"

#include "app/gui/AppConfig.h"
#include "app/gui/Language.h"
#include "app/gui/Navigator.h"
#include "app/gui/SelectedSite.h"
#include "app/gui/SessionController.h"
#include "app/gui/WorkSession.h"

#include <QQmlEngine>
#include <QSettings>

namespace dc::gui {

namespace {
constexpr const char* kEngineProperty = "_doichieu_appContext";
} // namespace

AppContext::AppContext(const Options& options, std::unique_ptr<QSettings> settings, QQmlEngine& engine)
    : QObject(&engine), m_settings(std::move(settings)), m_demo(options.demo) {
    m_language = new Language(engine, *m_settings, this);
    m_language->start(options.language);
    m_config = new AppConfig(m_demo, m_language, this);
    // The local training site is remembered no more than the demo's: the next plain start opens the real site.
    m_site = new SelectedSite(*m_settings, m_language, m_demo || options.training, this);
    m_site->start(options.databasePath);
    m_session = new SessionController(m_language, this);
    m_work = new WorkSession(m_session, m_language, *m_settings, options.idleMinutes, this);
    m_navigator = new Navigator(m_session, m_work, this);
    m_training = new TrainingMode(options.training, options.trainingAccounts, m_session, m_language, this);
    engine.setProperty(kEngineProperty, QVariant::fromValue(static_cast<QObject*>(this)));
}

AppContext::~AppContext() {
    // Sign out first: the work session ends, the database closes and the keys are wiped before anything else
    // goes (the navigator and the pair's work session refer to the session, so they go just before). Then the
    // members that hold a reference to the settings, before the settings themselves.
    delete m_training;
    m_training = nullptr;
    delete m_navigator;
    m_navigator = nullptr;
    delete m_work;
    m_work = nullptr;
    delete m_session;
    delete m_site;
    delete m_config;
    delete m_language;
    m_session = nullptr;
    m_site = nullptr;
    m_config = nullptr;
    m_language = nullptr;
}

AppContext* AppContext::of(const QQmlEngine* engine) {
    if (!engine) {
        return nullptr;
    }
    return qobject_cast<AppContext*>(engine->property(kEngineProperty).value<QObject*>());
}

AppContext* AppContext::of(const QObject* qmlObject) {
    return of(qmlEngine(qmlObject));
}

} // namespace dc::gui
