// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Templates as T
import DoiChieu

// The focus ring of the whole window: a high-contrast outline (Theme.focusRing, with a light edge so that it shows on
// the dark top bar too) around whatever has the keyboard focus — a text field, a button, a combo box, a check box, or
// the chosen row of a list. The style's own sign, a 1-pixel colour change, could not be seen on buttons and combo
// boxes, and the pair works by keyboard. One item over the pages (AppShell) that follows Window.activeFocusItem,
// rather than one per control: every control of every page has it, and no page has to remember it. It follows its
// control as the page lays out and scrolls (it listens to the geometry of the control and of each item above it).
Rectangle {
    id: ring

    readonly property Item target: ring.targetOf(Window.activeFocusItem)
    property var watched: [] // the target and the items above it, whose moves move the ring

    // What the ring goes round for the item with the focus: a list's chosen row (or the list while it is empty), a
    // control or a text field; nothing for a page or a focus scope, which are not something one acts on.
    function targetOf(item: Item): Item {
        if (!item)
            return null;
        const list = item as ListView;
        if (list) // a list with the focus and nothing in it
            return list.currentItem ? list.currentItem : list;
        const owner = item.parent ? item.parent.parent as ListView : null;
        if (owner && owner.currentItem === item) // a list gives the focus to its current row
            return item;
        if (item as TextInput || item as TextEdit || item as T.Control)
            return item;
        return null;
    }
    function place(): void {
        const target = ring.target;
        if (!target || !ring.parent)
            return;
        const rect = target.mapToItem(ring.parent, 0, 0, target.width, target.height);
        const out = Theme.focusRingWidth + Theme.focusRingGap;
        ring.x = rect.x - out;
        ring.y = rect.y - out;
        ring.width = rect.width + 2 * out;
        ring.height = rect.height + 2 * out;
    }
    function unfollow(): void {
        for (const item of ring.watched) {
            if (!item)
                continue; // gone with its page
            item.xChanged.disconnect(ring.place);
            item.yChanged.disconnect(ring.place);
            item.widthChanged.disconnect(ring.place);
            item.heightChanged.disconnect(ring.place);
        }
        ring.watched = [];
    }
    function follow(): void {
        ring.unfollow();
        let watched = [];
        for (let item = ring.target; item && item !== ring.parent; item = item.parent) {
            item.xChanged.connect(ring.place);
            item.yChanged.connect(ring.place);
            item.widthChanged.connect(ring.place);
            item.heightChanged.connect(ring.place);
            watched.push(item);
        }
        ring.watched = watched;
        ring.place();
    }

    objectName: "focusRing"
    z: 1000
    visible: target !== null && target.visible && width > 0
    color: "transparent"
    border.width: Theme.focusRingWidth
    border.color: Theme.focusRing
    radius: 4

    onTargetChanged: ring.follow()
    Component.onDestruction: ring.unfollow()

    Rectangle {
        anchors.fill: parent
        anchors.margins: -1
        color: "transparent"
        border.width: 1
        border.color: Theme.focusRingEdge
        radius: 5
    }
}
