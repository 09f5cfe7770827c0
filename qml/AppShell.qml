// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
// Not `pragma ComponentBehavior: Bound`: Qt 6.4's Loader refuses to create bound components ("Cannot
// instantiate bound component outside its creation context"). Nothing here is a delegate.
import QtQuick
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The window's content: the top bar, the DEMO banner in demo mode, and one page at a time. Which page follows from
// PairWork.stage: sign-in (or recovery), a supervisor's home (or from there the review queue, the spot-checks or the
// reports), or the pair's pages — the partner's sign-in, who reads
// first, the book picker and the logging screen. While the idle lock is on, the lock screen covers the pair's page,
// which stays (hidden, its keys off) so that nothing typed is lost.
FocusScope {
    id: shell

    property bool recovering: false
    // The supervisor's page over the home page: "home", "review", "spotcheck" or "reports".
    property string supervisorPage: "home"
    readonly property string currentPage: {
        switch (PairWork.stage) {
        case PairWork.Home:
            return supervisorPage;
        case PairWork.Partner:
            return "partner";
        case PairWork.Roles:
            return "roles";
        case PairWork.Books:
            return "books";
        case PairWork.Logging:
            return "logging";
        default:
            return recovering ? "recovery" : "signin";
        }
    }

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
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Loader {
                id: pageLoader

                objectName: "pageLoader"
                anchors.fill: parent
                focus: !PairWork.locked
                visible: !PairWork.locked
                enabled: !PairWork.locked
                sourceComponent: {
                    switch (shell.currentPage) {
                    case "home":
                        return homePage;
                    case "review":
                        return reviewPage;
                    case "spotcheck":
                        return spotCheckPage;
                    case "reports":
                        return reportsPage;
                    case "partner":
                        return partnerPage;
                    case "roles":
                        return rolesPage;
                    case "books":
                        return booksPage;
                    case "logging":
                        return loggingPage;
                    case "recovery":
                        return recoveryPage;
                    default:
                        return signInPage;
                    }
                }
            }
            Loader {
                id: lockLoader

                objectName: "lockLoader"
                anchors.fill: parent
                active: PairWork.locked
                focus: PairWork.locked
                sourceComponent: lockPage
            }
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
    Component {
        id: reviewPage

        ReviewPage {}
    }
    Component {
        id: spotCheckPage

        SpotCheckPage {}
    }
    Component {
        id: reportsPage

        ReportsPage {}
    }
    Component {
        id: partnerPage

        PartnerPage {}
    }
    Component {
        id: rolesPage

        RolesPage {}
    }
    Component {
        id: booksPage

        BookPickerPage {
            active: !PairWork.locked
        }
    }
    Component {
        id: loggingPage

        LoggingPage {
            active: !PairWork.locked
        }
    }
    Component {
        id: lockPage

        LockPage {}
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
        function onOpenRequested(page: string): void {
            shell.supervisorPage = page;
        }
        function onBackRequested(): void {
            shell.supervisorPage = "home";
        }
    }
    // After a recovery the next page follows, and after signing out the sign-in page (not the recovery form).
    Connections {
        target: CurrentSession

        function onSignedInChanged(): void {
            shell.recovering = false;
            shell.supervisorPage = "home";
        }
    }
    // Back from the lock screen: the focus returns to the page underneath, where it was.
    Connections {
        target: PairWork

        function onLockedChanged(): void {
            if (!PairWork.locked)
                pageLoader.forceActiveFocus();
        }
    }

    // Sign-out from the supervisor's pages over the home page (the home page and the pair's pages have their own).
    Shortcut {
        sequence: "Ctrl+Shift+Q"
        enabled: PairWork.stage === PairWork.Home && shell.supervisorPage !== "home"
        onActivated: CurrentSession.signOut()
    }
    Shortcut {
        sequence: "Ctrl+Shift+L"
        onActivated: Language.toggle()
    }
}
