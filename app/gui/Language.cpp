// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/Language.h"

#include "app/gui/AppContext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QQmlEngine>
#include <QSettings>

namespace dc::gui {

namespace {

constexpr const char* kSettingsKey = "interface/language";
const QString kVietnamese = QStringLiteral("vi");
const QString kEnglish = QStringLiteral("en");
// The compiled Vietnamese translation, embedded by qt_add_translations (qml/CMakeLists.txt).
const QString kTranslationFolder = QStringLiteral(":/i18n");
const QString kTranslationBase = QStringLiteral("doichieu_");

} // namespace

Language::Language(QQmlEngine& engine, QSettings& settings, QObject* parent)
    : QObject(parent), m_engine(engine), m_settings(settings) {}

Language* Language::create(QQmlEngine* engine, QJSEngine*) {
    return injectedSingleton(engine, &AppContext::language);
}

bool Language::isSupported(const QString& code) {
    return code == kVietnamese || code == kEnglish;
}

void Language::start(const QString& requested) {
    QString code = requested;
    if (!isSupported(code)) {
        code = m_settings.value(QLatin1String(kSettingsKey)).toString();
    }
    if (!isSupported(code)) {
        code = kVietnamese;
    }
    apply(code);
}

QString Language::otherCode() const {
    return m_code == kVietnamese ? kEnglish : kVietnamese;
}

// Each language is named in itself, as language switches do, so these two names are not translated.
QString Language::otherName() const {
    return m_code == kVietnamese ? QStringLiteral("English") : QStringLiteral("Tiếng Việt");
}

void Language::setCode(const QString& code) {
    if (!isSupported(code) || code == m_code) {
        return;
    }
    if (apply(code)) {
        m_settings.setValue(QLatin1String(kSettingsKey), code);
    }
}

void Language::toggle() {
    setCode(otherCode());
}

bool Language::apply(const QString& code) {
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (code == kEnglish) {
        // English is the source language, but its plural forms ("1 entry", "2 entries") come from a translation of
        // the %n messages only (qml/i18n/doichieu_en.ts). Without it the sources' own text is shown.
        if (m_appTranslator.load(kTranslationBase + code, kTranslationFolder)) {
            QCoreApplication::installTranslator(&m_appTranslator);
        }
    } else {
        if (!m_appTranslator.load(kTranslationBase + code, kTranslationFolder)) {
            qWarning("The %s translation is missing from the resources; showing English", qPrintable(code));
            m_code = kEnglish;
            m_engine.retranslate();
            Q_EMIT changed();
            return false;
        }
        QCoreApplication::installTranslator(&m_appTranslator);
        // Qt's own strings (standard dialog buttons), where the system has a translation for them.
        if (m_qtTranslator.load(QStringLiteral("qt_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&m_qtTranslator);
        }
    }
    m_code = code;
    m_engine.setUiLanguage(code);
    m_engine.retranslate();
    Q_EMIT changed();
    return true;
}

} // namespace dc::gui
