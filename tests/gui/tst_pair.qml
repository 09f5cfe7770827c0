// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// A pair signs in together (each with their own password), chooses who reads first, and picks a book — with the
// keyboard only, against fresh sites (TestSites.pairSite).
GuiTestCase {
    name: "Pair"

    function signInFirst(): var {
        const site = TestSites.pairSite();
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.lanName, site.lanPassword);
        tryVerify(() => findChild(shell, "partnerTitle") !== null, asyncTimeout, "the partner page is shown");
        return site;
    }

    function test_volunteerIsAskedForAPartner(): void {
        const site = signInFirst();
        compare(item("partnerTitle").text, "Người cùng nhóm đăng nhập");
        verify(item("partnerIntro").text.startsWith(site.lanDisplayName + " đã đăng nhập."), item("partnerIntro").text);
        verify(item("partnerUserField").activeFocus, "the focus is in the partner's user name");
        verify(!CurrentSession.hasPartner);
        verify(findChild(shell, "greeting") === null, "not the supervisor's home page");
    }

    function test_samePersonTwiceIsRefused(): void {
        const site = signInFirst();
        addPartner(site.lanName, site.lanPassword);
        tryCompare(item("partnerMessageText"), "text",
                   "Nguyễn Thị Lan đã đăng nhập rồi. Người thứ hai trong nhóm phải đăng nhập bằng tài khoản của chính "
                   + "mình.", asyncTimeout);
        verify(!CurrentSession.hasPartner, "no pair was formed");
        verify(item("partnerUserField").activeFocus, "the focus goes back to the user name");
        compare(item("partnerPasswordField").text, "", "the password is cleared");
        compare(Navigator.page, Navigator.Partner);
    }

    function test_wrongPartnerPassword(): void {
        const site = signInFirst();
        addPartner(site.minhName, "khong-dung-mat-khau");
        tryCompare(item("partnerMessageText"), "text", "Sai mật khẩu.", asyncTimeout);
        verify(item("partnerPasswordField").activeFocus, "the focus goes back to the password");
        verify(!CurrentSession.hasPartner);
        typeText(site.minhPassword);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "rolesTitle") !== null, asyncTimeout, "the right password forms the pair");
        compare(CurrentSession.partnerUserName, site.minhName);
    }

    function test_unknownPartner(): void {
        signInFirst();
        addPartner("khong.co.ai", "mot-mat-khau-nao-do");
        tryCompare(item("partnerMessageText"), "text", "Không có tài khoản nào với tên đăng nhập này tại đơn vị.",
                   asyncTimeout);
        verify(item("partnerUserField").activeFocus);
    }

    function test_aVolunteerAloneCanOnlySignOut(): void {
        signInFirst();
        compare(item("partnerSignOut").text, "Không có người cùng nhóm: đăng xuất (Ctrl+Shift+Q)");
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "back on the sign-in page");
        verify(!CurrentSession.signedIn);
        compare(Navigator.page, Navigator.SignIn);
    }

    function test_oneKeyChoosesTheReader(): void {
        const site = signInFirst();
        addPartner(site.minhName, site.minhPassword);
        tryVerify(() => findChild(shell, "rolesTitle") !== null, asyncTimeout);
        compare(item("rolesTitle").text, "Ai đọc sổ trước?");
        compare(item("readerChoice1Text").text, "Nguyễn Thị Lan đọc sổ, Lê Quang Minh đối chiếu và ghi");
        compare(item("readerChoice2Text").text, "Lê Quang Minh đọc sổ, Nguyễn Thị Lan đối chiếu và ghi");
        keyClick(Qt.Key_2);
        tryVerify(() => findChild(shell, "bookPicker") !== null, asyncTimeout, "the work session started");
        compare(item("rolesLabel").text, "Đọc: Lê Quang Minh · Đối chiếu: Nguyễn Thị Lan");
        compare(TestSites.workSessionEvents(site.databasePath), ["start"]);
    }

    function test_arrowsAndEnterChooseTheReader(): void {
        const site = signInFirst();
        addPartner(site.minhName, site.minhPassword);
        tryVerify(() => findChild(shell, "rolesTitle") !== null, asyncTimeout);
        keyClick(Qt.Key_Down);
        verify(item("readerChoice2").selected, "↓ selects the second way");
        keyClick(Qt.Key_Up);
        verify(item("readerChoice1").selected, "↑ selects the first way");
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "bookPicker") !== null, asyncTimeout);
        compare(item("rolesLabel").text, "Đọc: Nguyễn Thị Lan · Đối chiếu: Lê Quang Minh");
    }

    function test_escChoosesAnotherPartner(): void {
        const site = signInFirst();
        addPartner(site.minhName, site.minhPassword);
        tryVerify(() => findChild(shell, "rolesTitle") !== null, asyncTimeout);
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "partnerTitle") !== null, asyncTimeout, "back to the partner's sign-in");
    }

    function test_supervisorAsPartnerCannotStartWork(): void {
        const site = signInFirst();
        addPartner(site.userName, site.password);
        tryVerify(() => findChild(shell, "rolesTitle") !== null, asyncTimeout);
        keyClick(Qt.Key_1);
        tryCompare(item("rolesMessageText"), "text",
                   "Cần một nhóm 2 người mới ghi được: hai tình nguyện viên khác nhau, mỗi người đăng nhập bằng mật "
                   + "khẩu của mình.", asyncTimeout);
        compare(Navigator.page, Navigator.Roles, "no work session without two volunteers");
    }

    function test_bookPickerListsOpenBooksWithProgress(): void {
        const site = signInFirst();
        addPartner(site.minhName, site.minhPassword);
        tryVerify(() => findChild(shell, "rolesTitle") !== null, asyncTimeout);
        keyClick(Qt.Key_1);
        tryVerify(() => findChild(shell, "bookPicker") !== null, asyncTimeout);
        const picker = item("bookPicker");
        tryCompare(picker, "count", 2, asyncTimeout, "the closed book is not offered");
        tryVerify(() => picker.activeFocus, asyncTimeout, "the list has the focus");
        tryVerify(() => visibleTexts(picker).length >= 6, asyncTimeout, "both books are drawn");
        let texts = visibleTexts(picker);
        for (const expected of ["Khai sinh, quyển 01, 1998", "Số 1–412 · Phường Phú Cường", "Kết hôn, quyển 01, 2005–2006",
                                "chưa ghi mục nào"]) {
            verify(texts.indexOf(expected) >= 0, "the picker shows " + expected + ": " + texts.join(" | "));
        }
        verify(texts.indexOf("Khai tử, quyển 02, 2010") < 0, "the closed book is not shown");
        keyClick(Qt.Key_Down);
        compare(picker.currentIndex, 1);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "bookTitle") !== null, asyncTimeout, "the logging screen opens");
        compare(item("bookTitle").text, "Kết hôn, quyển 01, 2005–2006");
        compare(item("entryNumberField").text, "1", "the first entry number is already there");
        typeText("12/03/2005");
        keyClick(Qt.Key_Tab);
        typeText("Trần Văn Hùng");
        keyClick(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Khớp.", asyncTimeout);
        keySequence("Ctrl+B");
        tryVerify(() => findChild(shell, "bookPicker") !== null, asyncTimeout, "Ctrl+B goes back to the books");
        tryVerify(() => visibleTexts(item("bookPicker")).indexOf("Đã ghi 1 · số cuối 1") >= 0, asyncTimeout,
                  "the progress shows the entry");
    }
}
