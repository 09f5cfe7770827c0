// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// Estimated miss rates (SpotCheckBoard.pairRates or volunteerRates): who, entries re-checked, missed, the rate and
// its 95 % Wilson interval — a handful of samples gives a wide interval, and the table says so rather than rank.
ColumnLayout {
    id: table

    property string title
    property var rates: []

    spacing: 2

    Label {
        text: table.title
        font.bold: true
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 5
        columnSpacing: 12
        rowSpacing: 2

        Label {
            Layout.fillWidth: true
            text: qsTr("Who")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            text: qsTr("Re-checked")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            text: qsTr("Missed")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            text: qsTr("Miss rate")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            text: qsTr("95 % interval")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Repeater {
            model: table.rates.length * 5

            delegate: Label {
                required property int index
                readonly property var rate: table.rates[Math.floor(index / 5)]
                readonly property var cell: [rate.who, rate.sampled, rate.missed, rate.rate, rate.interval][index % 5]

                objectName: table.objectName + "Cell" + index
                Layout.fillWidth: index % 5 === 0
                Layout.preferredWidth: index % 5 === 0 ? 120 : -1
                text: String(cell)
                wrapMode: index % 5 === 0 ? Text.Wrap : Text.NoWrap
            }
        }
    }
    Label {
        visible: table.rates.length === 0
        text: qsTr("No spot-check decided yet.")
        color: Theme.muted
    }
}
