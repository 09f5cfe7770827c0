// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One trainee pair on the trainer's board (TrainerBoard.rows): the pair and its site, the books scored, the summed
// figures, and ready or another round with the reasons. The columns line up with TrainerBoardPage's heading.
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

    implicitHeight: layout.implicitHeight + 10
    color: row.current ? Theme.selection : Theme.card

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
    RowLayout {
        id: layout

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 8

        ColumnLayout {
            Layout.preferredWidth: 190
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
        Label {
            Layout.preferredWidth: 50
            text: String(row.books)
            horizontalAlignment: Text.AlignRight
        }
        Label {
            Layout.preferredWidth: 70
            text: row.outcomes
            horizontalAlignment: Text.AlignRight
        }
        Label {
            Layout.preferredWidth: 70
            text: row.corrections
            horizontalAlignment: Text.AlignRight
        }
        Label {
            Layout.preferredWidth: 70
            text: qsTr("%1 / %2").arg(row.writingDifferences).arg(row.missedCorrections)
            horizontalAlignment: Text.AlignRight
        }
        Label {
            Layout.preferredWidth: 70
            text: qsTr("%1 / %2").arg(row.escalationsMissed).arg(row.escalationsUnneeded)
            horizontalAlignment: Text.AlignRight
        }
        Label {
            Layout.preferredWidth: 90
            text: qsTr("%1 s · %2").arg(row.secondsPerEntry).arg(row.keysPerEntry)
            horizontalAlignment: Text.AlignRight
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                objectName: "boardVerdict"
                Layout.fillWidth: true
                text: row.needsAnotherRound ? qsTr("Another round") : qsTr("Ready")
                font.bold: true
                color: row.needsAnotherRound ? Theme.warningText : Theme.okText
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: row.reasons
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
    }
}
