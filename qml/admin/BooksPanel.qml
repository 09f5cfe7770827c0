// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// Every register book of the site (AdminBooks), open ones first: ↑ ↓ choose one, N opens a new book, C closes the
// chosen one (it takes no new entries; its log stays), O reopens a book closed too early. Esc closes the form.
FocusScope {
    id: panel

    property bool adding: false
    readonly property var columnWeights: [14, 10, 11, 12, 25, 12, 14]
    readonly property var columnWidths: {
        const total = columnWeights.reduce((sum, weight) => sum + weight, 0);
        const available = list.width - 16;
        return columnWeights.map(weight => available * weight / total);
    }

    function focusList(): void {
        list.forceActiveFocus();
    }

    function closeOpen(): bool {
        if (!panel.adding)
            return false;
        panel.adding = false;
        list.forceActiveFocus();
        return true;
    }

    AdminBooks {
        id: books
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("In the list: N opens a new register book, C closes the chosen book, O reopens it.")
        }
        BookForm {
            id: form

            Layout.fillWidth: true
            visible: panel.adding
            admin: books
            onOpened: panel.closeOpen()
        }
        MessagePanel {
            objectName: "booksMessage"
            Layout.fillWidth: true
            text: books.message
        }
        Label {
            objectName: "booksConfirmation"
            Layout.fillWidth: true
            visible: text !== ""
            text: books.confirmation
            color: Theme.okText
            font.bold: true
            wrapMode: Text.Wrap
        }
        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 2
            background: Rectangle {
                color: Theme.card
                border.color: list.activeFocus ? Theme.accent : Theme.border
                border.width: list.activeFocus ? 2 : 1
                radius: 6
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                BookRow {
                    Layout.fillWidth: true
                    header: true
                    columnWidths: panel.columnWidths
                    recordTypeName: qsTr("Register")
                    bookNumber: qsTr("Book no.")
                    years: qsTr("Years")
                    entryRange: qsTr("Entries")
                    commune: qsTr("Commune")
                    open: true
                    createdOn: qsTr("Added on")
                }
                ListView {
                    id: list

                    objectName: "adminBookList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    focus: true
                    activeFocusOnTab: true
                    model: books.books
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.Table
                    Accessible.name: qsTr("Register books")

                    delegate: BookRow {
                        width: list.width
                        columnWidths: panel.columnWidths
                        selected: ListView.isCurrentItem && list.activeFocus
                    }
                    Keys.onPressed: event => {
                        const current = list.currentItem as BookRow;
                        if (event.key === Qt.Key_N) {
                            books.clearMessage();
                            panel.adding = true;
                            form.start();
                        } else if (event.key === Qt.Key_C && current && current.open) {
                            books.toggle(list.currentIndex);
                        } else if (event.key === Qt.Key_O && current && !current.open) {
                            books.toggle(list.currentIndex);
                        } else {
                            return;
                        }
                        event.accepted = true;
                    }

                    Label {
                        anchors.centerIn: parent
                        visible: list.count === 0
                        text: qsTr("No register books yet: press N to open one.")
                        color: Theme.muted
                    }
                }
            }
        }
    }
}
