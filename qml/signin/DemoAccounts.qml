// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// Demo mode only: the demo site's accounts and their (public) passwords. With `--training`, the same card lists the
// local training site's accounts (TrainingMode.accounts).
Frame {
    id: card

    property var accounts: AppConfig.demoAccounts
    property string title: qsTr("Demo accounts")
    property string hint: qsTr("Sign in with one of these accounts to try the program.")
    // The demo's colours; the training site's card has the training banner's.
    property color tint: Theme.demoBackground
    property color edge: Theme.demoBorder
    property color titleColor: Theme.demoText

    objectName: "demoAccounts"
    padding: 20
    background: Rectangle {
        color: card.tint
        border.color: card.edge
        radius: 6
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: card.title
            font.pixelSize: 18
            font.bold: true
            color: card.titleColor
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: 300
            text: card.hint
            wrapMode: Text.Wrap
            color: card.titleColor
        }
        Repeater {
            model: card.accounts

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
