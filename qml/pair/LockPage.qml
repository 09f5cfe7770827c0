// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The idle lock: the database is closed and its key wiped, the work session paused. One member of the pair (↑ ↓
// chooses who) types their password and Enter unlocks; the work goes on where it was. Ctrl+Shift+Q (AppShell's key,
// Navigator.signOut) leaves the pair's work for the sign-in page instead (it stays paused).
FocusScope {
    id: page

    function submit(): void {
        if (form.busy)
            return;
        form.unlock(passwordField.text);
        passwordField.clear();
    }

    UnlockForm {
        id: form

        onAttemptFailed: passwordField.forceActiveFocus()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    Frame {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
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
                objectName: "lockTitle"
                Layout.fillWidth: true
                text: qsTr("Locked")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The database is closed and the work is paused. One of the pair types their password "
                           + "to go on (↑ ↓ chooses who).")
                wrapMode: Text.Wrap
                color: Theme.muted
            }
            Repeater {
                model: WorkSession.lockedMembers

                delegate: RadioButton {
                    required property int index
                    required property var modelData

                    objectName: "lockMember" + index
                    text: qsTr("%1 (%2)").arg(modelData.displayName).arg(modelData.userName)
                    checked: form.memberIndex === index
                    focusPolicy: Qt.NoFocus
                    onClicked: form.memberIndex = index
                }
            }
            TextField {
                id: passwordField

                objectName: "unlockPasswordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                readOnly: form.busy
                placeholderText: qsTr("Password")
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Password")
                onAccepted: page.submit()
                Keys.onUpPressed: form.memberIndex = 0
                Keys.onDownPressed: form.memberIndex = 1
            }
            RowLayout {
                spacing: Theme.spacing

                ActionButton {
                    objectName: "unlockButton"
                    primary: true
                    text: qsTr("Unlock")
                    enabled: !form.busy
                    onClicked: page.submit()
                }
                BusyIndicator {
                    running: form.busy
                    visible: form.busy
                    implicitWidth: 32
                    implicitHeight: 32
                }
                Item {
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "lockSignOut"
                    text: qsTr("Sign out (Ctrl+Shift+Q)")
                    focusPolicy: Qt.NoFocus
                    enabled: !form.busy
                    onClicked: Navigator.signOut()
                }
            }
            MessagePanel {
                objectName: "unlockMessage"
                Layout.fillWidth: true
                text: form.message
            }
        }
    }

    Component.onCompleted: passwordField.forceActiveFocus()
}
