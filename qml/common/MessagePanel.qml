// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// A message after a failed action, with optional detail lines and an optional button that leads on (e.g. to the recovery form).
// Hidden while the text is empty.
Rectangle {
    id: panel

    property string text
    property var details: [] // strings, one line each, under the text (e.g. what checking the entry found)
    property string actionText
    signal actionTriggered()

    visible: text !== ""
    implicitHeight: column.implicitHeight + 24
    color: Theme.errorBackground
    border.color: Theme.errorBorder
    radius: 4
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Label {
            objectName: panel.objectName + "Text"
            Layout.fillWidth: true
            text: panel.text
            wrapMode: Text.Wrap
            color: Theme.errorText
        }
        Repeater {
            model: panel.details

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.Wrap
                color: Theme.errorText
            }
        }
        ActionButton {
            objectName: panel.objectName + "Action"
            visible: panel.actionText !== ""
            text: panel.actionText
            onClicked: panel.actionTriggered()
        }
    }
}
