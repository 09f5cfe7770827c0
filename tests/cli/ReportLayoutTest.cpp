// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Every report laid out as the office prints it, in both languages, with the longest labels and values it meets (a
// long commune name, the corrections report's "Khác biệt cách viết (không phải sai sót):", a month of days that runs
// over pages): in the PDF no two words overprint each other and nothing leaves the page (read back with
// `pdftotext -bbox`); in the XLSX totals and percentages are numbers, and the sheet is named in the report's language.
#include "app/common/export/ReportWriter.h"
#include "core/domain/Wilson.h"
#include "core/services/AllocationLists.h"
#include "core/services/ReportTables.h"
#include "tests/cli/PdfBoxes.h"
#include "tests/support/TestSite.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <array>

using namespace dc::core;
using dc::app::ExportFormat;
using dc::core::domain::Language;

namespace {

const ReportRange kMonth{QDate(2022, 12, 1), QDate(2022, 12, 31)};
const QString kSite = QStringLiteral("Phường Phú Cường, thành phố Thủ Dầu Một, tỉnh Bình Dương");

ReportHeader header(const char* key, bool deidentified) {
    return {kSite, QString::fromLatin1(key), kMonth, QStringLiteral("2022-12-31T03:00:00.000Z"), deidentified};
}

ProgressReport progress() {
    ProgressReport r{header("progress", false), 400, {}, {}, 12345};
    for (QDate day = kMonth.from; day <= kMonth.to; day = day.addDays(1)) {
        r.days.push_back({day, 398});
        r.rows.push_back({day, QStringLiteral("Khai sinh 01/1998"), QStringLiteral("Birth 01/1998"), 210});
        r.rows.push_back({day, QStringLiteral("Kết hôn 12/2003"), QStringLiteral("Marriage 12/2003"), 188});
    }
    return r;
}

CorrectionsReport corrections() {
    CorrectionsReport r{header("corrections", false), {}, 1234, 567};
    const std::array<std::array<const char*, 3>, 3> fields{
        {{"mother.full_name", "Họ, chữ đệm và tên mẹ", "Mother's full name"},
         {"subject.birth_date", "Ngày, tháng, năm sinh", "Date of birth"},
         {"registration.place", "Nơi đăng ký khai sinh (xã, huyện, tỉnh)",
          "Place of registration (commune, district, province)"}}};
    const char* classes[] = {"diacritic", "date_day_month_swap", "number", "tone_placement", "date_precision"};
    for (const auto& [key, label, labelEn] : fields) {
        for (const char* c : classes) {
            const bool writing = QByteArray(c) == "tone_placement" || QByteArray(c) == "date_precision";
            r.rows.push_back({QString::fromLatin1(key), QString::fromUtf8(label), QString::fromUtf8(labelEn),
                              QString::fromLatin1(c), writing, 99});
        }
    }
    return r;
}

VolunteersReport volunteers() {
    VolunteersReport r{header("volunteers", true), {}};
    for (int i = 0; i < 6; ++i) {
        VolunteersReport::Row row;
        row.userName = QStringLiteral("volunteer%1").arg(i);
        row.code = QStringLiteral("TNV-7K3%1").arg(i + 2);
        row.displayName = QStringLiteral("N. T. L.");
        row.read = 4321;
        row.checked = 4321;
        row.corrections = 321;
        row.returns = 21;
        row.spotSampled = 3;
        row.spotMissed = 1;
        row.missRate = domain::wilsonInterval(1, 3);
        r.rows.push_back(row);
    }
    return r;
}

SpotChecksReport spotChecks() {
    SpotChecksReport r{header("spot-checks", true), {}, {}};
    r.rates.pairs.push_back({QStringLiteral("TNV-7K3Q + TNV-M2XD"), 300, 100, domain::wilsonInterval(100, 300)});
    r.rates.volunteers.push_back({QStringLiteral("TNV-7K3Q"), 300, 100, domain::wilsonInterval(100, 300)});
    r.rates.volunteers.push_back({QStringLiteral("TNV-M2XD"), 3, 1, domain::wilsonInterval(1, 3)});
    for (int i = 0; i < 40; ++i) {
        SpotChecksReport::Miss m;
        m.day = QDate(2022, 12, 5);
        m.book = QStringLiteral("Khai sinh 01/1998");
        m.bookEn = QStringLiteral("Birth 01/1998");
        m.entryNumber = 100 + i;
        m.subjectName = QStringLiteral("N. T. H.");
        m.fieldKey = QStringLiteral("registration.place");
        m.fieldLabel = QStringLiteral("Nơi đăng ký khai sinh (xã, huyện, tỉnh)");
        m.fieldLabelEn = QStringLiteral("Place of registration (commune, district, province)");
        m.before = QStringLiteral("Xã Tân Phước Khánh, huyện Tân Uyên, tỉnh Sông Bé");
        m.after = QStringLiteral("Thị trấn Tân Phước Khánh, huyện Tân Uyên, tỉnh Sông Bé");
        m.correctionClass = QStringLiteral("spelling");
        m.pair = QStringLiteral("TNV-7K3Q + TNV-M2XD");
        r.misses.push_back(m);
    }
    return r;
}

std::vector<ReportDocument> everyReport(Language language) {
    return {documentOf(progress(), language), documentOf(corrections(), language), documentOf(volunteers(), language),
            documentOf(spotChecks(), language)};
}

QByteArray unzipped(const QString& path, const QString& member) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
    if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0) {
        ADD_FAILURE() << "unzip failed";
        return {};
    }
    return unzip.readAllStandardOutput();
}

TEST(ReportLayout, NoWordOfAnyReportsPdfOverprintsAnotherOrLeavesThePage) {
    QTemporaryDir dir;
    for (const Language language : {Language::Vietnamese, Language::English}) {
        for (const ReportDocument& doc : everyReport(language)) {
            const std::string what =
                doc.key.toStdString() + (language == Language::Vietnamese ? " (vi)" : " (en)") + ".pdf";
            const QString path = dir.filePath(doc.key + (language == Language::Vietnamese ? "-vi" : "-en") + ".pdf");
            ASSERT_TRUE(dc::app::writeReport(doc, ExportFormat::Pdf, path, language).ok()) << what;
            dc::test::expectCleanLayout(path, what);
        }
    }
    // The label that overprinted its value is all there, and its value after it on the same line.
    const dc::test::PdfWords words = dc::test::pdfWords(dir.filePath(QStringLiteral("corrections-vi.pdf")));
    const auto word = [&](const QString& text) {
        for (const dc::test::PdfWord& w : words.words) {
            if (w.text == text) {
                return w;
            }
        }
        ADD_FAILURE() << "no word " << text.toStdString();
        return dc::test::PdfWord{};
    };
    const dc::test::PdfWord label = word(QStringLiteral("sót):"));
    const dc::test::PdfWord value = word(QStringLiteral("567"));
    EXPECT_LT(label.xMax, value.xMin);
    EXPECT_NEAR(label.yMin, value.yMin, 1.0);
}

TEST(ReportLayout, XlsxTotalsAndPercentagesAreNumbersOnASheetNamedInTheReportsLanguage) {
    QTemporaryDir dir;
    const QString progressPath = dir.filePath(QStringLiteral("tien-do.xlsx"));
    ASSERT_TRUE(dc::app::writeReport(documentOf(progress(), Language::Vietnamese), ExportFormat::Xlsx, progressPath,
                                     Language::Vietnamese)
                    .ok());
    EXPECT_TRUE(QString::fromUtf8(unzipped(progressPath, QStringLiteral("xl/workbook.xml")))
                    .contains(QStringLiteral("name=\"Tiến độ\"")));
    const QString progressSheet = QString::fromUtf8(unzipped(progressPath, QStringLiteral("xl/worksheets/sheet1.xml")));
    EXPECT_TRUE(progressSheet.contains(QStringLiteral("<v>12345</v>"))) << "the total is a number";
    EXPECT_TRUE(progressSheet.contains(QStringLiteral("<v>400</v>"))) << "the daily target is a number";

    const QString path = dir.filePath(QStringLiteral("tnv.xlsx"));
    ASSERT_TRUE(dc::app::writeReport(documentOf(volunteers(), Language::Vietnamese), ExportFormat::Xlsx, path,
                                     Language::Vietnamese)
                    .ok());
    EXPECT_TRUE(QString::fromUtf8(unzipped(path, QStringLiteral("xl/workbook.xml")))
                    .contains(QStringLiteral("name=\"Tình nguyện viên\"")));
    const QString sheet = QString::fromUtf8(unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QString strings = QString::fromUtf8(unzipped(path, QStringLiteral("xl/sharedStrings.xml")));
    // 1 missed of 3: the fraction 0.333 shown as a percentage, not the text "33,3 %"
    EXPECT_TRUE(sheet.contains(QRegularExpression(QStringLiteral(R"(<v>0\.333[0-9]*</v>)")))) << sheet.toStdString();
    EXPECT_FALSE(strings.contains(QStringLiteral("33,3 %"))) << strings.toStdString();
    EXPECT_TRUE(strings.contains(QStringLiteral("6,1 % – 79,2 %"))) << "an interval stays text";

    const QString en = dir.filePath(QStringLiteral("spot.xlsx"));
    ASSERT_TRUE(
        dc::app::writeReport(documentOf(spotChecks(), Language::English), ExportFormat::Xlsx, en, Language::English)
            .ok());
    EXPECT_TRUE(QString::fromUtf8(unzipped(en, QStringLiteral("xl/workbook.xml")))
                    .contains(QStringLiteral("name=\"Spot-checks\"")));
}

// The roster sheet of `roster package --sheet`, with long names and days every other day: nothing overprints, leaves
// the page or is cut short, in both languages.
TEST(ReportLayout, TheRosterSheetPdfIsCleanWithLongNamesAndLongDayLists) {
    QTemporaryDir dir;
    RosterPlan plan{{}, QStringLiteral("Bắc Tân Uyên"), QStringLiteral("Thường Tân"), {}};
    BuiltRoster built;
    built.sequence = 12;
    for (int i = 0; i < 40; ++i) {
        std::vector<QDate> days;
        for (int day = 1 + i % 2; day <= 31; day += 2) {
            days.push_back(QDate(2022, 12, day));
        }
        const QString person = QStringLiteral("person-%1").arg(i);
        // The longest user name the account rules allow (32 characters), a long full name.
        const QString user = QStringLiteral("giang.tonnuhoangthihuongwwwww%1").arg(i, 3, 10, QLatin1Char('0'));
        plan.volunteers.push_back({person, QStringLiteral("Tôn Nữ Hoàng Thị Hương Giang %1").arg(i), user, days});
        built.codes.push_back({person, user, dc::crypto::SecureBuffer::copyOf(std::string_view("12345-67890")),
                               QStringLiteral("2023-01-15T10:00:00Z")});
    }
    for (const Language language : {Language::Vietnamese, Language::English}) {
        const QString path = dir.filePath(language == Language::Vietnamese ? "sheet-vi.pdf" : "sheet-en.pdf");
        ASSERT_TRUE(
            dc::app::writeReport(AllocationLists::rosterSheet(plan, built, language), ExportFormat::Pdf, path, language)
                .ok());
        dc::test::expectCleanLayout(path, path.toStdString());
        // No day list is cut short: every day is printed, no cell of the day lists ends in an ellipsis.
        int days = 0;
        for (const dc::test::PdfWord& word : dc::test::pdfWords(path).words) {
            static const QRegularExpression day(QStringLiteral("^[0-3][0-9]/12,?$"));
            days += day.match(word.text).hasMatch() ? 1 : 0;
            EXPECT_FALSE(word.text.contains(QStringLiteral("/12") + QChar(0x2026))) << word.text.toStdString();
        }
        EXPECT_EQ(days, 20 * 16 + 20 * 15);
    }
}

} // namespace
