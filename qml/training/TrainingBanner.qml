// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import DoiChieu

// Shown on every page in training mode (TrainingMode.training): the site is a practice site with made-up books, not
// real work. Its colour is used nowhere else.
Rectangle {
    objectName: "trainingBanner"
    implicitHeight: label.implicitHeight + 14
    color: Theme.trainingBackground

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 2
        color: Theme.trainingBorder
    }
    Label {
        id: label

        objectName: "trainingBannerText"
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        wrapMode: Text.Wrap
        color: Theme.trainingText
        font.bold: true
        font.pixelSize: 16
        text: qsTr("TRAINING — not real data")
    }
}
