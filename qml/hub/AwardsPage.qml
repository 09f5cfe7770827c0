// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The judging (AwardsBoard, issue 15): the volunteers the account may see in rank order — tier, score, eligible,
// shortlisted; the place in the ranking and the private patterns for the office only — and beside them the
// explanation of the chosen one: the numbers, each kind of book with its comparison group, the reasons off the
// shortlist, the rule in words. ↑ ↓ choose, Tab to the explanation (↑ ↓ scroll it) and the period fields, Enter in a
// date or F5 reads the period again (empty: everything logged), Esc back to the board or the home page.
FocusScope {
    id: page

    objectName: "awardsPage"

    readonly property var explanation: awards.explanation
    readonly property bool atHome: CurrentSession.role === CurrentSession.Supervisor

    function apply(): void {
        // Both read first: setting one re-binds the other field's text to what the board holds.
        const from = fromField.text;
        const to = toField.text;
        awards.fromText = from;
        awards.toText = to;
        awards.reload();
    }
    function back(): void {
        Navigator.open(page.atHome ? Navigator.Home : Navigator.Board);
    }
    function scrollExplanation(step: real): void {
        const flick = explainView.contentItem as Flickable;
        if (!flick)
            return;
        const most = Math.max(0, flick.contentHeight - flick.height);
        flick.contentY = Math.max(0, Math.min(most, flick.contentY + step));
    }

    AwardsBoard {
        id: awards

        // After a new list (a period read again, the language switched) the one chosen before is chosen again.
        onCurrentChanged: {
            if (awards.current >= 0 && list.currentIndex !== awards.current)
                list.currentIndex = awards.current;
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: 14
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            Label {
                objectName: "awardsTitle"
                Layout.fillWidth: true
                text: qsTr("Judging the volunteers")
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
            }
            KeyCap {
                text: "F5"
            }
            ActionButton {
                objectName: "awardsRefresh"
                text: qsTr("Refresh")
                onClicked: page.apply()
            }
            KeyCap {
                text: "Esc"
            }
            ActionButton {
                objectName: "awardsBack"
                text: page.atHome ? qsTr("Home") : qsTr("Province board")
                onClicked: page.back()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            Label {
                objectName: "awardsScope"
                Layout.fillWidth: true
                text: awards.busy ? qsTr("Computing…")
                                  : awards.scope !== "" ? qsTr("%1 · %2").arg(awards.scope).arg(awards.period) : ""
                color: Theme.muted
                elide: Text.ElideRight
            }
            Label {
                text: qsTr("From day")
            }
            TextField {
                id: fromField

                objectName: "awardsFrom"
                Layout.preferredWidth: 110
                text: awards.fromText
                placeholderText: qsTr("dd/mm/yyyy")
                Accessible.name: qsTr("From day")
                KeyNavigation.tab: toField
                onAccepted: page.apply()
            }
            Label {
                text: qsTr("To day")
            }
            TextField {
                id: toField

                objectName: "awardsTo"
                Layout.preferredWidth: 110
                text: awards.toText
                placeholderText: qsTr("dd/mm/yyyy")
                Accessible.name: qsTr("To day")
                KeyNavigation.tab: list
                onAccepted: page.apply()
            }
            Label {
                text: qsTr("(empty: everything)")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
        }
        MessagePanel {
            objectName: "awardsMessage"
            Layout.fillWidth: true
            text: awards.message
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Frame {
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 52
                padding: 0
                background: Rectangle {
                    color: Theme.card
                    border.color: list.activeFocus ? Theme.accent : Theme.border
                    border.width: list.activeFocus ? 2 : 1
                    radius: 6
                }

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 2
                    spacing: 0

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 34
                        color: Theme.headerBackground

                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: 8
                            anchors.rightMargin: 8 + 10 // the list's scroll bar
                            spacing: 0

                            Label {
                                objectName: "awardsCount"
                                Layout.fillWidth: true
                                text: awards.showsRank ? qsTr("No. · Full name") : qsTr("Full name")
                                color: Theme.headerText
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.preferredWidth: 96
                                text: qsTr("Tier")
                                horizontalAlignment: Text.AlignRight
                                color: Theme.headerText
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                            }
                            Label {
                                Layout.preferredWidth: 76
                                text: qsTr("Score")
                                horizontalAlignment: Text.AlignRight
                                color: Theme.headerText
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                            }
                            Label {
                                objectName: "awardsPatternsHeader"
                                Layout.preferredWidth: 70
                                visible: awards.seesPatterns
                                text: qsTr("To look at")
                                horizontalAlignment: Text.AlignRight
                                color: Theme.headerMuted
                                font.pixelSize: Theme.smallSize
                            }
                        }
                    }
                    ListView {
                        id: list

                        objectName: "awardsList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        focus: true
                        activeFocusOnTab: true
                        model: awards.volunteers
                        keyNavigationEnabled: true
                        boundsBehavior: Flickable.StopAtBounds
                        highlightMoveDuration: 0
                        ScrollBar.vertical: ScrollBar {}
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Volunteers judged")
                        KeyNavigation.tab: explainView
                        onCurrentIndexChanged: awards.current = currentIndex
                        Keys.onReturnPressed: explainView.forceActiveFocus()
                        Keys.onEnterPressed: explainView.forceActiveFocus()

                        delegate: AwardRow {
                            width: list.width - 10
                            selected: ListView.isCurrentItem && list.activeFocus
                            showsRank: awards.showsRank
                            seesPatterns: awards.seesPatterns
                        }

                        Label {
                            anchors.centerIn: parent
                            width: parent.width - 24
                            visible: list.count === 0 && !awards.busy && awards.message === ""
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            text: qsTr("Nobody has logged work in this period.")
                            color: Theme.muted
                        }
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 28
                        color: Theme.keyCap
                        radius: 4

                        Label {
                            objectName: "awardsCount"
                            anchors.fill: parent
                            anchors.leftMargin: 8
                            anchors.rightMargin: 8
                            verticalAlignment: Text.AlignVCenter
                            text: qsTr("%1 volunteers · %2 eligible · %3 shortlisted").arg(list.count)
                                  .arg(awards.eligibleCount).arg(awards.shortlistedCount)
                            font.pixelSize: Theme.smallSize
                            font.bold: true
                            elide: Text.ElideRight
                        }
                    }
                }
            }
            Frame {
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 48
                padding: 0
                background: Rectangle {
                    color: Theme.card
                    border.color: explainView.activeFocus ? Theme.accent : Theme.border
                    border.width: explainView.activeFocus ? 2 : 1
                    radius: 6
                }

                ScrollView {
                    id: explainView

                    objectName: "awardsExplanation"
                    anchors.fill: parent
                    anchors.margins: 2
                    activeFocusOnTab: true
                    clip: true
                    contentWidth: availableWidth
                    Accessible.name: qsTr("Explanation")
                    KeyNavigation.tab: fromField
                    Keys.onUpPressed: page.scrollExplanation(-40)
                    Keys.onDownPressed: page.scrollExplanation(40)
                    Keys.onPressed: event => {
                        if (event.key === Qt.Key_PageDown) {
                            page.scrollExplanation(explainView.height - 40);
                            event.accepted = true;
                        } else if (event.key === Qt.Key_PageUp) {
                            page.scrollExplanation(-(explainView.height - 40));
                            event.accepted = true;
                        }
                    }

                    ColumnLayout {
                        width: explainView.availableWidth
                        spacing: 6

                        Label {
                            objectName: "explainName"
                            Layout.fillWidth: true
                            Layout.topMargin: 8
                            Layout.leftMargin: 10
                            Layout.rightMargin: 10
                            text: page.explanation.name ?? qsTr("Choose a volunteer (↑ ↓).")
                            font.bold: true
                            font.pixelSize: 18
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "explainTier"
                            Layout.fillWidth: true
                            Layout.leftMargin: 10
                            Layout.rightMargin: 10
                            visible: page.explanation.tier !== undefined
                            text: qsTr("Tier: %1 · score %2").arg(page.explanation.tier ?? "")
                                  .arg(page.explanation.score ?? "")
                            font.bold: true
                            color: Theme.accent
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "explainReasons"
                            Layout.fillWidth: true
                            Layout.leftMargin: 10
                            Layout.rightMargin: 10
                            visible: (page.explanation.reasons ?? "") !== ""
                            text: qsTr("Not shortlisted: %1").arg(page.explanation.reasons ?? "")
                            color: page.explanation.eligible ? Theme.warningText : Theme.errorText
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "explainPatterns"
                            Layout.fillWidth: true
                            Layout.leftMargin: 10
                            Layout.rightMargin: 10
                            visible: (page.explanation.patterns ?? "") !== ""
                            text: qsTr("To look at (a question for the office, not a verdict): %1")
                                  .arg(page.explanation.patterns ?? "")
                            color: Theme.warningText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: page.explanation.facts ?? []

                            Label {
                                required property var modelData

                                Layout.fillWidth: true
                                Layout.leftMargin: 10
                                Layout.rightMargin: 10
                                text: qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: 4
                            Layout.leftMargin: 10
                            text: page.explanation.metricsHeading ?? ""
                            visible: text !== ""
                            font.bold: true
                        }
                        GridLayout {
                            objectName: "explainMetrics"
                            Layout.fillWidth: true
                            Layout.leftMargin: 10
                            Layout.rightMargin: 10
                            columns: 2
                            columnSpacing: 12
                            rowSpacing: 1

                            Repeater {
                                // label, value, label, value...
                                model: (page.explanation.metrics ?? []).reduce((all, m) => all.concat([m.label, m.value]),
                                                                               [])

                                Label {
                                    required property string modelData
                                    required property int index

                                    Layout.fillWidth: index % 2 === 0
                                    text: modelData
                                    horizontalAlignment: index % 2 === 0 ? Text.AlignLeft : Text.AlignRight
                                    font.pixelSize: Theme.smallSize
                                    color: index % 2 === 0 ? Theme.muted : Theme.text
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: 4
                            Layout.leftMargin: 10
                            text: page.explanation.cellsHeading ?? ""
                            visible: text !== ""
                            font.bold: true
                        }
                        GridLayout {
                            id: cellGrid

                            readonly property var columnNames: page.explanation.cellColumns ?? []

                            objectName: "explainCells"
                            Layout.fillWidth: true
                            Layout.leftMargin: 10
                            Layout.rightMargin: 10
                            columns: Math.max(1, columnNames.length)
                            columnSpacing: 8
                            rowSpacing: 2

                            Repeater {
                                // The columns' names, then each kind of book's row.
                                model: (page.explanation.cells ?? []).reduce((all, row) => all.concat(row),
                                                                             cellGrid.columnNames.slice())

                                Label {
                                    required property string modelData
                                    required property int index

                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 10
                                    text: modelData
                                    font.pixelSize: Theme.smallSize
                                    font.bold: index < cellGrid.columns
                                    color: index < cellGrid.columns ? Theme.muted : Theme.text
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: 4
                            Layout.leftMargin: 10
                            text: page.explanation.daysHeading ?? ""
                            visible: text !== ""
                            font.bold: true
                        }
                        Label {
                            objectName: "explainDays"
                            Layout.fillWidth: true
                            Layout.leftMargin: 10
                            Layout.rightMargin: 10
                            text: page.explanation.days ?? ""
                            visible: text !== ""
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: 4
                            Layout.leftMargin: 10
                            text: awards.ruleLabel
                            font.bold: true
                        }
                        Label {
                            objectName: "explainRule"
                            Layout.fillWidth: true
                            Layout.leftMargin: 10
                            Layout.rightMargin: 10
                            Layout.bottomMargin: 10
                            text: awards.ruleText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
        Label {
            objectName: "awardsPatternsNote"
            Layout.fillWidth: true
            visible: awards.seesPatterns
            text: qsTr("“To look at”: patterns worth a question (speed far above the commune's, a long run of matches "
                       + "without a correction, many voids or amendments). They are not verdicts, change no score, "
                       + "and appear in no export.")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }

    Shortcut {
        sequence: "F5"
        onActivated: page.apply()
    }
    Shortcut {
        sequence: "Esc"
        onActivated: page.back()
    }

    Component.onCompleted: list.forceActiveFocus()
}
