// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import DoiChieu
import DoiChieu.Models

// The figures of a training book's score (TrainingScore), as FigureBoxes that wrap at 1024 px. A figure that counts
// mistakes is in the warning colour when it is not 0.
Flow {
    id: figures

    required property TrainingScore score

    spacing: 8

    FigureBox {
        objectName: "scoreLogged"
        caption: qsTr("Entries logged")
        value: figures.score.logged + "/" + figures.score.entries
    }
    FigureBox {
        objectName: "scoreOutcomes"
        caption: qsTr("Outcomes right")
        value: figures.score.outcomesRight + "/" + figures.score.entries
    }
    FigureBox {
        objectName: "scoreCorrections"
        caption: qsTr("Corrections right")
        value: figures.score.correctionsRight + "/" + figures.score.correctionsExpected
    }
    FigureBox {
        objectName: "scoreWritingDifferences"
        caption: qsTr("Writing differences corrected")
        value: String(figures.score.writingDifferencesCorrected)
        valueColor: figures.score.writingDifferencesCorrected > 0 ? Theme.errorText : Theme.text
    }
    FigureBox {
        objectName: "scoreMissedCorrections"
        caption: qsTr("Missed corrections")
        value: String(figures.score.missedCorrections)
        valueColor: figures.score.missedCorrections > 0 ? Theme.errorText : Theme.text
    }
    FigureBox {
        objectName: "scoreEscalationsMissed"
        caption: qsTr("Escalations missed")
        value: String(figures.score.escalationsMissed)
        valueColor: figures.score.escalationsMissed > 0 ? Theme.errorText : Theme.text
    }
    FigureBox {
        objectName: "scoreEscalationsUnneeded"
        caption: qsTr("Escalations not needed")
        value: String(figures.score.escalationsUnneeded)
        valueColor: figures.score.escalationsUnneeded > 0 ? Theme.errorText : Theme.text
    }
    FigureBox {
        objectName: "scoreSeconds"
        caption: qsTr("Seconds per entry")
        value: figures.score.secondsPerEntry
    }
    FigureBox {
        objectName: "scoreKeys"
        caption: qsTr("Keys per entry")
        value: figures.score.keysPerEntry
    }
}
