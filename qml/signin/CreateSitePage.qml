// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// A new site, from the sign-in page (Ctrl+N): where its database goes, the site's name, the first supervisor and
// their password twice (SiteCreator: core::createSite, as `doichieu-admin init`). Then the recovery code, shown
// once; Ctrl+Enter forgets it and the sign-in page follows with the new site chosen. Enter creates, Esc goes back.
FocusScope {
    id: page

    function submit(): void {
        if (creator.busy)
            return;
        creator.create(pathField.text, siteField.text, userField.text, nameField.text, passwordField.text,
                       repeatField.text, minimumBox.checked);
        passwordField.clear();
        repeatField.clear();
    }

    function cancel(): void {
        if (!creator.busy && !creator.newCode.shown)
            Navigator.open(Navigator.SignIn);
    }

    SiteCreator {
        id: creator

        onChanged: {
            switch (creator.problemField) {
            case SiteCreator.Path:
                pathField.forceActiveFocus();
                break;
            case SiteCreator.SiteName:
                siteField.forceActiveFocus();
                break;
            case SiteCreator.UserName:
                userField.forceActiveFocus();
                break;
            case SiteCreator.Password:
                passwordField.forceActiveFocus();
                break;
            default:
                break;
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    Frame {
        objectName: "createSiteForm"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 720)
        padding: 24
        background: Rectangle {
            color: Theme.card
            border.color: Theme.border
            radius: 6
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 10

            Label {
                objectName: "createSiteTitle"
                text: qsTr("New site")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            GridLayout {
                Layout.fillWidth: true
                visible: !creator.newCode.shown
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 6

                Label {
                    text: qsTr("Database file")
                }
                RowLayout {
                    Layout.fillWidth: true

                    TextField {
                        id: pathField

                        objectName: "sitePathField"
                        Layout.fillWidth: true
                        text: creator.suggestedPath
                        readOnly: creator.busy
                        Accessible.name: qsTr("Database file")
                        onAccepted: page.submit()
                    }
                    ActionButton {
                        text: qsTr("Choose… (Ctrl+O)")
                        onClicked: dialog.open()
                    }
                }
                Label {
                    text: qsTr("Site name")
                }
                TextField {
                    id: siteField

                    objectName: "siteNameField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. Phường Phú Cường")
                    readOnly: creator.busy
                    Accessible.name: qsTr("Site name")
                    onAccepted: page.submit()
                }
                Label {
                    text: qsTr("Supervisor's user name")
                }
                TextField {
                    id: userField

                    objectName: "siteUserField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. giamsat")
                    readOnly: creator.busy
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("Supervisor's user name")
                    onAccepted: page.submit()
                }
                Label {
                    text: qsTr("Supervisor's full name")
                }
                TextField {
                    id: nameField

                    objectName: "siteDisplayNameField"
                    Layout.fillWidth: true
                    readOnly: creator.busy
                    Accessible.name: qsTr("Supervisor's full name")
                    onAccepted: page.submit()
                }
                Label {
                    text: qsTr("Password")
                }
                TextField {
                    id: passwordField

                    objectName: "sitePasswordField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    readOnly: creator.busy
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("Password")
                    onAccepted: page.submit()
                }
                Label {
                    text: qsTr("Password again")
                }
                TextField {
                    id: repeatField

                    objectName: "siteRepeatField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    readOnly: creator.busy
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("Password again")
                    onAccepted: page.submit()
                }
                CheckBox {
                    id: minimumBox

                    objectName: "minimumCostBox"
                    Layout.columnSpan: 2
                    text: qsTr("A slow computer: use the minimum key-derivation cost instead of measuring this one")
                    Keys.onReturnPressed: page.submit()
                    Keys.onEnterPressed: page.submit()
                }
            }
            RowLayout {
                visible: !creator.newCode.shown
                spacing: Theme.spacing

                ActionButton {
                    objectName: "createSiteButton"
                    primary: true
                    text: qsTr("Create the site")
                    enabled: !creator.busy
                    onClicked: page.submit()
                }
                ActionButton {
                    objectName: "createSiteBackButton"
                    text: qsTr("Back to sign-in (Esc)")
                    enabled: !creator.busy
                    onClicked: page.cancel()
                }
                BusyIndicator {
                    running: creator.busy
                    visible: creator.busy
                    implicitWidth: 32
                    implicitHeight: 32
                }
                Label {
                    visible: creator.busy
                    text: qsTr("Measuring this computer and creating the site (a few seconds)…")
                    color: Theme.muted
                }
            }
            MessagePanel {
                objectName: "createSiteMessage"
                Layout.fillWidth: true
                text: creator.message
            }
            Label {
                objectName: "siteCreatedLabel"
                Layout.fillWidth: true
                visible: creator.newCode.shown
                wrapMode: Text.Wrap
                color: Theme.okText
                font.bold: true
                text: qsTr("The site is created. Keep its recovery code, then sign in as %1.").arg(userField.text)
            }
            RecoveryCodeBox {
                objectName: "siteCodeBox"
                Layout.fillWidth: true
                code: creator.newCode
                onDone: Navigator.open(Navigator.SignIn)
            }
        }
    }

    FileDialog {
        id: dialog

        title: qsTr("Where the new site database goes")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Site databases (*.db)")]
        onAccepted: pathField.text = String(dialog.selectedFile)
    }
    Shortcut {
        sequence: "Ctrl+O"
        enabled: !creator.busy && !creator.newCode.shown
        onActivated: dialog.open()
    }
    Shortcut {
        sequence: "Esc"
        onActivated: page.cancel()
    }

    Component.onCompleted: siteField.forceActiveFocus()
}
