// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// After a volunteer signed in: volunteers work in pairs, so the second member signs in to the same session with
// their own user name and password. Enter adds the partner; a volunteer cannot work alone, so the other way out is
// signing out (Ctrl+Shift+Q, AppShell's key: it waits while the partner's password is checked).
// When the partner's account came with a roster package and is not activated yet (issue 14), the page offers its
// activation inside this session — the code on the roster sheet and a new password, twice — and then the partner
// signs in with that password. Esc closes the activation.
FocusScope {
    id: page

    // The partner's account is being activated (ActivationBox shown).
    property bool activating: false
    property string activated: ""

    function submit(): void {
        if (form.busy)
            return;
        form.userName = userField.text;
        form.addPartner(passwordField.text);
        passwordField.clear();
    }

    PartnerForm {
        id: form

        onAttemptFailed: {
            page.activated = "";
            if (form.awaitingActivation) {
                page.activating = true;
                activationBox.start();
            } else if (form.userNameProblem) {
                userField.forceActiveFocus();
                userField.selectAll();
            } else {
                passwordField.forceActiveFocus();
            }
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
                    objectName: "partnerTitle"
                    Layout.fillWidth: true
                    text: qsTr("Your partner signs in")
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "partnerIntro"
                    Layout.fillWidth: true
                    text: qsTr("%1 is signed in. Volunteers check registers in pairs: the second member of the pair "
                               + "signs in with their own user name and password.").arg(CurrentSession.displayName)
                    wrapMode: Text.Wrap
                    color: Theme.muted
                }
                Label {
                    text: qsTr("Partner's user name")
                    font.bold: true
                    Layout.topMargin: 4
                }
                TextField {
                    id: userField

                    objectName: "partnerUserField"
                    Layout.fillWidth: true
                    text: form.userName
                    readOnly: form.busy
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("Partner's user name")
                    onTextEdited: form.userName = text
                    onAccepted: passwordField.forceActiveFocus()
                }
                Label {
                    text: qsTr("Partner's password")
                    font.bold: true
                }
                TextField {
                    id: passwordField

                    objectName: "partnerPasswordField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    readOnly: form.busy
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("Partner's password")
                    onAccepted: page.submit()
                }
                RowLayout {
                    spacing: Theme.spacing

                    ActionButton {
                        objectName: "partnerButton"
                        primary: true
                        text: qsTr("Work together")
                        enabled: !form.busy
                        onClicked: page.submit()
                    }
                    BusyIndicator {
                        objectName: "partnerBusy"
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
                    objectName: "partnerMessage"
                    Layout.fillWidth: true
                    text: page.activating ? "" : form.message
                }
                Label {
                    objectName: "partnerActivated"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: page.activated
                    color: Theme.okText
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                ActionButton {
                    objectName: "partnerSignOut"
                    text: qsTr("No partner: sign out (Ctrl+Shift+Q)")
                    enabled: !form.busy
                    onClicked: Navigator.signOut()
                }
            }
        }

        ActivationBox {
            id: activationBox

            objectName: "partnerActivation"
            Layout.preferredWidth: Theme.formWidth
            Layout.alignment: Qt.AlignTop
            visible: page.activating
            userName: form.userName
            onActivated: name => {
                page.activated = activationBox.form.confirmation;
                page.activating = false;
                form.clearMessage();
                userField.text = name;
                form.userName = name;
                passwordField.forceActiveFocus();
            }
        }
        DemoAccounts {
            visible: AppConfig.demo && !page.activating
            Layout.alignment: Qt.AlignTop
        }
    }

    Shortcut {
        sequence: "Esc"
        enabled: page.activating
        onActivated: {
            page.activating = false;
            form.clearMessage();
            userField.forceActiveFocus();
            userField.selectAll();
        }
    }

    Component.onCompleted: userField.forceActiveFocus()
}
