// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One way to share the roles, with the key that picks it.
Rectangle {
    id: choice

    property int number
    property string reader
    property string checker
    property bool selected: false
    signal chosen()

    implicitHeight: row.implicitHeight + 20
    radius: 4
    color: selected ? Theme.selection : Theme.card
    border.color: selected ? Theme.accent : Theme.border
    border.width: selected ? 2 : 1
    Accessible.role: Accessible.RadioButton
    Accessible.name: label.text
    Accessible.checked: selected

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: 10
        spacing: Theme.spacing

        KeyCap {
            text: String(choice.number)
            font.pixelSize: 16
        }
        Label {
            id: label

            objectName: choice.objectName + "Text"
            Layout.fillWidth: true
            text: qsTr("%1 reads, %2 checks and logs").arg(choice.reader).arg(choice.checker)
            wrapMode: Text.Wrap
            font.bold: choice.selected
        }
    }
    MouseArea {
        anchors.fill: parent
        onClicked: choice.chosen()
    }
}
