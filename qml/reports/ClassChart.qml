// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtCharts
import DoiChieu

// The share of each correction class among the errors found (writing differences are not errors), from the
// corrections report.
ChartView {
    id: chart

    property var shares: []

    function refresh(): void {
        pie.clear();
        for (let i = 0; i < chart.shares.length; ++i) {
            const share = chart.shares[i];
            const slice = pie.append(qsTr("%1 (%2)").arg(share.label).arg(share.count), share.count);
            slice.labelVisible = true;
        }
    }

    antialiasing: true
    legend.alignment: Qt.AlignRight
    backgroundColor: Theme.card
    onSharesChanged: chart.refresh()

    PieSeries {
        id: pie

        size: 0.8
    }

    Component.onCompleted: chart.refresh()
}
