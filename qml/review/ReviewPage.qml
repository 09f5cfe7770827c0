// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The supervisor's review queue (ReviewKeys lists the keys): the items that wait, with the queue's length and how
// long the oldest has waited, a filter, the selected item in full, and one key per decision.
FocusScope {
    id: page


    function focusList(): void {
        list.forceActiveFocus();
    }
    // A decision on the selected item: approve at once, the others after their reason.
    function begin(key: string): void {
        if (!queue.hasSelection)
            return;
        queue.clearMessage();
        if (key === "approve") {
            queue.decide("approve", "", "");
        } else if (key === "resolve" && !queue.selectedEscalated) {
            return;
        } else {
            decision.start(key, queue.selectedEntry);
        }
    }
    function finish(reason: string, note: string): void {
        if (queue.decide(decision.decisionKey, reason, note)) {
            decision.stop();
            page.focusList();
        }
    }

    ReviewQueue {
        id: queue

        onSelectionChanged: list.currentIndex = queue.currentRow
        onLoaded: list.currentIndex = queue.currentRow
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    // At 1024×700 the filter, a decision's reason and the message above the queue can be taller than the window: the page scrolls, and follows the focus.
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
                objectName: "reviewTitle"
                text: qsTr("Review queue")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                objectName: "queueStats"
                Layout.fillWidth: true
                text: queue.pendingTotal === 0 ? qsTr("Nothing waits for review.")
                                               : qsTr("%1 waiting · the oldest for %2").arg(queue.pendingTotal)
                                                 .arg(queue.oldestWait)
                color: queue.pendingTotal === 0 ? Theme.okText : Theme.warningText
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "shownCount"
                text: qsTr("Shown: %1").arg(queue.total)
                color: Theme.muted
            }
        }
        ReviewFilters {
            id: filters

            Layout.fillWidth: true
            queue: queue
            onDone: page.focusList()
        }
        MessagePanel {
            objectName: "reviewMessage"
            Layout.fillWidth: true
            text: queue.message
        }
        Label {
            objectName: "reviewConfirmation"
            Layout.fillWidth: true
            visible: text !== ""
            text: queue.confirmation
            color: Theme.okText
            font.bold: true
            wrapMode: Text.Wrap
        }
        DecisionBox {
            id: decision

            objectName: "decisionBox"
            Layout.fillWidth: true
            onConfirmed: (reason, note) => page.finish(reason, note)
            onCancelled: {
                decision.stop();
                page.focusList();
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 260 // kept: the page scrolls rather than squeeze it
            spacing: 16

            Frame {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                padding: 2
                background: Rectangle {
                    color: Theme.card
                    border.color: list.activeFocus ? Theme.accent : Theme.border
                    border.width: list.activeFocus ? 2 : 1
                    radius: 6
                }

                ListView {
                    id: list

                    objectName: "reviewList"
                    anchors.fill: parent
                    clip: true
                    focus: true
                    activeFocusOnTab: true
                    model: queue.items
                    boundsBehavior: Flickable.StopAtBounds
                    highlightMoveDuration: 0
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Review queue")
                    Keys.onPressed: event => {
                        switch (event.key) {
                        case Qt.Key_J:
                        case Qt.Key_Down:
                            queue.next();
                            break;
                        case Qt.Key_K:
                        case Qt.Key_Up:
                            queue.previous();
                            break;
                        case Qt.Key_A:
                            page.begin("approve");
                            break;
                        case Qt.Key_R:
                            page.begin("return");
                            break;
                        case Qt.Key_F:
                            if (event.modifiers & Qt.ControlModifier)
                                filters.focusFirst();
                            else
                                page.begin("flag");
                            break;
                        case Qt.Key_U:
                            page.begin("unapprove");
                            break;
                        case Qt.Key_S:
                            page.begin("resolve");
                            break;
                        case Qt.Key_Escape:
                            Navigator.open(Navigator.Home);
                            break;
                        default:
                            return;
                        }
                        event.accepted = true;
                    }

                    delegate: ReviewRow {
                        width: list.width
                        selected: ListView.isCurrentItem
                    }

                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 20
                        horizontalAlignment: Text.AlignHCenter
                        visible: list.count === 0
                        text: qsTr("No entry matches the filter.")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                }
            }
            ReviewDetail {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                row: list.currentItem as ReviewRow
            }
        }
        ReviewKeys {
            Layout.fillWidth: true
            escalated: queue.selectedEscalated
        }
    }

    Shortcut {
        sequence: "Ctrl+F"
        onActivated: filters.focusFirst()
    }

    Component.onCompleted: page.focusList()
}
