// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The site's accounts (AdminAccounts): ↑ ↓ choose one, N a new account, P a new password for the chosen one, A
// activates the chosen one when a roster package made it (the code on the roster sheet and a new password: issue 14),
// Delete removes it (Enter confirms; its past work stays attributed to it). Esc closes what is open.
FocusScope {
    id: panel

    enum Mode { List, Add, Password, Remove, Activate }
    property int mode: AccountsPanel.Mode.List

    function focusList(): void {
        list.forceActiveFocus();
    }

    // Esc: closes the open form; false when there was none (the page goes home).
    function closeOpen(): bool {
        if (accounts.newCode.shown)
            return true; // the code is forgotten only with Ctrl+Enter
        if (panel.mode === AccountsPanel.Mode.List)
            return false;
        panel.back();
        return true;
    }

    function back(): void {
        panel.mode = AccountsPanel.Mode.List;
        list.forceActiveFocus();
    }

    function startMode(mode: int): void {
        accounts.clearMessage();
        if (mode !== AccountsPanel.Mode.Add && list.currentIndex < 0)
            return;
        panel.mode = mode;
        if (mode === AccountsPanel.Mode.Add)
            addForm.start();
        else if (mode === AccountsPanel.Mode.Password)
            passwordBox.start();
        else if (mode === AccountsPanel.Mode.Activate)
            activationBox.start();
    }

    AdminAccounts {
        id: accounts
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Frame {
            Layout.fillHeight: true
            Layout.preferredWidth: parent.width * 0.42
            padding: 2
            background: Rectangle {
                color: Theme.card
                border.color: list.activeFocus ? Theme.accent : Theme.border
                border.width: list.activeFocus ? 2 : 1
                radius: 6
            }

            ListView {
                id: list

                objectName: "accountList"
                anchors.fill: parent
                clip: true
                focus: true
                activeFocusOnTab: true
                model: accounts.accounts
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Accounts")

                delegate: AccountRow {
                    width: list.width
                    selected: ListView.isCurrentItem && list.activeFocus
                }
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_N) {
                        panel.startMode(AccountsPanel.Mode.Add);
                    } else if (event.key === Qt.Key_P) {
                        panel.startMode(AccountsPanel.Mode.Password);
                    } else if (event.key === Qt.Key_A) {
                        if (list.currentItem && (list.currentItem as AccountRow).awaitingActivation)
                            panel.startMode(AccountsPanel.Mode.Activate);
                    } else if (event.key === Qt.Key_Delete) {
                        panel.startMode(AccountsPanel.Mode.Remove);
                    } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                               && panel.mode === AccountsPanel.Mode.Remove) {
                        if (accounts.remove(list.currentIndex))
                            panel.mode = AccountsPanel.Mode.List;
                    } else {
                        return;
                    }
                    event.accepted = true;
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            Label {
                Layout.fillWidth: true
                visible: panel.mode === AccountsPanel.Mode.List
                wrapMode: Text.Wrap
                color: Theme.muted
                text: qsTr("In the list: N adds an account, P sets a new password for the chosen one, Delete removes "
                           + "it. Removing an account keeps its past work attributed to it and changes the site's "
                           + "key, so a copy of the keyring it kept no longer opens the database.")
                      + (accounts.awaiting > 0 ? " " + qsTr("A activates an account awaiting activation with the "
                                                            + "code on the roster sheet.") : "")
            }
            AccountForm {
                id: addForm

                Layout.fillWidth: true
                visible: panel.mode === AccountsPanel.Mode.Add
                admin: accounts
                onAdded: panel.back()
            }
            PasswordBox {
                id: passwordBox

                Layout.fillWidth: true
                visible: panel.mode === AccountsPanel.Mode.Password
                admin: accounts
                row: list.currentIndex
                userName: list.currentItem ? (list.currentItem as AccountRow).userName : ""
                onFinished: panel.back()
            }
            ActivationBox {
                id: activationBox

                Layout.fillWidth: true
                visible: panel.mode === AccountsPanel.Mode.Activate
                userName: list.currentItem ? (list.currentItem as AccountRow).userName : ""
                onActivated: name => {
                    accounts.reload();
                    accounts.confirm(activationBox.form.confirmation);
                    panel.back();
                }
            }
            NoticeBox {
                objectName: "removeNotice"
                Layout.fillWidth: true
                text: panel.mode === AccountsPanel.Mode.Remove && list.currentItem
                      ? qsTr("Remove %1? Their past work stays attributed to them; the site's key changes. Enter "
                             + "removes, Esc keeps the account.").arg((list.currentItem as AccountRow).userName)
                      : ""
                actionText: qsTr("Remove")
                actionKey: "Enter"
                onActionTriggered: {
                    if (accounts.remove(list.currentIndex))
                        panel.back();
                }
            }
            MessagePanel {
                objectName: "accountsMessage"
                Layout.fillWidth: true
                text: accounts.message
            }
            Label {
                objectName: "accountsConfirmation"
                Layout.fillWidth: true
                visible: text !== ""
                text: accounts.confirmation
                color: Theme.okText
                font.bold: true
                wrapMode: Text.Wrap
            }
            RecoveryCodeBox {
                objectName: "accountsCodeBox"
                Layout.fillWidth: true
                code: accounts.newCode
                onDone: panel.back()
            }
            Item {
                Layout.fillHeight: true
            }
        }
    }
}
