// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The Qt Quick tests (tst_*.qml, one CTest entry each). They load the shipped QML modules DoiChieu and
// DoiChieu.Models exactly as doichieu does, with an AppContext whose settings live in a temporary folder, and
// real sites made by TestSites.
#include "app/gui/AppContext.h"
#include "tests/gui/TestKeys.h"
#include "tests/gui/TestSites.h"

#include <QApplication>
#include <QCoreApplication>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(DoiChieuModelsPlugin)
Q_IMPORT_QML_PLUGIN(DoiChieuViewsPlugin)

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DoiChieu"));
        QCoreApplication::setApplicationName(QStringLiteral("doichieu-quicktests"));
        QQuickStyle::setStyle(QStringLiteral("Fusion")); // as doichieu does
        m_folder = std::make_unique<QTemporaryDir>();
    }

    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        auto settings =
            std::make_unique<QSettings>(m_folder->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QSettings& settingsRef = *settings;
        dc::gui::AppContext::Options options;
        options.language = QStringLiteral("vi");
        auto* context = new dc::gui::AppContext(options, std::move(settings), *engine);
        auto* sites = new dc::test::TestSites(settingsRef, context, engine);
        qmlRegisterSingletonInstance("DoiChieu.Test", 1, 0, "TestSites", sites);
        qmlRegisterSingletonInstance("DoiChieu.Test", 1, 0, "TestKeys", new dc::test::TestKeys(engine));
    }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

// Not QUICK_TEST_MAIN_WITH_SETUP: it makes a QGuiApplication, and Qt Charts (the report charts) needs a
// QApplication, as doichieu has. quick_test_main_with_setup uses the application that exists.
int main(int argc, char** argv) {
    QApplication application(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "doichieu_quicktests", nullptr, &setup);
}

#include "QuickTestMain.moc"
