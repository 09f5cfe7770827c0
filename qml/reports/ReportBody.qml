// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import DoiChieu
import DoiChieu.Models

// The report on screen: its title and facts (commune, period...), its chart when it has one, and its tables.
Frame {
    id: body

    required property ReportView view

    padding: 14
    background: Rectangle {
        color: Theme.card
        border.color: Theme.border
        radius: 6
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        visible: body.view.shown

        // A Column, not a ColumnLayout: the tables are made again for every report, and Qt 6.4's layouts crashed
        // on a table just destroyed when the page was laid out again in the same event.
        Column {
            id: content

            width: scroll.availableWidth
            spacing: 10

            Label {
                objectName: "reportTitle"
                width: content.width
                text: body.view.title
                font.pixelSize: 18
                font.bold: true
                wrapMode: Text.Wrap
            }
            Flow {
                width: content.width
                spacing: 18

                Repeater {
                    model: body.view.facts

                    delegate: Label {
                        required property var modelData

                        text: modelData.value !== "" ? qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                                                     : modelData.label
                        color: Theme.muted
                    }
                }
            }
            ProgressChart {
                objectName: "progressChart"
                width: content.width
                height: 230
                visible: body.view.kind === "progress" && body.view.dayLabels.length > 0
                labels: body.view.dayLabels
                counts: body.view.dayCounts
                target: body.view.dailyTarget
                maximum: body.view.chartMax
            }
            ClassChart {
                objectName: "classChart"
                width: content.width
                height: 230
                visible: body.view.kind === "corrections" && body.view.classShares.length > 0
                shares: body.view.classShares
            }
            Repeater {
                model: body.view.tables

                delegate: ReportTableView {
                    required property int index
                    required property var modelData

                    objectName: "reportTable" + index
                    width: content.width
                    topPadding: 6
                    heading: modelData.heading
                    columns: modelData.columns
                    rows: modelData.rows
                }
            }
        }
    }
    Label {
        anchors.centerIn: parent
        visible: !body.view.shown
        text: qsTr("Choose a report and its period, then press F5.")
        color: Theme.muted
    }
}
