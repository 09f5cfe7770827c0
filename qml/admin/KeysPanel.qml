// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The site's keys (AdminKeys): a re-key encrypts the database under a key from a new recovery code — every account
// keeps its password, the old recovery sheet stops working — and shows the new code once, as a sheet to print.
// Ctrl+K asks, Enter confirms, Esc does not re-key.
FocusScope {
    id: panel

    property bool confirming: false

    function focusList(): void {
        rekeyButton.forceActiveFocus();
    }

    function closeOpen(): bool {
        if (keys.newCode.shown)
            return true; // the code is forgotten only with Ctrl+Enter
        if (!panel.confirming)
            return false;
        panel.confirming = false;
        return true;
    }

    function ask(): void {
        if (!keys.newCode.shown) {
            panel.confirming = true;
            rekeyButton.forceActiveFocus();
        }
    }

    function rekey(): void {
        panel.confirming = false;
        if (keys.rekey())
            codeBox.focusPath(); // the re-key button is disabled while the code is shown
    }

    AdminKeys {
        id: keys
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Re-key the site when the recovery sheet may have been seen or is lost. The database is "
                       + "encrypted again under a new key; every account keeps its password. The new recovery code "
                       + "is shown once: save the sheet, print it, and destroy the old one — it no longer works.")
        }
        RowLayout {
            spacing: 8

            KeyCap {
                text: "Ctrl+K"
            }
            ActionButton {
                id: rekeyButton

                objectName: "rekeyButton"
                text: panel.confirming ? qsTr("Re-key now (Enter)") : qsTr("Re-key the site…")
                primary: panel.confirming
                enabled: !keys.newCode.shown
                onClicked: panel.confirming ? panel.rekey() : panel.ask()
            }
        }
        NoticeBox {
            objectName: "rekeyNotice"
            Layout.fillWidth: true
            text: panel.confirming ? qsTr("Re-key the site now? The printed recovery sheet stops working. Enter "
                                          + "re-keys, Esc does not.") : ""
        }
        MessagePanel {
            objectName: "keysMessage"
            Layout.fillWidth: true
            text: keys.message
        }
        RecoveryCodeBox {
            id: codeBox

            objectName: "keysCodeBox"
            Layout.fillWidth: true
            code: keys.newCode
            onDone: rekeyButton.forceActiveFocus()
        }
        Item {
            Layout.fillHeight: true
        }
    }

    Shortcut {
        sequence: "Ctrl+K"
        enabled: panel.visible
        onActivated: panel.ask()
    }
}
