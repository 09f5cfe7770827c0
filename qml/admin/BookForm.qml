// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// A register book to open: commune, record type (↑ ↓), book number, year (and the last year of a book that spans
// several), and the entry numbers when known. Enter opens it (AdminBooks.open: BookService checks every value, as
// for `doichieu-admin book open`); Esc cancels.
Frame {
    id: form

    required property AdminBooks admin
    signal opened()

    function start(): void {
        communeField.text = form.admin.commune;
        typeBox.currentIndex = 0;
        for (const field of [numberField, yearField, yearToField, firstField, lastField])
            field.clear();
        numberField.forceActiveFocus();
    }

    function submit(): void {
        const types = [AdminBooks.Birth, AdminBooks.Marriage, AdminBooks.Death];
        if (form.admin.open(communeField.text, types[typeBox.currentIndex], numberField.text, yearField.text,
                            yearToField.text, firstField.text, lastField.text))
            form.opened();
    }

    padding: 16
    background: Rectangle {
        color: Theme.card
        border.color: Theme.border
        radius: 6
    }

    GridLayout {
        anchors.fill: parent
        columns: 4
        columnSpacing: Theme.spacing
        rowSpacing: 8

        Label {
            Layout.columnSpan: 4
            text: qsTr("Open a register book")
            font.bold: true
            font.pixelSize: 16
        }
        Label {
            text: qsTr("Register")
        }
        ComboBox {
            id: typeBox

            objectName: "bookTypeBox"
            Layout.fillWidth: true
            model: [qsTr("Birth"), qsTr("Marriage"), qsTr("Death")]
            Accessible.name: qsTr("Register")
            Keys.onReturnPressed: form.submit()
            Keys.onEnterPressed: form.submit()
        }
        Label {
            text: qsTr("Book no.")
        }
        TextField {
            id: numberField

            objectName: "bookNumberField"
            Layout.fillWidth: true
            onAccepted: form.submit()
            placeholderText: "01"
            Accessible.name: qsTr("Book no.")
        }
        Label {
            text: qsTr("Year")
        }
        TextField {
            id: yearField

            objectName: "bookYearField"
            Layout.fillWidth: true
            onAccepted: form.submit()
            placeholderText: "1998"
            inputMethodHints: Qt.ImhDigitsOnly
            Accessible.name: qsTr("Year")
        }
        Label {
            text: qsTr("to year")
        }
        TextField {
            id: yearToField

            objectName: "bookYearToField"
            Layout.fillWidth: true
            onAccepted: form.submit()
            placeholderText: qsTr("(same)")
            inputMethodHints: Qt.ImhDigitsOnly
            Accessible.name: qsTr("Last year, for a book that spans years")
        }
        Label {
            text: qsTr("First entry")
        }
        TextField {
            id: firstField

            objectName: "bookFirstField"
            Layout.fillWidth: true
            onAccepted: form.submit()
            placeholderText: "1"
            inputMethodHints: Qt.ImhDigitsOnly
            Accessible.name: qsTr("First entry")
        }
        Label {
            text: qsTr("Last entry")
        }
        TextField {
            id: lastField

            objectName: "bookLastField"
            Layout.fillWidth: true
            onAccepted: form.submit()
            inputMethodHints: Qt.ImhDigitsOnly
            Accessible.name: qsTr("Last entry")
        }
        Label {
            text: qsTr("Commune")
        }
        TextField {
            id: communeField

            objectName: "bookCommuneField"
            Layout.columnSpan: 3
            Layout.fillWidth: true
            onAccepted: form.submit()
            Accessible.name: qsTr("Commune")
        }
        ActionButton {
            objectName: "openBookButton"
            Layout.columnSpan: 4
            primary: true
            text: qsTr("Open the book (Enter)")
            onClicked: form.submit()
        }
    }
}
