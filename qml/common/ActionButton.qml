// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls

// A push button with room around its text that Enter presses as well as Space; `primary` marks the main
// action of a page.
Button {
    id: button

    property bool primary: false

    highlighted: primary
    font.bold: primary
    leftPadding: 16
    rightPadding: 16
    topPadding: 7
    bottomPadding: 7
    Keys.onReturnPressed: button.clicked()
    Keys.onEnterPressed: button.clicked()
}
