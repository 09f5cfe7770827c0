// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu.Models

// The filter of the review queue: book, volunteer, period, correction class and state. Tab moves between them, the
// arrow keys change a choice, a date applies on Enter; Esc goes back to the list.
RowLayout {
    id: filters

    required property ReviewQueue queue
    signal done()

    function focusFirst(): void {
        stateBox.forceActiveFocus();
    }

    spacing: 8

    component Choice: ComboBox {
        id: choice

        required property var options
        required property var current
        signal chosen(var value)
        signal escaped()

        textRole: "text"
        valueRole: "value"
        model: options
        currentIndex: Math.max(0, indexOfValue(current))
        onActivated: choice.chosen(currentValue)
        Keys.onEscapePressed: choice.escaped()
    }

    Choice {
        id: stateBox

        objectName: "filterState"
        Layout.preferredWidth: 140
        options: filters.queue.stateOptions
        current: filters.queue.stateKey
        Accessible.name: qsTr("State")
        onEscaped: filters.done()
        onChosen: value => filters.queue.stateKey = value
    }
    Choice {
        objectName: "filterBook"
        Layout.fillWidth: true
        Layout.preferredWidth: 190
        options: filters.queue.bookOptions
        current: filters.queue.bookId
        Accessible.name: qsTr("Book")
        onEscaped: filters.done()
        onChosen: value => filters.queue.bookId = value
    }
    Choice {
        objectName: "filterVolunteer"
        Layout.fillWidth: true
        Layout.preferredWidth: 210
        options: filters.queue.volunteerOptions
        current: filters.queue.volunteerId
        Accessible.name: qsTr("Volunteer")
        onEscaped: filters.done()
        onChosen: value => filters.queue.volunteerId = value
    }
    Choice {
        objectName: "filterClass"
        Layout.fillWidth: true
        Layout.preferredWidth: 150
        options: filters.queue.classOptions
        current: filters.queue.correctionClass
        Accessible.name: qsTr("Correction class")
        onEscaped: filters.done()
        onChosen: value => filters.queue.correctionClass = value
    }
    TextField {
        objectName: "filterFrom"
        Layout.preferredWidth: 105
        text: filters.queue.fromText
        placeholderText: qsTr("from date")
        Accessible.name: qsTr("Logged from")
        onAccepted: filters.queue.fromText = text
        onEditingFinished: filters.queue.fromText = text
        Keys.onEscapePressed: filters.done()
    }
    TextField {
        objectName: "filterTo"
        Layout.preferredWidth: 105
        text: filters.queue.toText
        placeholderText: qsTr("until date")
        Accessible.name: qsTr("Logged until")
        onAccepted: filters.queue.toText = text
        onEditingFinished: filters.queue.toText = text
        Keys.onEscapePressed: filters.done()
    }
}
