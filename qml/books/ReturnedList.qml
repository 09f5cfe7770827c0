// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// What the supervisor sent back to this pair (BookChooser.returned): entries returned with the reason, and escalations
// resolved with the decision and a note. F6 comes here and back; ↑ ↓ choose, Enter re-checks the entry — its book
// opens with the entry loaded as an amendment, which replaces the returned row once saved.
Frame {
    id: panel

    required property BookChooser chooser
    signal leave()

    function focusList(): void {
        list.forceActiveFocus();
    }
    function hasFocus(): bool {
        return list.activeFocus;
    }

    visible: list.count > 0
    padding: 2
    background: Rectangle {
        color: Theme.warningBackground
        border.color: list.activeFocus ? Theme.accent : Theme.warningBorder
        border.width: list.activeFocus ? 2 : 1
        radius: 6
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "returnedTitle"
            Layout.fillWidth: true
            Layout.margins: 8
            // A resolved escalation is not a return: each kind is counted apart (BookChooser).
            text: panel.chooser.resolvedCount === 0
                  ? qsTr("The supervisor sent back %n entries (F6): Enter re-checks the chosen one.", "",
                         panel.chooser.returnedCount)
                  : panel.chooser.returnedCount === 0
                    ? qsTr("The supervisor resolved %n escalated entries (F6): Enter re-checks the chosen one.", "",
                           panel.chooser.resolvedCount)
                    : qsTr("The supervisor sent back %1 and resolved %2 (F6): Enter re-checks the chosen one.")
                          .arg(qsTr("%n entries", "", panel.chooser.returnedCount))
                          .arg(qsTr("%n escalated entries", "", panel.chooser.resolvedCount))
            font.bold: true
            color: Theme.warningText
            wrapMode: Text.Wrap
        }
        ListView {
            id: list

            objectName: "returnedList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 220)
            clip: true
            activeFocusOnTab: true
            model: panel.chooser.returned
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Entries sent back by the supervisor")
            Keys.onReturnPressed: panel.chooser.recheck(list.currentIndex)
            Keys.onEnterPressed: panel.chooser.recheck(list.currentIndex)
            Keys.onEscapePressed: panel.leave()

            delegate: ReviewRow {
                width: list.width
                selected: ListView.isCurrentItem && list.activeFocus
                showReason: true
            }
        }
    }
}
