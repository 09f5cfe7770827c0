// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class QSettings;

namespace dc::gui {

// The language of the interface: Vietnamese (the default, from the compiled translation in the resources) or
// English (the source strings). Switching retranslates the running interface; the choice made in the interface
// is remembered in the settings, while `--lang` only applies to one run.
class Language : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code NOTIFY changed)
    // The language the switch offers, named in that language ("English" / "Tiếng Việt").
    Q_PROPERTY(QString otherCode READ otherCode NOTIFY changed)
    Q_PROPERTY(QString otherName READ otherName NOTIFY changed)

public:
    Language(QQmlEngine& engine, QSettings& settings, QObject* parent = nullptr);
    static Language* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    // `requested` from the command line; empty: the remembered language, else Vietnamese.
    void start(const QString& requested);

    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString otherCode() const;
    [[nodiscard]] QString otherName() const;
    // For core's bilingual catalogs (finding messages, field labels).
    [[nodiscard]] bool vietnamese() const { return m_code == QLatin1String("vi"); }

    // Switches and remembers the choice. Unknown codes are ignored.
    Q_INVOKABLE void setCode(const QString& code);
    Q_INVOKABLE void toggle();

    [[nodiscard]] static bool isSupported(const QString& code);

Q_SIGNALS:
    // After the translators changed and the QML bindings were retranslated; C++ view models that hold
    // translated text re-emit their properties on it.
    void changed();

private:
    bool apply(const QString& code);

    QQmlEngine& m_engine;
    QSettings& m_settings;
    QString m_code;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};

} // namespace dc::gui
