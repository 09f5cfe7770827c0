// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The hub's volunteers (issue 14), by keyboard: F7 from the province board opens the quota board (every unit with its
// quota, the totals, the units still short) and the registrations; Ctrl+N opens the registration form Mẫu 01, whose
// fields core checks as it checks a row of a unit's list — a bad ID number is named under its field and refused, a
// valid form is registered and counted on the board, the same ID number again is refused; Esc goes back.
GuiTestCase {
    name: "Registration"

    function openVolunteers(userName: string, password: string): void {
        useSite("hub");
        signInWith(userName, password);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "the province board is shown");
        keyClick(Qt.Key_F7);
        tryCompare(Navigator, "page", Navigator.Volunteers);
        tryCompare(item("quotaList"), "count", 17);
        verify(item("quotaList").activeFocus, "the quota board has the focus");
    }

    function quotaRow(unit: string): var {
        const units = item("quotaList").model;
        for (let i = 0; i < units.length; ++i) {
            if (units[i].unit === unit)
                return units[i];
        }
        return null;
    }

    // Tab to the field `key`, then type `text` (a text field) or press ↓ `downs` times (a choice).
    function fill(key: string, text: string): void {
        tabTo(item("reg_" + key));
        keySequence(StandardKey.SelectAll);
        typeText(text);
    }
    function choose(key: string, downs: int): void {
        tabTo(item("reg_" + key + "_choice"));
        for (let i = 0; i < downs; ++i)
            keyClick(Qt.Key_Down);
    }

    function test_theProvinceRegistersAVolunteerByKeyboardAndTheBoardCountsIt(): void {
        const site = TestSites.site("hub");
        openVolunteers(site.provinceName, site.provincePassword);
        compare(item("volunteersTitle").text, "Tình nguyện viên và chỉ tiêu");
        compare(item("registrationList").count, 0);
        compare(item("quotaTotal").cells[1], 600, "the quotas summed: 600");
        verify(item("quotaShort").text.startsWith("Còn thiếu (17 đơn vị): "), item("quotaShort").text);

        keyClick(Qt.Key_N, Qt.ControlModifier);
        tryCompare(Navigator, "page", Navigator.Registration);
        const unitBox = item("reg_unit_choice");
        verify(unitBox.activeFocus, "the form starts at the unit");
        keyClick(Qt.Key_Space);
        tryVerify(() => unitBox.popup.visible, asyncTimeout, "Space opens the list of units");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !unitBox.popup.visible, asyncTimeout, "Esc closes the list");
        compare(Navigator.page, Navigator.Registration, "and not the page");
        unitBox.forceActiveFocus();
        keyClick(Qt.Key_Down); // the second unit of the campaign
        const unit = unitBox.currentText;
        fill("fullName", "Trịnh Thị Hoa");
        fill("birthYear", "2001");
        choose("sex", 2); // Nữ
        fill("idNumber", "0743011"); // neither a CMND (9 digits) nor a CCCD (12)
        keyClick(Qt.Key_Tab); // leaving the field checks it
        tryVerify(() => item("note_idNumber").text !== "", asyncTimeout, "the ID number's note is shown");
        verify(item("note_idNumber").blocking, "in red: saving is refused");
        keyClick(Qt.Key_Return);
        compare(item("registrationMessageText").text, "Chưa đăng ký: hãy sửa các ô được đánh dấu đỏ.");
        verify(item("reg_idNumber").activeFocus, "the focus goes to the field to correct");

        keySequence(StandardKey.SelectAll);
        typeText("074301777001");
        fill("phone", "0912 345 678");
        choose("agreesDates", 1);
        choose("acceptsAssignment", 1);
        choose("inProvince", 1);
        choose("computer", 1);
        keyClick(Qt.Key_Return);
        tryCompare(item("registrationConfirmation"), "text", "Đã đăng ký: Trịnh Thị Hoa (" + unit + ").");
        compare(item("registrationEligibility").text, "Đủ điều kiện.");
        verify(item("reg_fullName").activeFocus, "the form is cleared for the next volunteer");
        compare(item("reg_fullName").text, "");

        // The same ID number again, under another name: refused, nothing added.
        fill("fullName", "Trinh Thi Hoa");
        fill("birthYear", "2001");
        fill("idNumber", "074301777001");
        keyClick(Qt.Key_Return);
        compare(item("registrationMessageText").text, "Chưa đăng ký: đơn vị này đã đăng ký số CMND/CCCD này.");
        verify(item("reg_idNumber").activeFocus);

        keyClick(Qt.Key_Escape);
        tryCompare(Navigator, "page", Navigator.Volunteers);
        tryCompare(item("registrationList"), "count", 1);
        const row = quotaRow(unit);
        compare(row.registered, 1);
        compare(row.eligible, 1);
        keyClick(Qt.Key_Tab);
        verify(item("registrationList").activeFocus, "Tab moves to the registrations");
        keyClick(Qt.Key_Escape);
        tryCompare(Navigator, "page", Navigator.Board);
    }

    function test_aDistrictAccountReadsTheBoardButRegistersNobody(): void {
        const site = TestSites.site("hub");
        openVolunteers(site.districtName, site.districtPassword);
        verify(!item("newRegistrationButton").visible, "no registration for a district account");
        keyClick(Qt.Key_N, Qt.ControlModifier);
        compare(Navigator.page, Navigator.Volunteers, "Ctrl+N does nothing");
    }
}
