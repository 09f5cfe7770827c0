// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// After sign-in: who is signed in, to which site, the supervisor's work (SupervisorTools: review F2, spot-checks F3,
// reports F4, closing the day F10) and the site's register books. Ctrl+Shift+Q signs out (AppShell).
FocusScope {
    id: page

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    // At 1024×700 the supervisor's tools, the day's closing and its copy, then the books can be taller than the window: the page scrolls, and follows the focus.
    FocusFlickable {
        anchors.fill: parent
        anchors.margins: Theme.margin
        body: pageColumn
    }
    ColumnLayout {
        id: pageColumn

        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4

                Label {
                    objectName: "greeting"
                    Layout.fillWidth: true
                    text: qsTr("Hello, %1").arg(CurrentSession.displayName)
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "roleAndSite"
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2").arg(CurrentSession.roleName).arg(CurrentSession.siteName)
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Signed in as %1 at %2").arg(CurrentSession.userName).arg(CurrentSession.signedInAt)
                    color: Theme.muted
                    elide: Text.ElideRight
                }
            }
            ActionButton {
                objectName: "signOutButton"
                Layout.alignment: Qt.AlignTop
                text: qsTr("Sign out")
                onClicked: Navigator.signOut()
                ToolTip.visible: hovered || visualFocus
                ToolTip.delay: 500
                ToolTip.text: qsTr("Sign out and lock the database (Ctrl+Shift+Q)")
            }
        }

        SupervisorTools {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: CurrentSession.role === CurrentSession.Supervisor
            enabled: visible
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing

            Label {
                text: qsTr("Register books")
                font.pixelSize: 18
                font.bold: true
            }
            Label {
                objectName: "bookCount"
                Layout.fillWidth: true
                text: qsTr("Books: %1").arg(CurrentSession.books.count)
                color: Theme.muted
            }
        }
        MessagePanel {
            objectName: "booksMessage"
            Layout.fillWidth: true
            text: CurrentSession.booksMessage
        }
        BookTable {
            id: bookTable

            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 200 // kept: the page scrolls rather than squeeze it
            focus: true
        }
    }

    Component.onCompleted: bookTable.focusList()
}
