// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// Accounts a roster package made (issue 14) are activated in the GUI with the one-time code on the roster sheet and a
// new password typed twice: at the pair sign-in, in the partner's session, and from the supervisor's accounts page —
// by keyboard, on a real commune enrolled with a real hub that built and sealed the package (TestSites "enrolled").
GuiTestCase {
    name: "Activation"

    readonly property string lanPassword: "hoa-sen-no-sang-41" // tests/support/TestSite.h kLanPassword
    readonly property string newPassword: "song-nuoc-hien-hoa-27"

    function rosterSite(): var {
        const site = useSite("enrolled");
        const accounts = TestSites.rosterAccounts();
        verify(accounts.binhCode !== undefined && accounts.anCode !== undefined, "the roster package was applied");
        return {
            "site": site,
            "accounts": accounts
        };
    }

    // Code, Tab, password, Tab, the password again, Enter.
    function typeActivation(code: string, password: string, repeated: string): void {
        verify(item("activationCodeField").activeFocus, "the focus is in the activation code");
        keySequence(StandardKey.SelectAll);
        typeText(code);
        keyClick(Qt.Key_Tab);
        verify(item("activationPasswordField").activeFocus, "Tab leads to the new password");
        typeText(password);
        keyClick(Qt.Key_Tab);
        verify(item("activationRepeatField").activeFocus, "Tab leads to the password again");
        typeText(repeated);
        keyClick(Qt.Key_Return);
    }

    function test_thePartnerAwaitingActivationActivatesThenTheyWorkTogether(): void {
        const made = rosterSite();
        signInWith("lan", lanPassword);
        tryVerify(() => findChild(shell, "partnerTitle") !== null, asyncTimeout, "the partner page is shown");
        verify(!item("partnerActivation").visible, "no activation offered before it is needed");
        addPartner(made.accounts.binhName, "mat-khau-nao-cung-vay");
        tryVerify(() => item("partnerActivation").visible, asyncTimeout, "the activation is offered");
        compare(item("activationTitle").text, "Kích hoạt tài khoản " + made.accounts.binhName);

        // Two different passwords: refused before the code is tried.
        typeActivation(made.accounts.binhCode, newPassword, newPassword + "x");
        compare(item("activationMessageText").text, "Hai mật khẩu khác nhau. Hãy gõ mật khẩu mới hai lần.");
        item("activationCodeField").forceActiveFocus();
        // A wrong code: refused, counted, the focus back on the code.
        typeActivation("12345-67890", newPassword, newPassword);
        compare(item("activationMessageText").text, "Mã kích hoạt không đúng với tài khoản này.");
        verify(item("activationCodeField").activeFocus, "the focus goes back to the code");
        verify(!CurrentSession.hasPartner);

        typeActivation(made.accounts.binhCode, newPassword, newPassword);
        tryVerify(() => !item("partnerActivation").visible, asyncTimeout, "the activation closes");
        compare(item("partnerActivated").text,
                made.accounts.binhName + " đã được kích hoạt: hãy đăng nhập bằng mật khẩu mới.");
        verify(item("partnerPasswordField").activeFocus, "the partner signs in with the new password");
        typeText(newPassword);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "rolesTitle") !== null, asyncTimeout, "the pair chooses the roles");
        verify(CurrentSession.hasPartner);
    }

    function test_theSupervisorActivatesAnAccountFromTheAccountsPage(): void {
        const made = rosterSite();
        signInWith(made.site.userName, made.site.password);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the home page is shown");
        keyClick(Qt.Key_F5);
        tryCompare(Navigator, "page", Navigator.Admin);
        const list = item("accountList");
        verify(list.activeFocus, "the account list has the focus");
        tryVerify(() => list.count >= 4, asyncTimeout, "the roster's accounts are listed");
        for (let i = 0; i <= list.count && (!list.currentItem || list.currentItem.userName !== made.accounts.anName);
             ++i)
            keyClick(Qt.Key_Down);
        compare(list.currentItem.userName, made.accounts.anName);
        verify(list.currentItem.awaitingActivation, "shown as awaiting activation");
        keyClick(Qt.Key_A);
        tryVerify(() => item("activationCodeField").activeFocus, asyncTimeout, "A opens the activation");
        // Esc cancels; A again.
        keyClick(Qt.Key_Escape);
        tryVerify(() => list.activeFocus, asyncTimeout, "Esc goes back to the list");
        keyClick(Qt.Key_A);
        typeActivation(made.accounts.anCode, "ngan", "ngan"); // the strength rule: too short
        verify(item("activationMessageText").text.startsWith("Mật khẩu quá ngắn"), item("activationMessageText").text);
        item("activationCodeField").forceActiveFocus();
        typeActivation(made.accounts.anCode, newPassword, newPassword);
        tryCompare(item("accountsConfirmation"), "text",
                   made.accounts.anName + " đã được kích hoạt: hãy đăng nhập bằng mật khẩu mới.", asyncTimeout);
        tryVerify(() => list.activeFocus, asyncTimeout, "back to the list");
        for (let i = 0; i <= list.count && (!list.currentItem || list.currentItem.userName !== made.accounts.anName);
             ++i)
            keyClick(Qt.Key_Down);
        verify(!list.currentItem.awaitingActivation, "no longer awaiting");
        // The code worked once: A is not offered for an active account.
        keyClick(Qt.Key_A);
        verify(!item("activationCodeField").visible || !item("activationCodeField").activeFocus);
    }
}
