// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// What a save changed is shown from the service's receipt, read in the save's own transaction: the logging screen
// reads nothing back after it saved (TestSites.traceStatements counts what the GUI asks of its database).
GuiTestCase {
    name: "Receipt"

    // A save asks about 20 statements of the database (the pair, the book, the entry's state, the row and its
    // corrections, the audit event, the receipt's progress and counts); the form's reading back used to add ~40.
    readonly property int maxStatementsPerSave: 25

    // A key press that saves, with what the GUI asked of its database meanwhile (TestSites.traceStatements).
    function saveTraced(key: int): var {
        verify(TestSites.traceStatements(true), "the GUI's open database is watched");
        keyClick(key);
        const statements = TestSites.tracedStatements();
        TestSites.traceStatements(false);
        return statements;
    }

    // The save committed and nothing ran after its COMMIT; the whole save asked for a bounded number of statements.
    function verifyNothingReadBack(statements: var, what: string): void {
        const commit = statements.lastIndexOf("COMMIT");
        verify(commit >= 0, what + " committed: " + statements.join(" | "));
        compare(statements.slice(commit + 1), [], what + ": no statement runs between the commit and the end of the save");
        verify(statements.length <= maxStatementsPerSave,
               what + " took " + statements.length + " statements: " + statements.join(" | "));
    }

    // After a save the screen shows what the service's receipt says — the book's progress, the last entries (an
    // amended entry replaced with its history, a voided one gone), today's counts — read in the save's own transaction:
    // between the COMMIT and the end of the key press that saved, the GUI asks nothing of the database. A form that
    // read back what it had just written would run statements after the COMMIT, and this test would fail.
    function test_aSaveReadsNothingBack(): void {
        const site = startLogging();
        typeText("14/04/1998");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        let statements = saveTraced(Qt.Key_F1);
        compare(item("confirmation").text, "Đã lưu số 1: Khớp.", "saved within the key press");
        verifyNothingReadBack(statements, "a match");
        compare(item("bookCounts").text, "Đã ghi 1 · số tiếp theo 2");
        compare(item("entryNumberField").text, "2");
        compare(item("recentList").count, 1);
        compare(item("recentTitle0").text, "Số 1 · Khớp");
        verify(item("workTimeLabel").text.endsWith("Hôm nay: 1 mục, 0 có sửa, 0 xin ý kiến"), item("workTimeLabel").text);

        keyClick(Qt.Key_Tab);
        typeText("Trần Thị Bé");
        keyClick(Qt.Key_F2);
        keyClick(Qt.Key_Return);
        typeText("Tran Thi Be");
        statements = saveTraced(Qt.Key_Return);
        compare(item("confirmation").text, "Đã lưu số 2: Đã sửa.");
        verifyNothingReadBack(statements, "a correction");
        compare(item("bookCounts").text, "Đã ghi 2 · số tiếp theo 3");
        compare(item("recentList").count, 2);
        compare(item("recentTitle0").text, "Số 2 · Đã sửa", "the newest entry first");
        compare(item("recentCorrections0").text, "Họ, chữ đệm và tên: Tran Thi Be → Trần Thị Bé (Dấu)");
        verify(item("workTimeLabel").text.endsWith("Hôm nay: 2 mục, 1 có sửa, 0 xin ý kiến"), item("workTimeLabel").text);

        // Entry 1 amended from the last entries, while entry 3 is the next one.
        keyClick(Qt.Key_F6);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        verify(item("reasonField").activeFocus, "amending entry 1");
        typeText("sai tên");
        keyClick(Qt.Key_Return);
        keyClick(Qt.Key_Tab);
        keySequence(StandardKey.SelectAll);
        typeText("Lê Văn Tâm");
        statements = saveTraced(Qt.Key_F1);
        compare(item("confirmation").text, "Đã sửa số 1: Khớp.");
        verifyNothingReadBack(statements, "an amendment");
        compare(item("entryNumberField").text, "3", "back to the next entry");
        compare(item("bookCounts").text, "Đã ghi 2 · số tiếp theo 3");
        compare(item("recentList").count, 2, "the amendment replaces the row it supersedes");
        compare(item("recentTitle0").text, "Số 1 · Khớp", "the amended entry is the newest");
        verify(/^Sửa lúc \d\d:\d\d \(lý do: sai tên\)\. Trước đó: Khớp, 14\/04\/1998, Lê Văn Tám$/
               .test(item("recentHistory0").text), item("recentHistory0").text);
        compare(item("recentTitle1").text, "Số 2 · Đã sửa");
        verify(item("workTimeLabel").text.endsWith("Hôm nay: 2 mục, 1 có sửa, 0 xin ý kiến"), item("workTimeLabel").text);

        // Entry 2 voided.
        keyClick(Qt.Key_F6);
        compare(item("recentList").currentIndex, 0, "the newest entry is chosen after a save");
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Delete);
        typeText("ghi nhầm sổ");
        statements = saveTraced(Qt.Key_Return);
        compare(item("confirmation").text, "Đã hủy số 2.");
        verifyNothingReadBack(statements, "a void");
        compare(item("bookCounts").text, "Đã ghi 1 · số tiếp theo 2");
        compare(item("recentList").count, 1, "the voided entry is gone");
        compare(item("recentTitle0").text, "Số 1 · Khớp");
        verify(item("recentHistory0").text.startsWith("Sửa lúc "), "the amended entry keeps its history");
        verify(item("workTimeLabel").text.endsWith("Hôm nay: 1 mục, 0 có sửa, 0 xin ý kiến"), item("workTimeLabel").text);
        compare(item("skipNoticeText").text, "Số 3 bỏ qua 1 số chưa ghi: 2.", "entry 2 is to log again");

        // What the screen shows is what is stored.
        const stored = TestSites.storedChecks(site.databasePath);
        compare(stored.length, 1);
        compare(stored[0].entry, 1);
        compare(stored[0].subjectName, "Lê Văn Tâm");
        compare(stored[0].earlier, 1);
    }

    // A draft put aside for an amendment comes back with its warning — its entry is already logged — from what the
    // screen knew and what the receipt changed, not from a query after the commit.
    function test_aDraftComesBackWithItsWarning(): void {
        startLogging();
        for (const name of ["Lê Văn Tám", "Trần Thị Bé"]) {
            typeText("14/04/1998");
            keyClick(Qt.Key_Tab);
            typeText(name);
            keyClick(Qt.Key_F1);
        }
        compare(item("confirmation").text, "Đã lưu số 2: Khớp.");
        keyClick(Qt.Key_Tab, Qt.ShiftModifier);
        keySequence(StandardKey.SelectAll);
        typeText("1");
        compare(item("alreadyLoggedNoticeText").text, "Số 1 đã được ghi: Khớp, 14/04/1998, Lê Văn Tám.");

        keyClick(Qt.Key_F6);
        keyClick(Qt.Key_Return);
        verify(item("reasonField").activeFocus, "amending entry 2");
        typeText("sai tên");
        keyClick(Qt.Key_Tab); // Enter would save the loaded correction as it stands; Tab goes on to the date
        keyClick(Qt.Key_Tab);
        keySequence(StandardKey.SelectAll);
        typeText("Trần Thị Bế");
        const statements = saveTraced(Qt.Key_F1);
        compare(item("confirmation").text, "Đã sửa số 2: Khớp.");
        verifyNothingReadBack(statements, "an amendment");
        compare(item("entryNumberField").text, "1", "the draft is back");
        compare(item("alreadyLoggedNoticeText").text, "Số 1 đã được ghi: Khớp, 14/04/1998, Lê Văn Tám.",
                "with its warning");
    }
}
