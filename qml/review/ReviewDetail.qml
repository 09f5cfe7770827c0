// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// The selected item of the review queue in full: the entry, every correction before → after with its class, who
// read and who checked it and when, what the book shows (escalations), every review decision so far, and, when it
// was amended (a re-check after a return among them), each earlier version with who changed it, when and why.
Frame {
    id: detail

    property ReviewRow row: null

    padding: 14
    background: Rectangle {
        color: Theme.card
        border.color: Theme.border
        radius: 6
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        visible: detail.row !== null

        ColumnLayout {
            width: parent.width
            spacing: 6

            Label {
                objectName: "detailTitle"
                Layout.fillWidth: true
                text: detail.row ? qsTr("Entry %1 · %2").arg(detail.row.entryNumber).arg(detail.row.bookTitle) : ""
                font.pixelSize: 18
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "detailState"
                Layout.fillWidth: true
                text: detail.row ? qsTr("%1 · %2").arg(detail.row.outcomeName).arg(detail.row.stateName) : ""
                color: Theme.muted
                font.bold: true
            }
            Label {
                objectName: "detailEntry"
                Layout.fillWidth: true
                text: detail.row ? qsTr("Registered %1 · %2").arg(detail.row.registrationDate || "—")
                                                              .arg(detail.row.subjectName || "—") : ""
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "detailPeople"
                Layout.fillWidth: true
                text: detail.row ? qsTr("Read by %1, checked by %2, logged at %3").arg(detail.row.reader)
                                   .arg(detail.row.checker).arg(detail.row.loggedAt) : ""
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Label {
                Layout.topMargin: 6
                visible: detailCorrections.visible
                text: qsTr("Corrections (database → register)")
                font.bold: true
            }
            Label {
                id: detailCorrections

                objectName: "detailCorrections"
                Layout.fillWidth: true
                visible: text !== ""
                text: detail.row ? detail.row.corrections : ""
                color: Theme.accent
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "detailTranscript"
                Layout.fillWidth: true
                visible: text !== ""
                text: detail.row && detail.row.transcript !== "" ? qsTr("Book shows: %1").arg(detail.row.transcript)
                                                                 : ""
                wrapMode: Text.Wrap
            }
            Label {
                Layout.topMargin: 6
                text: qsTr("Review history")
                font.bold: true
            }
            Label {
                objectName: "detailHistory"
                Layout.fillWidth: true
                text: detail.row && detail.row.history !== "" ? detail.row.history : qsTr("No decision yet.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Label {
                Layout.topMargin: 6
                visible: detailAmendments.visible
                text: qsTr("Earlier versions (newest first)")
                font.bold: true
            }
            Label {
                id: detailAmendments

                objectName: "detailAmendments"
                Layout.fillWidth: true
                visible: text !== ""
                text: detail.row ? detail.row.amendments : ""
                wrapMode: Text.Wrap
            }
        }
    }
    Label {
        anchors.centerIn: parent
        visible: detail.row === null
        text: qsTr("Nothing to show.")
        color: Theme.muted
    }
}
