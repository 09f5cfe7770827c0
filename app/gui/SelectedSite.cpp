// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/SelectedSite.h"

#include "app/gui/AppContext.h"
#include "app/gui/Language.h"
#include "core/keyring/KeyringFile.h"
#include "core/services/Session.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace dc::gui {

namespace {
constexpr const char* kPathKey = "site/databasePath";
constexpr const char* kUserNameKey = "site/userName";
} // namespace

SelectedSite::SelectedSite(QSettings& settings, Language* language, bool demo, QObject* parent)
    : QObject(parent), m_settings(settings), m_demo(demo) {
    connect(language, &Language::changed, this, &SelectedSite::changed);
}

SelectedSite* SelectedSite::create(QQmlEngine* engine, QJSEngine*) {
    return injectedSingleton(engine, &AppContext::site);
}

void SelectedSite::start(const QString& preselected) {
    setDatabasePath(preselected.isEmpty() ? m_settings.value(QLatin1String(kPathKey)).toString() : preselected);
}

QString SelectedSite::displayPath() const {
    return QDir::toNativeSeparators(m_path);
}

QUrl SelectedSite::folder() const {
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    return QUrl::fromLocalFile(dir);
}

QString SelectedSite::statusText() const {
    switch (m_status) {
    case Status::NoneChosen:
        return tr("No site database chosen yet.");
    case Status::DatabaseMissing:
        return tr("There is no database file at this path.");
    case Status::Ready:
        return {};
    case Status::KeyringMissing:
        return tr("The keyring file beside the database is missing.");
    case Status::KeyringDamaged:
        return tr("The keyring file beside the database is damaged.");
    case Status::KeyringUnreadable:
        return tr("The keyring file beside the database cannot be read.");
    }
    return {};
}

void SelectedSite::setDatabasePath(const QString& path) {
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    refresh();
}

void SelectedSite::choose(const QUrl& fileUrl) {
    if (fileUrl.isLocalFile()) {
        setDatabasePath(fileUrl.toLocalFile());
    }
}

void SelectedSite::refresh() {
    m_siteName.clear();
    if (m_path.isEmpty()) {
        m_status = Status::NoneChosen;
    } else if (!QFileInfo(m_path).isFile()) {
        m_status = Status::DatabaseMissing;
    } else {
        // The keyring is not encrypted as a whole; its site name is readable without a password.
        auto ring = core::keyring::loadKeyring(core::SitePaths::forDatabase(m_path).keyring);
        if (ring) {
            m_status = Status::Ready;
            m_siteName = ring->siteName;
        } else if (ring.error().code == core::ErrorCode::KeyringMissing) {
            m_status = Status::KeyringMissing;
        } else if (ring.error().code == core::ErrorCode::KeyringDamaged) {
            m_status = Status::KeyringDamaged;
        } else {
            m_status = Status::KeyringUnreadable;
        }
    }
    Q_EMIT changed();
}

void SelectedSite::remember(const QString& userName) {
    if (m_demo || m_path.isEmpty()) {
        return;
    }
    m_settings.setValue(QLatin1String(kPathKey), m_path);
    m_settings.setValue(QLatin1String(kUserNameKey), userName);
}

QString SelectedSite::rememberedUserName() const {
    return m_demo ? QString() : m_settings.value(QLatin1String(kUserNameKey)).toString();
}

} // namespace dc::gui
