// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// Amending a logged entry: its values are loaded below, the outcome keys save the amendment, and the service keeps
// the earlier version with the reason typed here. Re-checking what the supervisor sent back, their reason (or their
// decision on an escalation) is shown above it. Enter in the reason: `done` (the page saves when the amendment's
// corrections are loaded, as Enter in the fields does); Tab: `leave` (on to the entry's fields). Esc gives back what was
// typed before.
Rectangle {
    id: banner

    required property LogForm form
    // The reason has its own Tab (on to the date, past the entry's number, which an amendment keeps): the column's
    // Tab cycle leaves it alone while it has the focus.
    readonly property bool ownsTab: reasonField.activeFocus
    signal done()
    signal leave()

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
        Label {
            objectName: "amendSupervisorNote"
            Layout.fillWidth: true
            visible: banner.form.amendingReturned && banner.form.amendment !== null
            text: !visible ? ""
                  : (banner.form.amendment.resolved ? qsTr("Resolved by the supervisor (%1): %2")
                                                    : qsTr("Returned by the supervisor (%1): %2"))
                        .arg(banner.form.amendment.supervisor).arg(banner.form.amendment.reason)
            color: Theme.errorText
            font.bold: true
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
                Keys.onTabPressed: banner.leave()
            }
        }
    }
}
