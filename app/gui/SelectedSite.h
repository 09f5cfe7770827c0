// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class QSettings;

namespace dc::gui {

class Language;

// The site database the sign-in and recovery forms open, and what can be told about it without a password:
// whether the file is there, and the site name from the keyring beside it. Outside demo mode the last
// database signed in to and the user name are remembered in the settings (nothing secret: a path and a name).
class SelectedSite : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY changed)
    Q_PROPERTY(QString displayPath READ displayPath NOTIFY changed) // with the system's separators
    Q_PROPERTY(QUrl folder READ folder NOTIFY changed)              // where the file dialog starts
    Q_PROPERTY(QString siteName READ siteName NOTIFY changed)       // empty while the keyring cannot be read
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed) // empty when Ready

public:
    enum class Status {
        NoneChosen,        // no path yet
        DatabaseMissing,   // no file at the path
        Ready,             // database and keyring there; siteName is known
        KeyringMissing,    // no keyring beside the database: the recovery code makes a new one
        KeyringDamaged,    // the keyring cannot be parsed: the recovery code makes a new one
        KeyringUnreadable, // the keyring exists but cannot be opened (permissions)
    };
    Q_ENUM(Status)

    SelectedSite(QSettings& settings, Language* language, bool demo, QObject* parent = nullptr);
    static SelectedSite* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    // `preselected` from --db or --demo; empty: the remembered path.
    void start(const QString& preselected);

    [[nodiscard]] QString databasePath() const { return m_path; }
    [[nodiscard]] QString displayPath() const;
    [[nodiscard]] QUrl folder() const;
    [[nodiscard]] QString siteName() const { return m_siteName; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString statusText() const;

    Q_INVOKABLE void setDatabasePath(const QString& path);
    // From the file dialog.
    Q_INVOKABLE void choose(const QUrl& fileUrl);
    // Reads the keyring again (after a failed sign-in, or a recovery that wrote a new keyring).
    Q_INVOKABLE void refresh();
    // After a successful sign-in: the path and the user name are preselected next time (not in demo mode).
    void remember(const QString& userName);
    [[nodiscard]] QString rememberedUserName() const;

Q_SIGNALS:
    void changed();

private:
    QSettings& m_settings;
    bool m_demo = false;
    QString m_path;
    QString m_siteName;
    Status m_status = Status::NoneChosen;
};

} // namespace dc::gui
