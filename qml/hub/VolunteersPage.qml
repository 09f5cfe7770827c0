// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The hub's volunteers (HubVolunteers, issue 14): the quota board — per recruiting unit the volunteers registered,
// eligible, eligible by the unit lists' deadline, the quota and how many are still missing, the units still short in
// red, the totals computed — and the registrations with their eligibility and its reasons. Tab moves between the two
// lists, ↑ ↓ within one; Ctrl+N opens the registration form (province accounts); F5 reads again; Esc back to the board.
FocusScope {
    id: page

    objectName: "volunteersPage"

    readonly property var total: volunteers.total
    // Relative widths of the quota table: unit, quota, registered, eligible, by the deadline, short.
    readonly property var columnWeights: [32, 12, 13, 13, 13, 12]

    function widths(available: real): var {
        const sum = page.columnWeights.reduce((a, w) => a + w, 0);
        return page.columnWeights.map(w => available * w / sum);
    }

    HubVolunteers {
        id: volunteers
    }
    VolunteerForm {
        id: rights
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
                objectName: "volunteersTitle"
                Layout.fillWidth: true
                text: qsTr("Volunteers and quotas")
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
            }
            KeyCap {
                visible: rights.canRegister
                text: "Ctrl+N"
            }
            ActionButton {
                objectName: "newRegistrationButton"
                visible: rights.canRegister
                primary: true
                text: qsTr("New registration")
                onClicked: Navigator.open(Navigator.Registration)
            }
            KeyCap {
                text: "F5"
            }
            ActionButton {
                objectName: "volunteersRefresh"
                text: qsTr("Refresh")
                onClicked: volunteers.reload()
            }
            KeyCap {
                text: "Esc"
            }
            ActionButton {
                objectName: "volunteersBack"
                text: qsTr("Province board")
                onClicked: Navigator.open(Navigator.Board)
            }
        }
        Label {
            objectName: "quotaDeadline"
            Layout.fillWidth: true
            text: volunteers.deadline
            color: Theme.muted
            visible: text !== ""
        }
        Label {
            objectName: "quotaShort"
            Layout.fillWidth: true
            text: volunteers.shortText
            color: volunteers.shortText !== "" && page.total.shortBy > 0 ? Theme.errorText : Theme.okText
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        MessagePanel {
            objectName: "volunteersMessage"
            Layout.fillWidth: true
            text: volunteers.message
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Frame {
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 55
                padding: 0
                background: Rectangle {
                    color: Theme.card
                    border.color: quotaList.activeFocus ? Theme.accent : Theme.border
                    border.width: quotaList.activeFocus ? 2 : 1
                    radius: 6
                }

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 2
                    spacing: 0

                    QuotaLine {
                        Layout.fillWidth: true
                        header: true
                        widths: page.widths(width - 16)
                        cells: [qsTr("Unit"), qsTr("Quota"), qsTr("Registered"), qsTr("Eligible"),
                            qsTr("By deadline"), qsTr("Short")]
                    }
                    ListView {
                        id: quotaList

                        objectName: "quotaList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        focus: true
                        activeFocusOnTab: true
                        model: volunteers.units
                        keyNavigationEnabled: true
                        boundsBehavior: Flickable.StopAtBounds
                        highlightMoveDuration: 0
                        ScrollBar.vertical: ScrollBar {}
                        Accessible.role: Accessible.Table
                        Accessible.name: qsTr("Quota board")

                        delegate: QuotaLine {
                            required property var modelData
                            required property int index

                            width: quotaList.width
                            widths: page.widths(width - 16)
                            selected: ListView.isCurrentItem && quotaList.activeFocus
                            isShort: modelData.isShort
                            cells: [modelData.unit, modelData.quota, modelData.registered, modelData.eligible,
                                modelData.byDeadline, modelData.shortBy > 0 ? modelData.shortBy : "—"]
                        }
                    }
                    QuotaLine {
                        objectName: "quotaTotal"
                        Layout.fillWidth: true
                        total: true
                        widths: page.widths(width - 16)
                        cells: [qsTr("Total"), page.total.quota ?? 0, page.total.registered ?? 0,
                            page.total.eligible ?? 0, page.total.byDeadline ?? 0, page.total.shortBy ?? 0]
                    }
                }
            }
            Frame {
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 45
                padding: 0
                background: Rectangle {
                    color: Theme.card
                    border.color: registrations.activeFocus ? Theme.accent : Theme.border
                    border.width: registrations.activeFocus ? 2 : 1
                    radius: 6
                }

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 2
                    spacing: 0

                    Label {
                        objectName: "registrationsTitle"
                        Layout.fillWidth: true
                        padding: 8
                        text: qsTr("Registrations: %1, eligible %2").arg(registrations.count)
                              .arg(volunteers.eligibleCount)
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    ListView {
                        id: registrations

                        objectName: "registrationList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        activeFocusOnTab: true
                        model: volunteers.volunteers
                        keyNavigationEnabled: true
                        boundsBehavior: Flickable.StopAtBounds
                        highlightMoveDuration: 0
                        ScrollBar.vertical: ScrollBar {}
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Registrations")

                        delegate: Rectangle {
                            id: person

                            required property var modelData
                            required property int index

                            width: registrations.width
                            implicitHeight: personColumn.implicitHeight + 10
                            color: ListView.isCurrentItem && registrations.activeFocus ? Theme.selection : Theme.card

                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: 1
                                color: Theme.border
                            }
                            ColumnLayout {
                                id: personColumn

                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                anchors.leftMargin: 8
                                anchors.rightMargin: 8
                                spacing: 0

                                RowLayout {
                                    Layout.fillWidth: true

                                    Label {
                                        Layout.fillWidth: true
                                        text: qsTr("%1 · %2").arg(person.modelData.name).arg(person.modelData.birthYear)
                                        font.bold: true
                                        elide: Text.ElideRight
                                    }
                                    Label {
                                        text: person.modelData.eligibility
                                        color: person.modelData.eligible ? Theme.okText : Theme.errorText
                                        font.pixelSize: Theme.smallSize
                                        font.bold: true
                                    }
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1 · ID %2").arg(person.modelData.unit).arg(person.modelData.idNumber)
                                    color: Theme.muted
                                    font.pixelSize: Theme.smallSize
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    visible: text !== ""
                                    text: person.modelData.reasons
                                    color: person.modelData.eligible ? Theme.warningText : Theme.errorText
                                    font.pixelSize: Theme.smallSize
                                    wrapMode: Text.Wrap
                                }
                            }
                        }

                        Label {
                            anchors.centerIn: parent
                            width: parent.width - 24
                            visible: registrations.count === 0
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            text: qsTr("No volunteer registered yet.")
                            color: Theme.muted
                        }
                    }
                }
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: rights.canRegister
        onActivated: Navigator.open(Navigator.Registration)
    }
    Shortcut {
        sequence: "F5"
        onActivated: volunteers.reload()
    }
    Shortcut {
        sequence: "Esc"
        onActivated: Navigator.open(Navigator.Board)
    }

    Component.onCompleted: quotaList.forceActiveFocus()
}
