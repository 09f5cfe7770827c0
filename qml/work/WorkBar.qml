// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The pair at work, above the book picker and the logging screen: who reads and who checks, the working time
// without pauses, today's counts, and the keys of the work session — F9 swaps the roles, F8 pauses and resumes,
// Ctrl+L locks; Ctrl+Shift+Q signs out and ends the work session (the shell's key, shown here on its button). Says why
// when one of them failed.
Rectangle {
    id: bar

    // Off while the page is hidden under the lock screen: its keys must not act.
    property bool active: true
    // F9 says that it swapped the roles (the roles label alone changes too quietly to be noticed), for a few seconds.
    property bool swapped: false

    function swap(): void {
        const reader = WorkSession.readerName;
        WorkSession.swapRoles();
        bar.swapped = WorkSession.readerName !== reader; // refused (a pause): WorkSession.message says why
        if (bar.swapped)
            swapShown.restart();
    }

    implicitHeight: layout.implicitHeight + 16
    color: Theme.card

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.topMargin: 8
        anchors.bottomMargin: 8
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "rolesLabel"
                Layout.fillWidth: true
                text: qsTr("Reading: %1 · Checking: %2").arg(WorkSession.readerName).arg(WorkSession.checkerName)
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "pausedBadge"
                visible: WorkSession.paused
                text: qsTr("PAUSED")
                font.bold: true
                color: Theme.warningText
                leftPadding: 8
                rightPadding: 8
                topPadding: 2
                bottomPadding: 2
                background: Rectangle {
                    color: Theme.warningBackground
                    border.color: Theme.warningBorder
                    radius: 3
                }
            }
            WorkButton {
                objectName: "swapButton"
                text: qsTr("Swap roles")
                keyText: "F9"
                enabled: !WorkSession.paused
                onClicked: bar.swap()
            }
            WorkButton {
                objectName: "pauseButton"
                text: WorkSession.paused ? qsTr("Resume") : qsTr("Pause")
                keyText: "F8"
                onClicked: WorkSession.togglePause()
            }
            WorkButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                keyText: "Ctrl+L"
                onClicked: WorkSession.lockNow()
            }
            WorkButton {
                objectName: "workSignOutButton"
                text: qsTr("Sign out")
                keyText: "Ctrl+Shift+Q"
                onClicked: Navigator.signOut()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "workTimeLabel"
                Layout.fillWidth: true
                text: qsTr("Working time %1 · Today: %2 logged, %3 corrected, %4 escalated")
                          .arg(WorkSession.workedText).arg(WorkSession.todayLogged).arg(WorkSession.todayCorrected)
                          .arg(WorkSession.todayEscalated)
                color: Theme.muted
                elide: Text.ElideRight
            }
            Label {
                objectName: "swapNotice"
                visible: bar.swapped && !WorkSession.paused
                text: qsTr("Roles swapped: %1 reads now.").arg(WorkSession.readerName)
                color: Theme.okText
                font.bold: true
            }
        }
        Label {
            objectName: "workMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: WorkSession.message
            color: Theme.errorText
            wrapMode: Text.Wrap
        }
    }

    Shortcut {
        sequence: "F9"
        enabled: bar.active
        onActivated: bar.swap()
    }
    Timer {
        id: swapShown

        interval: 4000
        onTriggered: bar.swapped = false
    }
    Shortcut {
        sequence: "F8"
        enabled: bar.active
        onActivated: WorkSession.togglePause()
    }
    Shortcut {
        sequence: "Ctrl+L"
        enabled: bar.active
        onActivated: WorkSession.lockNow()
    }
}
