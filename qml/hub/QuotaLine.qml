// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import DoiChieu

// One line of the quota board: the header, a unit (in red when still short of its quota) or the totals.
Rectangle {
    id: line

    property var cells: []
    property var widths: []
    property bool header: false
    property bool total: false
    property bool selected: false
    property bool isShort: false

    implicitHeight: header ? 40 : 30
    color: header ? Theme.headerBackground : total ? Theme.keyCap : selected ? Theme.selection
                                                                           : isShort ? Theme.errorBackground
                                                                                     : Theme.card

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
    Row {
        anchors.fill: parent
        anchors.leftMargin: 8

        Repeater {
            model: line.cells

            Label {
                required property var modelData
                required property int index

                width: line.widths[index] ?? 0
                height: line.height
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                rightPadding: index === 0 ? 4 : 8
                text: String(modelData)
                // The header's words wrap onto a second line rather than being cut ("Đã đăng ký").
                wrapMode: line.header ? Text.WordWrap : Text.NoWrap
                maximumLineCount: line.header ? 2 : 1
                elide: Text.ElideRight
                font.bold: line.header || line.total || (line.isShort && index === 5)
                font.pixelSize: line.header ? Theme.smallSize : 14
                color: line.header ? Theme.headerText : line.isShort && !line.selected && index === 5
                                     ? Theme.errorText : Theme.text
            }
        }
    }
}
