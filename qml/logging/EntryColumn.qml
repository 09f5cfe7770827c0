// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The left half of the logging screen: the book, an amendment under way, the warnings about the entry number, the
// entry's fields, the outcome keys, the corrections or the transcript, and the outcome of the last save.
ColumnLayout {
    id: column

    required property LogForm form
    property bool readOnly: false
    readonly property alias entry: entry
    readonly property alias corrections: corrections
    readonly property alias escalation: escalation
    readonly property alias amend: amend
    signal logRequested(int outcome)
    signal saveRequested()
    signal reasonDone()
    signal amendLoggedRequested()

    // Tab and Shift+Tab go round the draft's own fields and never leave it: the last entries are reached with F6
    // only, since Enter there — the key that saves here — would open an old entry over the one being typed. (Shortcuts,
    // not Keys: a focused field moves the focus on Tab itself, before its parents see the key.)
    function cycleFocus(forward: bool): void {
        let next = column.Window.activeFocusItem;
        for (let i = 0; i < 500 && next; ++i) {
            next = next.nextItemInFocusChain(forward);
            if (next && column.holds(next)) {
                next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason);
                return;
            }
        }
    }
    function holds(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === column)
                return true;
        }
        return false;
    }

    spacing: 10

    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        Label {
            objectName: "bookTitle"
            Layout.fillWidth: true
            text: column.form.bookTitle
            font.pixelSize: 18
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            objectName: "bookCounts"
            text: qsTr("%1 logged · next %2").arg(column.form.warnings.logged).arg(column.form.warnings.nextEntryNumber)
            color: Theme.muted
        }
        WorkButton {
            objectName: "changeBookButton"
            text: qsTr("Other book")
            keyText: "Ctrl+B"
            onClicked: Navigator.open(Navigator.Books)
        }
    }
    AmendBanner {
        id: amend

        Layout.fillWidth: true
        form: column.form
        onDone: column.reasonDone()
        onLeave: entry.focusDate()
    }
    NoticeBox {
        objectName: "draftNotice"
        Layout.fillWidth: true
        text: column.form.draftRestored ? qsTr("The unsaved draft was restored.") : ""
        actionText: qsTr("Discard it")
        actionKey: "Esc"
        onActionTriggered: column.form.discardDraft()
    }
    NoticeBox {
        objectName: "gapsNotice"
        Layout.fillWidth: true
        text: column.form.warnings.gapCount > 0
              ? qsTr("%n number(s) of this book skipped so far: %1", "", column.form.warnings.gapCount)
                    .arg(column.form.warnings.gapsText)
              : ""
    }
    // The warnings about the number being typed come and go with each digit: their place is kept (two lines with the
    // button — "entry 1 is logged already: …, a name" takes two at 1024 pixels —, more only when a warning needs it), so
    // the fields below stay where the eyes and the caret are.
    Item {
        objectName: "entryNoticeSlot"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(entryNotices.implicitHeight, alreadyLogged.implicitHeight,
                                         twoLines.implicitHeight + 14)

        Label {
            id: twoLines // the height of two lines of a notice's text (NoticeBox: 7 above and below)

            visible: false
            text: "X\nX"
        }

        ColumnLayout {
            id: entryNotices

            width: parent.width
            spacing: column.spacing

            NoticeBox {
                objectName: "skipNotice"
                Layout.fillWidth: true
                text: column.form.warnings.skipText
            }
            NoticeBox {
                id: alreadyLogged

                objectName: "alreadyLoggedNotice"
                Layout.fillWidth: true
                text: column.form.warnings.alreadyLoggedText
                actionText: qsTr("Amend it")
                actionKey: "Ctrl+E"
                onActionTriggered: column.amendLoggedRequested()
            }
        }
    }
    EntryFields {
        id: entry

        Layout.fillWidth: true
        form: column.form
        readOnly: column.readOnly
        onSaveRequested: column.saveRequested()
    }
    OutcomeKeys {
        Layout.fillWidth: true
        onTriggered: outcome => column.logRequested(outcome)
    }
    CorrectionList {
        id: corrections

        Layout.fillWidth: true
        form: column.form
        onSaveRequested: column.saveRequested()
    }
    EscalationBox {
        id: escalation

        Layout.fillWidth: true
        form: column.form
        onSaveRequested: column.saveRequested()
    }
    MessagePanel {
        objectName: "logMessage"
        Layout.fillWidth: true
        text: column.form.message
        details: column.form.messageDetails
    }
    Label {
        objectName: "confirmation"
        Layout.fillWidth: true
        visible: text !== "" && column.form.message === ""
        text: column.form.confirmation
        color: Theme.okText
        font.bold: true
        wrapMode: Text.Wrap
    }
    Item {
        Layout.fillHeight: true
    }

    Shortcut {
        sequence: "Tab"
        enabled: column.holds(column.Window.activeFocusItem) && !amend.ownsTab
        onActivated: column.cycleFocus(true)
    }
    Shortcut {
        sequences: ["Backtab", "Shift+Tab", "Shift+Backtab"]
        enabled: column.holds(column.Window.activeFocusItem)
        onActivated: column.cycleFocus(false)
    }
}
