// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One drawn "match" entry of today's spot-check: the pair, the entry, and the supervisor's result. The properties are
// SpotItemsModel's roles.
Rectangle {
    id: row

    required property int index
    required property double itemId
    required property string pair
    required property int entryNumber
    required property string bookTitle
    required property string registrationDate
    required property string subjectName
    required property string resultKey
    required property string resultName
    required property string missed
    property bool selected: false

    implicitHeight: layout.implicitHeight + 12
    color: selected ? Theme.selection : Theme.card

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 6
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 2

        RowLayout {
            Layout.fillWidth: true

            Label {
                objectName: "spotRowTitle" + row.index
                Layout.fillWidth: true
                text: qsTr("No. %1 · %2").arg(row.entryNumber).arg(row.bookTitle)
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "spotRowResult" + row.index
                text: row.resultName
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: row.resultKey === "missed" ? Theme.errorText
                     : row.resultKey === "confirmed" ? Theme.okText : Theme.warningText
            }
        }
        Label {
            Layout.fillWidth: true
            text: (row.registrationDate !== "" ? row.registrationDate + " · " : "")
                  + (row.subjectName !== "" ? row.subjectName + " · " : "") + row.pair
            color: Theme.muted
            elide: Text.ElideRight
        }
        Label {
            objectName: "spotRowMissed" + row.index
            Layout.fillWidth: true
            visible: text !== ""
            text: row.missed
            color: Theme.errorText
            wrapMode: Text.Wrap
        }
    }
}
