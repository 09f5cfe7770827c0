// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The pair's score on a training book (TrainingScore), after its last entry or F7 from the logging screen: ready or
// another round with the rule in words, the figures (outcomes, corrections, writing differences corrected, missed
// corrections, escalations missed or not needed, time and keys per entry), then each mistake with the right answer
// and its one-line explanation (↑ ↓, Page Up/Down). Esc or Enter back to the book, Ctrl+B another book.
FocusScope {
    id: page

    required property ChosenBook book

    objectName: "trainingScorePage"

    TrainingScore {
        id: trainingScore

        book: page.book
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
                objectName: "trainingScoreTitle"
                Layout.fillWidth: true
                text: qsTr("Score of the training book")
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
            }
            KeyCap {
                text: "Esc"
            }
            ActionButton {
                id: backButton

                objectName: "backToBookButton"
                text: qsTr("Back to the book")
                onClicked: Navigator.open(Navigator.Logging)
            }
            KeyCap {
                text: "Ctrl+B"
            }
            ActionButton {
                objectName: "otherBookButton"
                text: qsTr("Another book")
                onClicked: Navigator.open(Navigator.Books)
            }
        }
        MessagePanel {
            objectName: "trainingScoreMessage"
            Layout.fillWidth: true
            text: trainingScore.message
        }
        Rectangle {
            objectName: "readinessBox"
            Layout.fillWidth: true
            visible: trainingScore.scored
            implicitHeight: readiness.implicitHeight + 16
            color: trainingScore.ready ? Theme.okBackground : Theme.warningBackground
            border.color: trainingScore.ready ? Theme.okText : Theme.warningBorder
            radius: 6

            ColumnLayout {
                id: readiness

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: 10
                spacing: 2

                Label {
                    objectName: "readinessVerdict"
                    Layout.fillWidth: true
                    text: trainingScore.ready ? qsTr("Ready for the real registers") : qsTr("Needs another round")
                    font.bold: true
                    font.pixelSize: 17
                    color: trainingScore.ready ? Theme.okText : Theme.warningText
                }
                Label {
                    objectName: "readinessReasons"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: trainingScore.reasons
                    color: Theme.warningText
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "readinessRule"
                    Layout.fillWidth: true
                    text: trainingScore.rule
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
        ScoreFigures {
            Layout.fillWidth: true
            visible: trainingScore.scored
            score: trainingScore
        }
        Label {
            Layout.fillWidth: true
            visible: trainingScore.scored
            text: trainingScore.mistakes.count === 0 ? qsTr("No mistake: every entry logged as the answer key says.")
                                             : qsTr("Mistakes (%1), with the right answer").arg(trainingScore.mistakes.count)
            font.bold: true
            color: Theme.text
        }
        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            visible: trainingScore.mistakes.count > 0
            padding: 0
            background: Rectangle {
                color: Theme.card
                border.color: Theme.border
                radius: 6
            }

            ListView {
                id: mistakes

                objectName: "mistakeList"
                anchors.fill: parent
                anchors.margins: 2
                clip: true
                activeFocusOnTab: count > 0
                model: trainingScore.mistakes
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
                Accessible.name: qsTr("Mistakes")
                Keys.onReturnPressed: Navigator.open(Navigator.Logging)
                Keys.onEnterPressed: Navigator.open(Navigator.Logging)

                delegate: MistakeRow {
                    required property int index

                    width: mistakes.width
                    current: ListView.isCurrentItem && mistakes.activeFocus
                }
            }
        }
        Item {
            Layout.fillHeight: true
            visible: trainingScore.mistakes.count === 0
        }
    }

    Shortcut {
        sequence: "Esc"
        onActivated: Navigator.open(Navigator.Logging)
    }
    Shortcut {
        sequence: "Ctrl+B"
        onActivated: Navigator.open(Navigator.Books)
    }

    Component.onCompleted: {
        if (mistakes.count > 0)
            mistakes.forceActiveFocus();
        else
            backButton.forceActiveFocus();
    }
}
