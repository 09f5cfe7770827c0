// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The loop back to the pair: what the supervisor returned (with the reason) and resolved (with the decision and
// note) is on the pair's book picker at their next sign-in, each kind counted apart; re-checking a returned entry
// shows the supervisor's words on the logging screen and is an amendment that supersedes the returned row and goes
// back into the queue, where the supervisor sees the version it replaced — keyboard only, read back through the
// services.
GuiTestCase {
    name: "Returned"

    // The supervisor returns entry 2 and resolves the escalated entry 4, then signs out.
    function superviseAndSignOut(): var {
        const site = TestSites.pairSite();
        verify(TestSites.seedChecks(site.databasePath), "the pair's checks were logged");
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the home page is shown");
        keyClick(Qt.Key_F2);
        tryVerify(() => findChild(shell, "reviewList") !== null && item("reviewList").activeFocus, asyncTimeout);
        keyClick(Qt.Key_R);
        typeText("CSDL vẫn ghi sai tên, kiểm tra lại");
        keyClick(Qt.Key_Return);
        tryCompare(item("reviewConfirmation"), "text", "Số 2 (Khai sinh, quyển 01, 1998): Đã trả lại nhóm.");
        keyClick(Qt.Key_J);
        keyClick(Qt.Key_S);
        typeText("Nguyễn Văn Ba");
        keyClick(Qt.Key_Return);
        typeText("ghi là đã sửa");
        keyClick(Qt.Key_Return);
        tryCompare(item("reviewConfirmation"), "text", "Số 4 (Khai sinh, quyển 01, 1998): Đã giải quyết.");
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "passwordField") !== null && item("passwordField").activeFocus, asyncTimeout,
                  "signed out; the sign-in page remembers the user name");
        keyClick(Qt.Key_Tab, Qt.ShiftModifier);
        return site;
    }

    function test_thePairSeesWhatCameBackAndRechecksIt(): void {
        const site = superviseAndSignOut();
        startPair(site);
        tryCompare(item("returnedList"), "count", 2);
        compare(item("returnedTitle").text, "Giám sát đã trả lại 1 mục và giải quyết 1 mục xin ý kiến (F6): "
                + "Enter để kiểm tra lại mục đang chọn.", "a resolved escalation is not counted as returned");
        compare(item("reviewRowTitle0").text, "Số 2 · Khai sinh, quyển 01, 1998");
        compare(item("reviewRowState0").text, "Đã trả lại nhóm");
        verify(/: CSDL vẫn ghi sai tên, kiểm tra lại$/.test(item("reviewRowReason0").text),
               item("reviewRowReason0").text);
        compare(item("reviewRowState1").text, "Đã giải quyết");
        verify(/: Nguyễn Văn Ba — ghi là đã sửa$/.test(item("reviewRowReason1").text), item("reviewRowReason1").text);
        verify(item("bookPicker").activeFocus, "the books keep the focus");

        keyClick(Qt.Key_F6);
        verify(item("returnedList").activeFocus, "F6 goes to what came back");
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "amendTitle") !== null && item("amendTitle").visible, asyncTimeout,
                  "Enter opens the entry as an amendment");
        compare(item("amendTitle").text, "Đang sửa số 2 — bản ghi trước vẫn được giữ lại. Esc: thôi sửa.");
        verify(item("amendSupervisorNote").visible, "the supervisor's reason is on the logging screen");
        const note = item("amendSupervisorNote").text;
        verify(/^Giám sát \(.+\) đã trả lại: CSDL vẫn ghi sai tên, kiểm tra lại$/.test(note), note);
        verify(item("reasonField").activeFocus, "the reason first");
        compare(item("nameField").text, "Trần Thị Bé", "the returned values are loaded");
        // Kept as it is, corrected: the reason and Enter save the re-check.
        typeText("đã đối chiếu lại với sổ");
        keyClick(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã sửa số 2: Đã sửa.", asyncTimeout);
        verify(!item("amendSupervisorNote").visible, "the note goes with the amendment");

        const stored = TestSites.storedChecks(site.databasePath).filter(check => check.entry === 2)[0];
        compare(stored.earlier, 1, "the re-check supersedes the returned row");
        compare(stored.reason, "đã đối chiếu lại với sổ");
        const review = TestSites.reviewOf(site.databasePath, 2);
        compare(review.state, "pending", "the re-check waits for review again");
        compare(review.history.length, 0);

        keySequence("Ctrl+B");
        tryVerify(() => findChild(shell, "bookPicker") !== null, asyncTimeout);
        tryCompare(item("returnedList"), "count", 1, asyncTimeout, "only the resolved escalation is left");
        compare(item("returnedTitle").text,
                "Giám sát đã giải quyết 1 mục xin ý kiến (F6): Enter để kiểm tra lại mục đang chọn.");
        // Re-checking the resolved escalation shows the supervisor's decision and note; Enter in the reason does not
        // escalate it again but goes on to the entry.
        keyClick(Qt.Key_F6);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "amendTitle") !== null && item("amendTitle").visible, asyncTimeout);
        const decision = item("amendSupervisorNote").text;
        verify(/^Giám sát \(.+\) đã giải quyết: Nguyễn Văn Ba — ghi là đã sửa$/.test(decision), decision);
        typeText("theo ý kiến giám sát");
        keyClick(Qt.Key_Return);
        verify(item("dateField").activeFocus, "on to the entry");
        compare(item("confirmation").text, "", "nothing saved");

        // The supervisor reviews the re-check with the version it replaced: who changed it, when and why, and the
        // return that came before.
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "passwordField") !== null && item("passwordField").activeFocus, asyncTimeout);
        keyClick(Qt.Key_Tab, Qt.ShiftModifier);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout);
        keyClick(Qt.Key_F2);
        tryVerify(() => findChild(shell, "reviewList") !== null && item("reviewList").activeFocus, asyncTimeout);
        compare(item("detailTitle").text, "Số 3 · Khai sinh, quyển 01, 1998", "oldest first: the re-check is new");
        verify(!item("detailAmendments").visible, "an entry never amended shows no earlier version");
        keyClick(Qt.Key_J);
        compare(item("detailTitle").text, "Số 2 · Khai sinh, quyển 01, 1998");
        compare(item("detailHistory").text, "Chưa có quyết định nào.", "the re-check waits for its first decision");
        const lines = item("detailAmendments").text.split("\n");
        compare(lines.length, 4, item("detailAmendments").text);
        verify(/^\d\d:\d\d \d\d\/\d\d\/\d{4} · Nguyễn Thị Lan \+ Lê Quang Minh sửa lại: đã đối chiếu lại với sổ$/
               .test(lines[0]), lines[0]);
        compare(lines[1], "Trước đó: Đã sửa · 12/04/1998 · Trần Thị Bé");
        compare(lines[2], "Họ, chữ đệm và tên: Tran Thi Be → Trần Thị Bé (Dấu)");
        verify(/ · Trả lại nhóm: CSDL vẫn ghi sai tên, kiểm tra lại$/.test(lines[3]), lines[3]);
    }

    function test_aReturnedEntryInAClosedBookSaysSo(): void {
        const site = superviseAndSignOut();
        startPair(site);
        tryCompare(item("returnedList"), "count", 2);
        verify(TestSites.closeBooks(site.databasePath), "the supervisor closed the books meanwhile");
        keyClick(Qt.Key_F6);
        keyClick(Qt.Key_Return);
        tryCompare(item("bookPickerMessage"), "text", "Sổ này đã đóng: không nhận thêm mục mới.", asyncTimeout);
        verify(findChild(shell, "amendTitle") === null || !item("amendTitle").visible, "nothing opened");
    }
}
