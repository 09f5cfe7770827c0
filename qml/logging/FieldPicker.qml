// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// Which field is corrected: the fields of the book's record type, the subject's name first (the logging screen's, and
// the spot-check screen's for a miss). Typing narrows the list
// (tone marks and case do not matter), ↑ ↓ move, Enter picks, Esc closes.
Frame {
    id: picker

    required property SchemaFieldModel fields
    signal picked(string fieldKey)
    signal closed()

    function open(): void {
        filterField.clear();
        picker.fields.filter = "";
        list.currentIndex = 0;
        filterField.forceActiveFocus();
    }

    padding: 10
    background: Rectangle {
        color: Theme.card
        border.color: Theme.accent
        border.width: 2
        radius: 4
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            text: qsTr("Which field does the database have wrong? Type to narrow, Enter picks, Esc closes.")
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        TextField {
            id: filterField

            objectName: "fieldFilter"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. tên, ngày sinh, cha")
            Accessible.name: qsTr("Filter the fields")
            onTextEdited: {
                picker.fields.filter = text;
                list.currentIndex = 0;
            }
            onAccepted: {
                const key = picker.fields.keyAt(list.currentIndex);
                if (key !== "")
                    picker.picked(key);
            }
            Keys.onUpPressed: list.decrementCurrentIndex()
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onEscapePressed: picker.closed()
        }
        ListView {
            id: list

            objectName: "fieldList"
            Layout.fillWidth: true
            Layout.preferredHeight: 200
            clip: true
            // No delegates made ahead in the background: the filter changes the rows as they are typed, and Qt 6.4
            // warns about background delegates of rows that went away meanwhile.
            cacheBuffer: 0
            model: picker.fields
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: row

                required property int index
                required property string label
                required property string fieldKey

                width: list.width
                implicitHeight: text.implicitHeight + 8
                color: ListView.isCurrentItem ? Theme.selection : "transparent"

                Label {
                    id: text

                    anchors.verticalCenter: parent.verticalCenter
                    x: 8
                    width: parent.width - 16
                    text: row.label
                    elide: Text.ElideRight
                    font.bold: row.ListView.isCurrentItem
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: picker.picked(row.fieldKey)
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No field matches.")
                color: Theme.muted
            }
        }
    }
}
