// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import DoiChieu

// One register book in BookTable, or (header: true) the column titles. The properties are the model's roles
// (BookListModel).
Rectangle {
    id: row

    property var columnWidths: []
    property bool header: false
    property bool selected: false

    required property string recordTypeName
    required property string bookNumber
    required property string years
    required property string entryRange
    required property string commune
    required property bool open
    required property string createdOn

    implicitHeight: 40
    color: header ? Theme.page : (selected ? "#dbe7f6" : Theme.card)

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
            model: [
                row.recordTypeName,
                row.bookNumber,
                row.years,
                row.entryRange !== "" ? row.entryRange : (row.header ? "" : qsTr("not recorded")),
                row.commune,
                row.header ? qsTr("Status") : (row.open ? qsTr("Open") : qsTr("Closed")),
                row.createdOn,
            ]

            delegate: Label {
                required property int index
                required property string modelData

                width: row.columnWidths[index] ?? 0
                height: row.height
                verticalAlignment: Text.AlignVCenter
                rightPadding: 8
                text: modelData
                elide: Text.ElideRight
                font.bold: row.header || index === 0
                color: row.header ? Theme.muted
                     : index === 5 ? (row.open ? Theme.openText : Theme.closedText)
                     : index === 3 && row.entryRange === "" ? Theme.muted : Theme.text
            }
        }
    }
}
