// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import DoiChieu

// Shown on every page in demo mode.
Rectangle {
    objectName: "demoBanner"
    implicitHeight: label.implicitHeight + 16
    color: Theme.demoBackground

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.demoBorder
    }
    Label {
        id: label

        anchors.verticalCenter: parent.verticalCenter
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        wrapMode: Text.Wrap
        color: Theme.demoText
        text: qsTr("DEMO — a sample site with made-up data and public passwords. Never enter real citizens' data here.")
    }
}
