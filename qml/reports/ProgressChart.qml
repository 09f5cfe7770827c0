// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtCharts
import DoiChieu

// Entries logged per day (bars) against the commune's daily target (a line), from the progress report.
ChartView {
    id: chart

    property var labels: []
    property var counts: []
    property int target: 0
    property int maximum: 10

    function refresh(): void {
        days.categories = chart.labels;
        logged.values = chart.counts;
        targetLine.clear();
        targetLine.append(-0.5, chart.target);
        targetLine.append(Math.max(0, chart.labels.length - 0.5), chart.target);
    }

    antialiasing: true
    legend.alignment: Qt.AlignBottom
    backgroundColor: Theme.card
    margins.top: 4
    margins.bottom: 4
    onLabelsChanged: chart.refresh()
    onCountsChanged: chart.refresh()
    onTargetChanged: chart.refresh()

    BarCategoryAxis {
        id: days

        labelsAngle: chart.labels.length > 12 ? -90 : 0
        labelsFont.pixelSize: 10
    }
    // qmllint disable import type property
    // (Qt 6.4's qmllint cannot resolve ValueAxis from QtCharts' type information; it is there at run time.)
    ValueAxis {
        id: entries

        min: 0
        max: chart.maximum
        tickCount: 6 // ReportView.chartMax is five tidy steps
        labelFormat: "%d"
    }
    BarSeries {
        axisX: days
        axisY: entries

        BarSet {
            id: logged

            label: qsTr("Entries logged")
            color: Theme.accent
        }
    }
    LineSeries {
        id: targetLine

        name: qsTr("Daily target (%1)").arg(chart.target)
        axisX: days
        axisY: entries
        color: Theme.demoBadge
        width: 2
    }

    // qmllint enable import type property
    Component.onCompleted: chart.refresh()
}
