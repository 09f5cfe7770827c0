// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import DoiChieu

// A button of the work bar that names its key: the keys are how the pair works, the mouse is the fallback, so
// the buttons take no keyboard focus (Tab stays in the form).
ActionButton {
    id: button

    property string keyText

    focusPolicy: Qt.NoFocus
    leftPadding: 10
    rightPadding: 10
    Accessible.description: keyText
    ToolTip.visible: hovered
    ToolTip.delay: 500
    ToolTip.text: keyText

    contentItem: Row {
        spacing: 6

        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: button.text
            color: button.enabled ? Theme.text : Theme.muted
        }
        KeyCap {
            anchors.verticalCenter: parent.verticalCenter
            text: button.keyText
        }
    }
}
