// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One mistake of a scored training book (TrainingScore.mistakes): the entry, the kind of mistake and its field, the
// right answer beside what was logged, and core's one-line explanation.
Rectangle {
    id: row

    required property int entryNumber
    required property string kindName
    required property string field
    required property string expected
    required property string logged
    required property string explanation
    property bool current: false

    implicitHeight: column.implicitHeight + 12
    color: row.current ? Theme.selection : Theme.card

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 1

        Label {
            Layout.fillWidth: true
            text: row.field === ""
                  ? qsTr("Entry %1 — %2").arg(row.entryNumber).arg(row.kindName)
                  : qsTr("Entry %1 — %2: %3").arg(row.entryNumber).arg(row.kindName).arg(row.field)
            font.bold: true
            color: Theme.errorText
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Right answer: %1 · Logged: %2").arg(row.expected).arg(row.logged)
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: row.explanation
            color: Theme.muted
            wrapMode: Text.Wrap
        }
    }
}
