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
    }

    function test_anUnwritablePathWritesNothing(): void {
        const site = openReports();
        const path = TestSites.unwritablePath("bao-cao.csv");
        typeInto("exportPath", path);
        tabTo(item("exportFormat"));
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down); // csv
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

    function test_correctionsShowTheShareOfEachClass(): void {
        openReports();
        keyClick(Qt.Key_Down);
        tryVerify(() => item("classChart").visible, asyncTimeout, "the corrections report has its pie");
        verify(!item("progressChart").visible);
        compare(item("classChart").shares.length, 1);
        compare(item("classChart").shares[0].label, "Dấu");
        compare(item("classChart").shares[0].count, 1);
        keyClick(Qt.Key_Down);
        tryVerify(() => item("reportDeidentified").visible, asyncTimeout, "volunteers: de-identified by default");
        verify(item("reportDeidentified").checked);
        keyClick(Qt.Key_Escape);
        tryVerify(() => findChild(shell, "greeting") !== null, asyncTimeout, "Esc goes home");
    }
}
