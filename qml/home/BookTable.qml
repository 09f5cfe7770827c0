// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The register books of the site (CurrentSession.books), one row each; the arrow keys move the current row.
Frame {
    id: table

    // Relative widths of the columns: type, book number, years, entries, commune, status, added on.
    readonly property var columnWeights: [14, 10, 11, 12, 25, 12, 14]
    readonly property var columnWidths: {
        const total = columnWeights.reduce((sum, weight) => sum + weight, 0);
        const available = list.width - 16;
        return columnWeights.map(weight => available * weight / total);
    }

    function focusList(): void {
        list.forceActiveFocus();
    }

    padding: 0
    background: Rectangle {
        color: Theme.card
        border.color: list.activeFocus ? Theme.accent : Theme.border
        border.width: list.activeFocus ? 2 : 1
        radius: 6
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 2
        spacing: 0

        // The column titles stay above the list (not a ListView header: Qt 6.4's ListView cannot create a
        // header component from a file with `pragma ComponentBehavior: Bound`).
        BookRow {
            objectName: "bookListHeader"
            Layout.fillWidth: true
            header: true
            columnWidths: table.columnWidths
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

            objectName: "bookList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            activeFocusOnTab: true
            model: CurrentSession.books
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Register books")

            delegate: BookRow {
                width: list.width
                columnWidths: table.columnWidths
                selected: ListView.isCurrentItem && list.activeFocus
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No register books have been added to this site yet.")
                color: Theme.muted
            }
        }
    }
}
