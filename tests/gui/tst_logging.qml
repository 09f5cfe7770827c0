// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The logging screen with the keyboard only: a match, corrections with their class, a writing difference (no
// correction needed), a refused save that keeps what was typed, the other outcomes — and the key presses each takes.
// What is stored is read back through LogService (TestSites.storedChecks).
GuiTestCase {
    name: "Logging"

    readonly property string impossibleDateMessage: "Ngày đăng ký có ngày không tồn tại (ví dụ 31/04, 29/02 năm không "
        + "nhuận). Không nhập ngày sai: chuyển mục này cho giám sát (không xác định, xin ý kiến)."

    // Logs a match the quick way and waits for the confirmation.
    function logMatch(date: string, name: string, expected: string): void {
        typeText(date);
        press(Qt.Key_Tab);
        typeText(name);
        press(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", expected, asyncTimeout);
        verify(item("dateField").activeFocus, "the focus is back in the registration date");
    }

    // Whether the whole of `target` can be seen: inside the window and inside every clipping item above it (a
    // scrolled view).
    function wholeInView(target: Item): bool {
        const rect = target.mapToItem(shell, 0, 0, target.width, target.height);
        if (rect.y < 0 || rect.y + rect.height > shell.height || rect.x < 0 || rect.x + rect.width > shell.width)
            return false;
        for (let p = target.parent; p && p !== shell; p = p.parent) {
            if (!p.clip)
                continue;
            const clip = p.mapToItem(shell, 0, 0, p.width, p.height);
            if (rect.y < clip.y || rect.y + rect.height > clip.y + clip.height)
                return false;
        }
        return true;
    }

    // The focus ring is drawn round `target`, at least 2 px wide.
    function verifyRingAround(target: Item): void {
        const ring = item("focusRing");
        tryVerify(() => {
            const r = ring.mapToItem(shell, 0, 0, ring.width, ring.height);
            const t = target.mapToItem(shell, 0, 0, target.width, target.height);
            return ring.visible && r.x < t.x && r.y < t.y && r.x + r.width > t.x + t.width
                && r.y + r.height > t.y + t.height && r.width - t.width < 16;
        }, asyncTimeout, "the focus ring goes round " + target.objectName);
        verify(ring.border.width >= 2, "the ring is " + ring.border.width + " px wide");
    }

    function test_aMatchTakesTwoKeys(): void {
        const site = startLogging();
        compare(item("entryNumberField").text, "1", "the next entry number is already there");
        logMatch("14/04/1998", "Lê Văn Tám", "Đã lưu số 1: Khớp.");
        compare(item("entryNumberField").text, "2", "the number moves on");
        compare(item("nameField").text, "", "the name is cleared");
        compare(item("dateField").text, "14/04/1998", "the registration date stays for the next entry");
        compare(item("dateField").selectedText, "14/04/1998", "…selected, so typing replaces it");

        keyPresses = 0; // right after the previous save: a new date typed over the old one
        logMatch("15/04/1998", "Trần Thị Bé", "Đã lưu số 2: Khớp.");
        verify(keyPresses <= 2, "a match took " + keyPresses + " key presses");
        compare(keyPresses, 2);

        keyPresses = 0; // the same date again: it is left as typed
        press(Qt.Key_Tab);
        typeText("Phạm Văn Cường");
        press(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã lưu số 3: Khớp.", asyncTimeout);
        verify(keyPresses <= 2, "a match on the same date took " + keyPresses + " key presses");

        const stored = TestSites.storedChecks(site.databasePath);
        compare(stored.length, 3);
        compare(stored[0].entry, 3);
        compare(stored[0].outcome, "match");
        compare(stored[0].registrationDate, "15/04/1998");
        compare(stored[0].subjectName, "Phạm Văn Cường");
        compare(stored[2].subjectName, "Lê Văn Tám");
        compare(item("recentList").count, 3);
        compare(item("recentTitle0").text, "Số 3 · Khớp");
        tryCompare(item("workTimeLabel"), "text", item("workTimeLabel").text.replace(/Hôm nay: .*/,
                   "Hôm nay: 3 mục, 0 có sửa, 0 xin ý kiến"));
        verify(item("workTimeLabel").text.endsWith("Hôm nay: 3 mục, 0 có sửa, 0 xin ý kiến"),
               item("workTimeLabel").text);
    }

    function test_enterMovesOnWhenNoOutcomeIsPrepared(): void {
        startLogging();
        typeText("1998");
        keyClick(Qt.Key_Return);
        verify(item("nameField").activeFocus, "Enter in the date goes on to the name");
        typeText("Lê Văn Tám");
        keyClick(Qt.Key_Return);
        verify(item("nameField").activeFocus, "Enter in the name logs nothing without an outcome key");
        compare(item("confirmation").text, "");
    }

    function test_aNameCorrectionTakesFourKeys(): void {
        const site = startLogging();
        logMatch("14/04/1998", "Trần Thị Bé", "Đã lưu số 1: Khớp.");

        keyPresses = 0;
        press(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        press(Qt.Key_F2);
        verify(item("fieldFilter").activeFocus, "F2 opens the field picker");
        compare(item("fieldList").currentItem.label, "Họ, chữ đệm và tên", "the subject's name comes first");
        press(Qt.Key_Return);
        verify(item("correctionBefore0").activeFocus, "the database's value is asked for");
        compare(item("correctionAfter0").text, "Lê Văn Tám", "the register's value is the name typed above");
        typeText("Le Van Tam");
        compare(item("correctionClass0").text, "Dấu", "the class is shown as it is typed");
        press(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã lưu số 2: Đã sửa.", asyncTimeout);
        verify(keyPresses <= 4, "a one-field name correction took " + keyPresses + " key presses");

        const stored = TestSites.storedChecks(site.databasePath);
        compare(stored[0].outcome, "corrected");
        compare(stored[0].corrections.length, 1);
        compare(stored[0].corrections[0].field, "subject.full_name");
        compare(stored[0].corrections[0].before, "Le Van Tam");
        compare(stored[0].corrections[0].after, "Lê Văn Tám");
        compare(stored[0].corrections[0]["class"], "diacritic");
        compare(stored[0].corrections[0].writingDifference, false);
        compare(item("recentCorrections0").text, "Họ, chữ đệm và tên: Le Van Tam → Lê Văn Tám (Dấu)");
        verify(!item("correctionSummary").visible, "the corrections are cleared for the next entry");
    }

    // What volunteers type finds the field (any word of the label, synonyms, no tone marks; the best match first); sex
    // is chosen from its list and a change of it is its own class; a corrected birth date after the registration is
    // refused on its correction, as `validate` refuses it, and escalated with F5 like an impossible date.
    function test_pickerFindsWhatVolunteersTypeAndListsAndRulesApply(): void {
        const site = startLogging();
        typeText("14/04/1998");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        for (const [typed, label] of [["ngay sinh", "Ngày, tháng, năm sinh"], ["cccd", "Số định danh cá nhân"],
                                      ["cmnd", "Số định danh cá nhân"], ["que", "Quê quán"]]) {
            keyClick(Qt.Key_F2);
            typeText(typed);
            compare(item("fieldList").currentItem.label, label, "'" + typed + "' finds " + label);
            keyClick(Qt.Key_Escape);
        }
        keyClick(Qt.Key_F2);
        typeText("ns");
        keyClick(Qt.Key_Return);
        typeText("02/04/1998");
        keyClick(Qt.Key_Return);
        typeText("20/04/1998");
        tryCompare(item("correctionNote0"), "text", "Ngày sinh sau ngày đăng ký khai sinh. Nếu sổ ghi đúng như vậy, "
                   + "chuyển mục này cho giám sát (không xác định, xin ý kiến).");
        keyClick(Qt.Key_Return);
        compare(TestSites.storedChecks(site.databasePath).length, 0, "an impossible entry is not saved");
        // It is escalated as an impossible date is: F5 carries the register's value into what the book shows.
        keyClick(Qt.Key_F5);
        verify(item("transcriptField").activeFocus, "F5 asks what the book shows");
        compare(item("transcriptField").text, "Ngày, tháng, năm sinh: 20/04/1998");
        verify(!item("correctionSummary").visible, "an escalation carries no correction");
        // Esc gives back what F5 moved: the correction as typed, and no transcript; F5 again escalates.
        keyClick(Qt.Key_Escape);
        compare(item("correctionAfter0").text, "20/04/1998", "the correction is back");
        compare(item("transcriptField").text, "");
        keyClick(Qt.Key_F5);
        compare(item("transcriptField").text, "Ngày, tháng, năm sinh: 20/04/1998");
        keyClick(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Không xác định, xin ý kiến.", asyncTimeout);
        compare(TestSites.storedChecks(site.databasePath)[0].transcript, "Ngày, tháng, năm sinh: 20/04/1998");

        keyClick(Qt.Key_Tab);
        typeText("Lê Thị Ba");
        keyClick(Qt.Key_F2);
        typeText("gt");
        keyClick(Qt.Key_Return);
        verify(item("correctionBefore0").activeFocus, "the sex is corrected");
        typeText("nữ");
        keyClick(Qt.Key_Return);
        typeText("n");
        verify(item("correctionChoices0").visible, "the list is offered");
        keyClick(Qt.Key_Return);
        compare(item("correctionAfter0").text, "n", "\"n\" is Nam or Nữ: Enter takes no guess");
        verify(item("logMessage").visible, "and nothing is saved");
        compare(TestSites.storedChecks(site.databasePath).length, 1);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        compare(item("correctionAfter0").text, "Nam", "↓ and Enter take the first value of the list");
        compare(item("correctionClass0").text, "Giá trị khác trong danh mục");
        keyClick(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã lưu số 2: Đã sửa.", asyncTimeout);
        const stored = TestSites.storedChecks(site.databasePath);
        compare(stored[0].corrections[0].field, "subject.sex");
        compare(stored[0].corrections[0].after, "Nam");
        compare(stored[0].corrections[0]["class"], "value");
    }

    function test_pickerFiltersAndSeveralCorrections(): void {
        const site = startLogging();
        typeText("14/04/1998");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        keyClick(Qt.Key_F2);
        typeText("nam sinh");
        compare(item("fieldList").count, 3, "typing narrows the fields (tone marks do not matter)");
        compare(item("fieldList").currentItem.label, "Ngày, tháng, năm sinh");
        keyClick(Qt.Key_Down);
        compare(item("fieldList").currentItem.label, "Năm sinh của cha");
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Return);
        verify(item("correctionBefore0").activeFocus);
        compare(item("correctionAfter0").text, "", "only the name and the date are prefilled");
        typeText("03/05/1980");
        keyClick(Qt.Key_Return);
        verify(item("correctionAfter0").activeFocus, "Enter goes on to an empty register value");
        typeText("05/03/1980");
        compare(item("correctionClass0").text, "Đảo ngày và tháng");
        keyClick(Qt.Key_F2);
        typeText("cha");
        compare(item("fieldList").currentItem.label, "Họ, chữ đệm và tên cha");
        keyClick(Qt.Key_Return);
        verify(item("correctionBefore1").activeFocus, "a second correction");
        typeText("Le Van Ba");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Bá");
        compare(item("correctionSummary").text, "Mục sửa: 2 · không cần sửa: 0 · F2 thêm mục, Enter để lưu");
        keyClick(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Đã sửa.", asyncTimeout);
        const corrections = TestSites.storedChecks(site.databasePath)[0].corrections;
        compare(corrections.length, 2);
        compare(corrections[0].field, "subject.birth_date");
        compare(corrections[0]["class"], "date_day_month_swap");
        compare(corrections[1].field, "father.full_name");
        compare(corrections[1]["class"], "diacritic");
        verify(item("workTimeLabel").text.endsWith("Hôm nay: 1 mục, 1 có sửa, 0 xin ý kiến"), item("workTimeLabel").text);
    }

    function test_aWritingDifferenceNeedsNoCorrection(): void {
        const site = startLogging();
        typeText("14/04/1998");
        keyClick(Qt.Key_Tab);
        typeText("Nguyễn Thị Hoà");
        keyClick(Qt.Key_F2);
        keyClick(Qt.Key_Return);
        typeText("Nguyễn Thị Hòa");
        compare(item("correctionClass0").text, "Không cần sửa · Vị trí dấu thanh");
        compare(item("correctionSummary").text, "Mục sửa: 0 · không cần sửa: 1 · F2 thêm mục, Enter để lưu");
        keyClick(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Khớp. Không cần sửa 1 khác biệt cách viết.",
                   asyncTimeout);
        const stored = TestSites.storedChecks(site.databasePath)[0];
        compare(stored.outcome, "match", "nothing needed correcting in the database");
        compare(stored.corrections.length, 1, "the writing difference is kept for the record");
        compare(stored.corrections[0]["class"], "tone_placement");
        compare(stored.corrections[0].writingDifference, true);
        compare(item("recentCorrections0").text, "", "not listed as a correction…");
        compare(item("recentWriting0").text,
                "Không cần sửa: Họ, chữ đệm và tên: Nguyễn Thị Hòa → Nguyễn Thị Hoà (Vị trí dấu thanh)", "…but apart");
        verify(item("workTimeLabel").text.endsWith("Hôm nay: 1 mục, 0 có sửa, 0 xin ý kiến"), item("workTimeLabel").text);
    }

    function test_anImpossibleDateIsRefusedAndKept(): void {
        const site = startLogging();
        typeText("31/04/1998");
        compare(item("dateNote").text, impossibleDateMessage, "the finding is shown beside the field as it is typed");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        keyClick(Qt.Key_F1);
        tryCompare(item("logMessageText"), "text", "Chưa lưu được mục này: xem các thông báo bên cạnh từng ô.",
                   asyncTimeout);
        verify(visibleTexts(item("logMessage")).indexOf("• " + impossibleDateMessage) >= 0, "the finding is listed");
        compare(item("dateField").text, "31/04/1998", "what was typed is kept");
        compare(item("nameField").text, "Lê Văn Tám");
        compare(item("entryNumberField").text, "1");
        verify(item("dateField").activeFocus, "the focus goes to the field to fix");
        compare(item("confirmation").visible, false);
        compare(TestSites.storedChecks(site.databasePath).length, 0, "nothing was stored");

        // Such an entry goes to the supervisor: the date as the book shows it moves into the transcript.
        keyClick(Qt.Key_F5);
        verify(item("transcriptField").activeFocus, "F5 asks what the book shows");
        compare(item("transcriptField").text, "31/04/1998");
        compare(item("dateField").text, "");
        keyClick(Qt.Key_End);
        typeText(" ngày không có thật");
        keyClick(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Không xác định, xin ý kiến.", asyncTimeout);
        const stored = TestSites.storedChecks(site.databasePath)[0];
        compare(stored.outcome, "escalated");
        compare(stored.transcript, "31/04/1998 ngày không có thật");
        compare(stored.subjectName, "Lê Văn Tám");
        verify(item("workTimeLabel").text.endsWith("Hôm nay: 1 mục, 0 có sửa, 1 xin ý kiến"), item("workTimeLabel").text);
    }

    function test_escalationNeedsATranscript(): void {
        startLogging();
        keyClick(Qt.Key_F5);
        keyClick(Qt.Key_Return);
        tryVerify(() => visibleTexts(item("logMessage")).indexOf(
                      "• Ghi lại những gì đọc được trong sổ (dùng _ cho một chữ không đọc được, * cho nhiều chữ).") >= 0,
                  asyncTimeout);
        verify(item("transcriptField").activeFocus);
        typeText("Ng_y*n V*");
        keyClick(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Không xác định, xin ý kiến.", asyncTimeout);
    }

    function test_missingAndDuplicate(): void {
        const site = startLogging();
        typeText("14/04/1998");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        keyClick(Qt.Key_F3);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Chưa có, đã nhập mới.", asyncTimeout);
        keyClick(Qt.Key_Tab);
        typeText("Trần Văn Hai");
        keySequence("Ctrl+4");
        tryCompare(item("confirmation"), "text", "Đã lưu số 2: Trùng trong CSDL.", asyncTimeout);
        const stored = TestSites.storedChecks(site.databasePath);
        compare(stored[0].outcome, "duplicate_in_database");
        compare(stored[1].outcome, "missing_entered_new");
    }

    function test_escDropsThePreparedCorrection(): void {
        const site = startLogging();
        typeText("14/04/1998");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        keyClick(Qt.Key_F2);
        keyClick(Qt.Key_Escape);
        verify(!item("fieldFilter").visible, "Esc closes the picker");
        verify(item("nameField").activeFocus);
        keyClick(Qt.Key_F2);
        keyClick(Qt.Key_Return);
        typeText("Le Van Tam");
        keyClick(Qt.Key_Escape);
        verify(!item("correctionSummary").visible, "Esc drops the correction");
        compare(item("nameField").text, "Lê Văn Tám", "the entry itself stays");
        keyClick(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã lưu số 1: Khớp.", asyncTimeout);
        compare(TestSites.storedChecks(site.databasePath)[0].corrections.length, 0);
    }

    // Tab never leaves the draft: from its last field it goes round to its first (Shift+Tab the other way), so Enter,
    // which saves here, never lands in the last entries, where it would open an old entry over the draft. The last
    // entries are reached with F6 only. The focus ring shows where the focus is, in a field and on a row.
    function test_tabStaysInTheDraft(): void {
        startLogging();
        logMatch("14/04/1998", "Lê Văn Tám", "Đã lưu số 1: Khớp.");
        verifyRingAround(item("dateField"));
        keyClick(Qt.Key_Tab);
        typeText("Trần Thị Bé");
        keyClick(Qt.Key_F2);
        keyClick(Qt.Key_Return);
        verify(item("correctionBefore0").activeFocus);
        typeText("Tran Thi Be");
        keyClick(Qt.Key_Tab);
        verify(item("correctionAfter0").activeFocus);
        verifyRingAround(item("correctionAfter0"));
        keyClick(Qt.Key_Tab);
        verify(!item("recentList").activeFocus, "Tab from the last field does not walk into the last entries");
        verify(item("entryNumberField").activeFocus, "…it goes round to the draft's first field");
        keyClick(Qt.Key_Return);
        verify(!item("reasonField").visible, "no old entry was opened for amendment");
        compare(item("nameField").text, "Trần Thị Bé", "the draft is still there");
        compare(item("correctionBefore0").text, "Tran Thi Be");
        keyClick(Qt.Key_Tab, Qt.ShiftModifier);
        verify(item("entryNumberField").activeFocus, "Shift+Tab goes back");
        keyClick(Qt.Key_Backtab);
        verify(item("correctionAfter0").activeFocus, "…and round to the last field");
        keyClick(Qt.Key_F6);
        verify(item("recentList").activeFocus, "F6 goes to the last entries");
        verifyRingAround(item("recentList").currentItem);
        keyClick(Qt.Key_F6);
        verify(item("dateField").activeFocus, "F6 goes back to the draft");
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã lưu số 2: Đã sửa.", asyncTimeout);
    }

    // At 1024×700, with a book that has a gap and an entry with three corrections, the cards go below the window's
    // edge: the page scrolls to whatever field has the focus, and back.
    function test_theFocusedFieldIsAlwaysInView(): void {
        compare(shell.height, 700);
        startLogging();
        logMatch("14/04/1998", "Lê Văn Tám", "Đã lưu số 1: Khớp.");
        keyClick(Qt.Key_Backtab);
        typeText("3"); // entry 2 skipped: the gap is shown above the fields from now on
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Tab);
        typeText("Trần Văn Hai");
        keyClick(Qt.Key_F1);
        tryCompare(item("confirmation"), "text", "Đã lưu số 3: Khớp.", asyncTimeout);
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        keyClick(Qt.Key_F2);
        keyClick(Qt.Key_Return);
        typeText("Le Van Tam");
        keyClick(Qt.Key_F2);
        typeText("nam sinh");
        keyClick(Qt.Key_Return);
        typeText("03/05/1980");
        keyClick(Qt.Key_Return);
        typeText("05/03/1980");
        tryVerify(() => wholeInView(item("correctionAfter1")), asyncTimeout, "the second card is in view");
        keyClick(Qt.Key_F2);
        typeText("cha");
        keyClick(Qt.Key_Return);
        verify(item("correctionBefore2").activeFocus, "a third correction card");
        tryVerify(() => wholeInView(item("correctionBefore2")), asyncTimeout, "its field is scrolled into view");
        typeText("Le Van Ba");
        keyClick(Qt.Key_Tab);
        tryVerify(() => wholeInView(item("correctionAfter2")), asyncTimeout, "and the next one");
        keyClick(Qt.Key_Tab);
        verify(item("entryNumberField").activeFocus);
        tryVerify(() => wholeInView(item("entryNumberField")), asyncTimeout, "back up to the entry number");
        keyClick(Qt.Key_Backtab);
        tryVerify(() => wholeInView(item("correctionAfter2")), asyncTimeout, "and down again");
        keyClick(Qt.Key_Return);
        tryCompare(item("confirmation"), "text", "Đã lưu số 4: Đã sửa.", asyncTimeout);
    }

    // A refusal goes once the field it blamed is typed again; typing another field leaves it.
    function test_aRefusalGoesWhenItsFieldIsTypedAgain(): void {
        startLogging();
        typeText("31/04/1998");
        keyClick(Qt.Key_Tab);
        typeText("Lê Văn Tám");
        keyClick(Qt.Key_F1);
        tryCompare(item("logMessageText"), "text", "Chưa lưu được mục này: xem các thông báo bên cạnh từng ô.",
                   asyncTimeout);
        verify(item("dateField").activeFocus);
        keyClick(Qt.Key_Tab);
        typeText(" A");
        verify(item("logMessage").visible, "typing another field leaves the refusal");
        keyClick(Qt.Key_Backtab);
        verify(item("dateField").activeFocus);
        typeText("30/04/1998");
        verify(!item("logMessage").visible, "the refusal goes once its field is typed again");
        compare(item("dateNote").text, "");
    }

    // The warnings about the number being typed come and go with each digit; the fields below do not move (within the
    // scrolled column: going to the number may scroll it into view, which is not the form jumping).
    function test_warningsKeepTheirPlace(): void {
        startLogging();
        logMatch("14/04/1998", "Lê Văn Tám", "Đã lưu số 1: Khớp.");
        const dateY = item("dateField").mapToItem(item("entryScroll").contentItem, 0, 0).y;
        keyClick(Qt.Key_Backtab);
        verify(item("entryNumberField").activeFocus);
        typeText("1");
        tryVerify(() => item("alreadyLoggedNotice").visible, asyncTimeout, "entry 1 is logged already");
        waitForRendering(shell); // laid out
        compare(item("dateField").mapToItem(item("entryScroll").contentItem, 0, 0).y, dateY, "the date stays where it was");
        keyClick(Qt.Key_Backspace);
        typeText("9");
        tryVerify(() => item("skipNotice").visible, asyncTimeout, "entry 9 skips numbers");
        waitForRendering(shell);
        verify(!item("alreadyLoggedNotice").visible);
        compare(item("dateField").mapToItem(item("entryScroll").contentItem, 0, 0).y, dateY, "the date stays where it was");
    }

    // The database's write-ahead log is copied into the main file a moment after a save, not inside one: once it
    // has passed 1,000 pages and the pair pauses, the next entries are written from the start of the log again, so
    // the log file stops growing.
    function test_theLogIsSettledWhileThePairReads(): void {
        const site = startLogging();
        typeText("14/04/1998");
        let entry = 0;
        while (TestSites.walSize(site.databasePath) < 1100 * 4096 && entry < 600) {
            ++entry;
            keyClick(Qt.Key_Tab);
            typeText("Lê Văn Tám");
            keyClick(Qt.Key_F1);
            tryCompare(item("confirmation"), "text", "Đã lưu số " + entry + ": Khớp.", asyncTimeout);
        }
        verify(TestSites.walSize(site.databasePath) >= 1100 * 4096, "the log grew past the checkpoint size");
        wait(800); // the pair reads the next entry aloud
        const settled = TestSites.walSize(site.databasePath);
        for (let i = 0; i < 3; ++i) {
            ++entry;
            keyClick(Qt.Key_Tab);
            typeText("Lê Văn Tám");
            keyClick(Qt.Key_F1);
            tryCompare(item("confirmation"), "text", "Đã lưu số " + entry + ": Khớp.", asyncTimeout);
        }
        compare(TestSites.walSize(site.databasePath), settled, "the next entries reuse the start of the log");
        compare(TestSites.storedChecks(site.databasePath).length, entry);
    }
}
