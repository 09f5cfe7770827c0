// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// A new account: user name, full name, role (↑ ↓ in the list) and the initial password twice. Enter in any field
// adds it (AdminAccounts.add, checked by UserService: the same rules as `doichieu-admin user add`); the password
// fields are cleared after every attempt.
Frame {
    id: form

    required property AdminAccounts admin
    signal added()

    function start(): void {
        userField.clear();
        nameField.clear();
        roleBox.currentIndex = 0;
        userField.forceActiveFocus();
    }

    function submit(): void {
        const ok = form.admin.add(userField.text, nameField.text, roleBox.currentIndex === 1, passwordField.text,
                                  repeatField.text);
        passwordField.clear();
        repeatField.clear();
        if (ok) {
            form.added();
            return;
        }
        switch (form.admin.problemField) {
        case AdminAccounts.UserName:
            userField.forceActiveFocus();
            break;
        case AdminAccounts.DisplayName:
            nameField.forceActiveFocus();
            break;
        default:
            passwordField.forceActiveFocus();
        }
    }

    padding: 16
    background: Rectangle {
        color: Theme.card
        border.color: Theme.border
        radius: 6
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: 8

        Label {
            Layout.columnSpan: 2
            text: qsTr("New account")
            font.bold: true
            font.pixelSize: 16
        }
        Label {
            text: qsTr("User name")
        }
        TextField {
            id: userField

            objectName: "newUserNameField"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. lan.nguyen")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("User name")
            onAccepted: form.submit()
        }
        Label {
            text: qsTr("Full name")
        }
        TextField {
            id: nameField

            objectName: "newDisplayNameField"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Nguyễn Thị Lan")
            Accessible.name: qsTr("Full name")
            onAccepted: form.submit()
        }
        Label {
            text: qsTr("Role")
        }
        ComboBox {
            id: roleBox

            objectName: "newRoleBox"
            Layout.fillWidth: true
            model: [qsTr("Volunteer"), qsTr("Supervisor")]
            Accessible.name: qsTr("Role")
            Keys.onReturnPressed: form.submit()
            Keys.onEnterPressed: form.submit()
        }
        Label {
            text: qsTr("Password")
        }
        TextField {
            id: passwordField

            objectName: "newPasswordField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Password")
            onAccepted: form.submit()
        }
        Label {
            text: qsTr("Password again")
        }
        TextField {
            id: repeatField

            objectName: "newRepeatField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Password again")
            onAccepted: form.submit()
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            text: qsTr("At least 8 characters for a volunteer, 10 for a supervisor, and hard to guess: four unrelated "
                       + "words with a number work well. Enter adds the account, Esc cancels.")
        }
        ActionButton {
            objectName: "addAccountButton"
            Layout.columnSpan: 2
            primary: true
            text: qsTr("Add the account")
            onClicked: form.submit()
        }
    }
}
