// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// The board's table: each district (its communes summed), then its communes. ↑ ↓ move a row, Ctrl+↑ Ctrl+↓ (or Page Up
// / Page Down) jump to the previous or next district, Home / End the first and last row; Enter on a commune opens it
// (drilled()).
Frame {
    id: table

    property var rows: []
    readonly property alias currentIndex: list.currentIndex
    readonly property var currentRow: list.currentIndex >= 0 && list.currentIndex < rows.length ? rows[list.currentIndex]
                                                                                                 : null
    // Relative widths: name, entries / plan, %, corrections, writing differences, escalations, last bundle, age, alarms.
    readonly property var columnWeights: [16, 14, 7, 8, 9, 9, 14, 8, 18]
    readonly property var columnWidths: {
        const total = columnWeights.reduce((sum, weight) => sum + weight, 0);
        const available = list.width - 16;
        return columnWeights.map(weight => available * weight / total);
    }

    signal drilled(string site)

    function focusList(): void {
        list.forceActiveFocus();
    }

    // Chooses the row of the commune whose workstation is `site` (coming back from its page); nothing for "".
    function choose(site: string): void {
        for (let i = 0; site !== "" && i < table.rows.length; ++i) {
            if (table.rows[i].site === site) {
                list.currentIndex = i;
                list.positionViewAtIndex(i, ListView.Center);
                return;
            }
        }
    }

    // The next (step 1) or previous (step -1) district row from the current row.
    function jumpDistrict(step: int): void {
        for (let i = list.currentIndex + step; i >= 0 && i < table.rows.length; i += step) {
            if (table.rows[i].district === true) {
                list.currentIndex = i;
                return;
            }
        }
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

        CommuneRow {
            objectName: "boardHeader"
            Layout.fillWidth: true
            header: true
            columnWidths: table.columnWidths
        }
        ListView {
            id: list

            objectName: "boardList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            activeFocusOnTab: true
            model: table.rows
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            // The chosen row never sits flush with an edge (the list reaches the window's bottom), so the focus ring
            // round it stays on screen, the first and last rows too.
            highlightRangeMode: ListView.ApplyRange
            topMargin: 8
            bottomMargin: 8
            preferredHighlightBegin: 8
            preferredHighlightEnd: height - 8
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Districts and communes")

            delegate: CommuneRow {
                required property var modelData
                required property int index

                width: list.width
                columnWidths: table.columnWidths
                row: modelData
                selected: ListView.isCurrentItem && list.activeFocus
            }

            Keys.onPressed: event => {
                if ((event.key === Qt.Key_Down && (event.modifiers & Qt.ControlModifier)) || event.key === Qt.Key_PageDown) {
                    table.jumpDistrict(1);
                    event.accepted = true;
                } else if ((event.key === Qt.Key_Up && (event.modifiers & Qt.ControlModifier)) || event.key === Qt.Key_PageUp) {
                    table.jumpDistrict(-1);
                    event.accepted = true;
                } else if (event.key === Qt.Key_Home) {
                    list.currentIndex = 0;
                    event.accepted = true;
                } else if (event.key === Qt.Key_End) {
                    list.currentIndex = list.count - 1;
                    event.accepted = true;
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    const row = table.currentRow;
                    if (row && row.district !== true && row.site !== "")
                        table.drilled(row.site);
                    event.accepted = true;
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No commune is enrolled at this hub yet.")
                color: Theme.muted
            }
        }
    }
}
