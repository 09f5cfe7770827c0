// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// A warning that does not block (numbers skipped, an entry already logged), with an optional action and its key.
Rectangle {
    id: box

    property string text
    property string actionText
    property string actionKey
    signal actionTriggered()

    visible: text !== ""
    implicitHeight: row.implicitHeight + 14
    color: Theme.warningBackground
    border.color: Theme.warningBorder
    radius: 4

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: 7
        anchors.leftMargin: 10
        spacing: Theme.spacing

        Label {
            objectName: box.objectName + "Text"
            Layout.fillWidth: true
            text: box.text
            wrapMode: Text.Wrap
            color: Theme.warningText
        }
        KeyCap {
            visible: box.actionKey !== ""
            text: box.actionKey
        }
        ActionButton {
            objectName: box.objectName + "Action"
            visible: box.actionText !== ""
            text: box.actionText
            focusPolicy: Qt.NoFocus
            onClicked: box.actionTriggered()
        }
    }
}
