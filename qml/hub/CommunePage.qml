// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// A commune drilled down into from the province board (HubCommune for Navigator.communeSite): its figures, its books
// with what the hub holds of each, its alarms and its entries per day against its daily target. Tab goes between the
// books and the alarms, ↑ ↓ within them; F5 reads it again; Esc goes back to the board.
FocusScope {
    id: page

    required property string site
    // The commune's figures as a plain object (a QVariantMap property has no members qmllint knows).
    readonly property var figures: commune.figures

    HubCommune {
        id: commune

        site: page.site
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

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

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    objectName: "communeTitle"
                    Layout.fillWidth: true
                    text: commune.title
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: commune.siteName
                    color: Theme.muted
                    elide: Text.ElideRight
                }
            }
            RowLayout {
                Layout.alignment: Qt.AlignTop
                spacing: 6

                KeyCap {
                    text: "Esc"
                }
                ActionButton {
                    objectName: "backButton"
                    text: qsTr("Province board")
                    onClicked: Navigator.open(Navigator.Board)
                }
            }
        }

        MessagePanel {
            objectName: "communeMessage"
            Layout.fillWidth: true
            text: commune.message
        }

        Flow {
            objectName: "communeFigures"
            Layout.fillWidth: true
            spacing: 8
            visible: commune.message === ""

            FigureBox {
                caption: qsTr("Entries / plan to date")
                value: page.figures.progressText ?? ""
            }
            FigureBox {
                caption: qsTr("Of plan")
                value: page.figures.percent ?? ""
            }
            FigureBox {
                caption: qsTr("Corrections")
                value: page.figures.corrections ?? ""
            }
            FigureBox {
                caption: qsTr("Writing differences")
                value: page.figures.writingDifferences ?? ""
            }
            FigureBox {
                caption: qsTr("Escalations open")
                value: page.figures.escalations ?? ""
            }
            FigureBox {
                objectName: "lastBundleBox"
                caption: qsTr("Last bundle")
                value: (page.figures.age ?? "") !== ""
                       ? qsTr("%1 (%2 ago)").arg(page.figures.lastBundle).arg(page.figures.age)
                       : (page.figures.lastBundle ?? "")
                valueColor: page.figures.stale === true ? Theme.warningText : Theme.text
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: commune.message === ""
            text: qsTr("Register books")
            font.pixelSize: 18
            font.bold: true
        }
        Frame {
            id: bookFrame

            readonly property var columnWeights: [34, 14, 12, 16, 12, 12]
            readonly property var columnWidths: {
                const total = columnWeights.reduce((sum, weight) => sum + weight, 0);
                const available = books.width - 16;
                return columnWeights.map(weight => available * weight / total);
            }

            Layout.fillWidth: true
            Layout.preferredHeight: 32 * Math.min(Math.max(books.count, 3), 8) + 48
            visible: commune.message === ""
            padding: 0
            background: Rectangle {
                color: Theme.card
                border.color: books.activeFocus ? Theme.accent : Theme.border
                border.width: books.activeFocus ? 2 : 1
                radius: 6
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 2
                spacing: 0

                HubBookRow {
                    Layout.fillWidth: true
                    header: true
                    columnWidths: bookFrame.columnWidths
                }
                ListView {
                    id: books

                    objectName: "hubBookList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    focus: true
                    activeFocusOnTab: true
                    model: commune.books
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    highlightMoveDuration: 0
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.Table
                    Accessible.name: qsTr("Register books")

                    delegate: HubBookRow {
                        required property var modelData
                        required property int index

                        width: books.width
                        columnWidths: bookFrame.columnWidths
                        book: modelData
                        selected: ListView.isCurrentItem && books.activeFocus
                    }

                    Label {
                        anchors.centerIn: parent
                        visible: books.count === 0
                        text: qsTr("No book of this commune has arrived at the hub yet.")
                        color: Theme.muted
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: Theme.spacing
            visible: commune.message === ""

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: 6

                Label {
                    text: qsTr("Alarms")
                    font.pixelSize: 18
                    font.bold: true
                }
                AlarmList {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 220
                    alarms: commune.alarms
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: 6

                Label {
                    text: qsTr("Entries per day")
                    font.pixelSize: 18
                    font.bold: true
                }
                ProgressChart {
                    objectName: "communeChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 220
                    labels: commune.chartDays
                    counts: commune.chartCounts
                    target: commune.dailyTarget
                    maximum: commune.chartMax
                }
            }
        }
    }

    Shortcut {
        sequence: "Esc"
        onActivated: Navigator.open(Navigator.Board)
    }
    Shortcut {
        sequence: "F5"
        onActivated: commune.reload()
    }

    Component.onCompleted: books.forceActiveFocus()
}
