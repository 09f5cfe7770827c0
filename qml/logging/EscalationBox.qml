// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// "Cannot decide": the entry goes to the supervisor with a transcript of what the book shows — never a guess —
// with _ for one unreadable letter and * for several. Enter saves.
ColumnLayout {
    id: box

    required property LogForm form
    signal saveRequested()

    function focusTranscript(): void {
        transcriptField.forceActiveFocus();
    }

    visible: form.outcome === LogForm.Escalated
    spacing: 4

    Label {
        Layout.fillWidth: true
        text: qsTr("Type what you see in the book: _ for one unreadable letter, * for several. Enter saves.")
        font.bold: true
        wrapMode: Text.Wrap
    }
    TextField {
        id: transcriptField

        objectName: "transcriptField"
        Layout.fillWidth: true
        text: box.form.transcript
        placeholderText: qsTr("e.g. Ng_yễn Văn * — 31/04/1998")
        Accessible.name: qsTr("What the book shows")
        onTextEdited: box.form.transcript = text
        onAccepted: box.saveRequested()
    }
    FieldNote {
        objectName: "transcriptNote"
        Layout.fillWidth: true
        text: box.form.transcriptNote
        blocking: box.form.transcriptBlocking
    }
}
