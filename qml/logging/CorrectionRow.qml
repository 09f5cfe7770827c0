// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One correction being typed: the database's value (before) and the register's (after), with the class core gives
// the difference as it is typed and what checking either value found. A writing difference (format, date precision,
// spacing or case, tone placement) needs no correction in the database and is marked so. Enter saves the entry (from
// "before" it first moves to an empty "after"); Ctrl+Delete removes the correction. A field with a list (sex and
// ethnicity, which take only a value of theirs; nationality, which offers its usual values) shows the values matching
// what is typed under "after": ↓ ↑ choose one and Enter takes it; for sex and ethnicity Enter also takes the first
// when what is typed is not a value of the list. The properties are CorrectionListModel's roles.
Rectangle {
    id: row

    required property int index
    required property string label
    required property string before
    required property string after
    required property bool classShown
    required property string className
    required property bool writingDifference
    required property string note
    required property bool noteBlocking
    required property list<string> choices
    required property bool closedSet
    // The value of `choices` chosen with ↓ ↑, -1 for none; typing starts again from none.
    property int choiceIndex: -1
    signal beforeEdited(string text)
    signal afterEdited(string text)
    signal saveRequested()
    signal removeRequested()

    function focusBefore(): void {
        beforeField.forceActiveFocus();
    }
    function focusAfter(): void {
        afterField.forceActiveFocus();
    }

    implicitHeight: layout.implicitHeight + 16
    radius: 4
    color: writingDifference && classShown ? Theme.page : Theme.card
    border.color: Theme.border

    GridLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 8
        columns: 3
        columnSpacing: 8
        rowSpacing: 4

        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: row.label
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            objectName: "correctionClass" + row.index
            Layout.alignment: Qt.AlignRight
            visible: row.classShown
            text: row.writingDifference ? qsTr("No correction needed · %1").arg(row.className) : row.className
            color: row.writingDifference ? Theme.okText : Theme.accent
            font.bold: true
            leftPadding: 6
            rightPadding: 6
            background: Rectangle {
                color: row.writingDifference ? Theme.okBackground : Theme.selection
                radius: 3
            }
        }
        Label {
            text: qsTr("Database")
            color: Theme.muted
        }
        TextField {
            id: beforeField

            objectName: "correctionBefore" + row.index
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: row.before
            placeholderText: qsTr("what the national database has")
            Accessible.name: qsTr("%1: value in the database").arg(row.label)
            onTextEdited: row.beforeEdited(text)
            onAccepted: {
                if (afterField.text.trim() === "")
                    afterField.forceActiveFocus();
                else
                    row.saveRequested();
            }
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Delete && (event.modifiers & Qt.ControlModifier)) {
                    row.removeRequested();
                    event.accepted = true;
                }
            }
        }
        Label {
            text: qsTr("Register")
            color: Theme.muted
        }
        TextField {
            id: afterField

            objectName: "correctionAfter" + row.index
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: row.after
            placeholderText: row.closedSet ? qsTr("what the book says: type, ↓ ↑ to choose from the list")
                                           : qsTr("what the book says")
            Accessible.name: qsTr("%1: value in the register").arg(row.label)
            onTextEdited: {
                row.choiceIndex = -1;
                row.afterEdited(text);
            }
            onAccepted: {
                // A value of the list chosen with the arrows, or — for a closed list — the one value matching what was
                // typed when that is no value of the list. Never a guess: "n" matches both Nam and Nữ, so Enter saves,
                // which is refused with the list's note, and ↓ ↑ choose. Otherwise the entry is saved.
                const unknown = row.closedSet && row.noteBlocking && text.trim() !== "";
                const pick = row.choiceIndex >= 0 ? row.choiceIndex : (unknown && row.choices.length === 1 ? 0 : -1);
                if (pick >= 0 && pick < row.choices.length) {
                    row.choiceIndex = -1;
                    row.afterEdited(row.choices[pick]);
                } else {
                    row.saveRequested();
                }
            }
            Keys.onDownPressed: row.choiceIndex = Math.min(row.choiceIndex + 1, row.choices.length - 1)
            Keys.onUpPressed: row.choiceIndex = Math.max(row.choiceIndex - 1, -1)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Delete && (event.modifiers & Qt.ControlModifier)) {
                    row.removeRequested();
                    event.accepted = true;
                }
            }
        }
        Item {
            implicitWidth: 1
            implicitHeight: 1
            visible: choiceBar.visible
        }
        Flow {
            id: choiceBar

            objectName: "correctionChoices" + row.index
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: afterField.activeFocus && row.choices.length > 0
            spacing: 4

            Repeater {
                model: row.choices

                delegate: Label {
                    id: choice

                    required property int index
                    required property string modelData
                    readonly property bool chosen: choice.index === row.choiceIndex

                    text: choice.modelData
                    font.bold: choice.chosen
                    leftPadding: 6
                    rightPadding: 6
                    topPadding: 2
                    bottomPadding: 2
                    background: Rectangle {
                        color: choice.chosen ? Theme.selection : Theme.page
                        border.color: Theme.border
                        radius: 3
                    }
                }
            }
        }
        Item {
            implicitWidth: 1
            implicitHeight: 1
            visible: row.note !== ""
        }
        FieldNote {
            objectName: "correctionNote" + row.index
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: row.note
            blocking: row.noteBlocking
        }
    }
}
