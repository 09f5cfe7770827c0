// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One table of a report (core::ReportTable: heading, columns, rows), the first column wider.
ColumnLayout {
    id: table

    property string heading
    property var columns: []
    property var rows: []
    readonly property real cellWidth: (width - 16) / Math.max(1, columns.length + 1)

    spacing: 0

    Label {
        Layout.bottomMargin: 4
        visible: table.heading !== ""
        text: table.heading
        font.bold: true
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: headerRow.implicitHeight + 8
        color: Theme.keyCap

        Row {
            id: headerRow

            x: 8
            anchors.verticalCenter: parent.verticalCenter

            Repeater {
                model: table.columns

                delegate: Label {
                    required property int index
                    required property string modelData

                    width: table.cellWidth * (index === 0 ? 2 : 1)
                    text: modelData
                    font.bold: true
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideRight
                }
            }
        }
    }
    Repeater {
        model: table.rows

        delegate: Rectangle {
            id: line

            required property int index
            required property var modelData

            Layout.fillWidth: true
            implicitHeight: cells.implicitHeight + 6
            color: index % 2 === 0 ? Theme.card : Theme.page

            Row {
                id: cells

                x: 8
                anchors.verticalCenter: parent.verticalCenter

                Repeater {
                    model: line.modelData

                    delegate: Label {
                        required property int index
                        required property string modelData

                        width: table.cellWidth * (index === 0 ? 2 : 1)
                        text: modelData
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
