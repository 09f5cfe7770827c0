// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One account in the accounts page's list (the roles of AccountListModel).
Rectangle {
    id: row

    property bool selected: false
    required property string userName
    required property string displayName
    required property string roleName
    required property bool active
    required property string createdOn
    required property bool awaitingActivation

    implicitHeight: 44
    color: selected ? Theme.selection : Theme.card

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 10

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: row.displayName
                font.bold: true
                elide: Text.ElideRight
                color: row.active ? Theme.text : Theme.muted
            }
            Label {
                Layout.fillWidth: true
                text: row.userName + " · " + row.roleName
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
            }
        }
        Label {
            text: row.awaitingActivation ? qsTr("Awaiting activation (A)") : row.active ? qsTr("Active")
                                                                                       : qsTr("Removed")
            color: row.active || row.awaitingActivation ? Theme.openText : Theme.closedText
            font.pixelSize: Theme.smallSize
            padding: 3
            background: Rectangle {
                color: row.active || row.awaitingActivation ? Theme.openBadge : Theme.closedBadge
                radius: 3
            }
        }
    }
}
