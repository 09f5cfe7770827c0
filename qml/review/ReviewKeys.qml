// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import DoiChieu

// The keys of the review queue, shown under it. In the list: J or ↓ next, K or ↑ previous, A approve, R return to the
// pair, F flag for the district, U undo a decision, S resolve an escalation; Ctrl+F the filter; Esc home.
Flow {
    id: keys

    property bool escalated: false

    spacing: 14

    component Hint: Row {
        id: hint

        required property string key
        required property string action

        spacing: 5

        KeyCap {
            text: hint.key
        }
        Label {
            text: hint.action
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    Hint {
        key: "J ↓"
        action: qsTr("next")
    }
    Hint {
        key: "K ↑"
        action: qsTr("previous")
    }
    Hint {
        key: "A"
        action: qsTr("approve")
    }
    Hint {
        key: "R"
        action: qsTr("return to the pair")
    }
    Hint {
        key: "F"
        action: qsTr("flag for the district")
    }
    Hint {
        key: "U"
        action: qsTr("undo a decision")
    }
    Hint {
        key: "S"
        action: qsTr("resolve an escalation")
        opacity: keys.escalated ? 1 : 0.5
    }
    Hint {
        key: "Ctrl+F"
        action: qsTr("filter")
    }
    Hint {
        key: "Esc"
        action: qsTr("home")
    }
}
