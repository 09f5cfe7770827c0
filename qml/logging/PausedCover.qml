// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import DoiChieu

// In place of the entry and the last entries while the work session is paused: a break is not working time and
// nothing is logged during it. Opaque, as the lock screen is — the pair may leave the desk, and the last entries name
// citizens; what was typed stays underneath, hidden.
Rectangle {
    objectName: "pausedCover"
    color: Theme.page

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
