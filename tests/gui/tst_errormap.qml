// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu
import DoiChieu.Models
import DoiChieu.Test

// The error map page (issue 16 part 2), by keyboard. The hub (TestSites "errorMapHub") holds two communes' real
// bundles: Dầu Tiếng/Thanh An logged entries 1–24 of a birth book of 1998, the other commune (Thủ Dầu Một) 1–40, every
// fourth entry after the twelfth correcting the subject's sex (class "value"): 3 of 24 and 7 of 40, 10 of 64 in the
// province. F8 from the province board shows the rates by field with their Wilson 95 % intervals (hand-computed
// here), Ctrl+2…Ctrl+6 and the grouping box (Tab, ↓) change the rows, the place box reads a district's map, the
// weakest cells are the other commune's (at least 30 checked), Esc goes back. A district account sees only its
// district and its communes. A commune's supervisor opens it from home with F8 and sees the site's own map, in
// English too.
GuiTestCase {
    name: "ErrorMap"

    function openMap(userName: string, password: string): var {
        useSite("errorMapHub");
        signInWith(userName, password);
        tryCompare(Navigator, "page", Navigator.Board);
        keyClick(Qt.Key_F8);
        tryCompare(Navigator, "page", Navigator.ErrorMap);
        const table = item("errorMapTable");
        tryVerify(() => table.count > 0, asyncTimeout, "the rates are listed");
        tryCompare(table, "currentIndex", 0, asyncTimeout, "the first row is chosen");
        verify(table.activeFocus, "the table has the focus");
        return table;
    }

    // The row of the table (or weakest list) for this field key and, when given, whose group contains `group`.
    function rowOf(model: var, fieldKey: string, group: string): var {
        for (let i = 0; i < model.count; ++i) {
            const row = model.get(i);
            if (row.fieldKey === fieldKey && (group === undefined || row.group.indexOf(group) >= 0))
                return row;
        }
        return null;
    }

    function test_theProvinceSeesTheRatesTheirIntervalsAndTheWeakestCells(): void {
        const site = TestSites.site("errorMapHub");
        const table = openMap(site.provinceName, site.provincePassword);
        compare(item("errorMapTitle").text, "Bản đồ sai sót của cơ sở dữ liệu quốc gia");
        compare(item("errorMapScope").text, "Bình Dương");
        const outcomes = item("errorMapOutcomes").text;
        verify(outcomes.startsWith("Đối chiếu từng trường: 64 mục (khớp 54, đã sửa 10)"), outcomes);
        verify(outcomes.indexOf("Khác biệt cách viết (không phải lỗi): 0") >= 0, outcomes);

        // By field: every field of the birth schema (the 5 registration facts and the form's 22), each over the 64
        // entries compared.
        const rows = table.model;
        compare(rows.count, 27, "the birth schema's 27 fields");
        for (let i = 0; i < rows.count; ++i)
            compare(rows.get(i).checked, 64, rows.get(i).fieldKey);
        const sex = rowOf(rows, "subject.sex");
        compare(sex.field, "Giới tính");
        compare(sex.corrected, 10);
        compare(sex.rate, "15,6 %");
        compare(sex.interval, "8,7–26,4 %");
        fuzzyCompare(sex.lowValue, 0.08715, 0.00001);
        fuzzyCompare(sex.highValue, 0.26428, 0.00001);
        const name = rowOf(rows, "subject.full_name");
        compare(name.field, "Họ, chữ đệm và tên");
        compare(name.corrected, 0);
        compare(name.rate, "0,0 %");
        compare(name.interval, "0,0–5,7 %");
        keyClick(Qt.Key_Down);
        compare(table.currentIndex, 1);
        // The focus ring goes round the chosen row, on screen.
        const ring = item("focusRing");
        tryVerify(() => {
            const target = table.currentItem;
            if (!target)
                return false;
            const r = ring.mapToItem(shell, 0, 0, ring.width, ring.height);
            const t = target.mapToItem(shell, 0, 0, target.width, target.height);
            return ring.visible && r.x < t.x && r.y < t.y && r.x + r.width > t.x + t.width
                && r.y + r.height > t.y + t.height && r.y >= 0 && r.y + r.height <= shell.height;
        }, asyncTimeout, "the focus ring goes round the chosen row");

        // By commune (Ctrl+6): each commune's own rate.
        keySequence("Ctrl+6");
        compare(item("errorMapGrouping").currentText, "Trường × xã/phường");
        tryCompare(rows, "count", 2 * 27);
        const thanhAn = rowOf(rows, "subject.sex", "Dầu Tiếng/Thanh An");
        compare([thanhAn.checked, thanhAn.corrected, thanhAn.rate, thanhAn.interval], [24, 3, "12,5 %", "4,3–31,0 %"]);
        // 7/40: Wilson 8.745–31.94999 %, so 31,9 (not 32,0).
        const other = rowOf(rows, "subject.sex", site.otherPlace);
        compare([other.checked, other.corrected, other.rate, other.interval], [40, 7, "17,5 %", "8,7–31,9 %"]);

        // By class (Ctrl+2): the field's rate of each class, the class in words.
        keySequence("Ctrl+2");
        const value = rowOf(rows, "subject.sex", "Giá trị khác trong danh mục");
        verify(value !== null, "the class is named");
        compare([value.checked, value.corrected], [64, 10]);

        // The weakest cells: the other commune's (Thanh An has 24 checked, fewer than 30), its sex first.
        const weakest = item("errorMapWeakest");
        keyClick(Qt.Key_Tab);
        verify(weakest.activeFocus, "Tab goes to the weakest cells");
        verify(weakest.count > 0, "there are weakest cells");
        const first = weakest.model.get(0);
        compare(first.fieldKey, "subject.sex");
        compare(first.group, "Khai sinh · 1990–1999 · " + site.otherPlace);
        compare([first.checked, first.corrected, first.rate], [40, 7, "17,5 %"]);
        for (let i = 0; i < weakest.count; ++i)
            verify(weakest.model.get(i).group.indexOf("Thanh An") < 0, "not a cell with fewer than 30 checked");

        // Tab to the grouping box, ↓: the next grouping (by register type); Tab to the place: a district's map.
        keyClick(Qt.Key_Tab);
        const grouping = item("errorMapGrouping");
        verify(grouping.activeFocus, "Tab goes on to the grouping");
        keyClick(Qt.Key_Down);
        compare(grouping.currentText, "Trường × loại sổ");
        tryCompare(rows, "count", 27);
        compare(rowOf(rows, "subject.sex").group, "Khai sinh");
        // Tab to the order, Space: the weakest rows first — the sex, the only field with a correction.
        keyClick(Qt.Key_Tab);
        const order = item("errorMapWeakestFirst");
        verify(order.activeFocus, "then the order");
        verify(rows.get(0).fieldKey !== "subject.sex", "by field, the sex is not first");
        keyClick(Qt.Key_Space);
        tryVerify(() => rows.get(0).fieldKey === "subject.sex", asyncTimeout, "the weakest first");
        compare(rows.count, 27);
        keySequence("Ctrl+R");
        verify(!order.checked, "Ctrl+R puts them back by field");
        tryVerify(() => rows.get(0).fieldKey !== "subject.sex", asyncTimeout);
        keyClick(Qt.Key_Tab);
        const level = item("errorMapLevel");
        verify(level.activeFocus, "then the place");
        keyClick(Qt.Key_Down);
        compare(level.currentText, "Một huyện");
        const district = item("errorMapDistrict");
        verify(district.visible, "the district box is shown");
        compare(district.currentText, "Thủ Dầu Một");
        tryCompare(item("errorMapScope"), "text", "Thủ Dầu Một");
        tryVerify(() => rowOf(rows, "subject.sex") !== null && rowOf(rows, "subject.sex").checked === 40,
                  asyncTimeout, "the district's entries only");
        compare(rowOf(rows, "subject.sex").corrected, 7);
        keyClick(Qt.Key_Tab);
        verify(district.activeFocus, "then the district");

        keyClick(Qt.Key_Escape);
        tryCompare(Navigator, "page", Navigator.Board);
    }

    function test_aDistrictAccountSeesOnlyItsDistrict(): void {
        const site = TestSites.site("errorMapHub");
        const table = openMap(site.districtName, site.districtPassword);
        compare(item("errorMapScope").text, site.district);
        compare(item("errorMapLevel").count, 2, "a district or a commune: not the province");
        compare(item("errorMapDistrict").model, [site.district]);
        const rows = table.model;
        const sex = rowOf(rows, "subject.sex");
        compare([sex.checked, sex.corrected, sex.rate], [24, 3, "12,5 %"]);
        verify(item("errorMapOutcomes").text.startsWith("Đối chiếu từng trường: 24 mục"), item("errorMapOutcomes").text);
        // No grouping by district; by commune, only its own.
        const grouping = item("errorMapGrouping");
        compare(grouping.count, 5);
        for (let i = 0; i < grouping.count; ++i)
            verify(grouping.textAt(i) !== "Trường × huyện", "no grouping by district");
        keySequence("Ctrl+5");
        compare(grouping.currentText, "Trường × xã/phường");
        tryVerify(() => rowOf(rows, "subject.sex", "Thanh An") !== null, asyncTimeout);
        compare(rows.count, 27, "one commune's fields");
        for (let i = 0; i < rows.count; ++i)
            compare(rows.get(i).group, "Dầu Tiếng/Thanh An");
        // No cell of its district with a correction has 30 entries checked: no weakest cell, said so.
        compare(item("errorMapWeakest").count, 0);
        verify(showsText("Chưa có ô nào có sửa mà đủ 30 mục đã kiểm tra."), "the empty list says why");

        // One commune: Tab to the place, ↓ "Một xã", Tab to the commune, ↓ until Thanh An.
        const grouping2 = item("errorMapGrouping");
        grouping2.forceActiveFocus();
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Tab);
        const level = item("errorMapLevel");
        verify(level.activeFocus, "the place");
        keyClick(Qt.Key_Down);
        compare(level.currentText, "Một xã");
        keyClick(Qt.Key_Tab);
        verify(item("errorMapDistrict").activeFocus, "the district (its own only)");
        keyClick(Qt.Key_Tab);
        const commune = item("errorMapCommune");
        verify(commune.activeFocus, "the commune");
        for (let i = 0; i < 20 && commune.currentText !== "Thanh An"; ++i)
            keyClick(Qt.Key_Down);
        compare(commune.currentText, "Thanh An");
        tryCompare(item("errorMapScope"), "text", "Dầu Tiếng/Thanh An");
        compare(grouping2.currentText, "Theo trường", "no grouping by commune for one commune: back to by field");
        tryVerify(() => rowOf(rows, "subject.sex") !== null, asyncTimeout);
        const own = rowOf(rows, "subject.sex");
        compare([own.checked, own.corrected, own.rate, own.group], [24, 3, "12,5 %", ""]);
        keyClick(Qt.Key_Escape);
        tryCompare(Navigator, "page", Navigator.Board);
    }

    function test_aCommuneSupervisorSeesTheSitesOwnMap(): void {
        const site = TestSites.pairSite();
        verify(TestSites.seedChecks(site.databasePath), "the pair's checks are logged");
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryCompare(Navigator, "page", Navigator.Home);
        keyClick(Qt.Key_F8);
        tryCompare(Navigator, "page", Navigator.ErrorMap);
        const table = item("errorMapTable");
        tryVerify(() => table.count > 0, asyncTimeout, "the site's own rates");
        verify(!item("errorMapLevel").visible, "no place to choose at a commune site");
        compare(item("errorMapBack").text, "Trang chính");
        // Entries 1, 2, 5–10 compared (8); 3 entered new, 4 escalated: counted apart; 2 corrected the name.
        const outcomes = item("errorMapOutcomes").text;
        verify(outcomes.startsWith("Đối chiếu từng trường: 8 mục (khớp 7, đã sửa 1)"), outcomes);
        verify(outcomes.indexOf("Chưa có, đã nhập mới: 1") >= 0 && outcomes.indexOf("Không xác định, xin ý kiến: 1") >= 0, outcomes);
        const name = rowOf(table.model, "subject.full_name");
        compare([name.checked, name.corrected, name.rate, name.interval], [8, 1, "12,5 %", "2,2–47,1 %"]);
        compare(item("errorMapGrouping").count, 4, "field, class, register type, decade: no district or commune");

        // In English: the labels and the decimal point follow.
        keySequence("Ctrl+Shift+L");
        tryCompare(item("errorMapTitle"), "text", "Error map of the national database");
        const english = rowOf(table.model, "subject.full_name");
        compare([english.field, english.rate, english.interval], ["Full name", "12.5 %", "2.2–47.1 %"]);
        keyClick(Qt.Key_Escape);
        tryCompare(Navigator, "page", Navigator.Home);
    }

    // Signing out while the worker reads the province's map (the GUI's province hub, HubFixture, carries the map's
    // summaries of 88 communes): the session waits for it, nothing breaks, the sign-in page comes; signed in again, F8
    // reads it again.
    function test_signingOutWhileItComputes(): void {
        const site = useSite("hub");
        signInWith(site.provinceName, site.provincePassword);
        tryCompare(Navigator, "page", Navigator.Board);
        keyClick(Qt.Key_F8);
        tryCompare(Navigator, "page", Navigator.ErrorMap);
        const scope = item("errorMapScope");
        tryVerify(() => item("errorMapTable").count > 0, asyncTimeout, "the province's map");
        let busy = false;
        for (let i = 0; i < 30 && !busy; ++i) {
            keyClick(Qt.Key_F5);
            busy = scope.text === "Đang tính…";
            if (!busy)
                tryVerify(() => scope.text !== "Đang tính…", asyncTimeout);
        }
        keySequence("Ctrl+Shift+Q");
        tryCompare(Navigator, "page", Navigator.SignIn);
        verify(busy, "the worker was reading the map when the session closed");
        item("userNameField").forceActiveFocus();
        signInWith(site.provinceName, site.provincePassword);
        tryCompare(Navigator, "page", Navigator.Board);
        keyClick(Qt.Key_F8);
        tryVerify(() => findChild(shell, "errorMapTable") !== null && item("errorMapTable").count > 0, asyncTimeout);
        compare(item("errorMapMessage").text, "");
    }
}
