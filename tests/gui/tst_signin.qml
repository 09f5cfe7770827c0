// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The sign-in page against real sites, with the keyboard only: what a person sees after each attempt.
GuiTestCase {
    name: "SignIn"

    function messageText(): string {
        return item("signInMessageText").text;
    }

    function expectMessage(expected: string): void {
        tryCompare(item("signInMessageText"), "text", expected, asyncTimeout);
        verify(item("signInMessage").visible, "the message is shown");
        verify(!CurrentSession.signedIn, "nobody is signed in");
        compare(item("passwordField").text, "", "the password field is cleared");
    }

    function test_opensInVietnameseWithFocusInUserName(): void {
        const site = useSite("good");
        compare(item("signInTitle").text, "Đăng nhập");
        compare(item("signInButton").text, "Đăng nhập");
        verify(item("userNameField").activeFocus, "the focus starts in the user name field");
        tryCompare(item("siteNameLabel"), "text", "Đơn vị: " + site.siteName);
        verify(!item("signInMessage").visible, "no message before an attempt");
    }

    function test_rightPasswordOpensTheHomePage(): void {
        const site = useSite("good");
        signInWith(site.userName, site.password);
        verify(item("signInBusy").visible, "a busy indicator shows while the password is checked");
        compare(item("passwordField").text, "", "the password field is cleared at once");
        tryVerify(() => CurrentSession.signedIn, asyncTimeout, "signed in");
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the home page is shown");
        compare(item("greeting").text, "Xin chào, " + site.displayName);
        verify(findChild(shell, "signInTitle") === null, "the sign-in page is gone");
    }

    function test_wrongPassword(): void {
        const site = useSite("good");
        signInWith(site.userName, "not-the-password");
        expectMessage("Sai mật khẩu.");
        verify(item("passwordField").activeFocus, "the focus is back in the password field");
        verify(!item("signInMessageAction").visible, "no recovery offer for a wrong password");
    }

    function test_unknownUser(): void {
        useSite("good");
        signInWith("khong.co.ai", "whatever-password");
        expectMessage("Không có tài khoản nào với tên đăng nhập này tại đơn vị.");
        verify(item("userNameField").activeFocus, "the focus goes to the user name");
    }

    function test_emptyPasswordIsNotAnAttempt(): void {
        const site = useSite("good");
        signInWith(site.userName, "");
        compare(messageText(), "Hãy nhập mật khẩu.");
    }

    function test_throttledCountsDown(): void {
        const site = useSite("throttled");
        signInWith(site.userName, site.password);
        tryVerify(() => messageText().startsWith("Đăng nhập sai quá nhiều lần. Hãy thử lại sau "), asyncTimeout);
        const first = parseInt(messageText().match(/sau (\d+) giây/)[1]);
        verify(first > 0 && first <= 30, "the seconds left are shown: " + messageText());
        tryVerify(() => parseInt(messageText().match(/sau (\d+) giây/)[1]) < first, 3000, "the seconds count down");
        verify(!CurrentSession.signedIn);
    }

    function test_keyringMissingOffersRecovery(): void {
        const site = useSite("noKeyring");
        compare(item("siteNameLabel").text, "Không tìm thấy tệp khóa bên cạnh cơ sở dữ liệu.");
        signInWith(site.userName, site.password);
        expectMessage("Không tìm thấy tệp khóa bên cạnh cơ sở dữ liệu. Hãy dùng mã khôi phục để tạo tệp mới.");
        const offer = item("signInMessageAction");
        verify(offer.visible, "the recovery path is offered");
        compare(offer.text, "Dùng mã khôi phục…");
        tabTo(offer);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "recoveryTitle") !== null, asyncTimeout, "the recovery form opens");
        compare(item("recoveryTitle").text, "Khôi phục bằng mã khôi phục");
    }

    function test_keyringDamagedOffersRecovery(): void {
        const site = useSite("damagedKeyring");
        signInWith(site.userName, site.password);
        expectMessage("Tệp khóa bị hỏng. Hãy dùng mã khôi phục để tạo tệp mới.");
        verify(item("signInMessageAction").visible, "the recovery path is offered");
    }

    function test_databaseCorrupt(): void {
        const site = useSite("corrupt");
        signInWith(site.userName, site.password);
        expectMessage("Cơ sở dữ liệu của đơn vị bị hỏng hoặc không khớp với tệp khóa này. Chưa có gì bị thay đổi; "
                      + "hãy khôi phục từ bản sao lưu hoặc hỏi ý kiến Huyện Đoàn.");
    }

    function test_databaseTooNew(): void {
        const site = useSite("tooNew");
        signInWith(site.userName, site.password);
        expectMessage("Cơ sở dữ liệu của đơn vị do một phiên bản Đối Chiếu mới hơn tạo ra. Hãy cài phiên bản mới hơn "
                      + "để mở.");
    }

    function test_databaseMissing(): void {
        const site = useSite("missing");
        compare(item("siteNameLabel").text, "Không có tệp cơ sở dữ liệu nào ở đường dẫn này.");
        signInWith(site.userName, site.password);
        expectMessage("Không tìm thấy tệp cơ sở dữ liệu của đơn vị.");
    }

    function test_englishSwitch(): void {
        const site = useSite("good");
        keySequence("Ctrl+Shift+L");
        tryCompare(item("signInTitle"), "text", "Sign in");
        compare(item("languageButton").text, "Tiếng Việt");
        compare(item("siteNameLabel").text, "Site: " + site.siteName);
        signInWith(site.userName, "not-the-password");
        expectMessage("Wrong password.");
        keySequence("Ctrl+Shift+L");
        tryCompare(item("signInTitle"), "text", "Đăng nhập");
        compare(messageText(), "Sai mật khẩu.", "the message follows the language switch");
        compare(item("languageButton").text, "English");
    }

    function test_remembersTheUserName(): void {
        const site = useSite("good");
        signInWith(site.userName, site.password);
        tryVerify(() => CurrentSession.signedIn, asyncTimeout);
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "back on the sign-in page");
        compare(item("userNameField").text, site.userName);
        tryVerify(() => item("passwordField").activeFocus, asyncTimeout, "the focus starts in the password field");
        typeText(site.password);
        keyClick(Qt.Key_Enter);
        tryVerify(() => CurrentSession.signedIn, asyncTimeout, "signed in again with Enter on the keypad");
    }
}
