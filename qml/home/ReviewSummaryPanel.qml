// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The supervisor's day at a glance, on the home page before F2: how many entries wait for review and for how long
// the oldest has waited, then each open book's entries logged, corrected, waiting and returned (ReviewSummary: the
// numbers the review page shows, from the same service).
ColumnLayout {
    id: panel

    spacing: 2

    ReviewSummary {
        id: summary
    }

    Label {
        objectName: "homeQueueStats"
        Layout.fillWidth: true
        text: summary.message !== "" ? summary.message
              : summary.pendingTotal === 0 ? qsTr("Nothing waits for review.")
              : qsTr("%n entries wait for review (F2) · the oldest for %1", "", summary.pendingTotal)
                    .arg(summary.oldestWait)
        color: summary.message !== "" ? Theme.errorText
             : summary.pendingTotal === 0 ? Theme.okText : Theme.warningText
        font.bold: true
        wrapMode: Text.Wrap
    }
    Repeater {
        model: summary.books

        delegate: Label {
            required property int index
            required property var modelData

            objectName: "homeBookProgress" + index
            Layout.fillWidth: true
            text: qsTr("%1: %2 logged · %3 corrected · %4 waiting · %5 returned")
                      .arg(modelData.title).arg(modelData.logged).arg(modelData.corrected)
                      .arg(modelData.pending).arg(modelData.returned)
            color: Theme.muted
            elide: Text.ElideRight
        }
    }
}
