// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The hub's pages, by keyboard: a province account's home is the province board (every district and commune, the
// totals, the chart); arrows and Ctrl+arrows move through districts and communes, Enter drills down to a commune
// (books, alarms, days), Esc comes back with the same row chosen; a district account sees only its district.
GuiTestCase {
    name: "Hub"

    function signInTo(userName: string, password: string): void {
        signInWith(userName, password);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "the province board is shown");
        compare(Navigator.page, Navigator.Board);
        verify(findChild(shell, "greeting") === null, "not the commune's home page");
    }

    function currentRow(): var {
        return item("districtTable").currentRow;
    }

    // Down arrow until the chosen row is the commune `name`.
    function moveTo(name: string): void {
        const list = item("boardList");
        for (let i = 0; i < list.count && currentRow().name !== name; ++i)
            keyClick(Qt.Key_Down);
        compare(currentRow().name, name, "the arrows reach " + name);
    }

    // The focus ring is drawn round the chosen row of `list`.
    function verifyRingOnRow(list: Item): void {
        const ring = item("focusRing");
        tryVerify(() => {
            const target = list.currentItem;
            if (!target)
                return false;
            const r = ring.mapToItem(shell, 0, 0, ring.width, ring.height);
            const t = target.mapToItem(shell, 0, 0, target.width, target.height);
            return ring.visible && r.x < t.x && r.y < t.y && r.x + r.width > t.x + t.width
                && r.y + r.height > t.y + t.height && r.y >= 0 && r.y + r.height <= shell.height;
        }, asyncTimeout, "the focus ring goes round the chosen row, on screen");
    }

    function test_provinceSeesEveryDistrictAndDrillsDownByKeyboard(): void {
        const site = useSite("hub");
        signInTo(site.provinceName, site.provincePassword);
        compare(item("boardTitle").text, "Bảng tiến độ · Toàn tỉnh");
        verify(item("boardPeriod").text.startsWith("Kế hoạch đến nay: "), item("boardPeriod").text);
        const list = item("boardList");
        tryCompare(list, "count", 9 + 91); // nine districts and the campaign's 91 communes, enrolled (88) or not yet (3)
        verify(list.activeFocus, "the table has the focus");
        verifyRingOnRow(list);
        verify(currentRow().district === true, "the first row is a district");
        const first = currentRow().name;

        keyClick(Qt.Key_Down);
        verify(currentRow().district === false, "↓ goes to the district's first commune");
        compare(currentRow().districtName, first);
        keyClick(Qt.Key_Return); // a commune: opens it — tested below with Thanh An; here come back at once
        tryVerify(() => findChild(shell, "communeTitle") !== null, asyncTimeout, "Enter opens the commune");
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "Esc goes back to the board");
        tryVerify(() => item("boardList").count > 0 && currentRow().district === false, asyncTimeout,
                  "on the same commune's row");

        const board = item("boardList");
        keyClick(Qt.Key_Down, Qt.ControlModifier);
        verify(currentRow().district === true, "Ctrl+↓ goes to the next district");
        verify(currentRow().name !== first, "another district");
        keyClick(Qt.Key_Up, Qt.ControlModifier);
        compare(currentRow().name, first, "Ctrl+↑ back to the first");
        keyClick(Qt.Key_Return);
        compare(Navigator.page, Navigator.Board, "Enter on a district stays on the board");

        moveTo(site.drillCommune);
        compare(currentRow().districtName, site.district);
        verify(currentRow().alarmCount === 2, "Thanh An has two open alarms (the fork was cleared)");
        verifyRingOnRow(board);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(shell, "communeTitle") !== null, asyncTimeout, "the commune's page");
        compare(Navigator.page, Navigator.Commune);
        compare(item("communeTitle").text, "Thanh An (Dầu Tiếng)");
        const books = item("hubBookList");
        tryCompare(books, "count", 2);
        verify(books.activeFocus, "the books have the focus");
        const texts = visibleTexts(books);
        for (const expected of ["Khai sinh, quyển 01, 1998", "Khai tử, quyển 02, 2010", "1–900", "Đang mở", "Đã đóng",
                                "820", "120"]) {
            verify(texts.indexOf(expected) >= 0, "the books show " + expected + ": " + texts.join(" | "));
        }
        const alarms = item("alarmList");
        tryCompare(alarms, "count", 3);
        keyClick(Qt.Key_Tab);
        verify(alarms.activeFocus, "Tab goes to the alarms");
        verifyRingOnRow(alarms);
        verify(visibleTexts(alarms).some(t => t.startsWith("Giữ lại")), visibleTexts(alarms).join(" | "));
        verify(findChild(shell, "communeChart").visible, "the commune's days are charted");

        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "Esc goes back to the board");
        compare(Navigator.page, Navigator.Board);
        verify(item("boardList").activeFocus, "the table has the focus again");
        compare(currentRow().name, site.drillCommune, "on the commune's row");
        verifyRingOnRow(item("boardList"));
    }

    function test_aDistrictAccountSeesOnlyItsDistrict(): void {
        const site = useSite("hub");
        signInTo(site.districtName, site.districtPassword);
        compare(item("boardTitle").text, "Bảng tiến độ · Huyện: Dầu Tiếng");
        const list = item("boardList");
        tryCompare(list, "count", 1 + 12);
        for (let i = 0; i < 13; ++i) {
            compare(currentRow().districtName, site.district);
            keyClick(Qt.Key_Down);
        }
        verify(!item("districtChart").visible, "the table first");
        keySequence("Ctrl+2");
        tryVerify(() => item("districtChart").visible, asyncTimeout, "Ctrl+2: the district's days are charted");
        keySequence("Ctrl+1");
        tryVerify(() => item("boardList").visible && item("boardList").activeFocus, asyncTimeout,
                  "Ctrl+1: back to the table, with the focus");
    }

    function test_theBoardInEnglishAndSigningOut(): void {
        const site = useSite("hub");
        signInTo(site.provinceName, site.provincePassword);
        keySequence("Ctrl+Shift+L");
        tryCompare(item("boardTitle"), "text", "Progress board · Whole province");
        verify(visibleTexts(item("districtTable")).indexOf("Entries / plan to date") >= 0);
        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "the sign-in page is back");
        verify(!CurrentSession.signedIn);
    }

    // F4 opens the reports from the board: the first box chooses where they are about — the province, a district, a
    // commune — by keyboard, and the file's name says the place; Esc goes back to the board. A district account is
    // offered its district and its communes only.
    function test_reportsForAScopeByKeyboard(): void {
        const site = useSite("hub");
        signInTo(site.provinceName, site.provincePassword);
        keyClick(Qt.Key_F4);
        tryVerify(() => findChild(shell, "reportScope") !== null && item("reportScope").activeFocus, asyncTimeout,
                  "F4 opens the reports, the focus on the scope");
        compare(Navigator.page, Navigator.Reports);
        verify(item("reportScopeRow").visible);
        compare(item("reportScope").displayText, "Toàn tỉnh");
        verify(!item("reportDistrict").visible, "the province needs no district");
        verify(item("exportPath").text.indexOf("tien-do_binh-duong_") >= 0, item("exportPath").text);
        tryVerify(() => item("reportTitle").visible, asyncTimeout, "the province's progress is shown");

        keyClick(Qt.Key_Down); // a district: the campaign's first
        compare(item("reportScope").displayText, "Một huyện");
        verify(item("reportDistrict").visible);
        verify(item("exportPath").text.indexOf("tien-do_thu-dau-mot_") >= 0, item("exportPath").text);
        keyClick(Qt.Key_Down); // a commune of that district
        compare(item("reportScope").displayText, "Một xã");
        verify(item("reportCommune").visible);
        tabTo(item("reportDistrict"));
        for (let i = 0; i < 20 && item("reportDistrict").displayText !== site.district; ++i)
            keyClick(Qt.Key_Down);
        compare(item("reportDistrict").displayText, site.district);
        tabTo(item("reportCommune"));
        for (let i = 0; i < 20 && item("reportCommune").displayText !== site.drillCommune; ++i)
            keyClick(Qt.Key_Down);
        compare(item("reportCommune").displayText, site.drillCommune);
        verify(item("exportPath").text.indexOf("tien-do_dau-tieng-thanh-an_") >= 0, item("exportPath").text);
        tryVerify(() => visibleTexts(item("reportsPage")).some(t => t.indexOf("Dầu Tiếng/Thanh An") >= 0),
                  asyncTimeout, "the report says its commune");

        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "Esc goes back to the board");

        keySequence("Ctrl+Shift+Q");
        tryVerify(() => findChild(shell, "signInTitle") !== null, asyncTimeout, "signed out");
        item("userNameField").forceActiveFocus(); // the last user name is remembered: the focus waits for the password
        signInTo(site.districtName, site.districtPassword);
        keyClick(Qt.Key_F4);
        tryVerify(() => findChild(shell, "reportScope") !== null && item("reportScope").activeFocus, asyncTimeout,
                  "F4 opens the reports");
        compare(item("reportScope").count, 2, "a district or one of its communes, never the province");
        compare(item("reportScope").displayText, "Một huyện");
        compare(item("reportDistrict").count, 1);
        compare(item("reportDistrict").displayText, site.district);
        verify(item("exportPath").text.indexOf("tien-do_dau-tieng_") >= 0, item("exportPath").text);
        verify(!item("reportDeidentified").enabled, "names at the hub are for province accounts");
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "Esc goes back to the board");
    }

    // F6 opens the import of bundles: the focus on the file button, Ctrl+O the dialog; a file that is not a bundle is
    // never imported (refused with the reason, or the import refused as a whole) and the board is unchanged; Esc back.
    function test_importPageByKeyboard(): void {
        const site = useSite("hub");
        signInTo(site.provinceName, site.provincePassword);
        const before = item("boardList").count;
        keyClick(Qt.Key_F6);
        tryVerify(() => findChild(shell, "importTitle") !== null, asyncTimeout, "F6 opens the import page");
        compare(Navigator.page, Navigator.Import);
        compare(item("importTitle").text, "Nhận gói dữ liệu từ các xã");
        verify(item("chooseBundlesButton").activeFocus, "the focus is on the file button");
        compare(item("importResults").count, 0);

        item("importPage").importFiles([Qt.resolvedUrl("file://" + site.databasePath + ".keyring")]);
        // The province account holds the hub's keys, so the file itself is judged: refused, nothing written.
        tryCompare(item("importResults"), "count", 1, asyncTimeout, "the file has its row");
        compare(item("importMessage").text, "", "no message about the account");
        const texts = visibleTexts(item("importPage"));
        verify(!texts.some(t => t.startsWith("Đã nhập:")), "a keyring is not imported: " + texts.join(" | "));
        verify(texts.some(t => t.startsWith("Từ chối: ")), texts.join(" | "));
        verify(texts.some(t => t.endsWith("không ghi gì vào cơ sở dữ liệu")), texts.join(" | "));

        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "Esc goes back to the board");
        tryCompare(item("boardList"), "count", before);
    }

    // A commune supervisor's home says what the province holds; after the day closes, Ctrl+E opens the file dialog for
    // the bundle for the province — refused, with the reason in Vietnamese, while the workstation is not enrolled.
    function test_aCommuneHomeSaysWhatTheProvinceHoldsAndOffersTheBundle(): void {
        const site = TestSites.pairSite();
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "closeDayButton") !== null, asyncTimeout, "home");
        compare(item("deliveryStatus").text, "Chưa gửi gói dữ liệu nào cho tỉnh.");
        keyClick(Qt.Key_F10);
        tryVerify(() => item("dayCopyFolder") !== null && item("dayCopyFolder").visible, asyncTimeout);
        const usb = TestSites.scratchPath("usb-bundle");
        verify(TestSites.makeFolder(usb));
        item("dayCopyFolder").forceActiveFocus();
        item("dayCopyFolder").selectAll();
        keyClick(Qt.Key_Delete);
        typeText(usb);
        verify(!item("bundleFile").visible, "no bundle file is proposed before enrollment");
        // Ctrl+E: the file dialog, in the folder typed; a name typed, Tab to its button, Space.
        keyClick(Qt.Key_E, Qt.ControlModifier);
        const dialog = findChild(shell, "bundleDialog");
        tryVerify(() => dialog.visible, asyncTimeout, "Ctrl+E opens the file dialog");
        for (let i = 0; i < 8 && shell.Window.activeFocusItem.objectName !== "fileNameTextField"; ++i) {
            keyClick(Qt.Key_Tab);
        }
        compare(shell.Window.activeFocusItem.objectName, "fileNameTextField");
        typeText("thu.bundle");
        for (let i = 0; i < 6 && shell.Window.activeFocusItem.text !== "Open"; ++i) {
            keyClick(Qt.Key_Tab);
        }
        compare(shell.Window.activeFocusItem.text, "Open");
        compare(String(dialog.currentFolder), "file://" + usb);
        keyClick(Qt.Key_Space);
        tryCompare(item("dayCopyMessage"), "text",
                   "Máy trạm này chưa đăng ký với văn phòng tỉnh, hoặc văn phòng chưa biết máy này.");
        compare(TestSites.filesUnder(usb).length, 0, "nothing written");
    }
}
