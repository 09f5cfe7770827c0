// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The home page after a supervisor's sign-in: who is signed in, what waits for review and each open book's progress,
// the register books, and signing out. (Volunteers
// work in pairs: tst_pair.qml.)
GuiTestCase {
    name: "Home"

    function signInToGood(): var {
        const site = useSite("good");
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the home page is shown");
        return site;
    }

    function test_supervisorSeesGreetingRoleSiteAndBooks(): void {
        const site = signInToGood();
        compare(item("greeting").text, "Xin chào, Trần Văn Giám");
        compare(item("roleAndSite").text, "Giám sát (cán bộ tư pháp – hộ tịch) · " + site.siteName);
        const list = item("bookList");
        tryCompare(list, "count", 3);
        compare(item("bookCount").text, "Tổng cộng: 3 sổ");
        // The rows' delegates are laid out after the count changes: wait for the last one (a slow machine, a
        // sanitizer build) before reading what they show.
        tryVerify(() => visibleTexts(list).indexOf("Khai tử") >= 0, asyncTimeout, "every book's row is laid out");
        const texts = visibleTexts(list);
        for (const expected of ["Khai sinh", "Kết hôn", "Khai tử", "1998", "2005–2006", "1–412", "1–188",
                                "chưa ghi", "Đang mở", "Phường Phú Cường"]) {
            verify(texts.indexOf(expected) >= 0, "the book list shows " + expected + ": " + texts.join(" | "));
        }
        verify(texts.some(text => /^\d\d\/\d\d\/\d{4}$/.test(text)), "dates are shown as dd/MM/yyyy");
        verify(list.activeFocus, "the book list has the focus");
        compare(item("homeQueueStats").text, "Không còn mục nào chờ duyệt.");
        keyClick(Qt.Key_Down);
        compare(list.currentIndex, 1, "the arrow keys move through the books");
    }

    // Before F2: what waits for review and for how long, and each open book's progress — the review page's numbers,
    // read again when the supervisor comes back from a decision.
    function test_supervisorSeesWhatWaitsAndEachOpenBooksProgress(): void {
        const site = TestSites.pairSite();
        verify(TestSites.seedChecks(site.databasePath), "the pair's checks were logged");
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the home page is shown");
        verify(/^3 mục chờ duyệt \(F2\) · lâu nhất \d+ phút$/.test(item("homeQueueStats").text),
               item("homeQueueStats").text);
        compare(item("homeBookProgress0").text,
                "Khai sinh, quyển 01, 1998: đã ghi 10 · có sửa 1 · chờ duyệt 3 · trả lại 0");
        verify(findChild(shell, "homeBookProgress1") !== null, "every open book");

        keyClick(Qt.Key_F2);
        tryVerify(() => findChild(shell, "reviewList") !== null && item("reviewList").activeFocus, asyncTimeout);
        keyClick(Qt.Key_R);
        typeText("xem lại tên");
        keyClick(Qt.Key_Return);
        tryVerify(() => item("reviewConfirmation").text !== "", asyncTimeout);
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "Esc goes back home");
        verify(/^2 mục chờ duyệt \(F2\)/.test(item("homeQueueStats").text), item("homeQueueStats").text);
        compare(item("homeBookProgress0").text,
                "Khai sinh, quyển 01, 1998: đã ghi 10 · có sửa 1 · chờ duyệt 2 · trả lại 1");
    }

    function test_aVolunteerGetsThePartnerPageInstead(): void {
        const site = useSite("good");
        signInWith(site.volunteerName, site.volunteerPassword);
        tryVerify(() => findChild(shell, "partnerTitle") !== null, asyncTimeout, "volunteers work in pairs");
        verify(findChild(shell, "greeting") === null, "no home page for a volunteer alone");
        verify(item("partnerIntro").text.startsWith(site.volunteerDisplayName + " đã đăng nhập."));
    }

    function test_booksInEnglish(): void {
        signInToGood();
        keySequence("Ctrl+Shift+L");
        tryVerify(() => visibleTexts(item("bookList")).indexOf("Birth") >= 0, asyncTimeout);
        compare(item("bookCount").text, "Books: 3");
        verify(item("roleAndSite").text.startsWith("Supervisor (civil-status officer) · "));
    }

    function test_signOutShortcutReturnsToSignIn(): void {
        signInToGood();
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => !CurrentSession.signedIn, asyncTimeout, "the session is closed");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "the sign-in page is back");
        verify(findChild(shell, "greeting") === null, "the home page is gone");
        compare(item("passwordField").text, "");
    }

    function test_signOutButtonWithTheKeyboard(): void {
        signInToGood();
        const button = item("signOutButton");
        tabTo(button);
        keyClick(Qt.Key_Space);
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "the sign-in page is back");
        verify(!CurrentSession.signedIn);
    }
}
