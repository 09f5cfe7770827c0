// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One of the session's last entries as it stands now: outcome, date and name, its corrections (writing differences
// apart, as needing no correction), the transcript of an escalated entry, and for an amended entry its history.
// The properties are RecentChecksModel's roles.
Rectangle {
    id: row

    required property int index
    required property double checkId
    required property int entryNumber
    required property string outcomeName
    required property string registrationDate
    required property string subjectName
    required property string loggedTime
    required property string corrections
    required property string writingDifferences
    required property string transcript
    required property bool amended
    required property string history
    property bool selected: false

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
                objectName: "recentTitle" + row.index
                Layout.fillWidth: true
                text: qsTr("No. %1 · %2").arg(row.entryNumber).arg(row.outcomeName)
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                visible: row.amended
                text: qsTr("amended")
                color: Theme.warningText
                font.pixelSize: Theme.smallSize
            }
            Label {
                text: row.loggedTime
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
        }
        Label {
            Layout.fillWidth: true
            text: row.registrationDate !== "" && row.subjectName !== "" ? row.registrationDate + " · " + row.subjectName
                                                                       : row.registrationDate + row.subjectName
            visible: text !== ""
            elide: Text.ElideRight
        }
        RecentLines {
            objectName: "recentCorrections" + row.index
            text: row.corrections
            color: Theme.accent
        }
        RecentLines {
            objectName: "recentWriting" + row.index
            text: row.writingDifferences !== "" ? qsTr("No correction needed: %1").arg(row.writingDifferences) : ""
            color: Theme.okText
        }
        RecentLines {
            text: row.transcript !== "" ? qsTr("Book shows: %1").arg(row.transcript) : ""
            color: Theme.text
        }
        RecentLines {
            objectName: "recentHistory" + row.index
            text: row.history
            color: Theme.muted
        }
    }
}
