// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick

// The keys of the logging screen (the work session's own — F8, F9, Ctrl+L, Ctrl+Shift+Q — are in WorkBar):
//   F1 / Ctrl+1  match: log and move on          F2 / Ctrl+2  corrected: pick a field (again for another one)
//   F3 / Ctrl+3  missing, entered new            F4 / Ctrl+4  duplicate in the database
//   F5 / Ctrl+5  cannot decide: type what you see
//   Enter        in a field: save the outcome being prepared, or go to the next field
//   Ctrl+E       amend the entry already logged under this number
//   F6           to the last entries and back (there: Enter amends, Delete voids)
//   Ctrl+B       another book                    Esc          close or cancel what is open
Item {
    id: keys

    property bool picking: false
    signal logRequested(string outcome)
    signal recentToggled()
    signal amendLoggedRequested()
    signal bookChangeRequested()
    signal cancelled()

    Shortcut {
        sequences: ["F1", "Ctrl+1"]
        enabled: keys.enabled && !keys.picking
        onActivated: keys.logRequested("match")
    }
    Shortcut {
        sequences: ["F2", "Ctrl+2"]
        enabled: keys.enabled && !keys.picking
        onActivated: keys.logRequested("corrected")
    }
    Shortcut {
        sequences: ["F3", "Ctrl+3"]
        enabled: keys.enabled && !keys.picking
        onActivated: keys.logRequested("missing_entered_new")
    }
    Shortcut {
        sequences: ["F4", "Ctrl+4"]
        enabled: keys.enabled && !keys.picking
        onActivated: keys.logRequested("duplicate_in_database")
    }
    Shortcut {
        sequences: ["F5", "Ctrl+5"]
        enabled: keys.enabled && !keys.picking
        onActivated: keys.logRequested("escalated")
    }
    Shortcut {
        sequence: "F6"
        enabled: keys.enabled && !keys.picking
        onActivated: keys.recentToggled()
    }
    Shortcut {
        sequence: "Ctrl+E"
        enabled: keys.enabled
        onActivated: keys.amendLoggedRequested()
    }
    Shortcut {
        sequence: "Ctrl+B"
        enabled: keys.enabled
        onActivated: keys.bookChangeRequested()
    }
    Shortcut {
        sequence: "Esc"
        enabled: keys.enabled
        onActivated: keys.cancelled()
    }
}
