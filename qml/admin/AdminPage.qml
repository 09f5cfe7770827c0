// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The supervisor's administration (F5 from the home page): accounts (Ctrl+1), register books (Ctrl+2) and the
// site's keys (Ctrl+3), the same services as `doichieu-admin`, which check who may. Esc closes what is open, then
// goes back home.
FocusScope {
    id: page

    readonly property var panels: [accountsPanel, booksPanel, keysPanel]

    // The panel shown takes the focus as it becomes visible (StackLayout shows it).
    function show(index: int): void {
        tabs.currentIndex = index;
        if (page.panels[index].visible)
            page.panels[index].focusList();
    }

    function closeOpen(): void {
        if (!page.panels[tabs.currentIndex].closeOpen())
            Navigator.open(Navigator.Home);
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: 14
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "adminTitle"
                text: qsTr("Administration")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: CurrentSession.siteName
                color: Theme.muted
                elide: Text.ElideRight
            }
            KeyCap {
                text: "Esc"
            }
            Label {
                text: qsTr("Home")
                color: Theme.muted
            }
        }
        TabBar {
            id: tabs

            objectName: "adminTabs"
            Layout.fillWidth: true
            focusPolicy: Qt.NoFocus

            TabButton {
                text: qsTr("Accounts (Ctrl+1)")
                focusPolicy: Qt.NoFocus
                onClicked: page.show(0)
            }
            TabButton {
                text: qsTr("Register books (Ctrl+2)")
                focusPolicy: Qt.NoFocus
                onClicked: page.show(1)
            }
            TabButton {
                text: qsTr("Site keys (Ctrl+3)")
                focusPolicy: Qt.NoFocus
                onClicked: page.show(2)
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            AccountsPanel {
                id: accountsPanel

                objectName: "accountsPanel"
                onVisibleChanged: {
                    if (accountsPanel.visible)
                        accountsPanel.focusList();
                }
                focus: tabs.currentIndex === 0
            }
            BooksPanel {
                id: booksPanel

                objectName: "booksPanel"
                onVisibleChanged: {
                    if (booksPanel.visible)
                        booksPanel.focusList();
                }
                focus: tabs.currentIndex === 1
            }
            KeysPanel {
                id: keysPanel

                objectName: "keysPanel"
                onVisibleChanged: {
                    if (keysPanel.visible)
                        keysPanel.focusList();
                }
                focus: tabs.currentIndex === 2
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: page.show(0)
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: page.show(1)
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: page.show(2)
    }
    Shortcut {
        sequence: "Esc"
        onActivated: page.closeOpen()
    }

    Component.onCompleted: accountsPanel.focusList()
}
