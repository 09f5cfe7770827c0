// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu
import DoiChieu.Models
import DoiChieu.Test

// The pair's work session around the logging screen: swapping roles, pausing, the idle lock and unlocking with
// one member's password, signing out — keyboard only. The work session's events are read back from the site.
GuiTestCase {
    id: testCase

    name: "Work"

    function logMatch(date: string, name: string): void {
        typeText(date);
        keyClick(Qt.Key_Tab);
        typeText(name);
        keyClick(Qt.Key_F1);
        tryVerify(() => item("confirmation").text.startsWith("Đã lưu số"), asyncTimeout, "saved");
    }

    // The seconds of "Giờ làm H:MM:SS".
    function workedSeconds(): int {
        const parts = item("workTimeLabel").text.match(/Giờ làm (\d+):(\d\d):(\d\d)/);
        verify(parts !== null, item("workTimeLabel").text);
        return parseInt(parts[1]) * 3600 + parseInt(parts[2]) * 60 + parseInt(parts[3]);
    }

    function test_oneKeySwapsTheRoles(): void {
        const site = startLogging();
        compare(item("rolesLabel").text, "Đọc: Nguyễn Thị Lan · Đối chiếu: Lê Quang Minh");
        keyClick(Qt.Key_F9);
        tryCompare(item("rolesLabel"), "text", "Đọc: Lê Quang Minh · Đối chiếu: Nguyễn Thị Lan");
        verify(item("swapNotice").visible, "F9 says that it swapped the roles");
        compare(item("swapNotice").text, "Đã đổi vai: Lê Quang Minh đọc sổ.");
        verify(item("dateField").activeFocus, "the focus stays in the entry");
        logMatch("14/04/1998", "Lê Văn Tám");
        const stored = TestSites.storedChecks(site.databasePath)[0];
        compare(stored.reader, site.minhName, "the check names the reader of the moment");
        compare(stored.checker, site.lanName);
        compare(TestSites.workSessionEvents(site.databasePath), ["start", "swap"]);
    }

    // The texts on screen that hold `text`.
    function shownWith(text: string): var {
        return visibleTexts(shell).filter(shown => shown.indexOf(text) >= 0);
    }

    function test_pauseAndResume(): void {
        const site = startLogging();
        logMatch("13/04/1998", "Trần Thị Bé");
        typeText("14/04/1998");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        keyClick(Qt.Key_F8);
        tryVerify(() => item("pausedBadge").visible, asyncTimeout, "F8 pauses");
        compare(item("pausedBadge").text, "TẠM NGHỈ");
        verify(item("pausedCover").visible, "the entry is covered");
        compare(shownWith("Trần Thị Bé"), [], "the last entries are hidden: they name citizens");
        compare(shownWith("Lê Văn Tám"), [], "so is the entry being typed");
        verify(!item("recentList").visible);
        verify(visibleTexts(item("pauseButton")).indexOf("Làm tiếp") >= 0, "the button now resumes");
        keyClick(Qt.Key_F9);
        tryCompare(item("workMessage"), "text", "Phiên làm việc đang tạm dừng. Hãy tiếp tục phiên làm việc trước.",
                   asyncTimeout);
        compare(item("rolesLabel").text, "Đọc: Nguyễn Thị Lan · Đối chiếu: Lê Quang Minh", "no swap during a pause");
        const paused = workedSeconds();
        wait(1500);
        compare(workedSeconds(), paused, "a pause is not working time");
        keyClick(Qt.Key_F1);
        wait(100);
        compare(TestSites.storedChecks(site.databasePath).length, 1, "nothing is logged during a pause");
        typeText("x");
        compare(item("nameField").text, "Lê Văn Tám", "nothing can be typed into the entry either");

        keyClick(Qt.Key_F8);
        tryVerify(() => !item("pausedBadge").visible, asyncTimeout, "F8 resumes");
        verify(!item("workMessage").visible, "the message goes with the pause");
        verify(item("nameField").activeFocus, "the focus is where it was");
        compare(item("nameField").text, "Lê Văn Tám", "what was typed is there");
        keyClick(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã lưu số 2: Khớp.", asyncTimeout);
        compare(TestSites.workSessionEvents(site.databasePath), ["start", "pause", "resume"]);
    }

    function test_idleLockAndUnlock(): void {
        const site = startLogging();
        typeText("14/04/1998");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        WorkSession.idleSeconds = 1;
        tryVerify(() => WorkSession.locked, 5000, "the idle lock comes after the idle time");
        WorkSession.idleSeconds = 300;
        tryVerify(() => findChild(shell, "lockTitle") !== null, asyncTimeout, "the lock screen is shown");
        compare(item("lockTitle").text, "Máy đã khóa");
        verify(!CurrentSession.signedIn, "the database is closed and the key wiped");
        verify(!item("dateField").visible, "the entry is hidden");
        verify(item("unlockPasswordField").activeFocus);
        verify(item("lockMember0").checked, "the first member is chosen");
        compare(item("lockMember1").text, "Lê Quang Minh (minh)");
        keyClick(Qt.Key_F1);
        compare(TestSites.storedChecks(site.databasePath).length, 0, "no key does anything behind the lock");

        typeText("khong-dung");
        keyClick(Qt.Key_Return);
        tryCompare(item("unlockMessageText"), "text", "Sai mật khẩu.", asyncTimeout);
        verify(WorkSession.locked);
        keyClick(Qt.Key_Down);
        verify(item("lockMember1").checked, "↓ chooses the partner");
        verify(!item("unlockMessage").visible, "the wrong password was the other member's: the message goes");
        typeText(site.minhPassword);
        keyClick(Qt.Key_Return);
        tryVerify(() => !WorkSession.locked, asyncTimeout, "one member's password unlocks");
        verify(CurrentSession.signedIn);
        compare(CurrentSession.userName, site.minhName, "signed in again as the member who unlocked");
        compare(CurrentSession.partnerUserName, site.lanName, "with the other member of the pair");
        tryVerify(() => item("nameField").activeFocus, asyncTimeout, "the focus is back where it was");
        compare(item("dateField").text, "14/04/1998", "nothing typed was lost");
        compare(item("nameField").text, "Lê Văn Tám");
        verify(!WorkSession.paused, "the work resumes");
        keyClick(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Khớp.", asyncTimeout);
        compare(TestSites.workSessionEvents(site.databasePath), ["start", "pause", "resume"]);
    }

    // Back from the lock, the registration date (kept from the last entry) is selected again: typing replaces it.
    function test_afterUnlockingTheDateIsSelected(): void {
        const site = startLogging();
        logMatch("14/04/1998", "Lê Văn Tám");
        verify(item("dateField").activeFocus);
        keySequence("Ctrl+L");
        tryVerify(() => findChild(shell, "unlockPasswordField") !== null && item("unlockPasswordField").activeFocus,
                  asyncTimeout, "locked");
        typeText(site.lanPassword);
        keyClick(Qt.Key_Return);
        tryVerify(() => !WorkSession.locked, asyncTimeout, "unlocked");
        tryVerify(() => item("dateField").activeFocus, asyncTimeout, "the focus is back in the date");
        compare(item("dateField").selectedText, "14/04/1998", "the date is selected");
        typeText("15/04/1998");
        compare(item("dateField").text, "15/04/1998", "typing replaces it");
    }

    function test_ctrlLLocksAndTheLockScreenSignsOut(): void {
        const site = startLogging();
        keySequence("Ctrl+L");
        tryVerify(() => findChild(shell, "lockTitle") !== null, asyncTimeout, "Ctrl+L locks at once");
        tryVerify(() => item("unlockPasswordField").activeFocus, asyncTimeout);
        keyClick(Qt.Key_Tab);
        verify(item("unlockButton").activeFocus, "Tab reaches the button");
        const ring = item("focusRing");
        const button = item("unlockButton");
        tryVerify(() => {
            const r = ring.mapToItem(shell, 0, 0, ring.width, ring.height);
            const b = button.mapToItem(shell, 0, 0, button.width, button.height);
            return ring.visible && r.x < b.x && r.y < b.y && r.x + r.width > b.x + b.width
                && r.y + r.height > b.y + b.height;
        }, asyncTimeout, "a focus ring goes round the focused button");
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "back on the sign-in page");
        verify(!WorkSession.locked);
        compare(Navigator.page, Navigator.SignIn);
        compare(TestSites.workSessionEvents(site.databasePath), ["start", "pause"]);
    }

    function test_signOutEndsTheWorkSession(): void {
        const site = startLogging();
        logMatch("14/04/1998", "Lê Văn Tám");
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "back on the sign-in page");
        verify(!CurrentSession.signedIn);
        compare(TestSites.workSessionEvents(site.databasePath), ["start", "end"]);
        compare(TestSites.storedChecks(site.databasePath).length, 1, "what was logged stays");
    }

    function test_idleBeforeThePairIsFormedSignsOut(): void {
        const site = TestSites.pairSite();
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.lanName, site.lanPassword);
        tryVerify(() => findChild(shell, "partnerTitle") !== null, asyncTimeout);
        WorkSession.idleSeconds = 1;
        tryVerify(() => findChild(shell, "signInTitle") !== null, 5000, "nothing to resume: signed out");
        WorkSession.idleSeconds = 300;
        verify(!CurrentSession.signedIn);
    }

    function test_theLoggingScreenInEnglish(): void {
        startLogging();
        keySequence("Ctrl+Shift+L");
        tryCompare(item("rolesLabel"), "text", "Reading: Nguyễn Thị Lan · Checking: Lê Quang Minh");
        typeText("31/04/1998");
        compare(item("dateNote").text, "Registration date has a day that does not exist (e.g. 31/04, 29/02 in a common "
                + "year). Do not type an impossible date: escalate the entry to the supervisor.");
        verify(visibleTexts(item("outcome_match")).indexOf("Match") >= 0);
        compare(item("bookTitle").text, "Birth, book 01, 1998");
        keySequence("Ctrl+Shift+L");
        tryVerify(() => item("dateNote").text.startsWith("Ngày đăng ký có ngày không tồn tại"), asyncTimeout,
                  "the finding follows the language switch");
    }

    // An entry half typed (the date, then the name) on the logging screen.
    function typeHalfEntry(date: string, name: string): void {
        typeText(date);
        keyClick(Qt.Key_Tab);
        typeText(name);
    }

    // The pair signs in again and opens the first book.
    function openBookAgain(site: var): void {
        tryVerify(() => findChild(shell, "passwordField") !== null && item("passwordField").activeFocus,
                  asyncTimeout, "the sign-in page asks for the password of the user name remembered");
        keyClick(Qt.Key_Backtab);
        startPair(site);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "nameField") !== null, asyncTimeout, "the logging screen is back");
    }

    // Ctrl+Shift+Q with an entry half typed keeps it for the pair, in the site's database and nowhere in the settings;
    // the same pair gets it back on the same book, with a notice; saving that entry removes the draft.
    function test_signOutKeepsTheDraftForThePair(): void {
        const site = startLogging();
        typeHalfEntry("14/04/1998", "Trần Văn Khởi");
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "back on the sign-in page");
        compare(item("draftKeptNoticeText").text,
                "Mục đang nhập dở đã được giữ lại cho cặp: nó sẽ hiện lại khi chính hai người này mở lại sổ.");
        compare(TestSites.storedDrafts(site.databasePath), 1, "kept in the site's encrypted database");
        const remembered = TestSites.settingsText();
        verify(remembered.indexOf("Khởi") < 0 && remembered.indexOf("14/04/1998") < 0,
               "nothing of the draft in the settings: " + remembered);

        openBookAgain(site);
        verify(!item("draftKeptNotice").visible, "the sign-out notice went with the sign-in");
        compare(item("nameField").text, "Trần Văn Khởi", "the draft is back");
        compare(item("dateField").text, "14/04/1998");
        compare(item("entryNumberField").text, "1");
        compare(item("draftNoticeText").text, "Bản nháp chưa lưu đã được khôi phục.");
        keyClick(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Khớp.", asyncTimeout);
        verify(!item("draftNotice").visible, "saved: no draft any more");
        compare(TestSites.storedDrafts(site.databasePath), 0, "saving the entry removed its draft");
        compare(TestSites.storedChecks(site.databasePath)[0].subjectName, "Trần Văn Khởi");
    }

    // The idle lock keeps the draft in the database too, so that giving up the lock (Ctrl+Shift+Q) loses nothing; Esc
    // discards a restored draft; another book (Ctrl+B) keeps it as well.
    function test_theLockKeepsTheDraftAndEscDiscardsIt(): void {
        const site = startLogging();
        typeHalfEntry("14/04/1998", "Trần Văn Khởi");
        keySequence("Ctrl+L");
        tryVerify(() => findChild(shell, "lockTitle") !== null, asyncTimeout, "locked");
        compare(TestSites.storedDrafts(site.databasePath), 1, "the lock kept the draft");
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "the locked pair given up");
        verify(item("draftKeptNotice").visible);

        openBookAgain(site);
        compare(item("nameField").text, "Trần Văn Khởi", "the draft is back");
        keyClick(Qt.Key_Escape);
        tryCompare(item("nameField"), "text", "", asyncTimeout, "Esc discarded the draft");
        compare(item("dateField").text, "");
        verify(!item("draftNotice").visible);
        verify(item("dateField").activeFocus, "ready for the next entry");
        compare(TestSites.storedDrafts(site.databasePath), 0, "and removed it from the database");

        typeHalfEntry("15/04/1998", "Lê Văn Tám");
        keySequence("Ctrl+B");
        tryVerify(() => findChild(shell, "bookPicker") !== null, asyncTimeout, "the book picker");
        compare(TestSites.storedDrafts(site.databasePath), 1, "another book keeps the draft");
        keyClick(Qt.Key_Return);
        tryCompare(item("nameField"), "text", "Lê Văn Tám", asyncTimeout, "back to the book: the draft is back");
        verify(item("draftNotice").visible);
        typeText("x");
        verify(!item("draftNotice").visible, "the notice goes once the draft is touched");

        // Saved under another number than it was kept with, the draft is still what was saved: it does not come back,
        // and the next sign-out does not claim an entry was kept (the Ctrl+B above kept one).
        verify(item("dateField").activeFocus, "the \"x\" went over the restored date, selected as after a lock");
        keyClick(Qt.Key_Backspace);
        typeText("15/04/1998");
        keyClick(Qt.Key_Tab, Qt.ShiftModifier);
        verify(item("entryNumberField").activeFocus);
        keySequence(StandardKey.SelectAll);
        typeText("3");
        keyClick(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã lưu số 3: Khớp.", asyncTimeout);
        compare(TestSites.storedDrafts(site.databasePath), 0, "the restored draft went with its save");
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "signed out");
        verify(!item("draftKeptNotice").visible, "nothing was kept at this sign-out");
    }

    // Closing the window (Main.qml's onClosing) keeps the draft as a sign-out does: the window's shell and this test's
    // share the engine's session, so the logging screen here keeps what it holds.
    function test_closingTheWindowKeepsTheDraft(): void {
        const site = startLogging();
        typeHalfEntry("14/04/1998", "Trần Văn Khởi");
        const window = createTemporaryObject(mainWindow, testCase);
        verify(window !== null, "the program's window was made");
        window.close();
        tryVerify(() => !CurrentSession.signedIn, asyncTimeout, "closing the window signed out");
        compare(TestSites.storedDrafts(site.databasePath), 1, "the draft was kept");
        compare(TestSites.workSessionEvents(site.databasePath), ["start", "end"]);
        // The keys of the next tests go to this test's window again.
        testCase.Window.window.requestActivate();
        tryVerify(() => testCase.Window.active, asyncTimeout, "the test's window is active again");
    }

    Component {
        id: mainWindow

        Main {}
    }
}
