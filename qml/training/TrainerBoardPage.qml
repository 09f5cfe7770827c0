// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The trainer's board (TrainerBoard), F7 from a training site supervisor's home: every trainee pair of this site — one
// that has logged nothing yet says so — and of the results files imported from other machines (Ctrl+O, several at
// once), each with its summed score and whether it needs another round, with the reasons. ↑ ↓ through the pairs, F5
// reads this site again, Esc home.
FocusScope {
    id: page

    objectName: "trainerBoardPage"

    // The columns' widths (the heading's and each row's): the pair, books, outcomes, corrections, writing differences
    // corrected, corrections missed, escalations missed and not needed, seconds and keys per entry. 837 px with the
    // gaps: the verdict keeps about 100 px at 1024 px.
    readonly property var widths: [170, 45, 75, 75, 80, 70, 70, 70, 60, 60]

    // Imports `files` (file URLs): the dialog's choice, or a test's.
    function importFiles(files: list<url>): void {
        board.importFiles(files);
        if (pairs.count > 0)
            pairs.forceActiveFocus();
    }

    TrainerBoard {
        id: board
    }


    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: 14
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            Label {
                Layout.fillWidth: true
                text: qsTr("Trainer's board")
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
            }
            KeyCap {
                text: "Ctrl+O"
            }
            ActionButton {
                id: importButton

                objectName: "importResultsButton"
                text: qsTr("Import results files…")
                onClicked: dialog.open()
            }
            KeyCap {
                text: "Esc"
            }
            ActionButton {
                objectName: "boardHomeButton"
                text: qsTr("Home")
                onClicked: Navigator.open(Navigator.Home)
            }
        }
        Label {
            objectName: "boardSummary"
            Layout.fillWidth: true
            text: qsTr("%1 pair(s); %2 need another round.").arg(board.pairs).arg(board.needingAnotherRound)
            font.bold: true
        }
        MessagePanel {
            objectName: "boardMessage"
            Layout.fillWidth: true
            text: board.message
        }
        Repeater {
            model: board.imports

            delegate: Label {
                id: imported

                required property var modelData

                Layout.fillWidth: true
                text: qsTr("%1: %2").arg(imported.modelData.file).arg(imported.modelData.text)
                color: imported.modelData.ok ? Theme.okText : Theme.errorText
                wrapMode: Text.Wrap
            }
        }
        TrainerBoardHeading {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            widths: page.widths
        }
        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 0
            background: Rectangle {
                color: Theme.card
                border.color: Theme.border
                radius: 6
            }

            ListView {
                id: pairs

                objectName: "boardPairs"
                anchors.fill: parent
                anchors.margins: 2
                clip: true
                activeFocusOnTab: count > 0
                model: board.rows
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                // A model reset leaves no row current: the first is, so that the focus ring has a row to go round.
                onCountChanged: {
                    if (count > 0 && currentIndex < 0)
                        currentIndex = 0;
                }
                Accessible.name: qsTr("Trainee pairs")

                delegate: TrainerBoardRow {
                    required property int index

                    width: pairs.width
                    widths: page.widths
                    current: ListView.isCurrentItem && pairs.activeFocus
                }

                Label {
                    anchors.centerIn: parent
                    visible: pairs.count === 0
                    text: qsTr("No trainee pair yet.")
                    color: Theme.muted
                }
            }
        }
    }

    FileDialog {
        id: dialog

        title: qsTr("Choose the results files")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Training results (*.json)"), qsTr("All files (*)")]
        onAccepted: page.importFiles(dialog.selectedFiles)
    }
    Shortcut {
        sequence: "Ctrl+O"
        onActivated: dialog.open()
    }
    Shortcut {
        sequence: "F5"
        onActivated: board.reload()
    }
    Shortcut {
        sequence: "Esc"
        enabled: !dialog.visible
        onActivated: Navigator.open(Navigator.Home)
    }

    Component.onCompleted: {
        if (pairs.count > 0)
            pairs.forceActiveFocus();
        else
            importButton.forceActiveFocus();
    }
}
