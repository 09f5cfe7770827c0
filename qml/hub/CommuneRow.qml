// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import DoiChieu

// One row of the province board (DistrictTable): a district (bold, on a tinted band) or one of its communes, or
// (header: true) the column titles, wrapped rather than cut. `row` is a map of HubBoard.rows.
Rectangle {
    id: line

    property var columnWidths: []
    property bool header: false
    property bool selected: false
    property var row: ({})

    readonly property bool districtRow: !header && row.district === true
    readonly property var cells: header ? [
        qsTr("District / commune"), qsTr("Entries / plan to date"), qsTr("Of plan"), qsTr("Corrections"),
        qsTr("Writing differences"), qsTr("Escalations open"), qsTr("Last bundle"), qsTr("Age"), qsTr("Alarms")
    ] : [
        row.name ?? "", row.progressText ?? "", row.percent ?? "", row.corrections ?? "", row.writingDifferences ?? "",
        row.escalations ?? "", row.lastBundle ?? "", row.age ?? "", row.alarms ?? ""
    ]

    implicitHeight: header ? 44 : 32
    color: header ? Theme.page : (selected ? Theme.selection : (districtRow ? "#eef2f7" : Theme.card))

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    Row {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8

        Repeater {
            model: line.cells

            delegate: Item {
                id: cell

                required property int index
                required property string modelData

                width: line.columnWidths[index] ?? 0
                height: line.height

                Label {
                    anchors.fill: parent
                    anchors.leftMargin: cell.index === 0 && !line.header && !line.districtRow ? 16 : 0
                    anchors.rightMargin: 8
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: cell.index >= 1 && cell.index <= 5 ? Text.AlignRight : Text.AlignLeft
                    text: cell.modelData
                    elide: line.header ? Text.ElideNone : Text.ElideRight
                    wrapMode: line.header ? Text.Wrap : Text.NoWrap
                    maximumLineCount: line.header ? 2 : 1
                    font.pixelSize: line.header ? Theme.smallSize : 14
                    font.bold: line.header || line.districtRow
                    color: line.header ? Theme.muted
                         : cell.index === 8 && (line.row.alarmCount ?? 0) > 0 ? Theme.errorText
                         : (cell.index === 6 || cell.index === 7) && line.row.stale === true ? Theme.warningText
                         : line.row.enrolled === false ? Theme.muted
                         : Theme.text
                }
                // Entries against the plan, drawn under the figures.
                Rectangle {
                    visible: cell.index === 1 && !line.header && (line.row.target ?? 0) > 0
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: 4
                    anchors.right: parent.right
                    anchors.rightMargin: 8
                    width: Math.max(0, parent.width - 16)
                    height: 3
                    color: Theme.closedBadge

                    Rectangle {
                        width: parent.width * Math.min(1, line.row.progress ?? 0)
                        height: parent.height
                        color: (line.row.progress ?? 0) >= 1 ? Theme.openText : Theme.accent
                    }
                }
            }
        }
    }
}
