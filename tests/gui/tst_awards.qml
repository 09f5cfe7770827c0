// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu
import DoiChieu.Models
import DoiChieu.Test

// The judging page (issue 15), by keyboard, on a hub with every commune's logged work (TestSites "awardsHub"): F9 from
// the province board lists the volunteers in rank order (eligible first), ↓ chooses the next one and the explanation
// beside follows — tier, score with 3 decimals and a decimal comma, the reasons off the shortlist, the rule in words —,
// Enter moves to the explanation, a date not understood and a reversed period are said and read nothing, one day gives
// one day at most to each, a period with no work credits nobody, Esc goes back; a district account sees only its
// district's volunteers, without ranks or patterns, and in English the words follow; signing out while it computes
// waits for it; a commune's supervisor opens it from home with F9.
GuiTestCase {
    name: "Awards"

    function openAwards(userName: string, password: string): var {
        useSite("awardsHub");
        signInWith(userName, password);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "the province board is shown");
        keyClick(Qt.Key_F9);
        tryCompare(Navigator, "page", Navigator.Awards);
        const list = item("awardsList");
        tryVerify(() => list.count > 0, asyncTimeout, "the volunteers are listed");
        verify(list.activeFocus, "the list has the focus");
        return list;
    }

    function test_theProvinceSeesTheRankingAndTheChosenVolunteersExplanation(): void {
        const site = TestSites.site("awardsHub");
        const list = openAwards(site.provinceName, site.provincePassword);
        compare(item("awardsTitle").text, "Xét khen thưởng tình nguyện viên");
        verify(item("awardsScope").text.startsWith("Toàn tỉnh · toàn bộ dữ liệu đã ghi"), item("awardsScope").text);
        const rows = list.model;
        compare(rows.length, 2 * 88, "lan and minh of each of the 88 enrolled communes");
        compare(rows[0].rank, 1);
        verify(rows[0].eligible, "eligible first");
        let eligible = 0;
        let tiers = {};
        for (let i = 0; i < rows.length; ++i) {
            verify(/^\d+,\d{3}$/.test(rows[i].score), "3 decimals and a decimal comma: " + rows[i].score);
            verify(["chưa đạt", "hoàn thành", "tốt", "xuất sắc"].indexOf(rows[i].tier) >= 0, rows[i].tier);
            tiers[rows[i].tier] = true;
            if (rows[i].eligible) {
                verify(i === eligible, "every eligible volunteer before every other");
                ++eligible;
            }
        }
        verify(eligible > 0 && eligible < rows.length, "some pass the quality gate and some do not: " + eligible);
        verify(tiers["tốt"] || tiers["xuất sắc"], "good work is tiered so");
        // The private patterns, for the office: Thanh An's pair voids and amends a lot.
        const flagged = rows.filter(r => r.patterns !== "");
        compare(flagged.length, 2, "lan and minh of Thanh An");
        compare(flagged[0].place, "Dầu Tiếng / Thanh An");
        compare(flagged[0].patterns, "nhiều mục bị huỷ hoặc sửa lại");
        verify(item("awardsPatternsHeader").visible && item("awardsPatternsNote").visible, "a discreet column, noted");

        // ↓ chooses the second volunteer: the explanation beside is theirs.
        keyClick(Qt.Key_Down);
        compare(list.currentIndex, 1);
        tryCompare(item("explainName"), "text", rows[1].name);
        const tier = item("explainTier").text;
        verify(tier.indexOf(rows[1].tier) >= 0 && tier.indexOf(rows[1].score) >= 0, tier);
        verify(item("explainRule").text.startsWith("Chỉ xét người đạt điều kiện chất lượng"), item("explainRule").text);
        verify(item("explainMetrics").children.length > 10, "the numbers are shown");
        verify(item("explainCells").children.length > 7, "the kinds of book with their comparison group");
        verify(showsText("các nhóm khác trong huyện"), "the comparison group named");
        // The focus ring goes round the chosen row, on screen.
        const ring = item("focusRing");
        tryVerify(() => {
            const target = list.currentItem;
            if (!target)
                return false;
            const r = ring.mapToItem(shell, 0, 0, ring.width, ring.height);
            const t = target.mapToItem(shell, 0, 0, target.width, target.height);
            return ring.visible && r.x < t.x && r.y < t.y && r.x + r.width > t.x + t.width
                && r.y + r.height > t.y + t.height && r.y >= 0 && r.y + r.height <= shell.height;
        }, asyncTimeout, "the focus ring goes round the chosen row");

        // A volunteer who failed the gate: the reasons off the shortlist, in Vietnamese.
        list.currentIndex = eligible;
        tryCompare(item("explainName"), "text", rows[eligible].name);
        verify(item("explainReasons").visible, "why they are not shortlisted");
        verify(item("explainReasons").text.indexOf("tỉ lệ bỏ sót khi kiểm tra ngẫu nhiên vượt ngưỡng") >= 0,
               item("explainReasons").text);

        // Enter goes to the explanation; Tab from it to the period.
        keyClick(Qt.Key_Return);
        verify(item("awardsExplanation").activeFocus, "Enter moves to the explanation");
        tryVerify(() => ring.visible && Math.abs(ring.width - item("awardsExplanation").width
                                                 - 2 * (Theme.focusRingWidth + Theme.focusRingGap)) < 1,
                  asyncTimeout, "the focus ring goes round the explanation");
        const flick = item("awardsExplanation").contentItem;
        verify(flick.contentHeight > flick.height, "the explanation is taller than its box at 1024×700");
        keyClick(Qt.Key_Down);
        verify(flick.contentY > 0, "↓ scrolls the explanation");
        keyClick(Qt.Key_Tab);
        verify(item("awardsFrom").activeFocus, "Tab goes on to the period");

        // A date that cannot be read: said, nothing read.
        typeText("31/02/2022");
        keyClick(Qt.Key_Return);
        tryVerify(() => item("awardsMessage").text !== "", asyncTimeout, "the date is refused");
        verify(item("awardsMessage").text.indexOf("dd/mm/yyyy") >= 0, item("awardsMessage").text);
        compare(list.count, 0);

        // A reversed period: said, nothing read.
        keySequence(StandardKey.SelectAll);
        typeText("02/12/2022");
        keyClick(Qt.Key_Tab);
        verify(item("awardsTo").activeFocus, "Tab goes to the period's end");
        typeText("01/12/2022");
        keyClick(Qt.Key_Return);
        tryCompare(item("awardsMessage"), "text", "Khoảng thời gian bị ngược: 02/12/2022 sau 01/12/2022.");
        compare(list.count, 0);
        keySequence(StandardKey.SelectAll);
        keyClick(Qt.Key_Backspace);
        item("awardsFrom").forceActiveFocus();

        // A period with no work: the volunteers are there (every account of the hub), with nothing to their credit.
        keySequence(StandardKey.SelectAll);
        typeText("01/01/2040");
        keyClick(Qt.Key_Return);
        tryVerify(() => item("awardsScope").text.indexOf("01/01/2040 – …") >= 0, asyncTimeout, "the period is read");
        compare(item("awardsMessage").text, "");
        compare(list.count, 2 * 88);
        for (let i = 0; i < list.model.length; ++i) {
            compare(list.model[i].days, 0);
            compare(list.model[i].tier, "chưa đạt");
            compare(list.model[i].score, "0,000");
        }

        // One day (three days ago, in Vietnam's time): at most one day each, too few for any tier.
        const vn = new Date(Date.now() + 7 * 3600 * 1000 - 3 * 86400 * 1000);
        const day = ("0" + vn.getUTCDate()).slice(-2) + "/" + ("0" + (vn.getUTCMonth() + 1)).slice(-2) + "/"
            + vn.getUTCFullYear();
        keySequence(StandardKey.SelectAll);
        typeText(day);
        keyClick(Qt.Key_Tab);
        typeText(day);
        keyClick(Qt.Key_Return);
        tryVerify(() => item("awardsScope").text.indexOf(day + " – " + day) >= 0, asyncTimeout, "the day is read");
        let present = 0;
        for (let i = 0; i < list.model.length; ++i) {
            verify(list.model[i].days <= 1, "one day at most");
            compare(list.model[i].tier, "chưa đạt");
            present += list.model[i].days;
        }
        verify(present > 100, "most communes worked that day: " + present);
        keySequence(StandardKey.SelectAll);
        keyClick(Qt.Key_Backspace);
        item("awardsFrom").forceActiveFocus();

        // Empty again, F5: everyone.
        keySequence(StandardKey.SelectAll);
        keyClick(Qt.Key_Backspace);
        keyClick(Qt.Key_F5);
        tryCompare(list, "count", 2 * 88);

        keyClick(Qt.Key_Escape);
        tryCompare(Navigator, "page", Navigator.Board);
    }

    function test_aDistrictAccountSeesItsDistrictWithoutRanksOrPatterns(): void {
        const site = TestSites.site("awardsHub");
        const list = openAwards(site.districtName, site.districtPassword);
        compare(item("awardsScope").text.split(" · ")[0], "Huyện: " + site.district);
        const rows = list.model;
        for (let i = 0; i < rows.length; ++i) {
            verify(rows[i].place.startsWith(site.district + " / "), rows[i].place);
            compare(rows[i].rank, 0, "no rank for a district account");
            compare(rows[i].patterns, "");
        }
        verify(!item("awardsPatternsHeader").visible, "no patterns column");
        verify(!item("awardsPatternsNote").visible);
        keyClick(Qt.Key_Down);
        tryCompare(item("explainName"), "text", rows[1].name);
        compare(item("explainPatterns").visible, false);

        // In English: the same volunteer, the tier and the rule in English, the score with a decimal point.
        keySequence("Ctrl+Shift+L");
        tryVerify(() => item("awardsTitle").text === "Judging the volunteers", asyncTimeout);
        compare(list.currentIndex, 1);
        compare(item("explainName").text, rows[1].name);
        const english = list.model[1];
        verify(["not yet", "completed", "good", "excellent"].indexOf(english.tier) >= 0, english.tier);
        verify(/^\d+\.\d{3}$/.test(english.score), english.score);
        verify(item("explainTier").text.indexOf(english.score) >= 0, item("explainTier").text);
        verify(item("explainRule").text.startsWith("Only volunteers who pass the quality gate"), item("explainRule").text);
        keyClick(Qt.Key_Escape);
        tryCompare(Navigator, "page", Navigator.Board);
    }

    // Signing out while the worker judges everyone: the session waits for it, nothing breaks, the sign-in page comes.
    function test_signingOutWhileItComputes(): void {
        const site = TestSites.site("awardsHub");
        useSite("awardsHub");
        signInWith(site.provinceName, site.provincePassword);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "the province board is shown");
        keyClick(Qt.Key_F9);
        tryCompare(Navigator, "page", Navigator.Awards);
        const scope = item("awardsScope");
        tryVerify(() => item("awardsList").count > 0, asyncTimeout);
        // F5 until the key press returns with the worker still judging (it takes a few tens of milliseconds here).
        let busy = false;
        for (let i = 0; i < 30 && !busy; ++i) {
            keyClick(Qt.Key_F5);
            busy = scope.text === "Đang tính…";
            if (!busy)
                tryVerify(() => scope.text !== "Đang tính…", asyncTimeout);
        }
        keySequence("Ctrl+Shift+Q");
        tryCompare(Navigator, "page", Navigator.SignIn);
        verify(busy, "the worker was judging everyone when the session closed");
        item("userNameField").forceActiveFocus();
        signInWith(site.provinceName, site.provincePassword);
        tryVerify(() => findChild(shell, "boardList") !== null, asyncTimeout, "signed in again");
        keyClick(Qt.Key_F9);
        tryVerify(() => findChild(shell, "awardsList") !== null && item("awardsList").count === 2 * 88, asyncTimeout);
    }

    function test_aCommuneSupervisorOpensItFromHome(): void {
        const site = useSite("good");
        signInWith(site.userName, site.password);
        tryCompare(Navigator, "page", Navigator.Home);
        keyClick(Qt.Key_F9);
        tryCompare(Navigator, "page", Navigator.Awards);
        tryVerify(() => item("awardsScope").text.indexOf("toàn bộ dữ liệu đã ghi") > 0, asyncTimeout,
                  "the site's own volunteers, over everything logged");
        compare(item("awardsMessage").text, "");
        compare(item("awardsBack").text, "Trang chính");
        keyClick(Qt.Key_Escape);
        tryCompare(Navigator, "page", Navigator.Home);
    }
}
