// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma Singleton

import QtQuick

// Colours and sizes shared by the views. Text colours keep a contrast of at least 4.5:1 (WCAG AA) on their
// backgrounds.
QtObject {
    readonly property int spacing: 12
    readonly property int margin: 24
    readonly property int formWidth: 460
    readonly property int titleSize: 22
    readonly property int smallSize: 12

    readonly property color page: "#f2f4f7"
    readonly property color card: "#ffffff"
    readonly property color border: "#cfd6df"
    readonly property color text: "#1f2933"
    readonly property color muted: "#52606d"
    readonly property color accent: "#1d4f91"

    readonly property color headerBackground: "#183a63"
    readonly property color headerText: "#ffffff"
    readonly property color headerMuted: "#c9d6e6"

    readonly property color demoBackground: "#fff1d6"
    readonly property color demoBorder: "#e0a83c"
    readonly property color demoText: "#6b3d00"
    readonly property color demoBadge: "#c2410c"

    // The training banner (issue 18): a colour used for nothing but a training site's own parts (the banner, the
    // training accounts' card, the entry's two sides), so a training site is never taken for real work. White on
    // #4c1d95 is 10.4:1, and #4c1d95 on #f3efff about 9:1.
    readonly property color trainingBackground: "#4c1d95"
    readonly property color trainingText: "#ffffff"
    readonly property color trainingBorder: "#a78bfa"
    readonly property color trainingTint: "#f3efff" // the entry's two sides on the logging screen

    readonly property color errorBackground: "#fdecec"
    readonly property color errorBorder: "#e5a4a4"
    readonly property color errorText: "#8f1d1d"
    readonly property color warningText: "#8a4b00"
    readonly property color warningBackground: "#fff6e5"
    readonly property color warningBorder: "#e8c07a"

    readonly property color okBackground: "#e3f3e8"
    readonly property color okText: "#1e6b3a"
    readonly property color selection: "#dbe7f6"
    readonly property color keyCap: "#e6ebf2"
    // The focus ring (FocusRing): 3 px, at least 3:1 against the page, the cards and the fields (WCAG 2.2, 1.4.11 and
    // 2.4.13; #0a58ca is 6.4:1 on white, 5.8:1 on the page), with a 1 px light edge that keeps it visible on the dark top bar.
    readonly property color focusRing: "#0a58ca"
    readonly property color focusRingEdge: "#ffffff"
    readonly property int focusRingWidth: 3
    readonly property int focusRingGap: 1

    readonly property color openBadge: "#e3f3e8"
    readonly property color openText: "#1e6b3a"
    readonly property color closedBadge: "#eceff3"
    readonly property color closedText: "#4a5563"
}
