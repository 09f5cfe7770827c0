// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// Amending a logged entry: its values are loaded below, the outcome keys save the amendment, and the service keeps
// the earlier version with the reason typed here. Esc gives back what was typed before.
Rectangle {
    id: banner

    required property LogForm form
    signal done()

    function focusReason(): void {
        reasonField.forceActiveFocus();
    }

    visible: form.amending
    implicitHeight: layout.implicitHeight + 16
    color: Theme.warningBackground
    border.color: Theme.warningBorder
    radius: 4

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        Label {
            objectName: "amendTitle"
            Layout.fillWidth: true
            text: qsTr("Amending entry %1 — its earlier version is kept. Esc: stop amending.")
                      .arg(banner.form.amendingEntry)
            font.bold: true
            color: Theme.warningText
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                text: qsTr("Reason")
                font.bold: true
            }
            TextField {
                id: reasonField

                objectName: "reasonField"
                Layout.fillWidth: true
                text: banner.form.reason
                placeholderText: qsTr("why the entry is amended (required)")
                Accessible.name: qsTr("Reason for the amendment")
                onTextEdited: banner.form.reason = text
                onAccepted: banner.done()
            }
        }
    }
}
