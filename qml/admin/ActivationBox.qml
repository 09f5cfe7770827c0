// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The activation of an account a roster package made (ActivationForm, issue 14): the one-time code printed on the
// roster sheet and a new password typed twice (the same strength rule as every new password). Used at the pair
// sign-in (the partner's account is awaiting activation) and on the supervisor's accounts page. Enter activates,
// Esc cancels (the page's key).
Frame {
    id: box

    required property string userName
    // The user name is typed here (false: it is the account chosen on the page, shown in the title).
    property bool askUserName: false
    readonly property alias form: activation
    signal activated(string userName)

    function start(): void {
        activation.clearMessage();
        codeField.clear();
        passwordField.clear();
        repeatField.clear();
        codeField.forceActiveFocus();
    }

    function submit(): void {
        activation.userName = box.userName;
        const ok = activation.activate(codeField.text, passwordField.text, repeatField.text);
        passwordField.clear();
        repeatField.clear();
        if (ok) {
            codeField.clear();
            box.activated(box.userName);
            return;
        }
        if (activation.problemField === ActivationForm.Code) {
            codeField.forceActiveFocus();
            codeField.selectAll();
        } else {
            passwordField.forceActiveFocus();
        }
    }

    ActivationForm {
        id: activation
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
            objectName: "activationTitle"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("Activate the account %1").arg(box.userName)
            font.bold: true
            font.pixelSize: 16
            elide: Text.ElideRight
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("Type the activation code printed on the roster sheet for this person, then the password they "
                       + "choose, twice. The code works once.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Activation code")
        }
        TextField {
            id: codeField

            objectName: "activationCodeField"
            Layout.fillWidth: true
            placeholderText: "12345-67890"
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhPreferNumbers
            Accessible.name: qsTr("Activation code")
            onAccepted: passwordField.forceActiveFocus()
        }
        Label {
            text: qsTr("New password")
        }
        TextField {
            id: passwordField

            objectName: "activationPasswordField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("New password")
            onAccepted: repeatField.forceActiveFocus()
        }
        Label {
            text: qsTr("Password again")
        }
        TextField {
            id: repeatField

            objectName: "activationRepeatField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Password again")
            onAccepted: box.submit()
        }
        ActionButton {
            objectName: "activateButton"
            Layout.columnSpan: 2
            primary: true
            text: qsTr("Activate the account")
            onClicked: box.submit()
        }
        MessagePanel {
            objectName: "activationMessage"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: activation.message
        }
    }
}
