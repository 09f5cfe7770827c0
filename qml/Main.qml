// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import DoiChieu
import DoiChieu.Models

// The program's window. Everything inside is AppShell, which the Qt Quick tests load on their own.
ApplicationWindow {
    id: window

    width: 1024
    height: 700
    minimumWidth: 820
    minimumHeight: 600
    visible: true
    font.pixelSize: 14
    title: AppConfig.demo ? qsTr("Đối Chiếu — DEMO") : qsTr("Đối Chiếu")

    AppShell {
        anchors.fill: parent
        focus: true
    }

    // Closing the window is a sign-out: the pair's work session ends and an entry half typed is kept for the pair in
    // the encrypted database (LogForm::keepDraft), as Ctrl+Shift+Q does. Refused while a new recovery code is on
    // screen (Navigator::signOut): the window stays, and the code's box says why.
    onClosing: close => {
        if (!Navigator.signOut())
            close.accepted = false;
    }
}
