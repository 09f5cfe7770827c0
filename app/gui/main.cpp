// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// doichieu: the desktop program. Vietnamese by default; see app/README.md for the options.
#include "app/common/ErrorText.h"
#include "app/common/Startup.h"
#include "app/gui/AppContext.h"
#include "app/gui/Language.h"
#include "core/services/DemoSite.h"
#include "core/services/TrainingService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(DoiChieuModelsPlugin)
Q_IMPORT_QML_PLUGIN(DoiChieuViewsPlugin)

namespace {

void fail(const QString& message) {
    std::fprintf(stderr, "doichieu: %s\n", qPrintable(message));
}

// The demo site lives in the program's own data folder, never beside real data.
QString prepareDemoSite() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/demo";
    if (!QDir().mkpath(folder)) {
        fail(QStringLiteral("cannot create the demo folder %1").arg(QDir::toNativeSeparators(folder)));
        return {};
    }
    const QString path = folder + "/demo.db";
    if (auto made = dc::core::ensureDemoSite(path); !made) {
        fail(dc::app::errorText(made.error()));
        return {};
    }
    return path;
}

// `--training`: the local training site (issue 18), also in the program's own data folder, made on first use with a
// trainer and one trainee pair; its accounts and printed passwords go to the sign-in page.
bool prepareTrainingSite(dc::gui::AppContext::Options& options) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/training";
    if (!QDir().mkpath(folder)) {
        fail(QStringLiteral("cannot create the training folder %1").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    const QString path = folder + "/training.db";
    if (auto made = dc::core::TrainingService::ensureLocalTrainingSite(path); !made) {
        fail(dc::app::errorText(made.error()));
        return false;
    }
    options.databasePath = path;
    options.training = true;
    for (const dc::core::DemoAccount& account : dc::core::TrainingService::localTrainingAccounts()) {
        options.trainingAccounts.push_back({QString::fromLatin1(account.userName),
                                            QString::fromUtf8(account.displayName), static_cast<int>(account.role),
                                            QString::fromLatin1(account.password)});
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    // Before anything else: no core dumps, and the cryptographic self-test.
    if (const QString refused = dc::app::prepareProcess(); !refused.isEmpty()) {
        fail(refused);
        return 1;
    }
    // QApplication rather than QGuiApplication: Qt Charts (the report charts) draws through QGraphicsScene.
    QApplication application(argc, argv);
    // Where QSettings and QStandardPaths keep our files (~/.config/DoiChieu, ~/.local/share/DoiChieu/doichieu).
    QApplication::setOrganizationName(QStringLiteral("DoiChieu"));
    QApplication::setApplicationName(QStringLiteral("doichieu"));
    QApplication::setApplicationVersion(QStringLiteral(DOICHIEU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Đối Chiếu: logging the checks of civil-status registers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open the demo site (sample data; its passwords are shown)."));
    const QCommandLineOption databaseOption(QStringLiteral("db"), QStringLiteral("Preselect this site database."),
                                            QStringLiteral("path"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), QStringLiteral("Interface language for this run: vi or en."), QStringLiteral("code"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-minutes"),
        QStringLiteral("Lock after this many minutes without input (1-480; default: the setting, else 5)."),
        QStringLiteral("minutes"));
    const QCommandLineOption trainingOption(
        QStringLiteral("training"),
        QStringLiteral("Open the local training site (made-up books with an answer key; its passwords are shown)."));
    parser.addOptions({demoOption, trainingOption, databaseOption, languageOption, idleOption});
    parser.process(application);

    dc::gui::AppContext::Options options;
    options.demo = parser.isSet(demoOption);
    options.language = parser.value(languageOption);
    if (!options.language.isEmpty() && !dc::gui::Language::isSupported(options.language)) {
        fail(QStringLiteral("unknown language '%1': use vi or en").arg(options.language));
        return 2;
    }
    if (parser.isSet(idleOption)) {
        bool ok = false;
        options.idleMinutes = parser.value(idleOption).toInt(&ok);
        if (!ok || options.idleMinutes < 1 || options.idleMinutes > 480) {
            fail(QStringLiteral("--idle-minutes takes a whole number of minutes from 1 to 480"));
            return 2;
        }
    }
    if (options.demo && parser.isSet(trainingOption)) {
        fail(QStringLiteral("--demo and --training open different sites: choose one"));
        return 2;
    }
    if (options.demo) {
        options.databasePath = prepareDemoSite();
        if (options.databasePath.isEmpty()) {
            return 1;
        }
    } else if (parser.isSet(trainingOption)) {
        if (!prepareTrainingSite(options)) {
            return 1;
        }
    } else if (parser.isSet(databaseOption)) {
        options.databasePath = parser.value(databaseOption);
    }

    // One look on every platform (commune offices mostly run Windows); QT_QUICK_CONTROLS_STYLE overrides it.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Owned by the engine; installs the translation before the first page is created.
    new dc::gui::AppContext(options, std::make_unique<QSettings>(), engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DoiChieu/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        fail(QStringLiteral("the interface could not be loaded"));
        return 1;
    }
    return QApplication::exec();
}
