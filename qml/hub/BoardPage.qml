// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The hub's home page for a province or district account (HubBoard): the province's (or the district's) totals, then
// each district and its communes — entries against the plan to date, corrections, writing differences, escalations
// open, the last bundle received and how old it is, alarms — (Ctrl+1) or the entries per day by district (Ctrl+2).
// The table has the keys (↑ ↓, Ctrl+↑ ↓ between districts, Enter opens a commune); F4 the reports (for the province,
// a district or a commune); F5 reads the board again; F6 opens
// the import of bundles; F7 the volunteers' registrations and the units' quotas; F9 the judging; F8 the error map of
// the national database (issue 16).
// Ctrl+Shift+Q signs out (AppShell).
FocusScope {
    id: page

    // The table (0) or the chart (1); the table takes the focus as it is shown again.
    function show(index: int): void {
        tabs.currentIndex = index;
        if (index === 0)
            table.focusList();
    }

    // The totals as a plain object (a QVariantMap property has no members qmllint knows).
    readonly property var totals: board.totals

    HubBoard {
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
        spacing: 8

        // The title (with the sign-out at its right), then the keys on a line of their own: seven of them do not fit
        // beside it at 1024 px.
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                spacing: 6

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        objectName: "boardTitle"
                        Layout.fillWidth: true
                        text: qsTr("Progress board · %1").arg(board.scope)
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "boardWho"
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2 · %3").arg(CurrentSession.displayName).arg(CurrentSession.roleName)
                              .arg(CurrentSession.siteName)
                        color: Theme.muted
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "boardPeriod"
                        Layout.fillWidth: true
                        text: board.period !== "" ? qsTr("Plan to date: %1").arg(board.period)
                                                  : qsTr("No entries have arrived at the hub yet.")
                        color: Theme.muted
                        elide: Text.ElideRight
                    }
                }
                ActionButton {
                    objectName: "signOutButton"
                    Layout.alignment: Qt.AlignTop
                    text: qsTr("Sign out")
                    onClicked: Navigator.signOut()
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Sign out and lock the database (Ctrl+Shift+Q)")
                }
            }
            RowLayout {
                Layout.alignment: Qt.AlignLeft
                spacing: 4 // six keys in 1024 px

                KeyCap {
                    text: "F6"
                }
                ActionButton {
                    objectName: "importButton"
                    text: qsTr("Import bundles")
                    onClicked: Navigator.open(Navigator.Import)
                }
                KeyCap {
                    text: "F7"
                }
                ActionButton {
                    objectName: "volunteersButton"
                    text: qsTr("Volunteers")
                    onClicked: Navigator.open(Navigator.Volunteers)
                }
                KeyCap {
                    text: "F9"
                }
                ActionButton {
                    objectName: "awardsButton"
                    text: qsTr("Judging")
                    onClicked: Navigator.open(Navigator.Awards)
                }
                KeyCap {
                    text: "F8"
                }
                ActionButton {
                    objectName: "errorMapButton"
                    text: qsTr("Error map")
                    onClicked: Navigator.open(Navigator.ErrorMap)
                }
                KeyCap {
                    text: "F4"
                }
                ActionButton {
                    objectName: "reportsButton"
                    text: qsTr("Reports")
                    onClicked: Navigator.open(Navigator.Reports)
                }
                KeyCap {
                    text: "F5"
                }
                ActionButton {
                    objectName: "refreshButton"
                    text: qsTr("Refresh")
                    onClicked: board.reload()
                }
            }
        }

        MessagePanel {
            objectName: "boardMessage"
            Layout.fillWidth: true
            text: board.message
        }

        Flow {
            objectName: "boardTotals"
            Layout.fillWidth: true
            spacing: 8
            visible: board.message === ""

            FigureBox {
                caption: qsTr("Entries / plan to date")
                value: page.totals.progressText ?? ""
            }
            FigureBox {
                caption: qsTr("Of plan")
                value: page.totals.percent ?? ""
            }
            FigureBox {
                caption: qsTr("Communes")
                value: board.communeCount
            }
            FigureBox {
                caption: qsTr("Corrections")
                value: page.totals.corrections ?? ""
            }
            FigureBox {
                caption: qsTr("Writing differences")
                value: page.totals.writingDifferences ?? ""
            }
            FigureBox {
                caption: qsTr("Escalations open")
                value: page.totals.escalations ?? ""
            }
            FigureBox {
                objectName: "alarmTotal"
                caption: qsTr("Alarms")
                value: (page.totals.alarmCount ?? 0) > 0 ? page.totals.alarms : qsTr("none")
                valueColor: (page.totals.alarmCount ?? 0) > 0 ? Theme.errorText : Theme.okText
            }
        }

        TabBar {
            id: tabs

            objectName: "boardTabs"
            Layout.fillWidth: true
            visible: board.message === ""
            focusPolicy: Qt.NoFocus

            TabButton {
                text: qsTr("Districts and communes (Ctrl+1)")
                focusPolicy: Qt.NoFocus
                onClicked: page.show(0)
            }
            TabButton {
                text: qsTr("Entries per day by district (Ctrl+2)")
                focusPolicy: Qt.NoFocus
                onClicked: page.show(1)
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: board.message === ""
            currentIndex: tabs.currentIndex

            ColumnLayout {
                spacing: 4

                Label {
                    Layout.fillWidth: true
                    text: qsTr("↑ ↓ move · Ctrl+↑ ↓ next district · Enter opens a commune · F5 refreshes")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideRight
                }
                DistrictTable {
                    id: table

                    objectName: "districtTable"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    rows: board.rows
                    focus: tabs.currentIndex === 0
                    onDrilled: site => Navigator.openCommune(site)
                }
            }
            DistrictChart {
                objectName: "districtChart"
                labels: board.chartDays
                series: board.chartSeries
                maximum: board.chartMax
                plan: board.planPerDay

                Label {
                    anchors.centerIn: parent
                    visible: board.chartDays.length === 0
                    text: qsTr("No entries have arrived at the hub yet.")
                    color: Theme.muted
                }
            }
        }
    }

    Shortcut {
        sequence: "F5"
        onActivated: board.reload()
    }
    Shortcut {
        sequence: "F6"
        onActivated: Navigator.open(Navigator.Import)
    }
    Shortcut {
        sequence: "F7"
        onActivated: Navigator.open(Navigator.Volunteers)
    }
    Shortcut {
        sequence: "F9"
        onActivated: Navigator.open(Navigator.Awards)
    }
    Shortcut {
        sequence: "F8"
        onActivated: Navigator.open(Navigator.ErrorMap)
    }
    Shortcut {
        sequence: "F4"
        onActivated: Navigator.open(Navigator.Reports)
    }
    Shortcut {
        sequence: "Ctrl+1"
        onActivated: page.show(0)
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: page.show(1)
    }

    Component.onCompleted: {
        table.choose(Navigator.communeSite); // back from a commune: its row again
        table.focusList();
    }
}
