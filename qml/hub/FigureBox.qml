// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One figure of a board's totals: a small caption above a large value.
Rectangle {
    id: box

    property string caption
    property string value
    property color valueColor: Theme.text

    implicitWidth: Math.max(captionLabel.implicitWidth, valueLabel.implicitWidth) + 24
    implicitHeight: column.implicitHeight + 12
    color: Theme.card
    border.color: Theme.border
    radius: 6

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: 6
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 0

        Label {
            id: captionLabel

            text: box.caption
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            id: valueLabel

            text: box.value === "" ? "—" : box.value
            color: box.valueColor
            font.pixelSize: 18
            font.bold: true
        }
    }
}
