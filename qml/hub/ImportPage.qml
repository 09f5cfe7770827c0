// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// Bundles received at the hub (HubImport, a province account's): Ctrl+O (or Enter on the button) chooses one or more
// bundle files, imported in order; then what became of each — imported with its counts and the receipt written for the
// commune, already imported, held (waiting for an earlier bundle), or refused with the reason, nothing written. ↑ ↓
// through the results; Esc back to the board, which shows the new figures.
FocusScope {
    id: page

    objectName: "importPage"

    // Imports `files` (file URLs): the dialog's choice, or a test's.
    function importFiles(files: list<url>): void {
        importer.importFiles(files);
        if (results.count > 0)
            results.forceActiveFocus();
    }

    HubImport {
        id: importer
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: 14
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "importTitle"
                Layout.fillWidth: true
                text: qsTr("Import bundles from the communes")
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
            }
            KeyCap {
                text: "Esc"
            }
            ActionButton {
                objectName: "backToBoardButton"
                text: qsTr("Province board")
                onClicked: Navigator.open(Navigator.Board)
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Choose the bundle files the communes sent (a USB stick, an e-mail attachment). Each is checked "
                       + "before anything is written; a receipt for the commune is written beside the hub's database.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        RowLayout {
            spacing: 6

            KeyCap {
                text: "Ctrl+O"
            }
            ActionButton {
                id: chooseButton

                objectName: "chooseBundlesButton"
                text: qsTr("Choose bundle files…")
                focus: true
                onClicked: dialog.open()
            }
        }
        MessagePanel {
            objectName: "importMessage"
            Layout.fillWidth: true
            text: importer.message
        }
        Label {
            objectName: "importSummary"
            Layout.fillWidth: true
            visible: text !== ""
            text: importer.summary
            font.bold: true
        }
        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 0
            background: Rectangle {
                color: Theme.card
                border.color: results.activeFocus ? Theme.accent : Theme.border
                border.width: results.activeFocus ? 2 : 1
                radius: 6
            }

            ListView {
                id: results

                objectName: "importResults"
                anchors.fill: parent
                anchors.margins: 2
                clip: true
                activeFocusOnTab: count > 0
                model: importer.results
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Files imported")

                delegate: Rectangle {
                    id: result

                    required property var modelData
                    required property int index

                    width: results.width
                    implicitHeight: column.implicitHeight + 12
                    color: ListView.isCurrentItem && results.activeFocus ? Theme.selection : Theme.card

                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: Theme.border
                    }
                    ColumnLayout {
                        id: column

                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: 10
                        anchors.rightMargin: 10
                        spacing: 0

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1: %2").arg(result.modelData.statusText).arg(result.modelData.name)
                            font.bold: true
                            color: result.modelData.ok ? Theme.okText : Theme.errorText
                            elide: Text.ElideMiddle
                        }
                        Label {
                            Layout.fillWidth: true
                            text: result.modelData.detail
                            color: Theme.muted
                            wrapMode: Text.Wrap
                        }
                    }
                }

                Label {
                    anchors.centerIn: parent
                    visible: results.count === 0
                    text: qsTr("No file imported yet: Ctrl+O.")
                    color: Theme.muted
                }
            }
        }
    }

    FileDialog {
        id: dialog

        title: qsTr("Choose the bundle files")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Bundles (*.bundle)"), qsTr("All files (*)")]
        onAccepted: page.importFiles(dialog.selectedFiles)
    }
    Shortcut {
        sequence: "Ctrl+O"
        onActivated: dialog.open()
    }
    Shortcut {
        sequence: "Esc"
        enabled: !dialog.visible
        onActivated: Navigator.open(Navigator.Board)
    }

    Component.onCompleted: chooseButton.forceActiveFocus()
}
