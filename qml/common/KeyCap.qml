// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import DoiChieu

// A key as printed on the keyboard ("F1", "Ctrl+L"), shown beside the action it does.
Label {
    font.pixelSize: Theme.smallSize
    font.bold: true
    color: Theme.text
    leftPadding: 5
    rightPadding: 5
    topPadding: 1
    bottomPadding: 1
    background: Rectangle {
        color: Theme.keyCap
        border.color: Theme.border
        radius: 3
    }
}
