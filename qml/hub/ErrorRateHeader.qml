// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// The header of a list of ErrorRateRow: the columns' names, and over the chart its scale (0 and `chartScale` as a
// percent).
Rectangle {
    id: header

    property string groupTitle
    property bool showsGroup: true
    property real chartScale: 1
    property real fieldWidth: 0
    property real groupWidth: 170
    property real numberWidth: 64
    property real checkedWidth: 84
    property real intervalWidth: 150
    property real chartWidth: 200

    implicitHeight: 30
    color: Theme.headerBackground

    component Title: Label {
        color: Theme.headerText
        font.pixelSize: Theme.smallSize
        font.bold: true
        elide: Text.ElideRight
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8 + 10 // the list's scroll bar
        spacing: 6

        Title {
            Layout.fillWidth: header.fieldWidth <= 0
            Layout.preferredWidth: header.fieldWidth > 0 ? header.fieldWidth : -1
            text: qsTr("Field")
        }
        Title {
            Layout.fillWidth: header.fieldWidth > 0
            Layout.preferredWidth: header.groupWidth
            visible: header.showsGroup
            text: header.groupTitle
        }
        Title {
            Layout.preferredWidth: header.checkedWidth
            text: qsTr("Checked")
            horizontalAlignment: Text.AlignRight
        }
        Title {
            Layout.preferredWidth: header.numberWidth
            text: qsTr("Corrected")
            horizontalAlignment: Text.AlignRight
        }
        Title {
            Layout.preferredWidth: header.numberWidth
            text: qsTr("Rate")
            horizontalAlignment: Text.AlignRight
        }
        Title {
            Layout.preferredWidth: header.intervalWidth
            text: qsTr("95 % interval")
            horizontalAlignment: Text.AlignRight
        }
        Item {
            Layout.preferredWidth: header.chartWidth
            Layout.fillHeight: true

            Title {
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                text: "0"
                color: Theme.headerMuted
            }
            Title {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: (header.chartScale < 0.01 ? (header.chartScale * 100).toFixed(1)
                                                : Math.round(header.chartScale * 100)) + " %"
                color: Theme.headerMuted
            }
        }
    }
}
