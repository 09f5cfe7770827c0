// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// A commune's alarms at the hub, newest first (HubCommune.alarms): forks, rollbacks, held bundles, conflicts; a
// cleared one greyed. ↑ ↓ move when it has the focus (Tab).
Frame {
    id: frame

    property var alarms: []

    padding: 0
    background: Rectangle {
        color: Theme.card
        border.color: list.activeFocus ? Theme.accent : Theme.border
        border.width: list.activeFocus ? 2 : 1
        radius: 6
    }

    ListView {
        id: list

        objectName: "alarmList"
        anchors.fill: parent
        anchors.margins: 2
        clip: true
        activeFocusOnTab: count > 0
        model: frame.alarms
        keyNavigationEnabled: true
        boundsBehavior: Flickable.StopAtBounds
        highlightMoveDuration: 0
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Alarms")

        delegate: Rectangle {
            id: alarm

            required property var modelData
            required property int index

            width: list.width
            implicitHeight: column.implicitHeight + 10
            color: ListView.isCurrentItem && list.activeFocus ? Theme.selection : Theme.card

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
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: alarm.modelData.cleared ? qsTr("%1 (cleared)").arg(alarm.modelData.kind) : alarm.modelData.kind
                    font.bold: true
                    color: alarm.modelData.cleared ? Theme.muted : Theme.errorText
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2").arg(alarm.modelData.at).arg(alarm.modelData.message)
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideRight
                }
            }
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No alarms.")
            color: Theme.okText
        }
    }
}
