// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The pair chooses who reads the book aloud first: one key each (1 or 2), or the arrows and Enter. The work
// session starts with that choice (F9 swaps the roles later). Esc goes back to the partner's sign-in; Ctrl+Shift+Q
// (AppShell) signs out.
FocusScope {
    id: page

    property int selected: 1

    function choose(reader: int): void {
        page.selected = reader;
        WorkSession.start(reader);
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    Frame {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 620)
        padding: 28
        background: Rectangle {
            color: Theme.card
            border.color: Theme.border
            radius: 6
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                objectName: "rolesTitle"
                Layout.fillWidth: true
                text: qsTr("Who reads the book first?")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The reader reads each entry aloud from the book; the checker finds it in the national "
                           + "database, corrects it there and logs it here. Press 1 or 2.")
                wrapMode: Text.Wrap
                color: Theme.muted
            }
            RoleChoice {
                objectName: "readerChoice1"
                Layout.fillWidth: true
                number: 1
                reader: CurrentSession.displayName
                checker: CurrentSession.partnerDisplayName
                selected: page.selected === 1
                onChosen: page.choose(1)
            }
            RoleChoice {
                objectName: "readerChoice2"
                Layout.fillWidth: true
                number: 2
                reader: CurrentSession.partnerDisplayName
                checker: CurrentSession.displayName
                selected: page.selected === 2
                onChosen: page.choose(2)
            }
            MessagePanel {
                objectName: "rolesMessage"
                Layout.fillWidth: true
                text: WorkSession.message
            }
            RowLayout {
                spacing: Theme.spacing

                ActionButton {
                    objectName: "changePartnerButton"
                    text: qsTr("Another partner (Esc)")
                    focusPolicy: Qt.NoFocus
                    onClicked: Navigator.open(Navigator.Partner)
                }
                ActionButton {
                    text: qsTr("Sign out (Ctrl+Shift+Q)")
                    focusPolicy: Qt.NoFocus
                    onClicked: Navigator.signOut()
                }
            }
        }
    }

    focus: true
    Keys.onPressed: event => {
        if (event.key === Qt.Key_1) {
            page.choose(1);
        } else if (event.key === Qt.Key_2) {
            page.choose(2);
        } else if (event.key === Qt.Key_Up || event.key === Qt.Key_Down) {
            page.selected = page.selected === 1 ? 2 : 1;
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            page.choose(page.selected);
        } else if (event.key === Qt.Key_Escape) {
            Navigator.open(Navigator.Partner);
        } else {
            return;
        }
        event.accepted = true;
    }

    Component.onCompleted: page.forceActiveFocus()
}
