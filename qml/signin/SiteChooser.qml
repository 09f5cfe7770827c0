// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The site database to open: its path, the site's name read from the keyring beside it, and a file dialog
// to choose another one (Ctrl+O).
ColumnLayout {
    id: chooser

    function choose(): void {
        dialog.open();
    }

    spacing: 4

    Label {
        text: qsTr("Site database")
        font.bold: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            objectName: "databasePathLabel"
            Layout.fillWidth: true
            text: SelectedSite.databasePath !== "" ? SelectedSite.displayPath : qsTr("None chosen")
            color: Theme.muted
            elide: Text.ElideMiddle
        }
        ActionButton {
            objectName: "chooseDatabaseButton"
            text: qsTr("Choose…")
            onClicked: chooser.choose()
            ToolTip.visible: hovered || visualFocus
            ToolTip.delay: 500
            ToolTip.text: qsTr("Choose the site database (Ctrl+O)")
        }
    }
    Label {
        objectName: "siteNameLabel"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: SelectedSite.status === SelectedSite.Ready ? qsTr("Site: %1").arg(SelectedSite.siteName)
                                                         : SelectedSite.statusText
        color: SelectedSite.status === SelectedSite.Ready ? Theme.text : Theme.warningText
        font.bold: SelectedSite.status === SelectedSite.Ready
    }

    FileDialog {
        id: dialog

        title: qsTr("Choose the site database")
        fileMode: FileDialog.OpenFile
        currentFolder: SelectedSite.folder
        nameFilters: [qsTr("Site databases (*.db)"), qsTr("All files (*)")]
        onAccepted: SelectedSite.choose(selectedFile)
    }
    Shortcut {
        sequence: "Ctrl+O"
        onActivated: chooser.choose()
    }
}
