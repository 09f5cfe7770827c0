// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// doichieu-screenshot OUTDIR
//
// Renders the program's window (the same Main.qml as doichieu) in demo mode, in Vietnamese, drives it with the
// keyboard like a person would, and saves PNGs of the main screens into OUTDIR. The demo site and the settings
// live in a temporary folder. Run offscreen by scripts/screenshots.sh; not part of the shipped program.
#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "core/services/DemoSite.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <memory>
#include <string_view>

Q_IMPORT_QML_PLUGIN(DoiChieuModelsPlugin)
Q_IMPORT_QML_PLUGIN(DoiChieuViewsPlugin)

namespace {

constexpr int kTimeoutMs = 15000;

QQuickItem* findItem(QQuickWindow* window, const char* objectName) {
    return window->findChild<QQuickItem*>(QLatin1String(objectName));
}

bool waitFor(const std::function<bool()>& condition, const char* what) {
    if (QTest::qWaitFor(condition, kTimeoutMs)) {
        QTest::qWait(400); // let animations (busy indicator, focus frames) settle
        return true;
    }
    std::fprintf(stderr, "doichieu-screenshot: timed out waiting for %s\n", what);
    return false;
}

bool save(QQuickWindow* window, const QDir& out, const char* name) {
    const QImage image = window->grabWindow();
    const QString path = out.filePath(QLatin1String(name));
    if (image.isNull() || !image.save(path)) {
        std::fprintf(stderr, "doichieu-screenshot: cannot save %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    return true;
}

// QTest::keyClicks takes widgets only.
void type(QQuickWindow* window, std::string_view text) {
    for (const char c : text) {
        QTest::keyClick(window, c);
    }
}

void signIn(QQuickWindow* window, std::string_view user, std::string_view password) {
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    type(window, user);
    QTest::keyClick(window, Qt::Key_Tab);
    type(window, password);
    QTest::keyClick(window, Qt::Key_Return);
}

} // namespace

int main(int argc, char** argv) {
    QGuiApplication application(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("DoiChieu"));
    QGuiApplication::setApplicationName(QStringLiteral("doichieu-screenshot"));
    if (QGuiApplication::arguments().size() != 2) {
        std::fprintf(stderr, "usage: doichieu-screenshot OUTDIR\n");
        return 2;
    }
    const QDir out(QGuiApplication::arguments().at(1));
    if (!QDir().mkpath(out.absolutePath())) {
        std::fprintf(stderr, "doichieu-screenshot: cannot create %s\n", qPrintable(out.absolutePath()));
        return 1;
    }
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/doichieu-demo-XXXXXX"));
    const QString database = scratch.filePath(QStringLiteral("demo.db"));
    if (auto made = dc::core::ensureDemoSite(database); !made) {
        std::fprintf(stderr, "doichieu-screenshot: %s\n", qPrintable(dc::app::errorText(made.error())));
        return 1;
    }

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    dc::gui::AppContext::Options options;
    options.demo = true;
    options.databasePath = database;
    options.language = QStringLiteral("vi");
    new dc::gui::AppContext(
        options, std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat),
        engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DoiChieu/Main.qml")));
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "doichieu-screenshot: the interface could not be loaded\n");
        return 1;
    }
    window->requestActivate();
    if (!QTest::qWaitForWindowExposed(window) || !QTest::qWaitForWindowActive(window)) {
        std::fprintf(stderr, "doichieu-screenshot: the window was not shown\n");
        return 1;
    }
    QTest::qWait(400);
    bool ok = save(window, out, "signin-demo.png");

    // A wrong password: the message, the field cleared.
    signIn(window, "giamsat", "mat-khau-sai");
    ok = ok &&
         waitFor(
             [&] {
                 QQuickItem* message = findItem(window, "signInMessage");
                 return message && message->isVisible();
             },
             "the wrong-password message") &&
         save(window, out, "signin-wrong-password.png");

    // The recovery form (Ctrl+R), with a few groups of a code typed.
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    ok = ok && waitFor([&] { return findItem(window, "recoveryForm") != nullptr; }, "the recovery form");
    type(window, "31415-92653-58979-");
    QTest::keyClick(window, Qt::Key_Tab);
    type(window, "giamsat");
    ok = ok && save(window, out, "recovery.png");
    QTest::keyClick(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return findItem(window, "signInTitle") != nullptr; }, "the sign-in page");

    // The demo supervisor's home page.
    signIn(window, "giamsat", "giamsat-demo-2022");
    ok = ok && waitFor([&] { return findItem(window, "greeting") != nullptr; }, "the home page") &&
         save(window, out, "home-supervisor.png");
    return ok ? 0 : 1;
}
