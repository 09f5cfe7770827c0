// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import DoiChieu

// Over the entry while the work session is paused: a break is not working time and nothing is logged during it.
// What was typed stays underneath.
Rectangle {
    objectName: "pausedCover"
    color: Qt.rgba(0.95, 0.96, 0.97, 0.92)

    Label {
        anchors.centerIn: parent
        width: parent.width - 40
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Paused — this time does not count as working time. F8 resumes.")
        font.pixelSize: 18
        font.bold: true
        color: Theme.warningText
        wrapMode: Text.Wrap
    }
    MouseArea {
        anchors.fill: parent // nothing underneath is clicked while paused
    }
}
