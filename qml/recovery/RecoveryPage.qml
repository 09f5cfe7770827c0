// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// Recovering an account with the site's recovery code: sets a new password and, when the keyring file is
// missing or damaged, makes a new one; then signs the account in. Enter in any field recovers, Esc goes back.
FocusScope {
    id: page

    signal recovered()

    function submit(): void {
        if (form.busy)
            return;
        form.recover(codeField.text, userField.text, passwordField.text, repeatField.text);
        passwordField.clear();
        repeatField.clear();
        if (form.busy)
            codeField.clear(); // sent: the code is not kept on screen
    }

    function cancel(): void {
        if (!form.busy)
            Navigator.open(Navigator.SignIn);
    }

    RecoveryForm {
        id: form

        onRecovered: page.recovered()
        onAttemptFailed: {
            if (form.problemField === "code")
                codeField.forceActiveFocus();
            else if (form.problemField === "userName")
                userField.forceActiveFocus();
            else
                passwordField.forceActiveFocus();
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    Frame {
        objectName: "recoveryForm"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        padding: 28
        background: Rectangle {
            color: Theme.card
            border.color: Theme.border
            radius: 6
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                objectName: "recoveryTitle"
                text: qsTr("Recover with the recovery code")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.muted
                text: qsTr("The recovery code was printed when the site was set up and is kept in the commune's safe. "
                           + "It sets a new password for one account and, if the keyring file is missing or damaged, "
                           + "makes a new one; other accounts then need a supervisor to set their passwords again.")
            }
            SiteChooser {
                Layout.fillWidth: true
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 8

                Label {
                    text: qsTr("Recovery code")
                    font.bold: true
                }
                TextField {
                    id: codeField

                    objectName: "recoveryCodeField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("8 groups of 5 digits")
                    readOnly: form.busy
                    font.family: "monospace"
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("Recovery code")
                    onAccepted: page.submit()
                }
                Item {
                    implicitWidth: 1
                    implicitHeight: 1
                }
                Label {
                    readonly property int digits: form.countCodeDigits(codeField.text)

                    objectName: "recoveryCodeCount"
                    text: digits < 0 ? qsTr("Only digits, spaces and dashes.")
                                     : qsTr("%1 of 40 digits").arg(digits)
                    color: digits < 0 ? Theme.warningText : Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    text: qsTr("User name")
                    font.bold: true
                }
                TextField {
                    id: userField

                    objectName: "recoveryUserNameField"
                    Layout.fillWidth: true
                    readOnly: form.busy
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("User name")
                    onAccepted: page.submit()
                }
                Label {
                    text: qsTr("New password")
                    font.bold: true
                }
                TextField {
                    id: passwordField

                    objectName: "newPasswordField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    readOnly: form.busy
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("New password")
                    onAccepted: page.submit()
                }
                Label {
                    text: qsTr("New password again")
                    font.bold: true
                }
                TextField {
                    id: repeatField

                    objectName: "repeatPasswordField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    readOnly: form.busy
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("New password again")
                    onAccepted: page.submit()
                }
            }
            RowLayout {
                spacing: Theme.spacing

                ActionButton {
                    objectName: "recoverButton"
                    primary: true
                    text: qsTr("Recover and sign in")
                    enabled: !form.busy
                    onClicked: page.submit()
                }
                ActionButton {
                    objectName: "recoveryBackButton"
                    text: qsTr("Back to sign-in (Esc)")
                    enabled: !form.busy
                    onClicked: page.cancel()
                }
                BusyIndicator {
                    running: form.busy
                    visible: form.busy
                    implicitWidth: 32
                    implicitHeight: 32
                }
            }
            MessagePanel {
                objectName: "recoveryMessage"
                Layout.fillWidth: true
                text: form.message
            }
        }
    }

    Shortcut {
        sequence: "Esc"
        onActivated: page.cancel()
    }

    Component.onCompleted: codeField.forceActiveFocus()
}
