// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// Demo mode only: the demo site's accounts and their (public) passwords.
Frame {
    id: card

    objectName: "demoAccounts"
    padding: 20
    background: Rectangle {
        color: Theme.demoBackground
        border.color: Theme.demoBorder
        radius: 6
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Demo accounts")
            font.pixelSize: 18
            font.bold: true
            color: Theme.demoText
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: 300
            text: qsTr("Sign in with one of these accounts to try the program.")
            wrapMode: Text.Wrap
            color: Theme.demoText
        }
        Repeater {
            model: AppConfig.demoAccounts

            delegate: ColumnLayout {
                id: account

                required property var modelData

                spacing: 2

                Label {
                    text: qsTr("%1 — %2").arg(account.modelData.displayName).arg(account.modelData.roleName)
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    text: qsTr("User name: %1").arg(account.modelData.userName)
                    font.family: "monospace"
                    color: Theme.text
                }
                Label {
                    text: qsTr("Password: %1").arg(account.modelData.password)
                    font.family: "monospace"
                    color: Theme.text
                }
            }
        }
    }
}
