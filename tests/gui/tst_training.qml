// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The training day (issue 18) by keyboard only, on a real training site (TestSites.trainingSite: the local one with a
// short birth book of five hand-made entries): the banner; a trainee pair logs the book on the same logging screen, the
// entry's two sides beside it (a missing record and an illegible entry as the database and the book show them) and the
// keys counted; after the last entry the score screen says what the answer key says — three outcomes of five right, the
// name correction missed, the writing difference corrected, the escalation missed, the keys per entry — each mistake
// with the right answer and its explanation; then the trainer's board with this pair, a second pair of the site that
// has logged nothing (its row says so), and the pair of another machine's results file, a file that is not one refused.
GuiTestCase {
    name: "Training"

    // Date, Tab, name, then the outcome key; waits for the save's confirmation.
    function logEntry(number: int, date: string, name: string, outcomeKey: int): void {
        typeText(date);
        keyClick(Qt.Key_Tab);
        typeText(name);
        keyClick(outcomeKey);
        tryVerify(() => item("confirmation").text.startsWith("Đã lưu số " + number + ":"), asyncTimeout,
                  "entry " + number + " saved: " + item("confirmation").text);
    }

    function sidesSay(bookName: string, databaseName: string): void {
        tryCompare(item("bookSide0"), "text", bookName);
        compare(item("databaseSide0").text, databaseName);
    }

    // The pair hv01 + hv02 signs in, chooses who reads first, and opens the short book (entries 1–5).
    function openShortBook(site: var): void {
        signInWith(site.readerName, site.readerPassword);
        tryVerify(() => findChild(shell, "partnerUserField") !== null && item("partnerUserField").activeFocus,
                  asyncTimeout, "the partner page asks for the second trainee");
        verify(item("trainingBanner").visible, "the training banner is shown once signed in to a training site");
        compare(item("trainingBannerText").text, "TẬP HUẤN — không phải dữ liệu thật");
        addPartner(site.checkerName, site.checkerPassword);
        tryVerify(() => findChild(shell, "rolesTitle") !== null, asyncTimeout, "the pair chooses the roles");
        keyClick(Qt.Key_1);
        const picker = item("bookPicker");
        tryCompare(picker, "count", 4); // a birth, a marriage and a death book of 20 entries, and the short one
        for (let i = 0; i < picker.count && picker.currentItem.entryRange !== "1–5"; ++i)
            keyClick(Qt.Key_Down);
        compare(picker.currentItem.entryRange, "1–5", "the short book is chosen");
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "dateField") !== null && item("dateField").activeFocus, asyncTimeout,
                  "the logging screen is shown with the focus in the registration date");
    }

    function test_aPairPlaysAShortBookAndSeesItsScore(): void {
        const site = useTrainingSite();
        verify(!item("trainingBanner").visible, "no banner before anyone is signed in (a site opened with --db)");
        openShortBook(site);
        verify(item("trainingBanner").visible, "the banner stays on the logging screen");

        // Entry 1: both sides agree. The keys are counted as they are pressed.
        compare(item("trainingSidesTitle").text, "Mục 1: sổ giấy và cơ sở dữ liệu quốc gia");
        sidesSay("Trần Thị Mai", "Trần Thị Mai");
        compare(item("bookSide1").text, "01/03/1991", "the fields in the schema's order: the birth date second");
        typeText("04/03/1991");
        compare(item("trainingKeys").text, "Số phím của mục này: 10");
        keyClick(Qt.Key_Tab);
        typeText("Trần Thị Mai");
        keyClick(Qt.Key_F1);
        tryVerify(() => item("confirmation").text.startsWith("Đã lưu số 1:"), asyncTimeout, "entry 1 saved");
        compare(item("trainingKeys").text, "Số phím của mục này: 0", "the count starts again after a save");

        // Entry 2: the database lost the tone marks — logged as a match (a missed correction).
        compare(item("trainingSidesTitle").text, "Mục 2: sổ giấy và cơ sở dữ liệu quốc gia");
        sidesSay("Lê Văn Hùng", "Le Van Hung");
        logEntry(2, "04/03/1991", "Lê Văn Hùng", Qt.Key_F1);

        // Entry 3: a tone placement — corrected anyway (a writing difference corrected; the log keeps it as a match).
        sidesSay("Nguyễn Thị Hoà", "Nguyễn Thị Hòa");
        typeText("05/03/1991");
        keyClick(Qt.Key_Tab);
        typeText("Nguyễn Thị Hoà");
        keyClick(Qt.Key_F2);
        verify(item("fieldFilter").activeFocus, "F2 opens the field picker, as on the real day");
        keyClick(Qt.Key_Return);
        verify(item("correctionBefore0").activeFocus, "the database's value is asked for");
        typeText("Nguyễn Thị Hòa");
        keyClick(Qt.Key_Return);
        tryVerify(() => item("confirmation").text.startsWith("Đã lưu số 3:"), asyncTimeout, "entry 3 saved");

        // Entry 4: the national database has no such record — entered new.
        tryCompare(item("trainingSidesNote"), "text", "Cơ sở dữ liệu quốc gia không tìm thấy bản ghi của mục này.");
        compare(item("databaseSide0").text, "—");
        logEntry(4, "05/03/1991", "Phạm Quốc Bảo", Qt.Key_F3);

        // Entry 5: the book cannot be read (its text with gaps) — logged as a match (an escalation missed).
        tryVerify(() => item("trainingIllegibleNote").visible, asyncTimeout, "the illegible entry says so");
        verify(item("bookSide0").text.indexOf("░") > 0, "the book's name is shown with gaps: " + item("bookSide0").text);
        verify(item("bookSide0").text !== "Võ Thị Thuý");
        compare(item("trainingSidesNote").text, "");
        typeText("06/03/1991");
        keyClick(Qt.Key_Tab);
        typeText("Võ Thị Thuý");
        keyClick(Qt.Key_F1);

        // After the last entry: the score screen.
        tryVerify(() => findChild(shell, "trainingScorePage") !== null, asyncTimeout, "the score follows the book");
        compare(Navigator.page, Navigator.TrainingScore);
        verify(item("trainingBanner").visible, "the banner is on the score screen too");
        tryCompare(item("scoreLogged"), "value", "5/5");
        compare(item("scoreOutcomes").value, "3/5");
        compare(item("scoreCorrections").value, "0/1");
        compare(item("scoreWritingDifferences").value, "1");
        compare(item("scoreMissedCorrections").value, "1");
        compare(item("scoreEscalationsMissed").value, "1");
        compare(item("scoreEscalationsUnneeded").value, "0");
        // 24 + 23 + 42 + 25 + 23 keys (the characters typed and the keys pressed) over five entries.
        compare(item("scoreKeys").value, "27,4");
        compare(item("readinessVerdict").text, "Cần tập thêm một lượt");
        verify(item("readinessRule").text.length > 20, "the rule in words: " + item("readinessRule").text);
        verify(item("readinessReasons").text.indexOf("bỏ sót một mục cần xin ý kiến") >= 0,
               item("readinessReasons").text);

        // Each mistake with the right answer and its explanation, in entry order, the list focused: entry 2's outcome
        // and its missed correction, entry 3's writing difference, entry 5's escalation.
        const list = item("mistakeList");
        verify(list.activeFocus, "the mistakes have the keyboard");
        compare(list.count, 4);
        const kinds = [];
        for (let i = 0; i < list.count; ++i) {
            list.currentIndex = i;
            const row = list.currentItem;
            kinds.push(row.entryNumber + ":" + row.kindName);
            verify(row.explanation.length > 10, "entry " + row.entryNumber + " is explained: " + row.explanation);
        }
        compare(kinds.slice().sort(), ["2:Bỏ sót sửa", "2:Sai kết quả", "3:Sửa nhầm khác biệt cách viết",
                                       "5:Bỏ sót xin ý kiến"]);
        verify(kinds[kinds.length - 1] === "5:Bỏ sót xin ý kiến", "in entry order: " + kinds);
        list.currentIndex = list.count - 1;
        const explanationVi = list.currentItem.explanation;
        list.currentIndex = kinds.indexOf("2:Bỏ sót sửa");
        compare(list.currentItem.field, "Họ, chữ đệm và tên");
        compare(list.currentItem.expected, "Lê Văn Hùng", "the right answer: the book's name");

        // In English: the banner, the verdict, the explanations and the decimal point follow the switch.
        keySequence("Ctrl+Shift+L");
        tryCompare(item("readinessVerdict"), "text", "Needs another round");
        compare(item("trainingBannerText").text, "TRAINING — not real data");
        compare(item("scoreKeys").value, "27.4");
        compare(item("scoreOutcomes").value, "3/5");
        list.currentIndex = list.count - 1;
        compare(list.currentItem.kindName, "Escalation missed");
        verify(list.currentItem.explanation !== explanationVi, "the explanation in English: " + list.currentItem.explanation);
        keySequence("Ctrl+Shift+L");
        tryCompare(item("readinessVerdict"), "text", "Cần tập thêm một lượt");

        // Esc back to the book; F7 shows the score again; Ctrl+B another book.
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "dateField") !== null && item("dateField").activeFocus, asyncTimeout,
                  "back on the logging screen");
        keyClick(Qt.Key_F7);
        tryCompare(Navigator, "page", Navigator.TrainingScore);
        tryCompare(item("scoreOutcomes"), "value", "3/5");
        keySequence("Ctrl+B");
        tryCompare(Navigator, "page", Navigator.Books);
    }

    function test_theTrainersBoardListsEveryPairAndImportsFiles(): void {
        const site = useTrainingSite();
        openShortBook(site);
        logEntry(1, "04/03/1991", "Trần Thị Mai", Qt.Key_F1);
        logEntry(2, "04/03/1991", "Lê Văn Hùng", Qt.Key_F1);
        keySequence("Ctrl+Shift+Q");
        tryCompare(Navigator, "page", Navigator.SignIn);
        // A second pair of the site, hv03 + hv04, has its books and has logged nothing.
        verify(TestSites.addTrainingPairs(site.databasePath, 1), "a second pair added to the site");
        item("userNameField").forceActiveFocus(); // the last user name is remembered: the focus waits for the password
        signInWith(site.trainerName, site.trainerPassword);
        tryCompare(Navigator, "page", Navigator.Home);
        verify(item("trainerBoardButton").visible, "the trainer's board is offered to the trainer");
        keyClick(Qt.Key_F7);
        tryVerify(() => findChild(shell, "trainerBoardPage") !== null, asyncTimeout, "F7 opens the trainer's board");
        const pairs = item("boardPairs");
        tryCompare(pairs, "count", 2);
        verify(pairs.activeFocus, "the pairs have the keyboard");
        tryVerify(() => pairs.currentItem !== null, asyncTimeout, "the pair's row is shown");
        compare(pairs.currentItem.pair, "hv01 + hv02");
        compare(pairs.currentItem.outcomes, "1/5");
        verify(pairs.currentItem.needsAnotherRound, "a pair half-way through its book needs another round");
        verify(pairs.currentItem.reasons.indexOf("Khai sinh: chưa ghi hết các mục") >= 0, pairs.currentItem.reasons);
        compare(item("boardSummary").text, "2 cặp; 2 cặp cần tập thêm.");
        // The pair that has logged nothing is on the board too, after the first in pair-number order, and says so.
        keyClick(Qt.Key_Down);
        compare(pairs.currentIndex, 1);
        const idle = pairs.currentItem;
        verify(idle.current, "the idle pair's row is marked as the chosen one");
        compare(idle.pair, "hv03 + hv04");
        compare(idle.site, "Tập huấn (máy này)");
        compare(idle.books, 0);
        compare(idle.outcomes, "—");
        compare(idle.corrections, "—");
        compare(idle.secondsPerEntry, "—");
        verify(idle.needsAnotherRound, "a pair that has logged nothing needs another round");
        compare(idle.reasons, "Chưa ghi mục nào");
        compare(findChild(idle, "boardReasons").text, "Chưa ghi mục nào");
        verify(findChild(idle, "boardReasons").visible, "the reason is shown on the row");
        compare(findChild(idle, "boardVerdict").text, "Tập thêm");
        keyClick(Qt.Key_Up);

        // This machine's own results again (counted once), another machine's pair, and a file that is not results.
        const own = TestSites.scratchPath("own-results.json");
        const other = TestSites.scratchPath("other-results.json");
        verify(TestSites.writeTrainingResults(site.databasePath, own, false));
        verify(TestSites.writeTrainingResults(site.databasePath, other, true));
        item("trainerBoardPage").importFiles([Qt.resolvedUrl("file://" + own), Qt.resolvedUrl("file://" + other),
                                              Qt.resolvedUrl("file://" + site.databasePath + ".keyring")]);
        tryCompare(pairs, "count", 3);
        compare(item("boardSummary").text, "3 cặp; 3 cặp cần tập thêm.");
        verify(showsText("own-results.json: Đã nhập 1 kết quả."), visibleTexts(shell));
        verify(showsText("other-results.json: Đã nhập 1 kết quả."), visibleTexts(shell));
        verify(visibleTexts(shell).some(t => t.startsWith("training.db.keyring: Không phải tệp kết quả")),
               "a file that is not results is refused with the reason");

        keyClick(Qt.Key_Escape);
        tryCompare(Navigator, "page", Navigator.Home);
    }

    function useTrainingSite(): var {
        const site = TestSites.trainingSite();
        verify(site.databasePath !== undefined, "the training site was made");
        SelectedSite.setDatabasePath(site.databasePath);
        return site;
    }
}
