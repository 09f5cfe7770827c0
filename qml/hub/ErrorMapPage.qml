// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The error map of the national database (ErrorMapBoard, issue 16): the correction rate of each field — alone, or by
// correction class, register type, register decade, district or commune — with the entries checked, its 95 % interval,
// and beside it the same as a bar and a whisker on one scale; under it the weakest cells (field × register type ×
// decade × commune, at least 30 checked, by the interval's lower bound). At a hub a first row chooses where about: the
// province, a district or a commune (a district account: its district or one of its communes); a commune's supervisor
// sees the site's own. Tab goes through the grouping, the order, the place, the table and the weakest cells (↑ ↓
// within each), Ctrl+1…Ctrl+6 choose a grouping, Ctrl+R puts the weakest rows first (or back by field), F5 reads the
// map again, Esc back to the board or the home page. Exports are doichieu-admin's (`findings map --output F.xlsx|.pdf`).
FocusScope {
    id: page

    objectName: "errorMapPage"

    readonly property bool atHome: CurrentSession.role === CurrentSession.Supervisor
    // The chart's scale: the largest upper bound of the rows shown, rounded up to 1, 2 or 5 × a power of ten.
    readonly property real tableScale: page.niceScale(map.rows.scaleMax)
    readonly property real weakestScale: page.niceScale(map.weakest.scaleMax)
    // The weakest cells' field and chart columns: their place ("Khai sinh · 1970–1979 · Thủ Dầu Một/Phú Cường") takes
    // the rest.
    readonly property real weakFieldWidth: page.width > 1200 ? 280 : 165
    readonly property real weakChartWidth: page.width > 1200 ? 200 : 80
    // The table's chart and group columns: narrower at 1024 px, so that a field's label stays whole.
    readonly property real tableChartWidth: page.width > 1200 ? 260 : 150
    readonly property real tableGroupWidth: page.width > 1200 ? 200 : 150
    readonly property bool grouped: map.grouping !== ErrorMapBoard.ByField

    function niceScale(value: real): real {
        if (value <= 0)
            return 0.01;
        const power = Math.pow(10, Math.floor(Math.log(value) / Math.LN10));
        for (const step of [1, 2, 5, 10]) {
            if (value <= step * power)
                return Math.min(1, step * power);
        }
        return 1;
    }
    function back(): void {
        Navigator.open(page.atHome ? Navigator.Home : Navigator.Board);
    }
    function chooseGrouping(index: int): void {
        const options = map.groupingOptions;
        if (index < options.length)
            map.grouping = options[index].value;
    }
    // The name of the grouping's column.
    function groupTitle(): string {
        switch (map.grouping) {
        case ErrorMapBoard.ByClass:
            return qsTr("Correction class");
        case ErrorMapBoard.ByRecordType:
            return qsTr("Register type");
        case ErrorMapBoard.ByDecade:
            return qsTr("Decade");
        case ErrorMapBoard.ByDistrict:
            return qsTr("District");
        case ErrorMapBoard.ByCommune:
            return qsTr("Commune");
        default:
            return "";
        }
    }

    ErrorMapBoard {
        id: map
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: 14
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            Label {
                objectName: "errorMapTitle"
                Layout.fillWidth: true
                text: qsTr("Error map of the national database")
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
            }
            KeyCap {
                text: "F5"
            }
            ActionButton {
                objectName: "errorMapRefresh"
                text: qsTr("Refresh")
                onClicked: map.reload()
            }
            KeyCap {
                text: "Esc"
            }
            ActionButton {
                objectName: "errorMapBack"
                text: page.atHome ? qsTr("Home") : qsTr("Province board")
                onClicked: page.back()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                text: qsTr("Rates")
            }
            ComboBox {
                id: groupingBox

                objectName: "errorMapGrouping"
                Layout.preferredWidth: 230
                textRole: "text"
                valueRole: "value"
                model: map.groupingOptions
                currentIndex: Math.max(0, indexOfValue(map.grouping))
                Accessible.name: qsTr("Rates grouped")
                KeyNavigation.tab: sortBox
                onActivated: map.grouping = currentValue
            }
            CheckBox {
                id: sortBox

                objectName: "errorMapWeakestFirst"
                text: qsTr("Weakest first")
                checked: map.weakestFirst
                Accessible.name: qsTr("Weakest first (Ctrl+R)")
                KeyNavigation.tab: (map.atHub ? levelBox : table) as Item
                onToggled: map.weakestFirst = checked
            }
            KeyCap {
                text: "Ctrl+R"
            }
            Label {
                visible: map.atHub
                text: qsTr("About")
            }
            ComboBox {
                id: levelBox

                objectName: "errorMapLevel"
                Layout.preferredWidth: 130
                visible: map.atHub
                textRole: "text"
                valueRole: "value"
                model: map.levelOptions
                currentIndex: Math.max(0, indexOfValue(map.level))
                Accessible.name: qsTr("Error map about")
                KeyNavigation.tab: (map.level === ErrorMapBoard.Province ? table : districtBox) as Item
                onActivated: map.level = currentValue
            }
            ComboBox {
                id: districtBox

                objectName: "errorMapDistrict"
                Layout.preferredWidth: 150
                visible: map.atHub && map.level !== ErrorMapBoard.Province
                model: map.districtOptions
                currentIndex: Math.max(0, model.indexOf(map.district))
                Accessible.name: qsTr("District")
                KeyNavigation.tab: (map.level === ErrorMapBoard.Commune ? communeBox : table) as Item
                onActivated: map.district = currentText
            }
            ComboBox {
                id: communeBox

                objectName: "errorMapCommune"
                Layout.preferredWidth: 170
                visible: map.atHub && map.level === ErrorMapBoard.Commune
                model: map.communeOptions
                currentIndex: Math.max(0, model.indexOf(map.commune))
                Accessible.name: qsTr("Commune")
                KeyNavigation.tab: table
                onActivated: map.commune = currentText
            }
            Item {
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "errorMapScope"
            Layout.fillWidth: true
            text: map.busy ? qsTr("Computing…") : map.scope
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            objectName: "errorMapOutcomes"
            Layout.fillWidth: true
            visible: !map.busy && text !== ""
            text: map.outcomes
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        MessagePanel {
            objectName: "errorMapMessage"
            Layout.fillWidth: true
            text: map.message
        }

        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 150
            padding: 0
            background: Rectangle {
                color: Theme.card
                border.color: table.activeFocus ? Theme.accent : Theme.border
                border.width: table.activeFocus ? 2 : 1
                radius: 6
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 2
                spacing: 0

                ErrorRateHeader {
                    Layout.fillWidth: true
                    groupTitle: page.groupTitle()
                    showsGroup: page.grouped
                    groupWidth: page.tableGroupWidth
                    chartWidth: page.tableChartWidth
                    chartScale: page.tableScale
                }
                ListView {
                    id: table

                    objectName: "errorMapTable"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    focus: true
                    activeFocusOnTab: true
                    model: map.rows
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    highlightMoveDuration: 0
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.Table
                    Accessible.name: qsTr("Correction rates")
                    KeyNavigation.tab: weakList
                    onCountChanged: chooseFirst.restart()
                    Keys.onPressed: event => {
                        if (event.key === Qt.Key_PageDown || event.key === Qt.Key_PageUp) {
                            const step = Math.max(1, Math.floor(table.height / 30) - 1);
                            const next = table.currentIndex + (event.key === Qt.Key_PageDown ? step : -step);
                            table.currentIndex = Math.max(0, Math.min(table.count - 1, next));
                            event.accepted = true;
                        }
                    }

                    delegate: ErrorRateRow {
                        width: table.width - 10
                        selected: ListView.isCurrentItem && table.activeFocus
                        chartScale: page.tableScale
                        showsGroup: page.grouped
                        groupWidth: page.tableGroupWidth
                        chartWidth: page.tableChartWidth
                    }

                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 24
                        visible: table.count === 0 && !map.busy && map.message === ""
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: qsTr("Nothing here has been compared field by field yet.")
                        color: Theme.muted
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Weakest cells: field × register type × decade × commune, at least %1 entries checked, by the "
                       + "interval's lower bound").arg(map.minimumChecked)
            font.bold: true
            elide: Text.ElideRight
        }
        Frame {
            Layout.fillWidth: true
            Layout.preferredHeight: 2 + 30 + 30 * 4 + 2
            padding: 0
            background: Rectangle {
                color: Theme.card
                border.color: weakList.activeFocus ? Theme.accent : Theme.border
                border.width: weakList.activeFocus ? 2 : 1
                radius: 6
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 2
                spacing: 0

                ErrorRateHeader {
                    Layout.fillWidth: true
                    groupTitle: qsTr("Where")
                    fieldWidth: page.weakFieldWidth
                    chartWidth: page.weakChartWidth
                    chartScale: page.weakestScale
                }
                ListView {
                    id: weakList

                    objectName: "errorMapWeakest"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    activeFocusOnTab: true
                    model: map.weakest
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    highlightMoveDuration: 0
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.Table
                    Accessible.name: qsTr("Weakest cells")
                    KeyNavigation.tab: groupingBox
                    onCountChanged: chooseFirst.restart()

                    delegate: ErrorRateRow {
                        width: weakList.width - 10
                        selected: ListView.isCurrentItem && weakList.activeFocus
                        chartScale: page.weakestScale
                        fieldWidth: page.weakFieldWidth
                        chartWidth: page.weakChartWidth
                    }

                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 24
                        visible: weakList.count === 0 && !map.busy && map.message === ""
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: qsTr("No cell with a correction has %1 entries checked yet.").arg(map.minimumChecked)
                        color: Theme.muted
                    }
                }
            }
        }
    }

    // New rows (another grouping or place) leave no row chosen: the first of each list is, once the views are filled
    // (setting it while a list fills cancels the delegates being made).
    Timer {
        id: chooseFirst

        interval: 0
        onTriggered: {
            table.currentIndex = table.count > 0 ? 0 : -1;
            weakList.currentIndex = weakList.count > 0 ? 0 : -1;
        }
    }
    Shortcut {
        sequence: "F5"
        onActivated: map.reload()
    }
    Shortcut {
        sequence: "Esc"
        onActivated: page.back()
    }
    Shortcut {
        sequence: "Ctrl+R"
        onActivated: map.weakestFirst = !map.weakestFirst
    }
    Repeater {
        model: 6

        Item {
            id: key

            required property int index

            Shortcut {
                sequence: "Ctrl+" + (key.index + 1)
                onActivated: page.chooseGrouping(key.index)
            }
        }
    }

    Component.onCompleted: table.forceActiveFocus()
}
