// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// A recovery code the program has just issued, shown once: the code itself, where to save the printable sheet (a
// PDF; Ctrl+S saves it), and Ctrl+Enter when it is saved or written down — the code is then forgotten for good. Its
// parts are named after the box's objectName ("keysCodeBox" → "keysCodeBoxCode", "…Path", "…Message").
Frame {
    id: box

    required property NewRecoveryCode code
    property bool leaveRefused: false // a sign-out or closing the window was refused while the code was shown
    signal done()

    function focusPath(): void {
        pathField.forceActiveFocus();
    }

    function finish(): void {
        box.code.forget();
        box.done();
    }

    visible: code.shown
    padding: 16
    background: Rectangle {
        color: Theme.warningBackground
        border.color: Theme.warningBorder
        radius: 6
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: qsTr("The new recovery code — shown only now")
            font.bold: true
            color: Theme.warningText
        }
        Label {
            objectName: box.objectName + "Code"
            Layout.fillWidth: true
            text: box.code.code
            font.family: "monospace"
            font.pixelSize: 20
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.name: qsTr("Recovery code")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("Save the sheet, print it, keep it sealed in the commune's safe and delete the file. With it a "
                       + "supervisor sets a new password or rebuilds a lost keyring. The program keeps no copy.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            TextField {
                id: pathField

                objectName: box.objectName + "Path"
                Layout.fillWidth: true
                text: box.code.path
                onTextEdited: box.code.path = text
                onAccepted: box.code.save()
                Accessible.name: qsTr("Where to save the sheet")
            }
            KeyCap {
                text: "Ctrl+S"
            }
            ActionButton {
                objectName: box.objectName + "Save"
                text: qsTr("Save the sheet (PDF)")
                onClicked: box.code.save()
            }
        }
        Label {
            objectName: box.objectName + "Saved"
            Layout.fillWidth: true
            visible: text !== ""
            text: box.code.savedTo !== "" ? qsTr("Saved to %1. Print it, then delete the file.").arg(box.code.savedTo)
                                          : ""
            color: Theme.okText
            wrapMode: Text.Wrap
        }
        MessagePanel {
            objectName: box.objectName + "Message"
            Layout.fillWidth: true
            text: box.code.message
        }
        MessagePanel {
            objectName: box.objectName + "StayMessage"
            Layout.fillWidth: true
            text: box.leaveRefused ? qsTr("The program stays open while the code is on screen: the old code no longer "
                                          + "works. Save the sheet (Ctrl+S) or write the code down, then Ctrl+Enter.")
                                   : ""
        }
        RowLayout {
            spacing: 8

            KeyCap {
                text: "Ctrl+Enter"
            }
            ActionButton {
                objectName: box.objectName + "Forget"
                primary: true
                text: box.code.savedTo !== "" ? qsTr("Done: forget the code")
                                              : qsTr("Done without a sheet: I have written the code down")
                onClicked: box.finish()
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+S"
        enabled: box.visible
        onActivated: box.code.save()
    }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: box.visible
        onActivated: box.finish()
    }
    onVisibleChanged: {
        box.leaveRefused = false;
        if (box.visible)
            box.focusPath();
    }
    Connections {
        target: Navigator

        function onSignOutRefused(): void {
            if (box.visible) {
                box.leaveRefused = true;
                box.focusPath();
            }
        }
    }
}
