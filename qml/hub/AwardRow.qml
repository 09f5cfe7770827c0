// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One volunteer of the judging page (AwardsBoard.volunteers): the place in the ranking (the office's only), name, tier
// and score on the first line, unit, commune, days, entries, eligibility and the shortlist under it; the private
// patterns as a discreet "Cần xem" mark (the office's only).
Rectangle {
    id: row

    required property var modelData
    required property int index
    property bool selected: false
    property bool showsRank: false
    property bool seesPatterns: false
    // Widths of the first line's columns after the name: tier, score, patterns.
    property real tierWidth: 96
    property real scoreWidth: 76
    property real patternWidth: 70

    implicitHeight: lines.implicitHeight + 10
    color: selected ? Theme.selection : Theme.card

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
    ColumnLayout {
        id: lines

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 1

        RowLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: row.showsRank ? qsTr("%1. %2").arg(row.modelData.rank).arg(row.modelData.name)
                                    : row.modelData.name
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.preferredWidth: row.tierWidth
                text: row.modelData.tier
                horizontalAlignment: Text.AlignRight
                font.bold: row.modelData.tierKey === "good" || row.modelData.tierKey === "excellent"
                color: row.modelData.tierKey === "none" ? Theme.muted : Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.preferredWidth: row.scoreWidth
                text: row.modelData.score
                horizontalAlignment: Text.AlignRight
                font.family: "DejaVu Sans Mono"
            }
            Label {
                Layout.preferredWidth: row.patternWidth
                visible: row.seesPatterns
                text: row.modelData.patterns !== "" ? qsTr("● yes") : ""
                horizontalAlignment: Text.AlignRight
                color: Theme.warningText
                font.pixelSize: Theme.smallSize
            }
        }
        Label {
            Layout.fillWidth: true
            text: {
                const parts = [];
                if (row.modelData.unit !== "")
                    parts.push(row.modelData.unit);
                if (row.modelData.place !== "")
                    parts.push(row.modelData.place);
                parts.push(qsTr("%1 days · %2 entries").arg(row.modelData.days).arg(row.modelData.entries));
                parts.push(row.modelData.eligible ? qsTr("eligible") : qsTr("not eligible"));
                if (row.modelData.shortlisted)
                    parts.push(qsTr("shortlisted"));
                return parts.join(" · ");
            }
            color: row.modelData.shortlisted ? Theme.okText : Theme.muted
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
    }
}
