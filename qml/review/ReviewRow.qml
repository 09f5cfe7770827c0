// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One item of the review queue (or of the checks returned to the pair): entry, book, outcome and review state, the
// subject, and its corrections. The properties are ReviewItemsModel's roles; the detail pane reads them too.
Rectangle {
    id: row

    required property int index
    required property double checkId
    required property int entryNumber
    required property string bookTitle
    required property string outcomeKey
    required property string outcomeName
    required property string stateKey
    required property string stateName
    required property string subjectName
    required property string registrationDate
    required property string loggedAt
    required property string reader
    required property string checker
    required property string corrections
    required property string transcript
    required property string history
    required property string reason
    required property string supervisor
    required property string amendments
    property bool selected: false
    // The pair's list shows the supervisor's reason under the entry.
    property bool showReason: false

    implicitHeight: layout.implicitHeight + 14
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
        anchors.margins: 7
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 2

        RowLayout {
            Layout.fillWidth: true

            Label {
                objectName: "reviewRowTitle" + row.index
                Layout.fillWidth: true
                text: qsTr("No. %1 · %2").arg(row.entryNumber).arg(row.bookTitle)
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "reviewRowState" + row.index
                text: row.stateName
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: row.stateKey === "pending" ? Theme.warningText
                     : row.stateKey === "returned" || row.stateKey === "flagged" ? Theme.errorText : Theme.okText
            }
        }
        Label {
            Layout.fillWidth: true
            text: row.outcomeName + (row.registrationDate !== "" ? " · " + row.registrationDate : "")
                  + (row.subjectName !== "" ? " · " + row.subjectName : "")
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: row.corrections
            color: Theme.accent
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
            maximumLineCount: 2
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "reviewRowReason" + row.index
            Layout.fillWidth: true
            visible: row.showReason && row.reason !== ""
            text: qsTr("%1: %2").arg(row.supervisor).arg(row.reason)
            color: Theme.errorText
            wrapMode: Text.Wrap
        }
    }
}
