// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The reports (ReportView): which report and period, shown as its tables with a chart where one helps (entries per
// day against the target; the share of each correction class), and exported to CSV, XLSX, PDF or JSON. Tab moves
// through the controls; Enter in a date or F5 shows the report, Ctrl+S exports, Ctrl+O chooses the file, Esc home.
// The file is named for the report and period chosen; its extension and the format follow each other; a file that
// exists is replaced only after asking (Enter replaces it, Esc keeps it). At the province hub (from the board, F4) a
// first row chooses where the report is about — the province, a district or a commune — by keyboard (Tab between the
// boxes, ↑ ↓ within one); the file's name says the place too, and Esc goes back to the board.
FocusScope {
    id: page

    objectName: "reportsPage"


    ReportView {
        id: view
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    // At 1024×700 the report's choices above its body can be taller than the window: the page scrolls, and follows the focus.
    FocusFlickable {
        anchors.fill: parent
        anchors.margins: Theme.margin
        body: pageColumn
    }
    ColumnLayout {
        id: pageColumn

        spacing: 10

        Label {
            objectName: "reportsTitle"
            text: qsTr("Reports")
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        RowLayout {
            objectName: "reportScopeRow"
            Layout.fillWidth: true
            spacing: 8
            visible: view.atHub

            Label {
                text: qsTr("About")
            }
            ComboBox {
                id: scopeBox

                objectName: "reportScope"
                Layout.preferredWidth: 150
                textRole: "text"
                valueRole: "value"
                model: view.scopeLevelOptions
                currentIndex: Math.max(0, indexOfValue(view.scopeLevel))
                Accessible.name: qsTr("Report about")
                onActivated: {
                    view.scopeLevel = currentValue;
                    view.generate();
                }
            }
            ComboBox {
                id: districtBox

                objectName: "reportDistrict"
                Layout.preferredWidth: 180
                visible: view.scopeLevel !== "province"
                model: view.districtOptions
                currentIndex: Math.max(0, model.indexOf(view.scopeDistrict))
                Accessible.name: qsTr("District")
                onActivated: {
                    view.scopeDistrict = currentText;
                    view.generate();
                }
            }
            ComboBox {
                id: communeBox

                objectName: "reportCommune"
                Layout.preferredWidth: 200
                visible: view.scopeLevel === "commune"
                model: view.communeOptions
                currentIndex: Math.max(0, model.indexOf(view.scopeCommune))
                Accessible.name: qsTr("Commune")
                onActivated: {
                    view.scopeCommune = currentText;
                    view.generate();
                }
            }
            Item {
                Layout.fillWidth: true
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            ComboBox {
                id: kindBox

                objectName: "reportKind"
                Layout.preferredWidth: 280
                focus: true
                textRole: "text"
                valueRole: "value"
                model: view.kindOptions
                currentIndex: Math.max(0, indexOfValue(view.kind))
                Accessible.name: qsTr("Report")
                onActivated: {
                    view.kind = currentValue;
                    view.generate();
                }
            }
            Label {
                text: qsTr("from")
            }
            TextField {
                objectName: "reportFrom"
                Layout.preferredWidth: 110
                text: view.fromText
                placeholderText: qsTr("dd/mm/yyyy")
                Accessible.name: qsTr("From")
                onTextEdited: view.fromText = text
                onAccepted: view.generate()
            }
            Label {
                text: qsTr("to")
            }
            TextField {
                objectName: "reportTo"
                Layout.preferredWidth: 110
                text: view.toText
                placeholderText: qsTr("dd/mm/yyyy")
                Accessible.name: qsTr("To")
                onTextEdited: view.toText = text
                onAccepted: view.generate()
            }
            CheckBox {
                objectName: "reportDeidentified"
                text: qsTr("De-identified (initials, volunteers as codes)")
                checked: view.deidentified
                enabled: view.namesAllowed // a district account at the hub: initials and codes only
                visible: view.kind === "volunteers" || view.kind === "spot-checks"
                onToggled: view.deidentified = checked
            }
            ActionButton {
                objectName: "showReportButton"
                primary: true
                text: qsTr("Show (F5)")
                onClicked: view.generate()
            }
            Item {
                Layout.fillWidth: true
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                text: qsTr("Export to")
            }
            TextField {
                id: pathField

                objectName: "exportPath"
                Layout.fillWidth: true
                Layout.preferredWidth: 240 // not the path's length: a long name must not push the page wider
                text: view.exportPath
                placeholderText: qsTr("the file to write, e.g. tien-do-thang-12.xlsx (Ctrl+O chooses)")
                Accessible.name: qsTr("File to export to")
                onTextEdited: view.exportPath = text
                onAccepted: view.exportReport()
            }
            ComboBox {
                objectName: "exportFormat"
                Layout.preferredWidth: 100
                model: ["xlsx", "pdf", "csv", "json"]
                currentIndex: Math.max(0, model.indexOf(view.formatKey))
                displayText: currentText.toUpperCase()
                Accessible.name: qsTr("Format")
                onActivated: {
                    const key = currentText; // before the path changes and the index binding runs again
                    view.formatKey = key;
                    view.exportPath = view.pathWithFormat(view.exportPath, key);
                }
            }
            ActionButton {
                text: qsTr("Choose… (Ctrl+O)")
                onClicked: dialog.open()
            }
            ActionButton {
                objectName: "exportButton"
                text: qsTr("Export (Ctrl+S)")
                onClicked: view.exportReport()
            }
        }
        Rectangle {
            id: overwriteBox

            objectName: "overwriteQuestion"
            Layout.fillWidth: true
            visible: view.overwriteQuestion !== ""
            implicitHeight: overwriteRow.implicitHeight + 20
            color: Theme.warningBackground
            border.color: Theme.warningBorder
            radius: 4
            Accessible.role: Accessible.AlertMessage
            Accessible.name: view.overwriteQuestion
            function answer(replace: bool): void {
                if (replace)
                    view.confirmOverwrite();
                else
                    view.cancelOverwrite();
                pathField.forceActiveFocus(); // back where the file is named
            }

            Keys.onReturnPressed: overwriteBox.answer(true)
            Keys.onEnterPressed: overwriteBox.answer(true)
            onVisibleChanged: {
                if (visible)
                    overwriteBox.forceActiveFocus();
            }

            RowLayout {
                id: overwriteRow

                anchors.fill: parent
                anchors.margins: 10
                spacing: 8

                Label {
                    objectName: "overwriteQuestionText"
                    Layout.fillWidth: true
                    text: view.overwriteQuestion
                    wrapMode: Text.Wrap
                    color: Theme.warningText
                }
                ActionButton {
                    objectName: "overwriteButton"
                    primary: true
                    text: qsTr("Replace (Enter)")
                    onClicked: overwriteBox.answer(true)
                }
                ActionButton {
                    text: qsTr("Keep it (Esc)")
                    onClicked: overwriteBox.answer(false)
                }
            }
        }
        MessagePanel {
            objectName: "reportMessage"
            Layout.fillWidth: true
            text: view.message
        }
        Label {
            objectName: "reportConfirmation"
            Layout.fillWidth: true
            visible: text !== ""
            text: view.confirmation
            color: Theme.okText
            font.bold: true
            wrapMode: Text.Wrap
        }
        ReportBody {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 260 // kept: the page scrolls rather than squeeze it
            view: view
        }
    }

    FileDialog {
        id: dialog

        title: qsTr("Export the report to")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Excel (*.xlsx)"), qsTr("PDF (*.pdf)"), qsTr("CSV (*.csv)"), qsTr("JSON (*.json)")]
        onAccepted: view.chooseFile(selectedFile)
    }
    Shortcut {
        sequence: "F5"
        onActivated: view.generate()
    }
    Shortcut {
        sequence: "Ctrl+S"
        onActivated: view.exportReport()
    }
    Shortcut {
        sequence: "Ctrl+O"
        onActivated: dialog.open()
    }
    Shortcut {
        sequence: "Esc"
        onActivated: {
            if (view.overwriteQuestion !== "") {
                overwriteBox.answer(false); // the file stays; Esc again goes home
            } else {
                Navigator.open(view.atHub ? Navigator.Board : Navigator.Home);
            }
        }
    }

    Component.onCompleted: {
        if (view.atHub)
            scopeBox.forceActiveFocus();
        else
            kindBox.forceActiveFocus();
        view.generate();
    }
}
