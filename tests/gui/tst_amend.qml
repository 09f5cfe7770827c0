// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// Warnings about entry numbers (skipped numbers, an entry already logged) and fixing what was logged: amend and void
// from the last entries, each with a reason — keyboard only, read back through LogService.
GuiTestCase {
    name: "Amend"

    function logMatch(date: string, name: string): void {
        const before = item("confirmation").text;
        typeText(date);
        keyClick(Qt.Key_Tab);
        typeText(name);
        keyClick(Qt.Key_F1);
        tryVerify(() => item("confirmation").text !== before && item("confirmation").text.startsWith("Đã lưu số"),
                  asyncTimeout, "saved");
    }

    // From the registration date, back to the entry number (Shift+Tab), typed over.
    function typeEntryNumber(number: string): void {
        keyClick(Qt.Key_Tab, Qt.ShiftModifier);
        verify(item("entryNumberField").activeFocus, "Shift+Tab leads to the entry number");
        keySequence(StandardKey.SelectAll);
        typeText(number);
    }

    function test_skippedNumbersAreListed(): void {
        const site = startLogging();
        logMatch("14/04/1998", "Lê Văn Tám");
        verify(!item("gapsNotice").visible, "no gaps yet");
        typeEntryNumber("5");
        compare(item("skipNoticeText").text, "Số 5 bỏ qua 3 số chưa ghi: 2, 3, 4.");
        verify(item("skipNotice").visible, "the skip is shown before saving");
        keyClick(Qt.Key_Tab);
        logMatch("14/04/1998", "Trần Văn Năm");
        compare(item("confirmation").text, "Đã lưu số 5: Khớp.", "a warning does not block");
        compare(item("gapsNoticeText").text, "Sổ này còn 3 số bị bỏ qua: 2, 3, 4");
        compare(item("entryNumberField").text, "6");
        verify(!item("skipNotice").visible);

        typeEntryNumber("3"); // filling a gap is not a skip
        verify(!item("skipNotice").visible);
        keyClick(Qt.Key_Tab);
        logMatch("14/04/1998", "Phạm Thị Ba");
        compare(item("gapsNoticeText").text, "Sổ này còn 2 số bị bỏ qua: 2, 4");
        compare(item("bookCounts").text, "Đã ghi 3 · số tiếp theo 6");
        compare(TestSites.storedChecks(site.databasePath).map(check => check.entry), [3, 5, 1]);
    }

    function test_anEntryAlreadyLoggedIsAmendedInstead(): void {
        const site = startLogging();
        logMatch("14/04/1998", "Lê Văn Tám");
        typeEntryNumber("1");
        compare(item("alreadyLoggedNoticeText").text, "Số 1 đã được ghi: Khớp, 14/04/1998, Lê Văn Tám.");
        compare(item("alreadyLoggedNoticeAction").text, "Sửa mục này");
        keyClick(Qt.Key_Tab);
        logMatchRefused("15/04/1998", "Lê Văn Tâm");

        keySequence("Ctrl+E");
        verify(item("amendTitle").visible, "Ctrl+E amends the logged entry");
        compare(item("amendTitle").text, "Đang sửa số 1 — bản ghi trước vẫn được giữ lại. Esc: thôi sửa.");
        verify(item("reasonField").activeFocus, "the reason is asked first");
        compare(item("nameField").text, "Lê Văn Tám", "the logged values are loaded");
        typeText("gõ nhầm tên");
        keyClick(Qt.Key_Return);
        verify(item("dateField").activeFocus);
        keyClick(Qt.Key_Tab);
        keySequence(StandardKey.SelectAll);
        typeText("Lê Văn Tâm");
        keyClick(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã sửa số 1: Khớp.", asyncTimeout);
        verify(!item("amendTitle").visible, "back to logging new entries");
        compare(item("entryNumberField").text, "2");
        compare(item("dateField").text, "15/04/1998", "the date typed before amending stays");
        compare(item("nameField").text, "");

        const stored = TestSites.storedChecks(site.databasePath);
        compare(stored.length, 1);
        compare(stored[0].subjectName, "Lê Văn Tâm");
        compare(stored[0].reason, "gõ nhầm tên");
        compare(stored[0].earlier, 1, "the earlier version is kept");
        verify(/^Sửa lúc \d\d:\d\d \(lý do: gõ nhầm tên\)\. Trước đó: Khớp, 14\/04\/1998, Lê Văn Tám$/
               .test(item("recentHistory0").text), item("recentHistory0").text);
        verify(visibleTexts(item("recentList")).indexOf("đã sửa lại") >= 0, "the entry is marked as amended");
    }

    // Logging an entry number that is logged already: the service refuses it, nothing typed is lost.
    function logMatchRefused(date: string, name: string): void {
        typeText(date);
        keyClick(Qt.Key_Tab);
        typeText(name);
        keyClick(Qt.Key_F1);
        tryCompare(item("logMessageText"), "text", "Mục này đã được ghi. Hãy sửa mục đã ghi thay vì ghi lại.",
                   asyncTimeout);
        compare(item("nameField").text, name);
        verify(item("entryNumberField").activeFocus, "the focus goes to the entry number");
        verify(item("alreadyLoggedNotice").visible, "amending is offered");
    }

    function test_anAmendmentNeedsAReason(): void {
        startLogging();
        logMatch("14/04/1998", "Lê Văn Tám");
        keyClick(Qt.Key_F6);
        verify(item("recentList").activeFocus, "F6 goes to the last entries");
        keyClick(Qt.Key_Return);
        verify(item("reasonField").activeFocus);
        keyClick(Qt.Key_F4);
        tryVerify(() => visibleTexts(item("logMessage")).indexOf("• Cần ghi lý do sửa hoặc hủy.") >= 0, asyncTimeout);
        verify(item("reasonField").activeFocus, "the focus goes to the reason");
        typeText("trùng với hồ sơ khác");
        keyClick(Qt.Key_F4);
        tryCompare(item("confirmation"), "text", "Đã sửa số 1: Trùng trong CSDL.", asyncTimeout);
    }

    function test_amendFromTheLastEntriesAndEscGivesTheDraftBack(): void {
        const site = startLogging();
        logMatch("14/04/1998", "Lê Văn Tám");
        logMatch("15/04/1998", "Trần Thị Bé");
        typeText("16/04/1998"); // a draft of entry 3
        keyClick(Qt.Key_Tab);
        typeText("Ngô Văn Ba");
        keyClick(Qt.Key_F6);
        const list = item("recentList");
        compare(list.currentIndex, 0, "the newest entry first");
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        compare(item("entryNumberField").text, "1", "entry 1 is loaded");
        compare(item("nameField").text, "Lê Văn Tám");
        keyClick(Qt.Key_Escape);
        verify(!item("amendTitle").visible, "Esc stops amending");
        compare(item("entryNumberField").text, "3", "the draft is back");
        compare(item("dateField").text, "16/04/1998");
        compare(item("nameField").text, "Ngô Văn Ba");

        keyClick(Qt.Key_F6);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        typeText("sai ngày");
        keyClick(Qt.Key_Return);
        keySequence(StandardKey.SelectAll);
        typeText("13/04/1998");
        keyClick(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã sửa số 1: Khớp.", asyncTimeout);
        compare(item("entryNumberField").text, "3", "back to the entry being typed before");
        compare(item("dateField").text, "16/04/1998");
        compare(item("nameField").text, "Ngô Văn Ba");
        const stored = TestSites.storedChecks(site.databasePath);
        compare(stored[0].entry, 1, "the amendment is the newest row");
        compare(stored[0].registrationDate, "13/04/1998");
        compare(stored[0].reason, "sai ngày");
    }

    function test_voidFromTheLastEntries(): void {
        const site = startLogging();
        logMatch("14/04/1998", "Lê Văn Tám");
        logMatch("15/04/1998", "Trần Thị Bé");
        keyClick(Qt.Key_F6);
        keyClick(Qt.Key_Delete);
        verify(item("voidReasonField").activeFocus, "Delete asks for the reason");
        verify(visibleTexts(item("voidBox")).indexOf("Hủy số 2? Nhập lý do, Enter để hủy, Esc để giữ lại.") >= 0);
        keyClick(Qt.Key_Return);
        tryVerify(() => visibleTexts(item("logMessage")).indexOf("• Cần ghi lý do sửa hoặc hủy.") >= 0, asyncTimeout);
        verify(item("voidReasonField").activeFocus, "still asking");
        compare(TestSites.storedChecks(site.databasePath).length, 2, "nothing voided without a reason");
        typeText("ghi nhầm sổ");
        keyClick(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã hủy số 2.", asyncTimeout);
        compare(item("recentList").count, 1);
        const stored = TestSites.storedChecks(site.databasePath);
        compare(stored.length, 1, "the voided entry counts as not logged");
        compare(stored[0].entry, 1);
        verify(item("recentList").activeFocus, "the focus stays in the list");
        keyClick(Qt.Key_Escape);
        verify(item("dateField").activeFocus, "Esc goes back to the entry");
        compare(item("skipNoticeText").text, "Số 3 bỏ qua 1 số chưa ghi: 2.", "entry 2 is to log again");
    }
}
