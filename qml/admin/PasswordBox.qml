// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// A new password for the chosen account (a forgotten password): typed twice; "may have been seen" also moves the
// site's key to its next generation, as a removal does (`user passwd --compromised`). Enter sets it, Esc cancels.
Frame {
    id: box

    required property AdminAccounts admin
    required property int row
    required property string userName
    signal finished()

    function start(): void {
        seenBox.checked = false;
        passwordField.forceActiveFocus();
    }

    function submit(): void {
        const ok = box.admin.resetPassword(box.row, passwordField.text, repeatField.text, seenBox.checked);
        passwordField.clear();
        repeatField.clear();
        if (ok)
            box.finished();
        else
            passwordField.forceActiveFocus();
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
            objectName: "resetTitle"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("New password for %1").arg(box.userName)
            font.bold: true
            font.pixelSize: 16
            elide: Text.ElideRight
        }
        Label {
            text: qsTr("New password")
        }
        TextField {
            id: passwordField

            objectName: "resetPasswordField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("New password")
            onAccepted: box.submit()
        }
        Label {
            text: qsTr("Password again")
        }
        TextField {
            id: repeatField

            objectName: "resetRepeatField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Password again")
            onAccepted: box.submit()
        }
        CheckBox {
            id: seenBox

            objectName: "compromisedBox"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("The old password may have been seen: also change the site's key (Space)")
            Keys.onReturnPressed: box.submit()
            Keys.onEnterPressed: box.submit()
        }
        ActionButton {
            objectName: "setPasswordButton"
            Layout.columnSpan: 2
            primary: true
            text: qsTr("Set the password")
            onClicked: box.submit()
        }
    }
}
