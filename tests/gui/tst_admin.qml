// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The supervisor's administration (F5 from the home page) and a new site from the sign-in page, by keyboard, on real
// sites: a volunteer added and a book opened in the GUI are what the pair then signs in to and picks; a volunteer
// cannot administer (the service refuses, not only the missing key); a re-key shows the new code once and saves it as
// a PDF sheet; a site created in the GUI is signed in to.
GuiTestCase {
    name: "Admin"

    function openAdmin(site: var): void {
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the home page is shown");
        keyClick(Qt.Key_F5);
        tryCompare(Navigator, "page", Navigator.Admin);
        verify(item("accountList").activeFocus, "the account list has the focus");
    }

    function test_supervisorAddsAVolunteerAndABookThePairUsesThem(): void {
        const site = TestSites.pairSite();
        openAdmin(site);
        const accounts = item("accountList");
        tryCompare(accounts, "count", 3);
        keyClick(Qt.Key_N);
        verify(item("newUserNameField").activeFocus, "N starts a new account");
        typeText("hoa");
        keyClick(Qt.Key_Tab);
        typeText("Phạm Thị Hoa");
        keyClick(Qt.Key_Tab);
        verify(item("newRoleBox").activeFocus, "then the role (a volunteer)");
        keyClick(Qt.Key_Tab);
        typeText("anhyeuem2022"); // refused by the strength rule, as `user add` refuses it
        keyClick(Qt.Key_Tab);
        typeText("anhyeuem2022");
        keyClick(Qt.Key_Return);
        tryVerify(() => item("accountsMessageText").text.indexOf("quá dễ đoán") >= 0, asyncTimeout,
                  "the weak password is refused: " + item("accountsMessageText").text);
        compare(accounts.count, 3, "nothing was added");
        verify(item("newPasswordField").activeFocus, "the focus goes back to the password");
        compare(item("newPasswordField").text, "", "the password fields are cleared");
        typeText("cau-vong-tren-doi-52");
        keyClick(Qt.Key_Tab);
        typeText("cau-vong-tren-doi-52");
        keyClick(Qt.Key_Return);
        tryCompare(accounts, "count", 4);
        verify(item("accountsConfirmation").text.indexOf("hoa") >= 0, item("accountsConfirmation").text);
        verify(accounts.activeFocus, "back in the list");

        keySequence("Ctrl+2");
        const books = item("adminBookList");
        tryCompare(books, "count", 3);
        verify(books.activeFocus, "Ctrl+2 shows the books with the focus in their list");
        keyClick(Qt.Key_N);
        verify(item("bookNumberField").activeFocus, "N opens a new book, from its number");
        typeText("02");
        keyClick(Qt.Key_Tab);
        typeText("2030"); // a year to come is refused by BookService
        keyClick(Qt.Key_Return);
        tryVerify(() => item("booksMessageText").text !== "", asyncTimeout, "the year is refused");
        compare(books.count, 3, "no book was opened");
        keySequence(StandardKey.SelectAll);
        typeText("1999");
        keyClick(Qt.Key_Return);
        tryCompare(books, "count", 4);
        verify(item("booksConfirmation").text.indexOf("1999") >= 0, item("booksConfirmation").text);
        // The closed death book (listed last): C does nothing to it, O reopens it, C closes it again.
        verify(books.activeFocus, "back in the list");
        books.currentIndex = 3;
        compare(books.currentItem.open, false);
        keyClick(Qt.Key_C);
        compare(books.currentItem.open, false, "C does not touch a closed book");
        keyClick(Qt.Key_O);
        tryVerify(() => books.currentItem && books.currentItem.open, asyncTimeout, "O reopens it");
        verify(item("booksConfirmation").text.indexOf("2010") >= 0, item("booksConfirmation").text);
        books.currentIndex = books.count - 1; // open books come first: it moved
        verify(books.currentItem.open && books.currentItem.years === "2010", books.currentItem.years);
        keyClick(Qt.Key_C);
        tryVerify(() => !books.itemAtIndex(books.count - 1).open, asyncTimeout, "C closes it again");

        keyClick(Qt.Key_Escape);
        tryCompare(Navigator, "page", Navigator.Home);
        TestSites.resetSettings(); // the sign-in page would start in the password of the remembered supervisor
        keySequence("Ctrl+Shift+Q");
        tryCompare(Navigator, "page", Navigator.SignIn);
        // The new volunteer signs in with the password the supervisor gave, pairs with lan and sees the new book.
        signInWith("hoa", "cau-vong-tren-doi-52");
        tryVerify(() => findChild(shell, "partnerUserField") !== null && item("partnerUserField").activeFocus,
                  asyncTimeout, "hoa is signed in, the partner page asks for the second member");
        addPartner(site.lanName, site.lanPassword);
        tryVerify(() => findChild(shell, "rolesTitle") !== null, asyncTimeout, "the pair chooses the roles");
        keyClick(Qt.Key_1);
        tryCompare(item("bookPicker"), "count", 3, asyncTimeout, "the two open books and the new one");
    }

    function test_aVolunteerCannotAdminister(): void {
        const site = TestSites.pairSite();
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.lanName, site.lanPassword);
        tryVerify(() => findChild(shell, "partnerUserField") !== null, asyncTimeout, "the partner page");
        keyClick(Qt.Key_F5);
        Navigator.open(Navigator.Admin);
        compare(Navigator.page, Navigator.Partner, "no way to the administration from a volunteer's page");
        // Even a page made by hand gets nothing: the services refuse the volunteer's session.
        const accounts = createTemporaryQmlObject("import DoiChieu.Models; AdminAccounts {}", shell);
        compare(accounts.accounts.count, 0, "no accounts listed");
        compare(accounts.message, "Tài khoản của bạn không được phép làm việc này.");
        verify(!accounts.add("kim", "Kim", false, "cau-vong-tren-doi-52", "cau-vong-tren-doi-52"), "add refused");
        verify(!accounts.resetPassword(0, "cau-vong-tren-doi-52", "cau-vong-tren-doi-52", false), "reset refused");
        const books = createTemporaryQmlObject("import DoiChieu.Models; AdminBooks {}", shell);
        verify(!books.open("Phường Phú Cường", AdminBooks.Birth, "09", "2001", "", "", ""), "a new book refused");
        compare(books.message, "Tài khoản của bạn không được phép làm việc này.");
        verify(!books.toggle(0), "closing a book refused");
        const keys = createTemporaryQmlObject("import DoiChieu.Models; AdminKeys {}", shell);
        verify(!keys.rekey(), "a re-key refused");
        verify(!keys.newCode.shown, "no code issued");
    }

    function test_rekeyShowsTheCodeOnceAndRemoveAccount(): void {
        const site = TestSites.pairSite();
        openAdmin(site);
        keySequence("Ctrl+3");
        keySequence("Ctrl+K");
        verify(item("rekeyNoticeText").text !== "", "a re-key is confirmed first");
        keyClick(Qt.Key_Return);
        const code = item("keysCodeBoxCode");
        tryVerify(() => code.visible && /^(\d{5} ){7}\d{5}$/.test(code.text), asyncTimeout, code.text);
        verify(item("keysCodeBoxPath").activeFocus, "the focus is on where the sheet goes");
        keySequence(StandardKey.SelectAll);
        typeText(TestSites.unwritablePath("sheet.pdf"));
        keySequence("Ctrl+S");
        tryVerify(() => item("keysCodeBoxMessageText").text !== "", asyncTimeout, "an unwritable path is refused");
        const sheet = TestSites.scratchPath("ma-khoi-phuc.pdf");
        keySequence(StandardKey.SelectAll);
        typeText(sheet);
        keySequence("Ctrl+S");
        tryVerify(() => TestSites.fileExists(sheet), asyncTimeout, "the sheet is saved");
        compare(TestSites.fileStart(sheet, 4), "%PDF");
        keySequence("Ctrl+S");
        tryVerify(() => item("keysCodeBoxMessageText").text.indexOf("đã có") >= 0, asyncTimeout,
                  "a second save to the same file is refused: " + item("keysCodeBoxMessageText").text);
        keyClick(Qt.Key_Escape);
        compare(Navigator.page, Navigator.Admin, "Esc does not skip the code");
        // Nor does a sign-out, nor closing the window (Main.qml asks Navigator.signOut): the old code no longer works.
        keySequence("Ctrl+Shift+Q");
        compare(Navigator.page, Navigator.Admin, "Ctrl+Shift+Q does not sign out while the code is on screen");
        verify(code.visible && code.text !== "", "the code is still there");
        verify(item("keysCodeBoxStayMessageText").text !== "", "and the box says why");
        verify(!Navigator.signOut(), "closing the window is refused the same way");
        keySequence("Ctrl+Return");
        tryVerify(() => !code.visible, asyncTimeout, "the code is gone");
        compare(code.text, "", "and forgotten");

        // Removing minh: Delete, then Enter; the account stays listed as removed and can no longer sign in.
        keySequence("Ctrl+1");
        const accounts = item("accountList");
        tryVerify(() => accounts.activeFocus);
        accounts.currentIndex = accounts.model.rowOf(site.minhName);
        compare(accounts.currentItem.userName, site.minhName);
        keyClick(Qt.Key_Delete);
        verify(item("removeNoticeText").text.indexOf(site.minhName) >= 0, "the removal is confirmed first");
        keyClick(Qt.Key_Return);
        tryVerify(() => item("accountsConfirmation").text.indexOf(site.minhName) >= 0, asyncTimeout);
        compare(accounts.count, 3, "the row stays (history names its people)");
        // lan's password reset (P), the old one "may have been seen".
        accounts.currentIndex = accounts.model.rowOf(site.lanName);
        keyClick(Qt.Key_P);
        verify(item("resetPasswordField").activeFocus);
        typeText("que-huong-xanh-ngat-19");
        keyClick(Qt.Key_Tab);
        typeText("que-huong-xanh-ngat-19");
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Space);
        verify(item("compromisedBox").checked);
        keyClick(Qt.Key_Return);
        tryVerify(() => item("accountsConfirmation").text.indexOf(site.lanName) >= 0, asyncTimeout);

        keyClick(Qt.Key_Escape);
        TestSites.resetSettings();
        keySequence("Ctrl+Shift+Q");
        tryCompare(Navigator, "page", Navigator.SignIn);
        signInWith(site.minhName, site.minhPassword);
        tryVerify(() => item("signInMessageText").text !== "", asyncTimeout, "minh is refused");
        compare(Navigator.page, Navigator.SignIn);
        item("userNameField").forceActiveFocus();
        signInWith(site.lanName, "que-huong-xanh-ngat-19");
        tryCompare(Navigator, "page", Navigator.Partner, asyncTimeout, "lan signs in with the new password");
    }

    function test_createASiteInTheGui(): void {
        verify(item("userNameField").activeFocus);
        keySequence("Ctrl+N");
        tryCompare(Navigator, "page", Navigator.CreateSite);
        verify(item("siteNameField").activeFocus, "the focus starts in the site's name");
        typeText("Xã Tân Hòa");
        keyClick(Qt.Key_Tab);
        typeText("giamsat");
        keyClick(Qt.Key_Tab);
        typeText("Lê Thị Mai");
        keyClick(Qt.Key_Tab);
        typeText("sao-khue-moc-som-83");
        keyClick(Qt.Key_Tab);
        typeText("sao-khue-moc-som-8"); // not the same
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Space); // the minimum cost: the test machine is not measured
        verify(item("minimumCostBox").checked);
        const path = TestSites.scratchPath("tan-hoa.db");
        item("sitePathField").forceActiveFocus();
        keySequence(StandardKey.SelectAll);
        typeText(path);
        keyClick(Qt.Key_Return);
        tryVerify(() => item("createSiteMessageText").text !== "", asyncTimeout, "passwords that differ are refused");
        verify(item("sitePasswordField").activeFocus, "the focus goes to the password");
        verify(!TestSites.fileExists(path), "nothing is written");
        // An existing site's database is never replaced.
        const existing = TestSites.site("good").databasePath;
        typeText("sao-khue-moc-som-83");
        keyClick(Qt.Key_Tab);
        typeText("sao-khue-moc-som-83");
        item("sitePathField").forceActiveFocus();
        keySequence(StandardKey.SelectAll);
        typeText(existing);
        keyClick(Qt.Key_Return);
        tryVerify(() => item("createSiteMessageText").text.indexOf("đã có") >= 0, asyncTimeout,
                  item("createSiteMessageText").text);
        verify(item("sitePathField").activeFocus, "the focus goes to the path");
        keySequence(StandardKey.SelectAll);
        typeText(path);
        item("sitePasswordField").forceActiveFocus();
        typeText("sao-khue-moc-som-83");
        keyClick(Qt.Key_Tab);
        typeText("sao-khue-moc-som-83");
        keyClick(Qt.Key_Return);
        const code = item("siteCodeBoxCode");
        tryVerify(() => code.visible && /^(\d{5} ){7}\d{5}$/.test(code.text), asyncTimeout, "the code is shown once");
        verify(TestSites.fileExists(path), "the site database exists");
        keyClick(Qt.Key_Escape);
        compare(Navigator.page, Navigator.CreateSite, "Esc does not skip the code");
        const sheet = TestSites.scratchPath("sheet.pdf");
        keySequence(StandardKey.SelectAll);
        typeText(sheet);
        keyClick(Qt.Key_Return);
        tryVerify(() => TestSites.fileExists(sheet), asyncTimeout, "Enter in the path saves the sheet");
        keySequence("Ctrl+Return");
        tryCompare(Navigator, "page", Navigator.SignIn);
        compare(SelectedSite.databasePath, path, "the new site is chosen");
        tryCompare(SelectedSite, "siteName", "Xã Tân Hòa");
        // The new supervisor's name is remembered: the focus is in the password.
        compare(item("userNameField").text, "giamsat");
        tryVerify(() => item("passwordField").activeFocus, asyncTimeout);
        typeText("sao-khue-moc-som-83");
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the new supervisor is home");
        compare(item("greeting").text, "Xin chào, Lê Thị Mai");
    }
}
