// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import DoiChieu
import DoiChieu.Models

// The outcome keys, as buttons that name them: F1 logs a match and moves on; F2 opens the field picker for a
// correction; F3 and F4 log at once; F5 asks for a transcript of what the book shows.
Flow {
    id: keys

    property bool enabledKeys: true
    signal triggered(int outcome)

    spacing: 8

    Repeater {
        model: [
            { outcome: LogForm.Match, name: "match", key: "F1", label: qsTr("Match") },
            { outcome: LogForm.Corrected, name: "corrected", key: "F2", label: qsTr("Corrected…") },
            { outcome: LogForm.MissingEnteredNew, name: "missing_entered_new", key: "F3",
                label: qsTr("Missing, entered new") },
            { outcome: LogForm.DuplicateInDatabase, name: "duplicate_in_database", key: "F4",
                label: qsTr("Duplicate") },
            { outcome: LogForm.Escalated, name: "escalated", key: "F5", label: qsTr("Cannot decide…") },
        ]

        delegate: WorkButton {
            required property var modelData

            objectName: "outcome_" + modelData.name
            text: modelData.label
            keyText: modelData.key
            enabled: keys.enabledKeys
            primary: modelData.outcome === LogForm.Match
            onClicked: keys.triggered(modelData.outcome)
        }
    }
}
