// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// A decision that needs words: the reason of a return, a flag or an undo (the pair or the district reads it), or the
// decision and note that resolve an escalation. Enter confirms (in the resolve form, Enter in the decision goes on to
// the note), Esc cancels. Whether the words are enough is the review service's call.
Rectangle {
    id: box

    property string decisionKey: ""
    property int entryNumber: 0
    readonly property bool resolving: decisionKey === "resolve"
    signal confirmed(string reason, string note)
    signal cancelled()

    function start(key: string, entry: int): void {
        box.decisionKey = key;
        box.entryNumber = entry;
        reasonField.clear();
        noteField.clear();
        reasonField.forceActiveFocus();
    }
    function stop(): void {
        box.decisionKey = "";
    }

    visible: decisionKey !== ""
    implicitHeight: layout.implicitHeight + 20
    color: Theme.warningBackground
    border.color: Theme.warningBorder
    radius: 4

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        Label {
            objectName: "decisionTitle"
            Layout.fillWidth: true
            text: {
                switch (box.decisionKey) {
                case "return":
                    return qsTr("Return entry %1 to the pair: why? They read it at their next sign-in.").arg(box.entryNumber);
                case "flag":
                    return qsTr("Flag entry %1 for the district: why?").arg(box.entryNumber);
                case "unapprove":
                    return qsTr("Undo the decision on entry %1: why?").arg(box.entryNumber);
                case "resolve":
                    return qsTr("Resolve escalated entry %1: your decision, and a note for the pair.").arg(box.entryNumber);
                default:
                    return "";
                }
            }
            font.bold: true
            color: Theme.warningText
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                Layout.preferredWidth: 90
                text: box.resolving ? qsTr("Decision") : qsTr("Reason")
                font.bold: true
            }
            TextField {
                id: reasonField

                objectName: "decisionReason"
                Layout.fillWidth: true
                placeholderText: box.resolving ? qsTr("what the book says, what to log (required)")
                                               : qsTr("reason (required)")
                Accessible.name: box.resolving ? qsTr("Decision") : qsTr("Reason")
                onAccepted: {
                    if (box.resolving)
                        noteField.forceActiveFocus();
                    else
                        box.confirmed(text, "");
                }
                Keys.onEscapePressed: box.cancelled()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: box.resolving
            spacing: 8

            Label {
                Layout.preferredWidth: 90
                text: qsTr("Note")
                font.bold: true
            }
            TextField {
                id: noteField

                objectName: "decisionNote"
                Layout.fillWidth: true
                placeholderText: qsTr("for the pair (optional)")
                Accessible.name: qsTr("Note")
                onAccepted: box.confirmed(reasonField.text, text)
                Keys.onEscapePressed: box.cancelled()
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Enter confirms · Esc cancels")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
    }
}
