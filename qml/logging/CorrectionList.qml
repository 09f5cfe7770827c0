// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The corrections of the entry being logged (LogForm.corrections), with how many are real errors in the database
// and how many need no correction. F2 adds another one.
ColumnLayout {
    id: list

    required property LogForm form
    signal saveRequested()

    function focusRow(row: int, after: bool): void {
        const item = repeater.itemAt(row) as CorrectionRow;
        if (!item)
            return;
        if (after)
            item.focusAfter();
        else
            item.focusBefore();
    }

    visible: form.corrections.count > 0
    spacing: 6

    Label {
        objectName: "correctionSummary"
        Layout.fillWidth: true
        text: qsTr("Corrections: %1 · no correction needed: %2 · F2 adds a field, Enter saves")
                  .arg(list.form.corrections.realCount).arg(list.form.corrections.writingCount)
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Repeater {
        id: repeater

        model: list.form.corrections

        delegate: CorrectionRow {
            Layout.fillWidth: true
            onBeforeEdited: text => list.form.corrections.setBefore(index, text)
            onAfterEdited: text => list.form.corrections.setAfter(index, text)
            onSaveRequested: list.saveRequested()
            onRemoveRequested: list.form.removeCorrection(index)
        }
    }
}
