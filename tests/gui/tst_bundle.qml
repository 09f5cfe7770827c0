// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// Real bundles between a commune enrolled with a real hub (TestSites "enrolled"): the day close proposes the bundle's
// file (commune, day, sequence) in the folder chosen, Ctrl+E opens the file dialog on it and Enter writes it there,
// and the hub imports what was written; then the hub's import page shows real bundles imported with their counts,
// held and refused with the reason in Vietnamese.
GuiTestCase {
    name: "Bundle"

    function today(): string {
        // The site's day (UTC+7), as dd-MM-yyyy.
        const now = new Date(Date.now() + 7 * 3600 * 1000);
        const two = n => (n < 10 ? "0" : "") + n;
        return two(now.getUTCDate()) + "-" + two(now.getUTCMonth() + 1) + "-" + now.getUTCFullYear();
    }

    function test_theDayCloseWritesTheBundleWhereTheDialogSaysAndTheHubImportsIt(): void {
        const site = TestSites.site("enrolled");
        verify(site.databasePath !== undefined, "the enrolled site was made");
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "closeDayButton") !== null, asyncTimeout, "home");
        keyClick(Qt.Key_F10);
        tryVerify(() => item("dayCopyFolder") !== null && item("dayCopyFolder").visible, asyncTimeout);

        // The folder typed (a USB stick) is where the bundle's file is proposed, named for commune, day and sequence.
        const usb = TestSites.scratchPath("usb-day");
        verify(TestSites.makeFolder(usb));
        item("dayCopyFolder").forceActiveFocus();
        item("dayCopyFolder").selectAll();
        keyClick(Qt.Key_Delete);
        typeText(usb);
        const expected = usb + "/dau-tieng-thanh-an-" + today() + "-0001.bundle";
        tryCompare(item("bundleFile"), "text", expected);

        // Ctrl+E: the file dialog, on the proposed file; Enter saves there.
        keyClick(Qt.Key_E, Qt.ControlModifier);
        const dialog = findChild(shell, "bundleDialog");
        verify(dialog !== null, "the bundle's file dialog");
        tryVerify(() => dialog.visible, asyncTimeout, "Ctrl+E opens the file dialog");
        compare(String(dialog.selectedFile), "file://" + expected);
        // The dialog opens on its list of files; Tab reaches the file name, which holds the proposed name.
        for (let i = 0; i < 8 && shell.Window.activeFocusItem.objectName !== "fileNameTextField"; ++i) {
            keyClick(Qt.Key_Tab);
        }
        compare(shell.Window.activeFocusItem.objectName, "fileNameTextField");
        compare(shell.Window.activeFocusItem.text, "dau-tieng-thanh-an-" + today() + "-0001.bundle");
        // Tab on to the dialog's accept button (Qt's FileDialog labels it "Open" in Qt 6.4), Space.
        for (let i = 0; i < 6 && shell.Window.activeFocusItem.text !== "Open"; ++i) {
            keyClick(Qt.Key_Tab);
        }
        compare(shell.Window.activeFocusItem.text, "Open");
        keyClick(Qt.Key_Space);
        tryVerify(() => TestSites.fileExists(expected), asyncTimeout, "the bundle was written where proposed");
        compare(TestSites.filesUnder(usb), ["dau-tieng-thanh-an-" + today() + "-0001.bundle"]);
        verify(item("dayCopyMessage").text.startsWith("Đã ghi gói dữ liệu cho tỉnh vào " + usb + ":"),
               item("dayCopyMessage").text);
        // The next one is proposed.
        tryCompare(item("bundleFile"), "text", usb + "/dau-tieng-thanh-an-" + today() + "-0002.bundle");

        // What was written opens at the hub: imported, with the twelve checks logged.
        const imported = TestSites.importAtHub([expected]);
        compare(imported.length, 1);
        compare(imported[0].status, "imported", imported[0].reason);
        compare(imported[0].checks, 12);

        // A file of that name already there is never replaced: nothing is written, and it is said.
        item("bundleFile").forceActiveFocus();
        item("bundleFile").selectAll();
        keyClick(Qt.Key_Delete);
        typeText(expected);
        keyClick(Qt.Key_Return);
        tryVerify(() => item("dayCopyMessage").text.indexOf("choose another name") >= 0
                  || item("dayCopyMessage").text.indexOf("chọn tên khác") >= 0, asyncTimeout,
                  item("dayCopyMessage").text);
        compare(TestSites.filesUnder(usb).length, 1, "nothing else written");
        verify(TestSites.importAtHub([expected])[0].status === "already-imported");
    }

    // The hub's import page with real bundles of the enrolled commune: a damaged copy refused with the reason in
    // Vietnamese, a later part held, then every part imported with its counts and the held one applied.
    function test_theImportPageShowsRealBundles(): void {
        const site = TestSites.site("enrolled");
        const bundles = TestSites.realBundles();
        verify(bundles.parts !== undefined && bundles.parts.length >= 3, "a split export");
        SelectedSite.setDatabasePath(site.hubDatabasePath);
        signInWith(site.hubUserName, site.hubPassword);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "the province board");
        keyClick(Qt.Key_F6);
        tryVerify(() => findChild(shell, "importTitle") !== null, asyncTimeout, "F6 opens the import page");

        const last = bundles.parts[bundles.parts.length - 1];
        item("importPage").importFiles([Qt.resolvedUrl("file://" + bundles.damaged), Qt.resolvedUrl("file://" + last)]);
        tryCompare(item("importResults"), "count", 2);
        let texts = visibleTexts(item("importPage"));
        verify(texts.indexOf("Từ chối: damaged-copy.bundle") >= 0, texts.join(" | "));
        verify(texts.indexOf("chữ ký không khớp với khóa của máy trạm; không ghi gì vào cơ sở dữ liệu") >= 0,
               texts.join(" | "));
        verify(texts.some(t => t.startsWith("Tạm giữ: dau-tieng-thanh-an-")), texts.join(" | "));
        verify(texts.some(t => t.startsWith("Đã nhập 0 · đã nhập trước đó 0 · tạm giữ 1 · từ chối 1")), texts.join(" | "));

        const urls = [];
        for (let i = 0; i < bundles.parts.length - 1; ++i) {
            urls.push(Qt.resolvedUrl("file://" + bundles.parts[i]));
        }
        item("importPage").importFiles(urls);
        tryCompare(item("importResults"), "count", urls.length);
        texts = visibleTexts(item("importPage"));
        verify(texts.some(t => t.startsWith("Đã nhập: dau-tieng-thanh-an-")), texts.join(" | "));
        verify(texts.some(t => /^\d+ bản ghi; biên nhận cho xã: .*dau-tieng-thanh-an-\d{4}\.receipt$/.test(t)),
               texts.join(" | "));
        verify(!texts.some(t => t.startsWith("Từ chối")), texts.join(" | "));
        // The held part was applied once the gap was filled: the board's commune holds every check of the export.
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "Esc goes back to the board");
        verify(TestSites.importAtHub([last])[0].status === "already-imported", "the held part was applied");
    }
}
