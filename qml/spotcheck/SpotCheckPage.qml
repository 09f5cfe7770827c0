// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// Today's spot-checks: D draws the sample of every pair's "match" entries (the size and the seed are core's); in the
// list J or ↓ next, K or ↑ previous, C or Enter confirms the entry, M enters the correction that was missed; Esc
// goes home. Beside it, the estimated miss rates per pair and per volunteer with their 95 % Wilson interval.
FocusScope {
    id: page

    property bool missing: false

    function focusList(): void {
        page.missing = false;
        list.forceActiveFocus();
    }

    SpotCheckBoard {
        id: board

        onSelectionChanged: list.currentIndex = board.currentRow
        onLoaded: list.currentIndex = board.currentRow
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    // At 1024×700 the missed correction's box above the sample can be taller than the window: the page scrolls, and follows the focus.
    FocusFlickable {
        anchors.fill: parent
        anchors.margins: Theme.margin
        body: pageColumn
    }
    ColumnLayout {
        id: pageColumn

        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "spotCheckTitle"
                text: qsTr("Spot-checks · %1").arg(board.dayText)
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                objectName: "spotStats"
                Layout.fillWidth: true
                text: board.drawn ? qsTr("Drawn %1 · re-checked %2 · missed %3").arg(list.count)
                                    .arg(board.decidedCount).arg(board.missedCount)
                                  : qsTr("Today's sample is not drawn yet: press D.")
                color: Theme.muted
                font.bold: true
                elide: Text.ElideRight
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Re-check each entry against the book and the national database. C or Enter: it matches. "
                       + "M: the pair missed a correction.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        MessagePanel {
            objectName: "spotMessage"
            Layout.fillWidth: true
            text: board.message
            details: board.messageDetails
        }
        Label {
            objectName: "spotConfirmation"
            Layout.fillWidth: true
            visible: text !== ""
            text: board.confirmation
            color: Theme.okText
            font.bold: true
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 220 // kept: the page scrolls rather than squeeze it
            spacing: 16

            Frame {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 4
                padding: 2
                background: Rectangle {
                    color: Theme.card
                    border.color: list.activeFocus ? Theme.accent : Theme.border
                    border.width: list.activeFocus ? 2 : 1
                    radius: 6
                }

                ListView {
                    id: list

                    objectName: "spotList"
                    anchors.fill: parent
                    clip: true
                    focus: true
                    activeFocusOnTab: true
                    model: board.items
                    boundsBehavior: Flickable.StopAtBounds
                    highlightMoveDuration: 0
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Today's spot-checks")
                    Keys.onPressed: event => {
                        switch (event.key) {
                        case Qt.Key_J:
                        case Qt.Key_Down:
                            board.next();
                            break;
                        case Qt.Key_K:
                        case Qt.Key_Up:
                            board.previous();
                            break;
                        case Qt.Key_D:
                            board.draw();
                            break;
                        case Qt.Key_C:
                        case Qt.Key_Return:
                        case Qt.Key_Enter:
                            board.confirm();
                            break;
                        case Qt.Key_M:
                            if (board.hasSelection) {
                                board.clearMessage();
                                page.missing = true;
                                missBox.start();
                            }
                            break;
                        case Qt.Key_Escape:
                            Navigator.open(Navigator.Home);
                            break;
                        default:
                            return;
                        }
                        event.accepted = true;
                    }

                    delegate: SpotRow {
                        width: list.width
                        selected: ListView.isCurrentItem
                    }

                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 20
                        horizontalAlignment: Text.AlignHCenter
                        visible: list.count === 0
                        text: board.drawn ? qsTr("No entry to re-check today.")
                                          : qsTr("Press D to draw today's sample.")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                }
            }
            Frame {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 6
                padding: 14
                background: Rectangle {
                    color: Theme.card
                    border.color: Theme.border
                    radius: 6
                }

                MissBox {
                    id: missBox

                    objectName: "missBox"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    visible: page.missing
                    board: board
                    onDone: page.focusList()
                }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    visible: !page.missing
                    spacing: 16

                    MissRateTable {
                        objectName: "pairRates"
                        Layout.fillWidth: true
                        title: qsTr("Miss rate per pair (all spot-checks so far)")
                        rates: board.pairRates
                    }
                    MissRateTable {
                        objectName: "volunteerRates"
                        Layout.fillWidth: true
                        title: qsTr("Miss rate per volunteer")
                        rates: board.volunteerRates
                    }
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 14

            Repeater {
                model: [["D", qsTr("draw today's sample")], ["J ↓", qsTr("next")], ["K ↑", qsTr("previous")],
                        ["C ↵", qsTr("confirm")], ["M", qsTr("missed")], ["Esc", qsTr("home")]]

                delegate: Row {
                    id: hint

                    required property var modelData

                    spacing: 5

                    KeyCap {
                        text: hint.modelData[0]
                    }
                    Label {
                        text: hint.modelData[1]
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
            }
        }
    }

    Component.onCompleted: page.focusList()
}
