// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// The trainer's board's column headings, two lines at most, each as wide as the TrainerBoardRow figures under it.
RowLayout {
    id: heading

    // The columns' widths, the rows': TrainerBoardPage.widths.
    required property var widths

    spacing: 8

    component Heading: Label {
        Layout.preferredHeight: 2 * (Theme.smallSize + 4)
        verticalAlignment: Text.AlignBottom
        horizontalAlignment: Text.AlignRight
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }

    Heading {
        Layout.preferredWidth: heading.widths[0]
        text: qsTr("Pair")
        horizontalAlignment: Text.AlignLeft
    }
    Heading {
        Layout.preferredWidth: heading.widths[1]
        text: qsTr("Books")
    }
    Heading {
        Layout.preferredWidth: heading.widths[2]
        text: qsTr("Outcomes right")
    }
    Heading {
        Layout.preferredWidth: heading.widths[3]
        text: qsTr("Corrections right")
    }
    Heading {
        Layout.preferredWidth: heading.widths[4]
        text: qsTr("Writing diff. corrected")
    }
    Heading {
        Layout.preferredWidth: heading.widths[5]
        text: qsTr("Corrections missed")
    }
    Heading {
        Layout.preferredWidth: heading.widths[6]
        text: qsTr("Escalations missed")
    }
    Heading {
        Layout.preferredWidth: heading.widths[7]
        text: qsTr("Escalations not needed")
    }
    Heading {
        Layout.preferredWidth: heading.widths[8]
        text: qsTr("Seconds per entry")
    }
    Heading {
        Layout.preferredWidth: heading.widths[9]
        text: qsTr("Keys per entry")
    }
    Label {
        Layout.fillWidth: true
        Layout.preferredHeight: 2 * (Theme.smallSize + 4)
        verticalAlignment: Text.AlignBottom
        leftPadding: 8
        text: qsTr("Verdict")
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }
}
