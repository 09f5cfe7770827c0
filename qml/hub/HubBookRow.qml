// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import DoiChieu

// One book of a commune at the hub (HubCommune.books), or (header: true) the column titles.
Rectangle {
    id: line

    property var columnWidths: []
    property bool header: false
    property bool selected: false
    property var book: ({})

    readonly property var cells: header ? [
        qsTr("Book"), qsTr("Entries"), qsTr("Status"), qsTr("Entries at the hub"), qsTr("Corrected"), qsTr("Escalated")
    ] : [
        book.title ?? "", book.range ?? "", book.status ?? "", book.logged ?? "", book.corrected ?? "",
        book.escalated ?? ""
    ]

    implicitHeight: header ? 40 : 32
    color: header ? Theme.page : (selected ? Theme.selection : Theme.card)

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

            delegate: Label {
                required property int index
                required property string modelData

                width: line.columnWidths[index] ?? 0
                height: line.height
                rightPadding: 8
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: index >= 3 ? Text.AlignRight : Text.AlignLeft
                text: modelData
                elide: line.header ? Text.ElideNone : Text.ElideRight
                wrapMode: line.header ? Text.Wrap : Text.NoWrap
                maximumLineCount: line.header ? 2 : 1
                font.pixelSize: line.header ? Theme.smallSize : 14
                font.bold: line.header || index === 0
                color: line.header ? Theme.muted
                     : index === 2 ? (line.book.open === true ? Theme.openText : Theme.closedText)
                     : Theme.text
            }
        }
    }
}
