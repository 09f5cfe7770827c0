// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The logging screen's live checks are core::domain::checkDraft's, the one composition of an entry's checks that the
// service saves with: both values of a correction are checked, and the fields are the schema's own key fields (a
// marriage is found by the husband's name) — keyboard only, what is stored read back through LogService.
GuiTestCase {
    name: "Checks"

    // Both values of a correction are checked as they are typed, by the same composition the service saves with
    // (core::domain::checkDraft): the database's value too, not only the register's.
    function test_theDatabaseValueIsCheckedToo(): void {
        const site = startLogging();
        typeText("14/04/1998");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        keyClick(Qt.Key_F2);
        keyClick(Qt.Key_Return);
        verify(item("correctionBefore0").activeFocus);
        compare(item("correctionNote0").text, "", "nothing to say yet");
        typeText("x".repeat(2001));
        compare(item("correctionNote0").text, "Họ, chữ đệm và tên dài quá 2000 ký tự.",
                "the database's value is checked as it is typed");
        verify(item("correctionNote0").blocking);
        compare(item("nameNote").text, "", "…beside the correction, not beside the entry's name (the same field)");
        keyClick(Qt.Key_Return);
        tryCompare(item("logMessageText"), "text", "Chưa lưu được mục này: xem các thông báo bên cạnh từng ô.",
                   asyncTimeout);
        verify(item("correctionAfter0").activeFocus, "the focus goes back to the correction");
        compare(TestSites.storedChecks(site.databasePath).length, 0, "the service refuses it as the screen said");
    }

    // A marriage's entry is found by the husband's name: the schema names its key fields, so the notes and the
    // refusals name the husband's name, Enter on a refused save goes back to it, and the field picker opens on it.
    function test_aMarriageEntryIsCheckedByItsOwnKeys(): void {
        const site = TestSites.pairSite();
        SelectedSite.setDatabasePath(site.databasePath);
        startPair(site);
        tryCompare(item("bookPicker"), "count", 2);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "dateField") !== null && item("dateField").activeFocus, asyncTimeout);
        compare(item("bookTitle").text, "Kết hôn, quyển 01, 2005–2006");
        typeText("12/03/2005");
        keyClick(Qt.Key_Tab);
        typeText("Trần Văn 2");
        compare(item("nameNote").text, "Họ, chữ đệm và tên chồng không được có chữ số.");
        keySequence(StandardKey.SelectAll);
        keyClick(Qt.Key_Delete);
        compare(item("nameNote").text, "", "an empty field says nothing while typing");
        keyClick(Qt.Key_Tab, Qt.ShiftModifier);
        keyClick(Qt.Key_F1);
        tryVerify(() => visibleTexts(item("logMessage")).indexOf(
                      "• Chưa nhập Họ, chữ đệm và tên chồng: mục này bắt buộc.") >= 0, asyncTimeout,
                  "saving names the husband's name");
        verify(item("nameField").activeFocus, "the focus goes to the name");
        keyClick(Qt.Key_F2);
        compare(item("fieldList").currentItem.label, "Họ, chữ đệm và tên chồng", "the picker opens on the husband's name");
        keyClick(Qt.Key_Escape);
        typeText("Trần Văn Hùng");
        keyClick(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Khớp.", asyncTimeout);
        compare(TestSites.storedChecks(site.databasePath)[0].subjectName, "Trần Văn Hùng");
    }
}
