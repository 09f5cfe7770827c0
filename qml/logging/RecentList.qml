// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The session's last entries in this book, newest first. F6 comes here (and back); ↑ ↓ choose, Enter amends the
// chosen entry, Delete voids it after asking the reason (Enter voids, Esc does not).
Frame {
    id: panel

    required property LogForm form
    readonly property bool voiding: voidBox.visible
    signal amendRequested()
    signal leave()

    function focusList(): void {
        if (list.currentIndex < 0 || list.currentIndex >= list.count)
            list.currentIndex = 0; // the newest entry
        list.forceActiveFocus();
    }
    function hasFocus(): bool {
        return list.activeFocus || reasonField.activeFocus;
    }
    function cancelVoid(): void {
        voidBox.visible = false;
        list.forceActiveFocus();
    }
    function currentCheckId(): double {
        const item = list.currentItem as RecentRow;
        return item ? item.checkId : 0;
    }

    // After every save the newest entry is the one chosen again (the list changes row by row, from the save's
    // receipt, and would otherwise keep the row chosen before).
    Connections {
        target: panel.form

        function onSaved(): void {
            list.currentIndex = list.count > 0 ? 0 : -1;
        }
    }

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

        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            text: qsTr("Last entries (F6) — Enter amends, Delete voids")
            font.bold: true
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            id: voidBox

            objectName: "voidBox"
            Layout.fillWidth: true
            Layout.margins: 8
            visible: false
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: qsTr("Void entry %1? Type the reason, Enter voids, Esc keeps it.")
                          .arg(list.currentItem ? (list.currentItem as RecentRow).entryNumber : 0)
                wrapMode: Text.Wrap
                color: Theme.errorText
                font.bold: true
            }
            TextField {
                id: reasonField

                objectName: "voidReasonField"
                Layout.fillWidth: true
                placeholderText: qsTr("reason (required)")
                Accessible.name: qsTr("Reason for voiding")
                onAccepted: {
                    if (panel.form.voidCheck(panel.currentCheckId(), text)) {
                        voidBox.visible = false;
                        list.forceActiveFocus();
                    }
                }
            }
        }
        ListView {
            id: list

            objectName: "recentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            activeFocusOnTab: false // F6 only: Tab stays in the draft (EntryColumn), where Enter saves
            model: panel.form.recent
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Last entries")
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    if (list.count > 0 && panel.form.amendCheck(panel.currentCheckId()))
                        panel.amendRequested();
                } else if (event.key === Qt.Key_Delete) {
                    if (list.count > 0) {
                        reasonField.clear();
                        voidBox.visible = true;
                        reasonField.forceActiveFocus();
                    }
                } else {
                    return;
                }
                event.accepted = true;
            }

            delegate: RecentRow {
                width: list.width
                selected: ListView.isCurrentItem && list.activeFocus
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 20
                horizontalAlignment: Text.AlignHCenter
                visible: list.count === 0
                text: qsTr("Nothing logged in this session yet.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
        }
    }
}
