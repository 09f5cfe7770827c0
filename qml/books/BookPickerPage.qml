// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The open books of the site with their progress; the arrow keys choose, Enter opens the logging screen. Above them,
// what the supervisor sent back to the pair (ReturnedList, F6). Both are read when the page opens (BookChooser).
FocusScope {
    id: page

    property bool active: true

    BookChooser {
        id: chooser
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        WorkBar {
            Layout.fillWidth: true
            active: page.active
        }
        // What the supervisor sent back can fill the window at 1024×700: the part below the work bar scrolls, and
        // follows the focus.
        FocusFlickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            body: pickerColumn
        }
        ColumnLayout {
            id: pickerColumn

            spacing: Theme.spacing

            Label {
                objectName: "bookPickerTitle"
                text: qsTr("Choose a book")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Open books of %1. ↑ ↓ choose, Enter opens the book for logging.")
                          .arg(CurrentSession.siteName)
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            MessagePanel {
                objectName: "bookPickerMessage"
                Layout.fillWidth: true
                text: chooser.message !== "" ? chooser.message : WorkSession.message
            }
            ReturnedList {
                id: returned

                Layout.fillWidth: true
                chooser: chooser
                onLeave: list.forceActiveFocus()
            }
            Frame {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 180 // kept: the page scrolls rather than squeeze the books
                padding: 2
                background: Rectangle {
                    color: Theme.card
                    border.color: list.activeFocus ? Theme.accent : Theme.border
                    border.width: list.activeFocus ? 2 : 1
                    radius: 6
                }

                ListView {
                    id: list

                    objectName: "bookPicker"
                    anchors.fill: parent
                    clip: true
                    focus: true
                    activeFocusOnTab: true
                    model: chooser.books
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Open books")
                    Keys.onReturnPressed: chooser.open(list.currentIndex)
                    Keys.onEnterPressed: chooser.open(list.currentIndex)

                    delegate: PickerRow {
                        width: list.width
                        selected: ListView.isCurrentItem
                        onChosen: chooser.open(index)
                    }

                    Label {
                        anchors.centerIn: parent
                        visible: list.count === 0
                        text: qsTr("No open books. A supervisor opens the books to check.")
                        color: Theme.muted
                    }
                }
            }
        }
    }

    Shortcut {
        sequence: "F6"
        enabled: page.active && returned.visible
        onActivated: {
            if (returned.hasFocus())
                list.forceActiveFocus();
            else
                returned.focusList();
        }
    }

    Component.onCompleted: list.forceActiveFocus()
}
