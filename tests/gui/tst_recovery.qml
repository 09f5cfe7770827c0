// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The recovery form, reached from the sign-in page with Ctrl+R, with the keyboard only.
GuiTestCase {
    name: "Recovery"

    function openRecovery(): void {
        keySequence("Ctrl+R");
        tryVerify(() => findChild(shell, "recoveryTitle") !== null, asyncTimeout, "the recovery form opens");
        verify(item("recoveryCodeField").activeFocus, "the focus starts in the recovery code field");
    }

    // Fills the form from the code field on and presses Enter.
    function recoverWith(code: string, userName: string, password: string, repeated: string): void {
        typeText(code);
        keyClick(Qt.Key_Tab);
        verify(item("recoveryUserNameField").activeFocus, "Tab leads to the user name");
        typeText(userName);
        keyClick(Qt.Key_Tab);
        typeText(password);
        keyClick(Qt.Key_Tab);
        verify(item("repeatPasswordField").activeFocus, "Tab leads to the repeated password");
        typeText(repeated);
        keyClick(Qt.Key_Return);
    }

    function test_recoveryCodeRebuildsAMissingKeyringAndSignsIn(): void {
        const site = useSite("noKeyring");
        openRecovery();
        // Typed with spaces between the groups instead of the printed dashes.
        const code = site.recoveryCode.replace(/-/g, " ");
        recoverWith(code, site.userName, "cau-vong-sau-mua-2022", "cau-vong-sau-mua-2022");
        tryVerify(() => CurrentSession.signedIn, asyncTimeout, "signed in after recovery");
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the home page is shown");
        compare(item("greeting").text, "Xin chào, " + site.displayName);
        compare(SelectedSite.status, SelectedSite.Ready, "a new keyring is beside the database");
    }

    function test_recoveryWithADamagedKeyring(): void {
        const site = useSite("damagedKeyring");
        openRecovery();
        recoverWith(site.recoveryCode, site.userName, "cau-vong-sau-mua-2022", "cau-vong-sau-mua-2022");
        tryVerify(() => CurrentSession.signedIn, asyncTimeout, "signed in after recovery");
        // The new password now opens the site.
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout);
        tryVerify(() => item("passwordField").activeFocus, asyncTimeout);
        typeText("cau-vong-sau-mua-2022");
        keyClick(Qt.Key_Return);
        tryVerify(() => CurrentSession.signedIn, asyncTimeout, "signed in with the new password");
    }

    function test_passwordsMustMatch(): void {
        const site = useSite("good");
        openRecovery();
        recoverWith(site.recoveryCode, site.userName, "cau-vong-sau-mua-2022", "doi-che-xanh-muot-2022");
        compare(item("recoveryMessageText").text, "Hai mật khẩu mới không giống nhau. Hãy nhập lại.");
        verify(item("newPasswordField").activeFocus, "the focus goes to the new password");
        compare(item("newPasswordField").text, "");
        compare(item("repeatPasswordField").text, "");
        verify(!CurrentSession.signedIn);
    }

    function test_codeFormatIsChecked(): void {
        useSite("good");
        openRecovery();
        typeText("12345-678");
        compare(item("recoveryCodeCount").text, "Đã nhập 8/40 chữ số");
        keyClick(Qt.Key_Return);
        compare(item("recoveryMessageText").text, "Mã khôi phục gồm 40 chữ số, chia thành 8 nhóm, mỗi nhóm 5 chữ số.");
        verify(item("recoveryCodeField").activeFocus, "the focus stays in the code field");
    }

    function test_wrongRecoveryCode(): void {
        const site = useSite("good");
        openRecovery();
        const wrong = site.recoveryCode.charAt(0) === "1" ? "2" + site.recoveryCode.slice(1)
                                                          : "1" + site.recoveryCode.slice(1);
        recoverWith(wrong, site.userName, "cau-vong-sau-mua-2022", "cau-vong-sau-mua-2022");
        tryCompare(item("recoveryMessageText"), "text", "Mã khôi phục này không phải của đơn vị này.", asyncTimeout);
        verify(!CurrentSession.signedIn);
    }

    function test_escapeGoesBack(): void {
        useSite("good");
        openRecovery();
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "back on the sign-in page");
        tryVerify(() => item("userNameField").activeFocus, asyncTimeout);
    }
}
