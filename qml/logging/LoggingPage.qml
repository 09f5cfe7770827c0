// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The logging screen of `book` (AppShell sets it, and `amendment`, from the Navigator), built for the checker's hands
// on the keyboard (the keys: LoggingKeys). Left: the entry — its number, date and name checked as typed, the outcome
// keys, corrections or a transcript, what went wrong or what was saved. Right: the session's last entries (or, while
// choosing a corrected field, the field picker), and above them on a training site the entry's two sides (book and
// national database), the keys counted and F7 the score (TrainingSidesPanel).
FocusScope {
    id: page

    required property ChosenBook book
    required property CheckToAmend amendment // a returned check to re-check as an amendment; null: none
    // Off while hidden under the lock screen: nothing here may act then.
    property bool active: true
    readonly property bool canLog: active && !WorkSession.paused
    property bool picking: false

    function logAs(outcome: int): void {
        if (!page.canLog)
            return;
        if (outcome === LogForm.Corrected) {
            page.picking = true;
            picker.open();
        } else if (outcome === LogForm.Escalated) {
            form.beginEscalation();
            page.escalation.focusTranscript();
        } else {
            form.logAs(outcome);
        }
    }
    function save(): void {
        if (page.canLog)
            form.save();
    }
    function pick(fieldKey: string): void {
        const row = form.addCorrection(fieldKey);
        page.picking = false;
        page.corrections.focusRow(row, false);
    }
    function closePicker(): void {
        page.picking = false;
        if (form.corrections.count > 0)
            page.corrections.focusRow(form.corrections.count - 1, false);
        else
            page.entry.focusName();
    }
    function focusProblem(): void {
        if (recent.voiding)
            return; // the reason for the void is still being asked
        const field = form.problemField;
        if (field === LogForm.EntryNumber)
            page.entry.focusEntryNumber();
        else if (field === LogForm.Date)
            page.entry.focusDate();
        else if (field === LogForm.Name)
            page.entry.focusName();
        else if (field === LogForm.Transcript)
            page.escalation.focusTranscript();
        else if (field === LogForm.Reason && form.amending)
            page.amend.focusReason();
        else if (field === LogForm.Correction)
            page.corrections.focusRow(form.problemRow, true);
    }
    // Esc: closes what is open, innermost first.
    function cancel(): void {
        if (page.picking) {
            page.closePicker();
        } else if (recent.voiding) {
            recent.cancelVoid();
        } else if (recent.hasFocus()) {
            page.entry.focusDate();
        } else if (form.draftRestored && !form.amending) {
            form.discardDraft(); // the notice offers it until the draft is touched
            page.entry.focusDate();
        } else if (form.outcome !== LogForm.None) {
            form.cancelOutcome();
            page.entry.focusName();
        } else if (form.amending) {
            form.cancelAmend();
            page.entry.focusDate();
        } else {
            form.clearMessage();
        }
    }
    function toggleRecent(): void {
        if (recent.hasFocus())
            page.entry.focusDate();
        else
            recent.focusList();
    }
    function amendLogged(): void {
        if (form.amendLogged())
            page.amend.focusReason();
    }

    LogForm {
        id: form

        book: page.book
        amendment: page.amendment
        onSaved: {
            page.picking = false;
            if (!recent.hasFocus())
                page.entry.focusDate();
        }
        onSaveFailed: page.focusProblem()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        WorkBar {
            Layout.fillWidth: true
            active: page.active
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            RowLayout {
                anchors.fill: parent
                anchors.margins: 16
                // A break hides both halves, as the lock does: the last entries name citizens. What was typed stays,
                // and so does the focus (the fields are read-only and hidden meanwhile).
                visible: !WorkSession.paused
                spacing: 16

                FocusFlickable {
                    objectName: "entryScroll"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 6

                    EntryColumn {
                        id: column

                        form: form
                        readOnly: !page.canLog
                        onLogRequested: outcome => page.logAs(outcome)
                        onSaveRequested: page.save()
                        // Enter in an amendment's reason: saves it when its corrections are loaded, as Enter in the
                        // fields does; otherwise on to the date (an escalation is seldom escalated again: its
                        // resolution asks for another outcome key).
                        onReasonDone: {
                            if (form.outcome === LogForm.Corrected)
                                page.save();
                            else
                                page.entry.focusDate();
                        }
                        onAmendLoggedRequested: page.amendLogged()
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 4
                    spacing: 10

                    // On a training site: the entry's two sides, the keys counted, F7 the score (qml/training).
                    TrainingSidesPanel {
                        id: sides

                        Layout.fillWidth: true
                        // Most of the column when the entry is long; the last entries keep the rest (F6).
                        Layout.preferredHeight: Math.min(sides.implicitHeight, page.height * 0.55)
                        visible: TrainingMode.training
                        form: form
                        counting: page.canLog
                    }
                    Item {
                        Layout.fillWidth: true
                        Layout.fillHeight: true

                        RecentList {
                            id: recent

                            anchors.fill: parent
                            visible: !page.picking
                            form: form
                            onAmendRequested: page.amend.focusReason()
                        }
                        FieldPicker {
                            id: picker

                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            visible: page.picking
                            fields: form.fields
                            onPicked: key => page.pick(key)
                            onClosed: page.closePicker()
                        }
                    }
                }
            }
            PausedCover {
                anchors.fill: parent
                visible: WorkSession.paused
            }
        }
    }

    // Short names for the parts of the entry column the page moves the focus to.
    readonly property EntryFields entry: column.entry
    readonly property CorrectionList corrections: column.corrections
    readonly property EscalationBox escalation: column.escalation
    readonly property AmendBanner amend: column.amend

    LoggingKeys {
        enabled: page.active
        picking: page.picking
        onLogRequested: outcome => page.logAs(outcome)
        onRecentToggled: page.toggleRecent()
        onAmendLoggedRequested: page.amendLogged()
        onBookChangeRequested: Navigator.open(Navigator.Books)
        onCancelled: page.cancel()
    }

    // A check returned by the supervisor, chosen on the book picker, opens as an amendment: the reason first.
    Component.onCompleted: {
        if (form.amending)
            page.amend.focusReason();
        else
            page.entry.focusDate();
    }
}
