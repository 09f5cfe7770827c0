// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One field of the registration form: its label, a text field (or a choice when `choices` is given: [{text, value}]),
// and what core found in it below (FieldNote). Enter submits the form; leaving the field checks it.
ColumnLayout {
    id: field

    required property string key
    required property string label
    property var choices: []
    property string note: ""
    property bool blocking: false
    property string placeholder: ""
    readonly property bool isChoice: field.choices.length > 0
    // A choice's list is open: Esc closes it, not the page.
    readonly property bool popupOpen: choice.popup.visible
    readonly property string value: field.isChoice ? (choice.currentIndex >= 0 ? field.choices[choice.currentIndex].value
                                                                                : "")
                                                    : text.text

    signal submitted()
    signal checkRequested()

    function focusField(): void {
        if (field.isChoice)
            choice.forceActiveFocus();
        else
            text.forceActiveFocus();
    }
    function reset(): void {
        text.clear();
        choice.currentIndex = 0;
    }

    Layout.alignment: Qt.AlignTop
    spacing: 5 // the focus ring drawn around the field must not cover the dot below a label's letter (Họ)

    Label {
        Layout.fillWidth: true
        text: field.label
        font.bold: true
        elide: Text.ElideRight
    }
    TextField {
        id: text

        objectName: "reg_" + field.key
        Layout.fillWidth: true
        visible: !field.isChoice
        activeFocusOnTab: !field.isChoice
        placeholderText: field.placeholder
        Accessible.name: field.label
        Accessible.description: field.note
        onAccepted: field.submitted()
        onEditingFinished: field.checkRequested()
    }
    ComboBox {
        id: choice

        objectName: "reg_" + field.key + "_choice"
        Layout.fillWidth: true
        visible: field.isChoice
        activeFocusOnTab: field.isChoice
        model: field.choices
        textRole: "text"
        Accessible.name: field.label
        Accessible.description: field.note
        onActivated: field.checkRequested()
        Keys.onReturnPressed: event => {
            if (choice.popup.visible) {
                event.accepted = false;
                return;
            }
            field.checkRequested();
            field.submitted();
        }
        Keys.onEnterPressed: event => {
            if (choice.popup.visible) {
                event.accepted = false;
                return;
            }
            field.checkRequested();
            field.submitted();
        }
    }
    FieldNote {
        objectName: "note_" + field.key
        Layout.fillWidth: true
        text: field.note
        blocking: field.blocking
    }
}
