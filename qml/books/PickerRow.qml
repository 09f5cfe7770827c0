// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// One open book on the picker: its title and range, and how far the checking got. The properties are the roles of
// BookPickerModel.
Rectangle {
    id: row

    required property int index
    required property string title
    required property string entryRange
    required property string commune
    required property int logged
    required property int lastEntry
    property bool selected: false
    signal chosen()

    implicitHeight: layout.implicitHeight + 20
    color: selected ? Theme.selection : Theme.card

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.leftMargin: 14
        anchors.rightMargin: 14
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: row.title
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.entryRange !== "" ? qsTr("Entries %1 · %2").arg(row.entryRange).arg(row.commune)
                                            : qsTr("Entry range not recorded · %1").arg(row.commune)
                color: Theme.muted
                elide: Text.ElideRight
            }
        }
        Label {
            objectName: "bookProgress"
            text: row.lastEntry > 0 ? qsTr("%1 logged · last entry %2").arg(row.logged).arg(row.lastEntry)
                                    : qsTr("nothing logged yet")
            color: row.lastEntry > 0 ? Theme.text : Theme.muted
        }
    }
    MouseArea {
        anchors.fill: parent
        onClicked: row.chosen()
    }
}
