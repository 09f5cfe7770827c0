// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The entry being logged: its number (the next one expected is already there), its registration date and the
// subject's name (kept to find the entry again). What checking each value found is shown beside it, as it is
// typed. Enter moves on to the next field, or saves when an outcome is being prepared (corrections, transcript).
// The number and the date come prefilled, so they are selected when reached (and again after a lock or a pause):
// typing replaces them.
GridLayout {
    id: fields

    required property LogForm form
    property bool readOnly: false
    signal saveRequested()

    function focusEntryNumber(): void {
        numberField.forceActiveFocus();
        numberField.selectAll();
    }
    function focusDate(): void {
        dateField.forceActiveFocus();
        dateField.selectAll();
    }
    function focusName(): void {
        nameField.forceActiveFocus();
    }
    function enter(next: Item): void {
        if (fields.form.outcome !== LogForm.None)
            fields.saveRequested();
        else if (next)
            next.forceActiveFocus();
    }

    columns: 3
    columnSpacing: Theme.spacing
    rowSpacing: 6

    Label {
        // At the top of its row, as tall as the field: a note wrapping beside the field never moves it.
        Layout.alignment: Qt.AlignLeft | Qt.AlignTop
        Layout.preferredHeight: numberField.implicitHeight
        verticalAlignment: Text.AlignVCenter
        text: qsTr("Entry no.")
        font.bold: true
    }
    TextField {
        id: numberField

        objectName: "entryNumberField"
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: 110
        text: fields.form.entryNumber
        readOnly: fields.readOnly
        inputMethodHints: Qt.ImhDigitsOnly
        Accessible.name: qsTr("Entry number")
        onTextEdited: fields.form.entryNumber = text
        onAccepted: dateField.forceActiveFocus()
        onActiveFocusChanged: if (activeFocus) selectAll() // prefilled: typing replaces it
        onReadOnlyChanged: if (!readOnly && activeFocus) selectAll() // back from a lock or a pause
    }
    FieldNote {
        objectName: "entryNumberNote"
        Layout.alignment: Qt.AlignTop
        visible: true // keeps its cell: a grid skips hidden items
        Layout.fillWidth: true
        text: fields.form.entryNumberNote
        blocking: fields.form.entryNumberBlocking
    }

    Label {
        // At the top of its row, as tall as the field: a note wrapping beside the field never moves it.
        Layout.alignment: Qt.AlignLeft | Qt.AlignTop
        Layout.preferredHeight: numberField.implicitHeight
        verticalAlignment: Text.AlignVCenter
        text: qsTr("Registration date")
        font.bold: true
    }
    TextField {
        id: dateField

        objectName: "dateField"
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: 220
        text: fields.form.registrationDate
        readOnly: fields.readOnly
        placeholderText: qsTr("dd/mm/yyyy, mm/yyyy or yyyy")
        Accessible.name: qsTr("Registration date")
        onTextEdited: fields.form.registrationDate = text
        onAccepted: fields.enter(nameField)
        onActiveFocusChanged: if (activeFocus) selectAll() // kept from the last entry: typing replaces it
        // A lock or a pause makes the fields read-only for a while, and a TextInput drops its selection when it
        // becomes editable again: back at work, typing must still replace the date.
        onReadOnlyChanged: if (!readOnly && activeFocus) selectAll()
    }
    FieldNote {
        objectName: "dateNote"
        Layout.alignment: Qt.AlignTop
        visible: true
        Layout.fillWidth: true
        text: fields.form.dateNote
        blocking: fields.form.dateBlocking
    }

    Label {
        // At the top of its row, as tall as the field: a note wrapping beside the field never moves it.
        Layout.alignment: Qt.AlignLeft | Qt.AlignTop
        Layout.preferredHeight: numberField.implicitHeight
        verticalAlignment: Text.AlignVCenter
        text: qsTr("Full name")
        font.bold: true
    }
    TextField {
        id: nameField

        objectName: "nameField"
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: 220
        text: fields.form.subjectName
        readOnly: fields.readOnly
        placeholderText: qsTr("as the book writes it")
        Accessible.name: qsTr("Full name of the person registered")
        onTextEdited: fields.form.subjectName = text
        onAccepted: fields.enter(null)
    }
    FieldNote {
        objectName: "nameNote"
        Layout.alignment: Qt.AlignTop
        visible: true
        Layout.fillWidth: true
        text: fields.form.nameNote
        blocking: fields.form.nameBlocking
    }
}
