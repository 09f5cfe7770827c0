// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The supervisor's work from the home page, each with its key: F2 the review queue (what waits, and each open
// book's progress, are shown below the keys: ReviewSummaryPanel), F3 today's spot-checks, F4 the reports, F5 the
// administration (accounts, books, site keys), F9 the judging, F8 the error map of the national database, on a
// training site F7 the trainer's board, F10
// closing the day (refused while entries wait for review, unless they are deferred with Ctrl+Enter; Esc does not
// close), then a copy kept away from the workstation (DayCopyBox: Ctrl+S, Ctrl+Shift+S). Who may do any of it is
// core's: the services refuse everyone else.
ColumnLayout {
    id: tools

    spacing: 8

    DayCloser {
        id: closer
    }

    component Tool: RowLayout {
        id: tool

        required property string key
        required property string label
        property alias buttonName: button.objectName
        signal triggered()

        spacing: 6

        KeyCap {
            text: tool.key
        }
        ActionButton {
            id: button

            text: tool.label
            onClicked: tool.triggered()
        }
    }

    // A Flow: the seven keys wrap onto a second line rather than pushing the page wider than 1024 px.
    Flow {
        Layout.fillWidth: true
        spacing: 12

        Tool {
            key: "F2"
            label: qsTr("Review queue")
            onTriggered: Navigator.open(Navigator.Review)
            buttonName: "reviewButton"
        }
        Tool {
            key: "F3"
            label: qsTr("Spot-checks")
            onTriggered: Navigator.open(Navigator.SpotChecks)
            buttonName: "spotCheckButton"
        }
        Tool {
            key: "F4"
            label: qsTr("Reports")
            onTriggered: Navigator.open(Navigator.Reports)
            buttonName: "reportsButton"
        }
        Tool {
            key: "F5"
            label: qsTr("Administration")
            onTriggered: Navigator.open(Navigator.Admin)
            buttonName: "adminButton"
        }
        Tool {
            key: "F9"
            label: qsTr("Judging")
            onTriggered: Navigator.open(Navigator.Awards)
            buttonName: "awardsButton"
        }
        Tool {
            key: "F8"
            label: qsTr("Error map")
            onTriggered: Navigator.open(Navigator.ErrorMap)
            buttonName: "errorMapButton"
        }
        Tool {
            key: "F7"
            label: qsTr("Trainer's board")
            visible: TrainingMode.trainer
            onTriggered: Navigator.open(Navigator.TrainerBoard)
            buttonName: "trainerBoardButton"
        }
        Tool {
            key: "F10"
            label: qsTr("Close the day")
            onTriggered: closer.close(false)
            buttonName: "closeDayButton"
        }
    }
    ReviewSummaryPanel {
        Layout.fillWidth: true
        Layout.topMargin: 4
    }
    Label {
        objectName: "deliveryStatus"
        Layout.fillWidth: true
        visible: text !== ""
        text: closer.delivery
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    NoticeBox {
        objectName: "dayCloseNotice"
        Layout.fillWidth: true
        text: closer.waiting > 0 ? closer.message : ""
        actionText: qsTr("Close and defer")
        actionKey: "Ctrl+Enter"
        onActionTriggered: closer.close(true)
    }
    MessagePanel {
        objectName: "dayCloseMessage"
        Layout.fillWidth: true
        text: closer.waiting > 0 ? "" : closer.message
    }
    Label {
        objectName: "dayCloseConfirmation"
        Layout.fillWidth: true
        visible: text !== ""
        text: closer.confirmation
        color: Theme.okText
        font.bold: true
        wrapMode: Text.Wrap
    }
    DayCopyBox {
        Layout.fillWidth: true
        dayCloser: closer
    }

    Shortcut {
        sequence: "F2"
        enabled: tools.enabled
        onActivated: Navigator.open(Navigator.Review)
    }
    Shortcut {
        sequence: "F3"
        enabled: tools.enabled
        onActivated: Navigator.open(Navigator.SpotChecks)
    }
    Shortcut {
        sequence: "F4"
        enabled: tools.enabled
        onActivated: Navigator.open(Navigator.Reports)
    }
    Shortcut {
        sequence: "F5"
        enabled: tools.enabled
        onActivated: Navigator.open(Navigator.Admin)
    }
    Shortcut {
        sequence: "F9"
        enabled: tools.enabled
        onActivated: Navigator.open(Navigator.Awards)
    }
    Shortcut {
        sequence: "F8"
        enabled: tools.enabled
        onActivated: Navigator.open(Navigator.ErrorMap)
    }
    Shortcut {
        sequence: "F7"
        enabled: tools.enabled && TrainingMode.trainer
        onActivated: Navigator.open(Navigator.TrainerBoard)
    }
    Shortcut {
        sequence: "F10"
        enabled: tools.enabled
        onActivated: closer.close(false)
    }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: tools.enabled && closer.waiting > 0
        onActivated: closer.close(true)
    }
    Shortcut {
        sequence: "Esc"
        enabled: tools.enabled && closer.waiting > 0
        onActivated: closer.cancel()
    }
}
