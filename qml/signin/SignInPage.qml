// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// Signing in to the selected site. Keyboard first: the focus starts in the user name (or in the password
// when the user name is remembered), Enter signs in, Ctrl+O chooses the database, Ctrl+R opens the recovery
// form, Ctrl+N creates a new site. The password field is cleared after every attempt.
FocusScope {
    id: page

    signal signedIn()

    function submit(): void {
        if (form.busy)
            return;
        form.userName = userField.text;
        form.signIn(passwordField.text);
        passwordField.clear();
    }

    SignInForm {
        id: form

        onSignedIn: page.signedIn()
        onAttemptFailed: {
            if (form.userNameProblem)
                userField.forceActiveFocus();
            else
                passwordField.forceActiveFocus();
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    RowLayout {
        anchors.centerIn: parent
        spacing: 32

        Frame {
            Layout.preferredWidth: Theme.formWidth
            Layout.alignment: Qt.AlignTop
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
                    objectName: "signInTitle"
                    text: qsTr("Sign in")
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                }
                SiteChooser {
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("User name")
                    font.bold: true
                    Layout.topMargin: 4
                }
                TextField {
                    id: userField

                    objectName: "userNameField"
                    Layout.fillWidth: true
                    text: form.userName
                    placeholderText: qsTr("e.g. lan.nguyen")
                    readOnly: form.busy
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("User name")
                    onTextEdited: form.userName = text
                    onAccepted: page.submit()
                }
                Label {
                    text: qsTr("Password")
                    font.bold: true
                }
                TextField {
                    id: passwordField

                    objectName: "passwordField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    readOnly: form.busy
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("Password")
                    onAccepted: page.submit()
                }
                RowLayout {
                    spacing: Theme.spacing

                    ActionButton {
                        objectName: "signInButton"
                        primary: true
                        Layout.minimumWidth: 140
                        text: qsTr("Sign in")
                        enabled: !form.busy
                        onClicked: page.submit()
                    }
                    BusyIndicator {
                        objectName: "signInBusy"
                        running: form.busy
                        visible: form.busy
                        implicitWidth: 32
                        implicitHeight: 32
                    }
                    Label {
                        visible: form.busy
                        text: qsTr("Checking the password…")
                        color: Theme.muted
                    }
                }
                MessagePanel {
                    objectName: "signInMessage"
                    Layout.fillWidth: true
                    text: form.message
                    actionText: form.offerRecovery ? qsTr("Use the recovery code…") : ""
                    onActionTriggered: Navigator.open(Navigator.Recovery)
                }
                Button {
                    id: recoveryLink

                    objectName: "recoveryLink"
                    Layout.fillWidth: true
                    flat: true
                    text: qsTr("Forgotten password or lost keyring? Use the recovery code (Ctrl+R)")
                    onClicked: Navigator.open(Navigator.Recovery)
                    Keys.onReturnPressed: Navigator.open(Navigator.Recovery)
                    Keys.onEnterPressed: Navigator.open(Navigator.Recovery)
                    contentItem: Label {
                        text: recoveryLink.text
                        color: Theme.accent
                        wrapMode: Text.Wrap
                        font.underline: true
                    }
                }
                Button {
                    id: newSiteLink

                    objectName: "newSiteLink"
                    Layout.fillWidth: true
                    flat: true
                    text: qsTr("A commune starting out? Create a new site (Ctrl+N)")
                    onClicked: Navigator.open(Navigator.CreateSite)
                    Keys.onReturnPressed: Navigator.open(Navigator.CreateSite)
                    Keys.onEnterPressed: Navigator.open(Navigator.CreateSite)
                    contentItem: Label {
                        text: newSiteLink.text
                        color: Theme.accent
                        wrapMode: Text.Wrap
                        font.underline: true
                    }
                }
            }
        }

        DemoAccounts {
            visible: AppConfig.demo
            Layout.alignment: Qt.AlignTop
        }
        DemoAccounts {
            objectName: "trainingAccounts"
            visible: TrainingMode.started
            Layout.alignment: Qt.AlignTop
            accounts: TrainingMode.accounts
            title: qsTr("Training accounts")
            hint: qsTr("A practice site with made-up books: the trainer and the trainee pair sign in with these.")
            tint: Theme.trainingTint
            edge: Theme.trainingBorder
            titleColor: Theme.trainingBackground
        }
    }

    Shortcut {
        sequence: "Ctrl+R"
        onActivated: Navigator.open(Navigator.Recovery)
    }
    Shortcut {
        sequence: "Ctrl+N"
        enabled: !form.busy
        onActivated: Navigator.open(Navigator.CreateSite)
    }

    Component.onCompleted: {
        if (form.userName === "")
            userField.forceActiveFocus();
        else
            passwordField.forceActiveFocus();
    }
}
