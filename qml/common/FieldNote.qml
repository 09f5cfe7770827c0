// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls
import DoiChieu

// What checking a typed value found, beside its field: an error (saving will be refused) in red, a warning (saved
// with the entry) in amber. Hidden while there is nothing to say.
Label {
    property bool blocking: false

    visible: text !== ""
    wrapMode: Text.Wrap
    color: blocking ? Theme.errorText : Theme.warningText
    font.pixelSize: Theme.smallSize
    Accessible.role: Accessible.StaticText
}
