// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import DoiChieu

// One table of a report (core::ReportTable: heading, columns, rows). Columns are as wide as their cells, with a gap
// after each so neighbours ("Sổ", "Số") never run together; headings wrap onto more lines instead of being cut, and
// the room left over goes to the headings that would like one line. The same rule as the PDF (PdfReport.cpp).
// A Column, not a ColumnLayout: a heading's height follows the table's width (it wraps), and a nested layout
// re-entered while its parent layout arranges it crashed Qt 6.4.
Column {
    id: table

    property string heading
    property var columns: []
    property var rows: []
    readonly property real gap: 14
    readonly property var widths: table.columnWidths(width - 16)

    // The width of each column within `usable`: at least its widest cell and its longest heading word (all shrunk
    // together, cells then elided, when even that is too wide), and up to its heading on one line.
    function columnWidths(usable: real): var {
        const count = table.columns.length;
        const least = [];
        const wanted = [];
        for (let c = 0; c < count; ++c) {
            const title = String(table.columns[c]);
            let word = 0;
            for (const part of title.split(" ")) {
                word = Math.max(word, boldMetrics.advanceWidth(part));
            }
            least.push(word + table.gap);
            wanted.push(boldMetrics.advanceWidth(title) + table.gap);
        }
        for (const row of table.rows) {
            for (let c = 0; c < count && c < row.length; ++c) {
                least[c] = Math.max(least[c], cellMetrics.advanceWidth(String(row[c])) + table.gap);
            }
        }
        let total = 0;
        let growth = 0;
        for (let c = 0; c < count; ++c) {
            wanted[c] = Math.max(wanted[c], least[c]);
            total += least[c];
            growth += wanted[c] - least[c];
        }
        if (total > usable) {
            return least.map(w => w * usable / total);
        }
        const share = growth > 0 ? Math.min(1, (usable - total) / growth) : 0;
        return least.map((w, c) => w + (wanted[c] - w) * share);
    }

    spacing: 0

    FontMetrics {
        id: boldMetrics

        font.bold: true
        font.pixelSize: Theme.smallSize
    }
    FontMetrics {
        id: cellMetrics

        font.family: headingLabel.font.family
        font.pixelSize: headingLabel.font.pixelSize
    }
    Label {
        id: headingLabel

        bottomPadding: 4
        visible: table.heading !== ""
        text: table.heading
        font.bold: true
    }
    Rectangle {
        width: table.width
        implicitHeight: headerRow.implicitHeight + 8
        color: Theme.keyCap

        Row {
            id: headerRow

            objectName: "headerCells"
            x: 8
            anchors.verticalCenter: parent.verticalCenter

            Repeater {
                model: table.columns

                delegate: Label {
                    required property int index
                    required property string modelData

                    width: table.widths[index] ?? 0
                    rightPadding: table.gap
                    text: modelData
                    font.bold: true
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    Repeater {
        model: table.rows

        delegate: Rectangle {
            id: line

            required property int index
            required property var modelData

            width: table.width
            implicitHeight: cells.implicitHeight + 6
            color: index % 2 === 0 ? Theme.card : Theme.page

            Row {
                id: cells

                objectName: "rowCells"
                x: 8
                anchors.verticalCenter: parent.verticalCenter

                Repeater {
                    model: line.modelData

                    delegate: Label {
                        required property int index
                        required property string modelData

                        width: table.widths[index] ?? 0
                        rightPadding: table.gap
                        text: modelData
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
