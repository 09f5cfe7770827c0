// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtQuick.Controls

// A part of a page that scrolls when it is taller than its place and follows the keyboard: the control that gets the
// focus (Window.activeFocusItem) is scrolled into view, with room for its focus ring — at 1024×700 a second
// correction card is below the window's edge otherwise, and typed into unseen. It holds one item, `body`, laid out to
// the view's width and at least the view's height (so a Layout.fillHeight filler inside still takes the rest); the
// body's implicitHeight decides whether there is anything to scroll.
Flickable {
    id: view

    default property Item body
    // Room kept above and below the focused control (its focus ring is drawn outside it).
    property int revealMargin: 12
    readonly property Item focusedItem: Window.activeFocusItem

    // Scrolls the focused control into view when it is inside this view.
    function reveal(): void {
        const item = view.focusedItem;
        if (!item || !view.body || !view.holds(item))
            return;
        const rect = item.mapToItem(view.contentItem, 0, 0, item.width, item.height);
        const bottom = Math.max(0, view.contentHeight - view.height);
        let y = view.contentY;
        if (rect.y + rect.height + view.revealMargin > y + view.height)
            y = rect.y + rect.height + view.revealMargin - view.height;
        if (rect.y - view.revealMargin < y) // the top first, when the control is taller than the view
            y = rect.y - view.revealMargin;
        view.contentY = Math.min(Math.max(y, 0), bottom);
    }
    function holds(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === view.contentItem)
                return true;
        }
        return false;
    }

    contentWidth: width
    contentHeight: body ? Math.max(body.implicitHeight, height) : height
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    flickableDirection: Flickable.VerticalFlick
    ScrollBar.vertical: ScrollBar {}

    onBodyChanged: {
        if (body)
            body.parent = view.contentItem;
    }
    // A control that gets the focus in a part that has just been made (a correction card) is laid out a moment
    // later, which changes the content's height: reveal again then.
    onFocusedItemChanged: {
        view.reveal();
        revealLater.restart();
    }
    onContentHeightChanged: revealLater.restart()
    onHeightChanged: revealLater.restart()

    Timer {
        id: revealLater

        interval: 0
        onTriggered: view.reveal()
    }

    Binding {
        target: view.body
        when: view.body !== null
        property: "width"
        value: view.width
    }
    Binding {
        target: view.body
        when: view.body !== null
        property: "height"
        value: view.contentHeight
    }
}
