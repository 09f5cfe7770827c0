// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
// Not `pragma ComponentBehavior: Bound`: Qt 6.4's Loader refuses to create bound components ("Cannot
// instantiate bound component outside its creation context"). Nothing here is a delegate.
import QtQuick
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The window's content: the top bar, the DEMO banner in demo mode (the TRAINING banner in training mode), and one page at a time — the one Navigator.page
// names: sign-in (or recovery), a supervisor's home (or from there the review queue, the spot-checks or the
// reports), at the hub the province board (or from there a commune), or the pair's pages — the partner's sign-in, who reads first, the book picker and the logging screen,
// which gets its book (and a check to amend) from the Navigator as required properties. While the idle lock is on,
// the lock screen covers the pair's page, which stays (hidden, its keys off) so that nothing typed is lost. The keys
// every page shares are here: Ctrl+Shift+Q signs out, Ctrl+Shift+L switches the language.
FocusScope {
    id: shell

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
        TrainingBanner {
            Layout.fillWidth: true
            visible: TrainingMode.training
        }
        // After a sign-out (or a lock given up) with an entry half typed: it was kept for the pair, in the database.
        NoticeBox {
            objectName: "draftKeptNotice"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.topMargin: 8
            text: CurrentSession.draftKept && Navigator.page === Navigator.SignIn
                  ? qsTr("The unsaved entry was kept for the pair: it comes back when the same two open the book again.")
                  : ""
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Loader {
                id: pageLoader

                objectName: "pageLoader"
                anchors.fill: parent
                focus: !WorkSession.locked
                visible: !WorkSession.locked
                enabled: !WorkSession.locked
                sourceComponent: {
                    switch (Navigator.page) {
                    case Navigator.Recovery:
                        return recoveryPage;
                    case Navigator.Home:
                        return homePage;
                    case Navigator.Review:
                        return reviewPage;
                    case Navigator.SpotChecks:
                        return spotCheckPage;
                    case Navigator.Reports:
                        return reportsPage;
                    case Navigator.Partner:
                        return partnerPage;
                    case Navigator.Roles:
                        return rolesPage;
                    case Navigator.Books:
                        return booksPage;
                    case Navigator.Logging:
                        return loggingPage;
                    case Navigator.Admin:
                        return adminPage;
                    case Navigator.CreateSite:
                        return createSitePage;
                    case Navigator.Board:
                        return boardPage;
                    case Navigator.Commune:
                        return communePage;
                    case Navigator.Import:
                        return importPage;
                    case Navigator.Volunteers:
                        return volunteersPage;
                    case Navigator.Registration:
                        return registrationPage;
                    case Navigator.Awards:
                        return awardsPage;
                    case Navigator.ErrorMap:
                        return errorMapPage;
                    case Navigator.TrainingScore:
                        return trainingScorePage;
                    case Navigator.TrainerBoard:
                        return trainerBoardPage;
                    default:
                        return signInPage;
                    }
                }
            }
            Loader {
                id: lockLoader

                objectName: "lockLoader"
                anchors.fill: parent
                active: WorkSession.locked
                focus: WorkSession.locked
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
            active: !WorkSession.locked
        }
    }
    Component {
        id: loggingPage

        LoggingPage {
            book: Navigator.book
            amendment: Navigator.amendment
            active: !WorkSession.locked
        }
    }
    Component {
        id: adminPage

        AdminPage {}
    }
    Component {
        id: createSitePage

        CreateSitePage {}
    }
    Component {
        id: boardPage

        BoardPage {}
    }
    Component {
        id: communePage

        CommunePage {
            site: Navigator.communeSite
        }
    }
    Component {
        id: importPage

        ImportPage {}
    }
    Component {
        id: volunteersPage

        VolunteersPage {}
    }
    Component {
        id: registrationPage

        RegistrationPage {}
    }
    Component {
        id: awardsPage

        AwardsPage {}
    }
    Component {
        id: errorMapPage

        ErrorMapPage {}
    }
    Component {
        id: trainingScorePage

        TrainingScorePage {
            book: Navigator.book
        }
    }
    Component {
        id: trainerBoardPage

        TrainerBoardPage {}
    }
    Component {
        id: lockPage

        LockPage {}
    }

    // Around whatever has the keyboard focus, on every page (over them all).
    FocusRing {}

    // Back from the lock screen: the focus returns to the page underneath, where it was.
    Connections {
        target: WorkSession

        function onLockedChanged(): void {
            if (!WorkSession.locked)
                pageLoader.forceActiveFocus();
        }
    }

    // The one sign-out key, on every page where someone is signed in (or locked out). Not while a password is checked.
    Shortcut {
        sequence: "Ctrl+Shift+Q"
        enabled: Navigator.canSignOut
        onActivated: Navigator.signOut()
    }
    Shortcut {
        sequence: "Ctrl+Shift+L"
        onActivated: Language.toggle()
    }
}
