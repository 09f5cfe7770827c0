// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import DoiChieu.Models

// The keys of the logging screen (the work session's — F8, F9, Ctrl+L — are WorkBar's; Ctrl+Shift+Q is AppShell's):
//   F1 / Ctrl+1  match: log and move on          F2 / Ctrl+2  corrected: pick a field (again for another one)
//   F3 / Ctrl+3  missing, entered new            F4 / Ctrl+4  duplicate in the database
//   F5 / Ctrl+5  cannot decide: type what you see
//   Enter        in a field: save the outcome being prepared, or go to the next field
//   Ctrl+E       amend the entry already logged under this number
//   F6           to the last entries and back (there: Enter amends, Delete voids)
//   Ctrl+B       another book                    Esc          close or cancel what is open
// On a training site TrainingSidesPanel adds F7 (the book's score) and Page Up / Page Down (scroll the entry's sides).
Item {
    id: keys

    property bool picking: false
    signal logRequested(int outcome)
    signal recentToggled()
    signal amendLoggedRequested()
    signal bookChangeRequested()
    signal cancelled()

    Shortcut {
        sequences: ["F1", "Ctrl+1"]
        enabled: keys.enabled && !keys.picking
        onActivated: keys.logRequested(LogForm.Match)
    }
    Shortcut {
        sequences: ["F2", "Ctrl+2"]
        enabled: keys.enabled && !keys.picking
        onActivated: keys.logRequested(LogForm.Corrected)
    }
    Shortcut {
        sequences: ["F3", "Ctrl+3"]
        enabled: keys.enabled && !keys.picking
        onActivated: keys.logRequested(LogForm.MissingEnteredNew)
    }
    Shortcut {
        sequences: ["F4", "Ctrl+4"]
        enabled: keys.enabled && !keys.picking
        onActivated: keys.logRequested(LogForm.DuplicateInDatabase)
    }
    Shortcut {
        sequences: ["F5", "Ctrl+5"]
        enabled: keys.enabled && !keys.picking
        onActivated: keys.logRequested(LogForm.Escalated)
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
