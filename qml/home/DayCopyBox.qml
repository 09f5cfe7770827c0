// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// After the day is closed: a copy kept away from the workstation (a USB stick). The signed checkpoint (Ctrl+S) is
// what catches a restore of every file of the site together (audit verify --checkpoint); the backup (Ctrl+Shift+S) is
// the site itself, verified, openable only with its passwords or recovery code; the bundle for the province (Ctrl+E)
// carries everything the province has not acknowledged, in a file named for the district, the commune, the day and
// the sequence. The folder starts as the first removable drive found. Ctrl+E opens the file dialog on the proposed
// file (`<district>-<commune>-<dd-mm-yyyy>-<sequence>.bundle` in the folder used last): Enter writes it there, or type
// another name first; Enter in the bundle's field writes it to the path typed there.
ColumnLayout {
    id: box

    required property DayCloser dayCloser

    visible: dayCloser.closed
    spacing: 6

    // The file dialog on the proposed file, or in the folder typed when none is proposed.
    function chooseBundleFile(): void {
        bundleDialog.currentFolder = dayCloser.bundleFolderUrl;
        if (dayCloser.bundleFile !== "")
            bundleDialog.selectedFile = dayCloser.bundleFileUrl;
        bundleDialog.open();
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Keep a copy away from the workstation, on a USB stick:")
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        TextField {
            objectName: "dayCopyFolder"
            Layout.fillWidth: true
            text: box.dayCloser.folder
            placeholderText: qsTr("Folder, e.g. /media/usb")
            Accessible.name: qsTr("Folder for the copy")
            onTextEdited: box.dayCloser.folder = text
            onAccepted: box.dayCloser.saveCheckpoint()
        }
        ActionButton {
            objectName: "saveCheckpointButton"
            text: qsTr("Save the checkpoint (Ctrl+S)")
            onClicked: box.dayCloser.saveCheckpoint()
        }
        ActionButton {
            objectName: "backupButton"
            text: qsTr("Back up the site (Ctrl+Shift+S)")
            onClicked: box.dayCloser.backup()
        }
        ActionButton {
            objectName: "exportBundleButton"
            text: qsTr("Bundle for the province (Ctrl+E)")
            onClicked: box.chooseBundleFile()
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        visible: box.dayCloser.bundleFile !== ""

        Label {
            text: qsTr("Bundle file:")
        }
        TextField {
            objectName: "bundleFile"
            Layout.fillWidth: true
            text: box.dayCloser.bundleFile
            Accessible.name: qsTr("File for the bundle for the province")
            onTextEdited: box.dayCloser.bundleFile = text
            onAccepted: box.dayCloser.exportBundle()
        }
    }
    Label {
        objectName: "dayCopyMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: box.dayCloser.copyMessage
        color: box.dayCloser.copyFailed ? Theme.errorText : Theme.okText
        wrapMode: Text.Wrap
    }

    Shortcut {
        sequence: "Ctrl+S"
        enabled: box.visible && box.enabled
        onActivated: box.dayCloser.saveCheckpoint()
    }
    Shortcut {
        sequence: "Ctrl+Shift+S"
        enabled: box.visible && box.enabled
        onActivated: box.dayCloser.backup()
    }
    Shortcut {
        sequence: "Ctrl+E"
        enabled: box.visible && box.enabled
        onActivated: box.chooseBundleFile()
    }

    FileDialog {
        id: bundleDialog

        objectName: "bundleDialog"
        title: qsTr("Save the bundle for the province as")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Bundles (*.bundle)")]
        onAccepted: box.dayCloser.exportBundleTo(selectedFile)
    }
}
