// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The supervisor's review queue, keyboard only: approve (one key), return and flag (a reason required), undo a
// decision, resolve an escalation with a decision and a note — each checked on screen and read back through
// ReviewService. Then closing the day: refused while entries wait, closed when they are deferred explicitly.
GuiTestCase {
    name: "Review"

    // A pair site with entries logged by lan and minh (TestSites.seedChecks), the supervisor on the review queue.
    function openQueue(): var {
        const site = TestSites.pairSite();
        verify(TestSites.seedChecks(site.databasePath), "the pair's checks were logged");
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the home page is shown");
        keyClick(Qt.Key_F2);
        tryVerify(() => findChild(shell, "reviewList") !== null && item("reviewList").activeFocus, asyncTimeout,
                  "F2 opens the review queue with the focus in its list");
        return site;
    }

    function test_theQueueShowsWhatWaits(): void {
        openQueue();
        compare(item("reviewTitle").text, "Hàng chờ duyệt");
        verify(/^3 mục đang chờ · lâu nhất \d+ phút$/.test(item("queueStats").text), item("queueStats").text);
        compare(item("reviewList").count, 3, "corrected, new and escalated entries; matches are spot-checked");
        compare(item("detailTitle").text, "Số 2 · Khai sinh, quyển 01, 1998");
        compare(item("detailState").text, "Đã sửa · Chờ duyệt");
        compare(item("detailEntry").text, "Đăng ký 12/04/1998 · Trần Thị Bé");
        verify(/^Đọc: Nguyễn Thị Lan, kiểm tra: Lê Quang Minh, ghi lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/
               .test(item("detailPeople").text), item("detailPeople").text);
        compare(item("detailCorrections").text, "Họ, chữ đệm và tên: Tran Thi Be → Trần Thị Bé (Dấu)");
        compare(item("detailHistory").text, "Chưa có quyết định nào.");
        keyClick(Qt.Key_J);
        compare(item("detailTitle").text, "Số 3 · Khai sinh, quyển 01, 1998", "J: the next item");
        keyClick(Qt.Key_Down);
        compare(item("detailState").text, "Không xác định, xin ý kiến · Chờ duyệt");
        compare(item("detailTranscript").text, "Sổ ghi: Ng_yễn Văn *");
        keyClick(Qt.Key_K);
        compare(item("detailTitle").text, "Số 3 · Khai sinh, quyển 01, 1998", "K: the previous one");
        keySequence("Ctrl+Shift+L");
        compare(item("reviewTitle").text, "Review queue", "English is available");
        compare(item("detailState").text, "Missing, entered new · Pending review");
        compare(item("detailTitle").text, "Entry 3 · Birth, book 01, 1998");
        keySequence("Ctrl+Shift+L");
        compare(item("reviewTitle").text, "Hàng chờ duyệt");
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "Esc goes back home");
    }

    function test_theFilterNarrowsTheQueue(): void {
        openQueue();
        keySequence("Ctrl+F");
        tabTo(item("filterClass"));
        keyClick(Qt.Key_Down);
        compare(item("filterClass").displayText, "Dấu");
        tryCompare(item("reviewList"), "count", 1, asyncTimeout, "one entry has a diacritic correction");
        compare(item("shownCount").text, "Đang hiện: 1");
        verify(/^3 mục đang chờ/.test(item("queueStats").text), "the queue's length stays the whole queue's");
        keyClick(Qt.Key_Up);
        tryCompare(item("reviewList"), "count", 3);
        tabTo(item("filterFrom"));
        typeText("31/02/2022");
        keyClick(Qt.Key_Return);
        compare(item("reviewMessageText").text, "Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 01/12/2022.");
        keySequence(StandardKey.SelectAll);
        typeText("01/01/2030");
        keyClick(Qt.Key_Return);
        tryCompare(item("reviewList"), "count", 0, asyncTimeout, "nothing logged after that day");
        verify(!item("reviewMessage").visible);
        keyClick(Qt.Key_Escape);
        verify(item("reviewList").activeFocus, "Esc goes back to the list");
    }

    function test_approveReturnFlagAndUndo(): void {
        const site = openQueue();
        keyClick(Qt.Key_A);
        tryCompare(item("reviewConfirmation"), "text", "Số 2 (Khai sinh, quyển 01, 1998): Đã duyệt.");
        compare(TestSites.reviewOf(site.databasePath, 2).state, "approved", "stored");
        compare(item("reviewList").count, 2, "an approved item leaves the pending queue");
        compare(item("detailTitle").text, "Số 3 · Khai sinh, quyển 01, 1998", "the next item takes its place");

        // Return: the reason is required.
        keyClick(Qt.Key_R);
        verify(item("decisionReason").activeFocus, "R asks for the reason");
        compare(item("decisionTitle").text, "Trả số 3 lại cho nhóm: vì sao? Nhóm sẽ đọc lý do khi đăng nhập lần sau.");
        keyClick(Qt.Key_Return);
        compare(item("reviewMessageText").text, "Hãy nhập lý do: quyết định này cần có lý do, và nhóm sẽ đọc được.");
        compare(TestSites.reviewOf(site.databasePath, 3).state, "pending", "nothing stored without a reason");
        verify(item("decisionReason").activeFocus, "still asking");
        typeText("thiếu tên cha mẹ");
        keyClick(Qt.Key_Return);
        tryCompare(item("reviewConfirmation"), "text", "Số 3 (Khai sinh, quyển 01, 1998): Đã trả lại nhóm.");
        verify(!item("reviewMessage").visible);
        verify(item("reviewList").activeFocus, "back in the list");
        let stored = TestSites.reviewOf(site.databasePath, 3);
        compare(stored.state, "returned");
        compare(stored.history[0].reason, "thiếu tên cha mẹ");

        // An escalation cannot be approved (core refuses it); it can be flagged for the district, with a reason.
        compare(item("detailTitle").text, "Số 4 · Khai sinh, quyển 01, 1998");
        keyClick(Qt.Key_A);
        compare(item("reviewMessageText").text, "Quyết định này không áp dụng được cho mục này ở trạng thái hiện tại. "
                + "Mục xin ý kiến thì giải quyết (S), không duyệt; chỉ hủy được quyết định đã có (U).",
                "approving an escalation is refused");
        compare(TestSites.reviewOf(site.databasePath, 4).state, "pending");
        keyClick(Qt.Key_F);
        compare(item("decisionTitle").text, "Chuyển số 4 lên huyện xem: vì sao?");
        typeText("chữ bị nhòe, cần huyện xem sổ gốc");
        keyClick(Qt.Key_Return);
        tryCompare(item("reviewConfirmation"), "text", "Số 4 (Khai sinh, quyển 01, 1998): Đã chuyển huyện xem.");
        compare(TestSites.reviewOf(site.databasePath, 4).state, "flagged");
        compare(item("queueStats").text, "Không còn mục nào chờ duyệt.");

        // Undo the approval: the state filter (Ctrl+F) shows the approved items; U asks for the reason.
        keySequence("Ctrl+F");
        verify(item("filterState").activeFocus, "Ctrl+F goes to the filter");
        keyClick(Qt.Key_Down);
        tryCompare(item("reviewList"), "count", 1);
        keyClick(Qt.Key_Escape);
        verify(item("reviewList").activeFocus, "Esc goes back to the list");
        compare(item("detailState").text, "Đã sửa · Đã duyệt");
        keyClick(Qt.Key_U);
        keyClick(Qt.Key_Return);
        verify(item("reviewMessage").visible, "an undo needs a reason too");
        typeText("duyệt nhầm");
        keyClick(Qt.Key_Return);
        tryCompare(item("reviewConfirmation"), "text", "Số 2 (Khai sinh, quyển 01, 1998): Chờ duyệt.");
        stored = TestSites.reviewOf(site.databasePath, 2);
        compare(stored.state, "pending");
        compare(stored.history.map(t => t.decision), ["approve", "unapprove"], "every transition is kept");
        compare(stored.history[1].reason, "duyệt nhầm");
        compare(item("reviewList").count, 0, "nothing approved any more");
        compare(TestSites.auditEvents(site.databasePath, "review.unapprove").length, 1, "a decision is an audit event");
    }

    function test_resolveAnEscalation(): void {
        const site = openQueue();
        keyClick(Qt.Key_S);
        verify(!item("decisionBox").visible, "S resolves escalations only");
        keyClick(Qt.Key_J);
        keyClick(Qt.Key_J);
        keyClick(Qt.Key_S);
        compare(item("decisionTitle").text, "Giải quyết số 4 (xin ý kiến): quyết định của anh/chị và ghi chú cho nhóm.");
        typeText("Nguyễn Văn Ba");
        keyClick(Qt.Key_Return);
        verify(item("decisionNote").activeFocus, "Enter goes on to the note");
        typeText("đã xem sổ gốc ở UBND");
        keyClick(Qt.Key_Return);
        tryCompare(item("reviewConfirmation"), "text", "Số 4 (Khai sinh, quyển 01, 1998): Đã giải quyết.");
        const stored = TestSites.reviewOf(site.databasePath, 4);
        compare(stored.state, "resolved");
        compare(stored.history[0].reason, "Nguyễn Văn Ba");
        compare(stored.history[0].note, "đã xem sổ gốc ở UBND");
    }

    function test_closingTheDayWaitsForTheQueueOrAnExplicitDeferral(): void {
        const site = openQueue();
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "closeDayButton") !== null, asyncTimeout, "home");
        keyClick(Qt.Key_F10);
        tryCompare(item("dayCloseNoticeText"), "text",
                   "Chưa thể chốt ngày: còn 3 mục chờ duyệt. Hãy duyệt hết, hoặc nhấn Ctrl+Enter để chốt ngày và "
                   + "hoãn duyệt các mục đó một cách rõ ràng (Esc: không chốt).");
        compare(TestSites.auditEvents(site.databasePath, "day.closed").length, 0, "the day is not closed");
        keyClick(Qt.Key_Escape);
        verify(!item("dayCloseNotice").visible, "Esc: not closed");
        keyClick(Qt.Key_F10);
        tryVerify(() => item("dayCloseNotice").visible);
        keySequence("Ctrl+Return");
        tryVerify(() => item("dayCloseConfirmation").text.startsWith(
                      "Đã chốt ngày, các mục chờ duyệt được hoãn lại. Nhật ký kiểm toán đã được ký đến sự kiện "),
                  asyncTimeout, item("dayCloseConfirmation").text);
        const closed = TestSites.auditEvents(site.databasePath, "day.closed");
        compare(closed.length, 1);
        compare(closed[0].details.deferredReviews, 3, "the deferral is recorded");
    }

    function test_anEmptyQueueClosesAtOnce(): void {
        const site = TestSites.pairSite();
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "closeDayButton") !== null, asyncTimeout, "home");
        keyClick(Qt.Key_F10);
        tryVerify(() => item("dayCloseConfirmation").text.startsWith("Đã chốt ngày. Nhật ký kiểm toán đã được ký"),
                  asyncTimeout);
        verify(!item("dayCloseNotice").visible);
        compare(TestSites.auditEvents(site.databasePath, "day.closed")[0].details.deferredReviews, 0);
    }

    // After the close the supervisor keeps a copy away from the workstation: the signed checkpoint (Ctrl+S) and a
    // verified backup (Ctrl+Shift+S), into the folder typed (or the USB stick found). A folder that does not exist
    // writes nothing and says so.
    function test_afterTheCloseACopyGoesToAUsbStick(): void {
        const site = TestSites.pairSite();
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "closeDayButton") !== null, asyncTimeout, "home");
        keyClick(Qt.Key_F10);
        tryVerify(() => item("dayCopyFolder") !== null && item("dayCopyFolder").visible, asyncTimeout);
        const usb = TestSites.scratchPath("usb");
        item("dayCopyFolder").forceActiveFocus();
        item("dayCopyFolder").selectAll();
        keyClick(Qt.Key_Delete);
        typeText(usb + "-missing");
        keyClick(Qt.Key_S, Qt.ControlModifier);
        tryVerify(() => item("dayCopyMessage").text !== "", asyncTimeout);
        verify(!TestSites.fileExists(usb + "-missing"), "nothing written for a folder that does not exist");
        verify(TestSites.makeFolder(usb));
        item("dayCopyFolder").selectAll();
        keyClick(Qt.Key_Delete);
        typeText(usb);
        keyClick(Qt.Key_S, Qt.ControlModifier);
        tryVerify(() => TestSites.filesUnder(usb).length === 1, asyncTimeout);
        verify(TestSites.filesUnder(usb)[0].startsWith("doichieu-checkpoint-"), TestSites.filesUnder(usb)[0]);
        verify(TestSites.fileStart(usb + "/" + TestSites.filesUnder(usb)[0], 9).startsWith("doichieu/"));
        keyClick(Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier);
        tryVerify(() => TestSites.filesUnder(usb).length === 4, asyncTimeout, TestSites.filesUnder(usb).join(", "));
        verify(item("dayCopyMessage").text.startsWith("Đã lưu vào"), item("dayCopyMessage").text);
        compare(TestSites.auditEvents(site.databasePath, "site.backed_up").length, 1);
    }
}
