// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu

// Small wrapped lines under one of the last entries; hidden when empty.
Label {
    Layout.fillWidth: true
    visible: text !== ""
    wrapMode: Text.Wrap
    font.pixelSize: Theme.smallSize
}
