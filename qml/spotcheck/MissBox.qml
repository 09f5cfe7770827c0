// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// A spot-checked entry the pair logged as "match" but that needed a correction: which field (the logging screen's
// field picker), the database's value and the register's, and an optional note. Enter goes on to the next box and
// saves from the last; Esc cancels.
ColumnLayout {
    id: box

    required property SpotCheckBoard board
    property string fieldKey: ""
    signal done()

    function start(): void {
        box.fieldKey = "";
        beforeField.clear();
        afterField.clear();
        noteField.clear();
        picker.open();
    }
    function save(): void {
        if (box.board.miss(box.fieldKey, beforeField.text, afterField.text, noteField.text))
            box.done();
    }

    spacing: 8

    Label {
        Layout.fillWidth: true
        text: qsTr("Entry %1 was missed: which correction should have been logged?").arg(box.board.selectedEntry)
        font.bold: true
        color: Theme.errorText
        wrapMode: Text.Wrap
    }
    FieldPicker {
        id: picker

        Layout.fillWidth: true
        visible: box.fieldKey === ""
        fields: box.board.fields
        onPicked: key => {
            box.fieldKey = key;
            beforeField.forceActiveFocus();
        }
        onClosed: box.done()
    }
    GridLayout {
        Layout.fillWidth: true
        visible: box.fieldKey !== ""
        columns: 2
        columnSpacing: 8
        rowSpacing: 6

        Label {
            text: qsTr("Field")
            font.bold: true
        }
        Label {
            objectName: "missField"
            Layout.fillWidth: true
            text: box.fieldKey !== "" ? box.board.fieldLabel(box.fieldKey) : ""
        }
        Label {
            text: qsTr("Database has")
            font.bold: true
        }
        TextField {
            id: beforeField

            objectName: "missBefore"
            Layout.fillWidth: true
            placeholderText: qsTr("the value in the national database")
            Accessible.name: qsTr("Database has")
            onAccepted: afterField.forceActiveFocus()
            Keys.onEscapePressed: box.done()
        }
        Label {
            text: qsTr("Register says")
            font.bold: true
        }
        TextField {
            id: afterField

            objectName: "missAfter"
            Layout.fillWidth: true
            placeholderText: qsTr("the value in the book")
            Accessible.name: qsTr("Register says")
            onAccepted: noteField.forceActiveFocus()
            Keys.onEscapePressed: box.done()
        }
        Label {
            text: qsTr("Note")
            font.bold: true
        }
        TextField {
            id: noteField

            objectName: "missNote"
            Layout.fillWidth: true
            placeholderText: qsTr("optional; Enter saves")
            Accessible.name: qsTr("Note")
            onAccepted: box.save()
            Keys.onEscapePressed: box.done()
        }
    }
}
