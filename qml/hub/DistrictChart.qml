// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtCharts
import DoiChieu

// Entries first logged per day, one stacked segment per district (HubBoard.chartSeries), against the plan for a day
// (the communes' daily targets summed, a dashed line); Qt Charts.
ChartView {
    id: chart

    property var labels: []
    property var series: []
    property int maximum: 10
    property int plan: 0
    // One colour per district, in the board's order (nine districts in Bình Dương).
    readonly property var palette: ["#1d4f91", "#c2410c", "#1e6b3a", "#7c3aed", "#b45309", "#0e7490", "#be123c",
                                    "#4d7c0f", "#475569"]

    function refresh(): void {
        days.categories = chart.labels;
        stack.clear();
        for (let i = 0; i < chart.series.length; ++i) {
            const set = stack.append(chart.series[i].name, chart.series[i].values);
            set.color = chart.palette[i % chart.palette.length];
            set.borderColor = set.color;
        }
        planLine.clear();
        planLine.append(-0.5, chart.plan);
        planLine.append(Math.max(0, chart.labels.length - 0.5), chart.plan);
    }

    antialiasing: true
    legend.alignment: Qt.AlignRight
    legend.font.pixelSize: 11
    backgroundColor: Theme.card
    margins.top: 4
    margins.bottom: 4
    onLabelsChanged: chart.refresh()
    onSeriesChanged: chart.refresh()
    onPlanChanged: chart.refresh()

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
        tickCount: 6
        labelFormat: "%d"
    }
    StackedBarSeries {
        id: stack

        axisX: days
        axisY: entries
    }
    LineSeries {
        id: planLine

        name: qsTr("Plan per day (%1)").arg(chart.plan)
        axisX: days
        axisY: entries
        color: Theme.text
        width: 2
        style: Qt.DashLine
    }

    // qmllint enable import type property
    Component.onCompleted: chart.refresh()
}
