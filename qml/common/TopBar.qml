// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The bar at the top of every page: the program's name, DEMO in demo mode, and the language switch.
Rectangle {
    id: bar

    implicitHeight: 52
    color: Theme.headerBackground

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Đối Chiếu")
            color: Theme.headerText
            font.pixelSize: 20
            font.bold: true
        }
        Label {
            objectName: "demoBadge"
            visible: AppConfig.demo
            text: qsTr("DEMO")
            color: Theme.headerText
            font.bold: true
            leftPadding: 8
            rightPadding: 8
            topPadding: 2
            bottomPadding: 2
            background: Rectangle {
                color: Theme.demoBadge
                radius: 3
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Checking civil-status registers")
            color: Theme.headerMuted
            elide: Text.ElideRight
        }
        ActionButton {
            objectName: "languageButton"
            text: Language.otherName
            onClicked: Language.toggle()
            Accessible.description: qsTr("Switch the interface language (Ctrl+Shift+L)")
            ToolTip.visible: hovered || visualFocus
            ToolTip.delay: 500
            ToolTip.text: qsTr("Switch the interface language (Ctrl+Shift+L)")
        }
    }
}
