// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu
import DoiChieu.Models
import DoiChieu.Test

// The base of the GUI tests: a fresh AppShell (the program's window content) for every test function, driven
// with the keyboard only, and helpers that read what a user sees.
TestCase {
    id: testCase

    property AppShell shell: null
    readonly property int asyncTimeout: 10000
    // Non-character keys pressed through press(): what the checker's budget counts (typing is not counted).
    property int keyPresses: 0

    width: 1024
    height: 700
    visible: true // TestCase is invisible by default, and so would be everything in it (Tab skips those)
    when: windowShown

    function init(): void {
        Navigator.signOut();
        WorkSession.idleSeconds = 300;
        TestSites.resetSettings();
        Language.setCode("vi");
        SelectedSite.setDatabasePath("");
        shell = createTemporaryObject(shellComponent, testCase);
        verify(shell !== null, "the shell was created");
        shell.forceActiveFocus();
    }

    function cleanup(): void {
        Navigator.signOut();
        Language.setCode("vi");
    }

    // Selects a site made by TestSites, as the file dialog or --db would.
    function useSite(kind: string): var {
        const site = TestSites.site(kind);
        verify(site.databasePath !== undefined, "the test site '" + kind + "' was made");
        SelectedSite.setDatabasePath(site.databasePath);
        return site;
    }

    // The item with this objectName, waiting for it: a list's delegates appear a frame after its count changes.
    function item(objectName: string): var {
        tryVerify(() => findChild(shell, objectName) !== null, asyncTimeout, "found " + objectName);
        return findChild(shell, objectName);
    }

    // Types characters (not counted in keyPresses): Latin-1 with keyClick, Vietnamese letters through TestKeys.
    function typeText(text: string): void {
        for (let i = 0; i < text.length; ++i) {
            if (text.charCodeAt(i) < 0x80)
                keyClick(text[i]);
            else
                TestKeys.type(shell, text[i]);
        }
    }

    // A non-character key (Tab, Enter, F1, Ctrl+…), counted in keyPresses.
    function press(key: int, modifiers: int): void {
        keyClick(key, modifiers === undefined ? Qt.NoModifier : modifiers);
        ++keyPresses;
    }

    // Presses Tab until `target` has the keyboard focus.
    function tabTo(target: Item): void {
        for (let i = 0; i < 20 && !target.activeFocus; ++i)
            keyClick(Qt.Key_Tab);
        verify(target.activeFocus, "reached " + target.objectName + " with Tab");
    }

    // From the sign-in page: types the user name and the password and presses Enter.
    function signInWith(userName: string, password: string): void {
        verify(item("userNameField").activeFocus, "the focus is in the user name field");
        keySequence(StandardKey.SelectAll);
        typeText(userName);
        keyClick(Qt.Key_Tab);
        verify(item("passwordField").activeFocus, "Tab leads to the password field");
        typeText(password);
        keyClick(Qt.Key_Return);
    }

    // A volunteer signs in, then the partner, and the pair chooses who reads first with one key ("1": the first
    // one reads). Leaves the book picker on screen.
    function startPair(site: var): void {
        signInWith(site.lanName, site.lanPassword);
        tryVerify(() => findChild(shell, "partnerUserField") !== null && item("partnerUserField").activeFocus,
                  asyncTimeout, "the partner page asks for the second member");
        addPartner(site.minhName, site.minhPassword);
        tryVerify(() => findChild(shell, "rolesTitle") !== null, asyncTimeout, "the pair chooses the roles");
        keyClick(Qt.Key_1);
        tryVerify(() => findChild(shell, "bookPicker") !== null, asyncTimeout, "the book picker is shown");
    }

    // On the partner page: user name, Tab, password, Enter.
    function addPartner(userName: string, password: string): void {
        verify(item("partnerUserField").activeFocus, "the focus is in the partner's user name");
        keySequence(StandardKey.SelectAll);
        typeText(userName);
        keyClick(Qt.Key_Tab);
        verify(item("partnerPasswordField").activeFocus, "Tab leads to the partner's password");
        typeText(password);
        keyClick(Qt.Key_Return);
    }

    // A fresh pair site, the pair signed in, the first book (birth 01/1998) open for logging.
    function startLogging(): var {
        const site = TestSites.pairSite();
        verify(site.databasePath !== undefined, "the pair site was made");
        SelectedSite.setDatabasePath(site.databasePath);
        startPair(site);
        tryCompare(item("bookPicker"), "count", 2);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "dateField") !== null && item("dateField").activeFocus, asyncTimeout,
                  "the logging screen is shown with the focus in the registration date");
        return site;
    }

    // Every visible text under `root` (labels, buttons, fields), to check what is on screen.
    function visibleTexts(root: Item): var {
        let texts = [];
        if (!root || !root.visible)
            return texts;
        if (root.text !== undefined && typeof root.text === "string" && root.text !== "")
            texts.push(root.text);
        const children = root.children;
        for (let i = 0; i < children.length; ++i)
            texts = texts.concat(visibleTexts(children[i]));
        return texts;
    }

    function showsText(text: string): bool {
        return visibleTexts(shell).indexOf(text) >= 0;
    }

    Component {
        id: shellComponent

        AppShell {
            anchors.fill: parent
        }
    }
}
