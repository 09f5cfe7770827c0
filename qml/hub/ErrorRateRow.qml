// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One rate of the error map (ErrorMapBoard.rows or .weakest): the field, its group, the entries checked and corrected,
// the rate and its 95 % interval in words, and the same drawn on the right — a bar for the rate and a whisker for the
// interval, on the scale the list shares (`chartScale`, 0–1), so the weakest stand out and the uncertain show it.
Rectangle {
    id: row

    required property int index
    required property string field
    required property string group
    required property int checked
    required property int corrected
    required property string rate
    required property string interval
    required property real rateValue
    required property real lowValue
    required property real highValue
    property bool selected: false
    property real chartScale: 1
    property bool showsGroup: true
    // The columns' widths (the header uses the same). With a `fieldWidth` the field's column has it and the group's
    // takes the rest (the weakest cells, whose place is long); else the field's takes the rest.
    property real fieldWidth: 0
    property real groupWidth: 170
    property real numberWidth: 64
    property real checkedWidth: 84
    property real intervalWidth: 150
    property real chartWidth: 200

    implicitHeight: 30
    color: selected ? Theme.selection : (index % 2 === 0 ? Theme.card : Theme.page)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 6

        Label {
            Layout.fillWidth: row.fieldWidth <= 0
            Layout.preferredWidth: row.fieldWidth > 0 ? row.fieldWidth : -1
            text: row.field
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: row.fieldWidth > 0
            Layout.preferredWidth: row.groupWidth
            visible: row.showsGroup
            text: row.group
            elide: Text.ElideRight
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            Layout.preferredWidth: row.checkedWidth
            text: row.checked
            horizontalAlignment: Text.AlignRight
        }
        Label {
            Layout.preferredWidth: row.numberWidth
            text: row.corrected
            horizontalAlignment: Text.AlignRight
        }
        Label {
            Layout.preferredWidth: row.numberWidth
            text: row.rate
            horizontalAlignment: Text.AlignRight
            font.bold: true
        }
        Label {
            Layout.preferredWidth: row.intervalWidth
            text: row.interval
            horizontalAlignment: Text.AlignRight
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        // The chart: the bar from 0 to the rate, the whisker from the interval's low to its high end.
        Item {
            id: chart

            readonly property real unit: row.chartScale > 0 ? width / row.chartScale : 0

            Layout.preferredWidth: row.chartWidth
            Layout.fillHeight: true
            Accessible.ignored: true

            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Math.max(1, Math.min(chart.width, row.rateValue * chart.unit))
                height: 12
                color: Theme.accent
                opacity: 0.75
            }
            Rectangle {
                id: whisker

                anchors.verticalCenter: parent.verticalCenter
                x: Math.min(chart.width, row.lowValue * chart.unit)
                width: Math.max(1, Math.min(chart.width, row.highValue * chart.unit) - x)
                height: 2
                color: Theme.text
            }
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                x: whisker.x
                width: 2
                height: 10
                color: Theme.text
            }
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                x: whisker.x + whisker.width - 2
                width: 2
                height: 10
                color: Theme.text
            }
        }
    }
}
