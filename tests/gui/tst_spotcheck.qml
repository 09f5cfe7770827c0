// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// Today's spot-checks, keyboard only: D draws the sample of the pair's "match" entries, C confirms one, M enters the
// correction that was missed (the field picker, the database's value, the register's), and the miss rates show the
// 95 % Wilson interval — checked on screen and read back through SpotCheckService.
GuiTestCase {
    name: "SpotCheck"

    function openSpotChecks(): var {
        const site = TestSites.pairSite();
        verify(TestSites.seedChecks(site.databasePath), "the pair's checks were logged");
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the home page is shown");
        keyClick(Qt.Key_F3);
        tryVerify(() => findChild(shell, "spotList") !== null && item("spotList").activeFocus, asyncTimeout,
                  "F3 opens the spot-checks with the focus in the list");
        return site;
    }

    function test_drawConfirmAndMiss(): void {
        const site = openSpotChecks();
        compare(item("spotStats").text, "Chưa rút mẫu hôm nay: nhấn D.");
        compare(item("pairRates").rates.length, 0);
        keyClick(Qt.Key_D);
        tryCompare(item("spotList"), "count", 3, asyncTimeout, "7 matches: at least 3 are drawn");
        compare(item("spotConfirmation").text, "Đã rút 3 mục để kiểm tra lại hôm nay.");
        compare(item("spotStats").text, "Đã rút 3 · đã kiểm lại 0 · bỏ sót 0");
        compare(TestSites.spotItems(site.databasePath).length, 3, "the sample is stored");
        const first = TestSites.spotItems(site.databasePath)[0].entry;

        keyClick(Qt.Key_C);
        tryCompare(item("spotRowResult0"), "text", "Đã xác nhận");
        compare(item("spotConfirmation").text, "Số " + first + ": Đã xác nhận.");
        compare(item("spotList").currentIndex, 1, "on to the next entry");
        compare(TestSites.spotItems(site.databasePath)[0].result, "confirmed");

        // A miss: the field picker opens on the subject's name; Enter picks it, then before, after and the note.
        keyClick(Qt.Key_M);
        verify(item("fieldFilter").activeFocus, "M asks which field");
        keyClick(Qt.Key_Return);
        verify(item("missBefore").activeFocus);
        compare(item("missField").text, "Họ, chữ đệm và tên");
        typeText("Pham Van Duc");
        keyClick(Qt.Key_Return);
        typeText("Phạm Văn Đức");
        keyClick(Qt.Key_Return);
        verify(item("missNote").activeFocus);
        keyClick(Qt.Key_Return);
        tryCompare(item("spotRowResult1"), "text", "Bỏ sót");
        verify(item("spotList").activeFocus, "back in the list");
        compare(item("spotRowMissed1").text, "Họ, chữ đệm và tên: Pham Van Duc → Phạm Văn Đức (Dấu)");
        const stored = TestSites.spotItems(site.databasePath)[1];
        compare(stored.result, "missed");
        compare(stored.field, "subject.full_name");
        compare(stored.before, "Pham Van Duc");
        compare(stored.after, "Phạm Văn Đức");
        compare(stored.class, "diacritic");
        compare(item("spotStats").text, "Đã rút 3 · đã kiểm lại 2 · bỏ sót 1");

        // 1 missed of 2: 50 % with the Wilson interval 9.5–90.5 %.
        compare(item("pairRatesCell0").text, "Nguyễn Thị Lan + Lê Quang Minh");
        compare(item("pairRatesCell1").text, "2");
        compare(item("pairRatesCell2").text, "1");
        compare(item("pairRatesCell3").text, "50,0 %");
        compare(item("pairRatesCell4").text, "9,5–90,5 %");
        compare(item("volunteerRates").rates.length, 2, "both volunteers");

        keyClick(Qt.Key_D);
        compare(item("spotList").count, 3, "drawing again gives the same sample");
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "Esc goes home");
    }

    function test_aMissNeedsItsValuesAndEscCancels(): void {
        const site = openSpotChecks();
        keyClick(Qt.Key_D);
        tryCompare(item("spotList"), "count", 3, asyncTimeout);
        keyClick(Qt.Key_M);
        keyClick(Qt.Key_Escape);
        verify(item("spotList").activeFocus, "Esc in the field picker cancels");
        keyClick(Qt.Key_M);
        keyClick(Qt.Key_Return);
        keyClick(Qt.Key_Return);
        keyClick(Qt.Key_Return);
        keyClick(Qt.Key_Return); // nothing typed: the values are the service's to refuse
        tryVerify(() => item("spotMessage").visible, asyncTimeout, "refused");
        compare(TestSites.spotItems(site.databasePath)[0].result, "pending", "nothing stored");
        keyClick(Qt.Key_Escape);
        verify(item("spotList").activeFocus);
    }
}
