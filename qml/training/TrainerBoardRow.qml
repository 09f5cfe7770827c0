// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One trainee pair on the trainer's board (TrainerBoard.rows): the pair and its site, the books scored, the summed
// figures and the verdict on one line (columns as wide as TrainerBoardPage's heading: `widths`), then why another round
// is needed across the row.
Rectangle {
    id: row

    required property string site
    required property string pair
    required property int books
    required property string outcomes
    required property string corrections
    required property int writingDifferences
    required property int missedCorrections
    required property int escalationsMissed
    required property int escalationsUnneeded
    required property string secondsPerEntry
    required property string keysPerEntry
    required property bool needsAnotherRound
    required property string reasons
    property bool current: false
    // The columns' widths, the heading's: pair, then the ten figures and the verdict.
    property var widths: []

    implicitHeight: column.implicitHeight + 10
    color: row.current ? Theme.selection : Theme.card

    component Cell: Label {
        horizontalAlignment: Text.AlignRight
        elide: Text.ElideRight
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            ColumnLayout {
                Layout.preferredWidth: row.widths[0] ?? 170
                Layout.fillWidth: false // a layout fills by default: the column keeps the heading's width
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: row.pair
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: row.site
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideRight
                }
            }
            Cell {
                Layout.preferredWidth: row.widths[1] ?? 60
                text: String(row.books)
            }
            Cell {
                Layout.preferredWidth: row.widths[2] ?? 60
                text: row.outcomes
            }
            Cell {
                Layout.preferredWidth: row.widths[3] ?? 60
                text: row.corrections
            }
            Cell {
                Layout.preferredWidth: row.widths[4] ?? 60
                text: String(row.writingDifferences)
                color: row.writingDifferences > 0 ? Theme.errorText : Theme.text
            }
            Cell {
                Layout.preferredWidth: row.widths[5] ?? 60
                text: String(row.missedCorrections)
                color: row.missedCorrections > 0 ? Theme.errorText : Theme.text
            }
            Cell {
                Layout.preferredWidth: row.widths[6] ?? 60
                text: String(row.escalationsMissed)
                color: row.escalationsMissed > 0 ? Theme.errorText : Theme.text
            }
            Cell {
                Layout.preferredWidth: row.widths[7] ?? 60
                text: String(row.escalationsUnneeded)
                color: row.escalationsUnneeded > 0 ? Theme.errorText : Theme.text
            }
            Cell {
                Layout.preferredWidth: row.widths[8] ?? 60
                text: row.secondsPerEntry
            }
            Cell {
                Layout.preferredWidth: row.widths[9] ?? 60
                text: row.keysPerEntry
            }
            Label {
                objectName: "boardVerdict"
                Layout.fillWidth: true
                leftPadding: 8
                text: row.needsAnotherRound ? qsTr("Another round") : qsTr("Ready")
                font.bold: true
                color: row.needsAnotherRound ? Theme.warningText : Theme.okText
                elide: Text.ElideRight
            }
        }
        Label {
            objectName: "boardReasons"
            Layout.fillWidth: true
            visible: text !== ""
            text: row.reasons
            // a pair that has logged nothing yet may need the trainer at its table: its reason stands out
            color: row.books === 0 ? Theme.warningText : Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }
}
