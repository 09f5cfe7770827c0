// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
import QtQuick
import QtTest
import DoiChieu.Models
import DoiChieu.Test

// The reports, keyboard only: a report shown as its tables with its chart, exported to a file that exists and is
// what it says (and audited), and the bad cases — a path that cannot be written, a reversed period — each with a
// clear message and nothing on disk.
GuiTestCase {
    name: "Reports"

    function openReports(): var {
        const site = TestSites.pairSite();
        verify(TestSites.seedChecks(site.databasePath), "the pair's checks were logged");
        SelectedSite.setDatabasePath(site.databasePath);
        signInWith(site.userName, site.password);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "the home page is shown");
        keyClick(Qt.Key_F4);
        tryVerify(() => findChild(shell, "reportKind") !== null && item("reportKind").activeFocus, asyncTimeout,
                  "F4 opens the reports with the focus on the choice of report");
        return site;
    }

    function typeInto(objectName: string, text: string): void {
        tabTo(item(objectName));
        keySequence(StandardKey.SelectAll);
        typeText(text);
    }

    function test_progressIsShownWithItsChartAndExported(): void {
        const site = openReports();
        tryVerify(() => item("reportTitle").text !== "", asyncTimeout, "the progress report is shown at once");
        verify(item("progressChart").visible, "entries per day against the target");
        verify(!item("classChart").visible);
        const table = item("reportTable0");
        verify(table.rows.length > 0, "its first table has rows");
        verify(visibleTexts(item("reportTable0")).length > 0);

        const path = TestSites.scratchPath("tien-do.xlsx");
        typeInto("exportPath", path);
        keySequence("Ctrl+S");
        tryCompare(item("reportConfirmation"), "text", "Đã lưu " + path + ".", asyncTimeout);
        verify(TestSites.fileExists(path), "the file is written");
        compare(TestSites.fileStart(path, 2), "PK", "an XLSX (a zip)");
        compare(TestSites.auditEvents(site.databasePath, "report.exported").length, 1, "the export is audited");

        // PDF through the format choice: the path follows the format.
        tabTo(item("exportFormat"));
        keyClick(Qt.Key_Down);
        compare(item("exportPath").text, path.replace(/\.xlsx$/, ".pdf"));
        keySequence("Ctrl+S");
        tryVerify(() => item("reportConfirmation").text.endsWith(".pdf."), asyncTimeout);
        compare(TestSites.fileStart(path.replace(/\.xlsx$/, ".pdf"), 4), "%PDF");
        compare(TestSites.auditEvents(site.databasePath, "report.exported").length, 2);
    }

    // Issue 12: XLSX was written into a file named .pdf ("Đã lưu"), the path stayed when another report was chosen,
    // and the next export silently replaced the first.
    function test_theFileIsNamedForWhatItHoldsAndNeverReplacedWithoutAsking(): void {
        const site = openReports();
        tryVerify(() => item("reportTitle").text !== "", asyncTimeout);
        compare(item("exportFormat").displayText, "XLSX");
        const pdf = TestSites.scratchPath("bao-cao.pdf");
        typeInto("exportPath", pdf);
        compare(item("exportFormat").displayText, "PDF", "the format follows the extension typed");
        keySequence("Ctrl+S");
        tryCompare(item("reportConfirmation"), "text", "Đã lưu " + pdf + ".", asyncTimeout);
        compare(TestSites.fileStart(pdf, 4), "%PDF", "a PDF, not an XLSX named .pdf");

        // without an extension the file gets the format's
        const bare = TestSites.scratchPath("thang-12");
        typeInto("exportPath", bare);
        keySequence("Ctrl+S");
        tryCompare(item("reportConfirmation"), "text", "Đã lưu " + bare + ".pdf.", asyncTimeout);
        compare(item("exportPath").text, bare + ".pdf");

        // the same file again: asked first; Esc keeps it and writes nothing
        keySequence("Ctrl+S");
        tryVerify(() => item("overwriteQuestion").visible, asyncTimeout, "replacing a file asks first");
        verify(item("overwriteQuestionText").text.indexOf(bare + ".pdf") >= 0);
        verify(item("overwriteQuestion").activeFocus, "the question has the keyboard");
        compare(item("reportConfirmation").text, "", "nothing said saved");
        compare(TestSites.auditEvents(site.databasePath, "report.exported").length, 2, "nothing exported");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !item("overwriteQuestion").visible, asyncTimeout);
        verify(findChild(shell, "reportKind") !== null, "Esc answered the question, it did not leave the page");
        verify(item("reportMessageText").text.indexOf("Chưa lưu gì") >= 0, item("reportMessageText").text);
        compare(TestSites.auditEvents(site.databasePath, "report.exported").length, 2);
        // asked again, Enter replaces it
        keySequence("Ctrl+S");
        tryVerify(() => item("overwriteQuestion").visible, asyncTimeout);
        keyClick(Qt.Key_Return);
        tryCompare(item("reportConfirmation"), "text", "Đã lưu " + bare + ".pdf.", asyncTimeout);
        verify(!item("overwriteQuestion").visible);
        compare(TestSites.auditEvents(site.databasePath, "report.exported").length, 3);

        // another report: another file name, in the same folder, for that report and period
        tabTo(item("reportKind"));
        keyClick(Qt.Key_Down);
        tryVerify(() => item("classChart").visible, asyncTimeout);
        const named = item("exportPath").text;
        const folder = bare.substring(0, bare.lastIndexOf("/") + 1);
        verify(named.startsWith(folder + "sai-sot_"), named);
        verify(named.endsWith(".pdf"), named);
        verify(named.indexOf(item("reportFrom").text.replace(/\//g, "-")) > 0, named + " names the period");
        // another period: another name again
        typeInto("reportFrom", "02/12/2022");
        verify(item("exportPath").text.startsWith(folder + "sai-sot_02-12-2022_"), item("exportPath").text);
    }

    function test_anUnwritablePathWritesNothing(): void {
        const site = openReports();
        const path = TestSites.unwritablePath("bao-cao.csv");
        typeInto("exportPath", path);
        compare(item("exportFormat").displayText, "CSV", "the format follows the extension typed");
        compare(item("exportPath").text, path);
        keySequence("Ctrl+S");
        tryCompare(item("reportMessageText"), "text",
                   "Không ghi được tệp vào " + path + ". Chưa lưu gì cả: hãy chọn một thư mục có quyền ghi.", asyncTimeout);
        verify(!TestSites.fileExists(path), "nothing on disk");
        compare(TestSites.auditEvents(site.databasePath, "report.exported").length, 0, "no export recorded");
    }

    function test_aReversedPeriodMakesNothing(): void {
        const site = openReports();
        typeInto("reportFrom", "20/12/2022");
        typeInto("reportTo", "01/12/2022");
        keyClick(Qt.Key_Return);
        tryCompare(item("reportMessageText"), "text",
                   "Khoảng thời gian bị ngược: 20/12/2022 ở sau 01/12/2022. Chưa tạo gì cả.");
        verify(findChild(shell, "reportTable0") === null || !item("reportTable0").visible, "no report on screen");
        const path = TestSites.scratchPath("nguoc.json");
        typeInto("exportPath", path);
        keySequence("Ctrl+S");
        verify(item("reportMessage").visible);
        verify(!TestSites.fileExists(path), "nothing exported");
        compare(TestSites.auditEvents(site.databasePath, "report.exported").length, 0);
    }

    // Issue 12: English said "1 entries" and "number(s)": its plural forms come from doichieu_en.ts.
    function test_englishHasItsPluralForms(): void {
        Language.setCode("en");
        compare(qsTranslate("SpotCheckBoard", "%n entries drawn for today.", "", 1), "1 entry drawn for today.");
        compare(qsTranslate("SpotCheckBoard", "%n entries drawn for today.", "", 3), "3 entries drawn for today.");
        compare(qsTranslate("EntryColumn", "%n number(s) of this book skipped so far: %1", "", 1),
                "1 number of this book skipped so far: %1");
        compare(qsTranslate("EntryColumn", "%n number(s) of this book skipped so far: %1", "", 2),
                "2 numbers of this book skipped so far: %1");
        Language.setCode("vi");
        compare(qsTranslate("SpotCheckBoard", "%n entries drawn for today.", "", 1), "Đã rút 1 mục để kiểm tra lại hôm nay.");
    }

    function test_correctionsShowTheShareOfEachClass(): void {
        openReports();
        keyClick(Qt.Key_Down);
        tryVerify(() => item("classChart").visible, asyncTimeout, "the corrections report has its pie");
        verify(!item("progressChart").visible);
        compare(item("classChart").shares.length, 1);
        // the pie and the table name the class alike, and the menu names the report as its title does (issue 12)
        compare(item("classChart").shares[0].label, "dấu");
        compare(item("classChart").shares[0].count, 1);
        verify(item("reportTable0").rows.some(row => row[1] === "dấu"), JSON.stringify(item("reportTable0").rows));
        compare(item("reportKind").displayText, item("reportTitle").text);
        keyClick(Qt.Key_Down);
        tryVerify(() => item("reportDeidentified").visible, asyncTimeout, "volunteers: de-identified by default");
        verify(item("reportDeidentified").checked);
        compare(item("reportKind").displayText, item("reportTitle").text);
        // de-identified: a code for each volunteer, no user name (issue 12)
        tryVerify(() => item("reportTable0").rows.length === 2, asyncTimeout);
        for (const row of item("reportTable0").rows) {
            verify(/^TNV-[2-9A-HJ-NP-Z]{4}$/.test(row[0]), row[0]);
            verify(row.indexOf("lan") < 0 && row.indexOf("minh") < 0, JSON.stringify(row));
        }
        // eleven columns at 1024 pixels: every heading whole (wrapped, not cut), no two cells touching (issue 12)
        for (const rowName of ["headerCells", "rowCells"]) {
            const children = findChild(item("reportTable0"), rowName).children;
            const cells = [];
            for (let i = 0; i < children.length; ++i) {
                if (children[i].text !== undefined)
                    cells.push(children[i]);
            }
            compare(cells.length, 11);
            for (let i = 0; i < cells.length; ++i) {
                verify(!cells[i].truncated, rowName + " " + cells[i].text + " is cut");
                verify(cells[i].contentWidth <= cells[i].width - cells[i].rightPadding + 0.5, cells[i].text);
                if (i > 0)
                    verify(cells[i].x >= cells[i - 1].x + cells[i - 1].contentWidth + 8,
                           cells[i - 1].text + " runs into " + cells[i].text);
            }
        }
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "Esc goes home");
    }
}
