// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// On the logging screen of a training site: the entry whose number is typed, as the paper book shows it and as the
// "national database" shows it, field by field, so the checker compares the two as on the real day (nothing marks
// the differences: finding them is the exercise). An illegible entry shows its text with gaps; a missing record and
// a record held twice are said as the database would show them. Not focusable: the keys stay on the entry.
// Its TrainingDesk counts the keys pressed for each entry and notes them after each save; after the book's last entry,
// or with F7, the pair sees its score. A long entry scrolls with Page Up / Page Down (the focus stays in the entry).
Frame {
    id: panel

    // The logging screen's form, and whether its keys count now (the page is shown, not paused). Off the training site
    // the panel is hidden and its desk reads and counts nothing.
    required property LogForm form
    property bool counting: true
    readonly property TrainingDesk desk: trainingDesk

    objectName: "trainingSides"
    padding: 10
    background: Rectangle {
        color: Theme.trainingTint
        border.color: Theme.trainingBorder
        radius: 6
    }

    TrainingDesk {
        id: trainingDesk

        active: TrainingMode.training
        form: panel.form
        window: panel.Window.window
        counting: panel.counting
        onBookFinished: Navigator.open(Navigator.TrainingScore)
    }
    Shortcut {
        sequence: "PgDown"
        enabled: panel.counting && TrainingMode.training
        onActivated: fields.contentY = Math.min(Math.max(0, fields.contentHeight - fields.height),
                                                fields.contentY + fields.height * 0.8)
    }
    Shortcut {
        sequence: "PgUp"
        enabled: panel.counting && TrainingMode.training
        onActivated: fields.contentY = Math.max(0, fields.contentY - fields.height * 0.8)
    }
    Shortcut {
        sequence: "F7"
        enabled: panel.counting && TrainingMode.training
        onActivated: Navigator.open(Navigator.TrainingScore)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            Label {
                objectName: "trainingKeys"
                Layout.fillWidth: true
                text: qsTr("Keys for this entry: %1").arg(panel.desk.keys)
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            KeyCap {
                text: "F7"
            }
            Label {
                text: qsTr("Score")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
        }
        Label {
            objectName: "trainingSidesTitle"
            Layout.fillWidth: true
            text: panel.desk.entryNumber > 0
                  ? qsTr("Entry %1: the book and the national database").arg(panel.desk.entryNumber)
                  : qsTr("No entry of this training book under that number.")
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            objectName: "trainingSidesNote"
            Layout.fillWidth: true
            visible: text !== ""
            text: {
                if (panel.desk.message !== "")
                    return panel.desk.message;
                if (panel.desk.entryNumber === 0)
                    return "";
                if (panel.desk.databaseRecords === 0)
                    return qsTr("The national database finds no record of this entry.");
                if (panel.desk.databaseRecords > 1)
                    return qsTr("The national database finds this record twice.");
                return "";
            }
            color: Theme.warningText
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "trainingIllegibleNote"
            Layout.fillWidth: true
            visible: panel.desk.illegible
            text: qsTr("Parts of the book's text cannot be read.")
            color: Theme.warningText
            wrapMode: Text.Wrap
        }
        // The fields scroll when the entry is longer than the panel: Page Up / Page Down, as the keys stay in the entry.
        Flickable {
            id: fields

            objectName: "trainingFields"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: grid.implicitHeight
            visible: panel.desk.entryNumber > 0
            clip: true
            contentWidth: width
            contentHeight: grid.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                policy: fields.contentHeight > fields.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }

            GridLayout {
                id: grid

                width: fields.width - 12
                columns: 3
                columnSpacing: 8
                rowSpacing: 2

                Label {
                    text: qsTr("Field")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Paper book")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("National database")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                Repeater {
                    model: panel.desk.sides

                    // A field's three cells come from three Repeaters over the same rows, placed by row and column.
                    delegate: Label {
                        required property string label
                        required property int index

                        text: label
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        Layout.row: index + 1
                        Layout.column: 0
                        Layout.maximumWidth: 120
                        wrapMode: Text.Wrap
                    }
                }
                Repeater {
                    model: panel.desk.sides

                    delegate: Label {
                        required property string bookValue
                        required property int index

                        objectName: "bookSide" + index
                        Layout.row: index + 1
                        Layout.column: 1
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: bookValue === "" ? "—" : bookValue
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
                Repeater {
                    model: panel.desk.sides

                    delegate: Label {
                        required property string databaseValue
                        required property int index

                        objectName: "databaseSide" + index
                        Layout.row: index + 1
                        Layout.column: 2
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: databaseValue === "" ? "—" : databaseValue
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
