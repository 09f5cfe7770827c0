// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
// Not `pragma ComponentBehavior: Bound`: Qt 6.4's Loader refuses to create bound components ("Cannot
// instantiate bound component outside its creation context"). Nothing here is a delegate.
import QtQuick
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The window's content: the top bar, the DEMO banner in demo mode, and one page at a time — sign-in,
// recovery, or home once a session is open.
FocusScope {
    id: shell

    property bool recovering: false
    readonly property string currentPage: CurrentSession.signedIn ? "home" : (recovering ? "recovery" : "signin")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
        }
        DemoBanner {
            Layout.fillWidth: true
            visible: AppConfig.demo
        }
        Loader {
            id: pageLoader

            objectName: "pageLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            sourceComponent: shell.currentPage === "home" ? homePage
                           : shell.currentPage === "recovery" ? recoveryPage : signInPage
        }
    }

    Component {
        id: signInPage

        SignInPage {}
    }
    Component {
        id: recoveryPage

        RecoveryPage {}
    }
    Component {
        id: homePage

        HomePage {}
    }

    // The pages' navigation signals (whichever page is loaded has some of them).
    Connections {
        target: pageLoader.item
        ignoreUnknownSignals: true

        function onRecoveryRequested(): void {
            shell.recovering = true;
        }
        function onCancelled(): void {
            shell.recovering = false;
        }
    }
    // After a recovery the home page follows, and after signing out the sign-in page (not the recovery form).
    Connections {
        target: CurrentSession

        function onSignedInChanged(): void {
            shell.recovering = false;
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+L"
        onActivated: Language.toggle()
    }
}
