// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The certificates' PDF (issue 15 part 5), read back with poppler-utils as an office's printer would see it: every
// Vietnamese name intact (pdftotext, NFC), every font embedded (pdffonts), each page rendered (pdftoppm), no line off
// the page or over another (the layout's boxes and pdftotext's), a 60-character name on one line; the folder form (one
// file per certificate, named without a name, plus all.pdf, mode 0600), and an unwritable output that leaves nothing.
#include "app/common/export/Certificates.h"
#include "core/services/CertificateService.h"
#include "core/services/PersonService.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/cli/PdfBoxes.h"
#include "tests/support/TestSite.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace dc::core;
using dc::app::CertificateBlock;

namespace {

// The names of the tests: every tone mark and vowel mark, đ, a hyphenated ethnic name, and a 60-character one.
const QStringList& names() {
    static const QStringList list{
        QStringLiteral("Nguyễn Thị Ánh Tuyết"),
        QStringLiteral("Huỳnh Đức Lộc"),
        QStringLiteral("Trương Ngọc Quỳnh Hương"),
        QStringLiteral("Phạm Thị Diệu Thuỷ"),
        QStringLiteral("H'Hen Niê"),
        QStringLiteral("Tôn Nữ Hoàng Yến Ưng Vĩnh Khương Thị Phượng Ngọc Bảo Châu Lê"), // 60 characters
    };
    return list;
}

CertificateBatch batchOf(const QStringList& people, int firstNumber) {
    CertificateBatch batch;
    batch.issuer = QStringLiteral("BCH ĐOÀN TỈNH BÌNH DƯƠNG");
    batch.title = QStringLiteral("Tình nguyện viên hỗ trợ nhập dữ liệu hộ tịch trên nền tảng Cơ sở dữ liệu quốc gia về "
                                 "dân cư trên địa bàn tỉnh Bình Dương");
    batch.place = QStringLiteral("Bình Dương");
    batch.onBehalfOf = QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN");
    batch.signatoryRole = QStringLiteral("BÍ THƯ");
    batch.campaign = QStringLiteral("Bình Dương 2022");
    batch.date = QDate(2022, 12, 31);
    batch.drafts = firstNumber == 0;
    int number = firstNumber;
    for (const QString& name : people) {
        CertificateSubject subject{{},
                                   QStringLiteral("tnv"),
                                   name,
                                   QStringLiteral("Cao đẳng nghề Việt Nam – Singapore"),
                                   {QStringLiteral("Dầu Tiếng/Thanh An"), QStringLiteral("Bàu Bàng/Lai Uyên")},
                                   17};
        batch.items.push_back({subject, firstNumber == 0 ? 0 : number++});
    }
    return batch;
}

// Runs a poppler tool; fails the test (never skips it) when the tool is missing.
QString run(const char* tool, const QStringList& arguments) {
    const QString program = QStandardPaths::findExecutable(QString::fromLatin1(tool));
    if (program.isEmpty()) {
        ADD_FAILURE() << tool << " not found: install poppler-utils (scripts/setup-deps.sh)";
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << tool << " failed: " << process.readAllStandardError().toStdString();
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pagesOf(const QString& pdf) {
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run("pdfinfo", {pdf})).captured(1).toInt();
}

bool overlap(const CertificateBlock& a, const CertificateBlock& b) {
    constexpr double kSlack = 0.1;
    return std::min(a.x + a.width, b.x + b.width) - std::max(a.x, b.x) > kSlack &&
           std::min(a.y + a.height, b.y + b.height) - std::max(a.y, b.y) > kSlack;
}

TEST(CertificatesPdfTest, EveryBlockIsOnThePageAndNoneOverlapsAnother) {
    CertificateBatch batch = batchOf(names(), 1);
    batch.signatory = QStringLiteral("Trần Thị Diễm Trinh");
    // The longest a campaign file allows: a 300-character title, 100-character lines, many communes, a 100-character
    // name.
    CertificateBatch longest = batchOf({QString(100, u'W')}, 9999);
    longest.title = QString(300, u'M');
    longest.issuer = longest.onBehalfOf = longest.signatoryRole = longest.signatory = longest.place =
        QString(100, u'Đ');
    longest.items[0].subject.unit = QString(100, u'Ẫ');
    for (int i = 0; i < 40; ++i) {
        longest.items[0].subject.communes.append(QStringLiteral("Bắc Tân Uyên/Thường Tân"));
    }
    const CertificateBatch draft = batchOf({names().front()}, 0);
    for (const CertificateBatch* b : std::initializer_list<const CertificateBatch*>{&batch, &longest, &draft}) {
        for (const IssuedCertificate& item : b->items) {
            const dc::app::CertificateLayout page = dc::app::layoutCertificate(*b, item);
            EXPECT_NEAR(page.pageWidth, 841.89, 0.01); // A4 landscape
            EXPECT_NEAR(page.pageHeight, 595.28, 0.01);
            for (std::size_t i = 0; i < page.blocks.size(); ++i) {
                const CertificateBlock& a = page.blocks[i];
                // Inside the page, and inside the frame drawn 28 points in from its edges.
                constexpr double kInside = 28;
                EXPECT_GE(a.x, kInside) << a.key.toStdString();
                EXPECT_GE(a.y, kInside) << a.key.toStdString();
                EXPECT_LE(a.x + a.width, page.pageWidth - kInside) << a.key.toStdString();
                EXPECT_LE(a.y + a.height, page.pageHeight - kInside) << a.key.toStdString();
                for (std::size_t j = i + 1; j < page.blocks.size(); ++j) {
                    EXPECT_FALSE(overlap(a, page.blocks[j]))
                        << a.key.toStdString() << " over " << page.blocks[j].key.toStdString();
                }
            }
        }
    }
}

TEST(CertificatesPdfTest, ALongNameIsShrunkToOneLineAndAShortOneIsNot) {
    const CertificateBatch batch = batchOf(names(), 1);
    ASSERT_EQ(names().back().size(), 60);
    const auto nameBlock = [&](const IssuedCertificate& item) {
        const auto page = dc::app::layoutCertificate(batch, item);
        std::vector<CertificateBlock> found;
        for (const CertificateBlock& b : page.blocks) {
            if (b.key == QStringLiteral("name")) {
                found.push_back(b);
            }
        }
        EXPECT_EQ(found.size(), 1U);
        return found.front();
    };
    const CertificateBlock shortName = nameBlock(batch.items.front());
    const CertificateBlock longName = nameBlock(batch.items.back());
    EXPECT_EQ(shortName.text, names().front());
    EXPECT_DOUBLE_EQ(shortName.fontSize, 30);
    EXPECT_EQ(longName.text, names().back()); // whole, never cut
    EXPECT_LT(longName.fontSize, 30);
    EXPECT_GE(longName.fontSize, 14); // still a name one reads across the room
    EXPECT_GE(longName.x, 48);
    EXPECT_LE(longName.x + longName.width, 841.89 - 48);
}

TEST(CertificatesPdfTest, NamesReadBackIntactFontsEmbeddedAndEveryPageRenders) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("batch.pdf"));
    CertificateBatch batch = batchOf(names(), 1);
    batch.items.push_back(batchOf({QStringLiteral("Đoàn Văn Hậu")}, 0).items.front()); // a draft's page too
    auto bytes = dc::app::renderCertificates(batch, batch.items);
    ASSERT_TRUE(bytes.ok());
    dc::test::writeAll(pdf, bytes.value());

    ASSERT_EQ(pagesOf(pdf), static_cast<int>(batch.items.size()));
    for (int page = 1; page <= static_cast<int>(batch.items.size()); ++page) {
        const QString n = QString::number(page);
        const QString text = run("pdftotext", {QStringLiteral("-f"), n, QStringLiteral("-l"), n, QStringLiteral("-raw"),
                                               pdf, QStringLiteral("-")});
        const IssuedCertificate& item = batch.items[static_cast<std::size_t>(page - 1)];
        EXPECT_TRUE(text.contains(item.subject.fullName)) << "page " << page << ": " << text.toStdString();
        EXPECT_EQ(text, text.normalized(QString::NormalizationForm_C)) << "page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("GIẤY CHỨNG NHẬN")));
        EXPECT_TRUE(text.contains(QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN")));
        EXPECT_TRUE(text.contains(QStringLiteral("Bình Dương, ngày 31 tháng 12 năm 2022")));
        EXPECT_TRUE(text.contains(QStringLiteral("Thanh An (Dầu Tiếng)")));
        EXPECT_TRUE(text.contains(QStringLiteral("Số ngày tham gia: 17 ngày")));
        if (item.number > 0) {
            EXPECT_TRUE(text.contains(QStringLiteral("Số: %1/GCN").arg(item.number, 4, 10, QLatin1Char('0'))));
            EXPECT_FALSE(text.contains(QStringLiteral("BẢN NHÁP")));
        } else {
            EXPECT_TRUE(text.contains(QStringLiteral("BẢN NHÁP – chưa có số")));
            EXPECT_FALSE(text.contains(QStringLiteral("/GCN")));
        }
    }
    // pdffonts: a header of two lines, then one line per font whose "emb" column says yes.
    const QStringList fonts = run("pdffonts", {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_GE(fonts.size(), 3); // DejaVu Sans, Sans Bold, Serif Bold
    bool serif = false;
    for (const QString& line : fonts) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 5) << line.toStdString();
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << line.toStdString(); // emb sub uni obj gen
        EXPECT_TRUE(line.contains(QStringLiteral("DejaVu"))) << line.toStdString();
        serif = serif || line.contains(QStringLiteral("DejaVuSerif"));
    }
    EXPECT_TRUE(serif);
    // pdftoppm draws every page (at a low resolution: it is the drawing that is checked, not the pixels).
    run("pdftoppm", {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), pdf, dir.filePath("page")});
    const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files);
    ASSERT_EQ(pngs.size(), static_cast<int>(batch.items.size()));
    for (const QString& png : pngs) {
        EXPECT_GT(QFileInfo(dir.filePath(png)).size(), 500) << png.toStdString();
    }
    // And what pdftotext sees: every word on its page, none over another.
    dc::test::expectCleanLayout(pdf, "certificates");
}

// Writing at a hub: the batch file, the folder form and the failures. One hub for the suite (sign-ins cost Argon2id).
class CertificateOutputTest : public ::testing::Test {
protected:
    static inline std::unique_ptr<dc::test::TestSite> hubSite;
    static inline std::unique_ptr<Session> office;
    static inline CertificateBatch batch;

    static void SetUpTestSuite() {
        hubSite = std::make_unique<dc::test::TestSite>(SiteKind::Hub);
        office = hubSite->signInSupervisor();
        CertificateRequest request;
        for (const QString& name : names().mid(0, 3)) {
            auto person = PersonService::addPerson(*office, NewPerson{name, {}, {}});
            ASSERT_TRUE(person.ok());
            request.subjects.push_back({person.value().uuid,
                                        QStringLiteral("tnv"),
                                        name,
                                        QStringLiteral("Đại học Bình Dương"),
                                        {QStringLiteral("Dĩ An/Tân Bình")},
                                        12});
        }
        auto issued = issueCertificates(*office, request);
        ASSERT_TRUE(issued.ok());
        batch = issued.value();
    }
    static void TearDownTestSuite() {
        office.reset();
        hubSite.reset();
    }
    static std::int64_t printedEvents() {
        auto s = office->database().prepare("SELECT count(*) FROM audit_events WHERE action = 'certificates.printed'");
        EXPECT_TRUE(s.step());
        return s.int64(0);
    }
};

TEST_F(CertificateOutputTest, AFolderGetsOneFilePerPersonNamedByNumberAndAllPdf) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("giay-chung-nhan"));
    const auto events = printedEvents();
    auto written = dc::app::writeCertificates(*office, batch, folder);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{QStringLiteral("GCN-0001.pdf"), QStringLiteral("GCN-0002.pdf"),
                                  QStringLiteral("GCN-0003.pdf"), QStringLiteral("all.pdf")}));
    for (const QString& file : files) {
        const QString path = QDir(folder).filePath(file);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        EXPECT_EQ(QFile::permissions(path) & others, QFileDevice::Permissions()) << file.toStdString(); // 0600
        EXPECT_TRUE(QFile::permissions(path).testFlag(QFileDevice::WriteOwner));
        EXPECT_EQ(pagesOf(path), file == QStringLiteral("all.pdf") ? 3 : 1);
    }
    EXPECT_TRUE(run("pdftotext", {QDir(folder).filePath(QStringLiteral("GCN-0002.pdf")), QStringLiteral("-")})
                    .contains(batch.items[1].subject.fullName));
    // One event for the batch, naming the numbers, never a name.
    EXPECT_EQ(printedEvents(), events + 1);
    auto s = office->database().prepare(
        "SELECT details FROM audit_events WHERE action = 'certificates.printed' ORDER BY seq DESC LIMIT 1");
    ASSERT_TRUE(s.step());
    const QString details = s.text(0);
    EXPECT_TRUE(details.contains(QStringLiteral("\"count\":3"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("\"output\":\"folder\""))) << details.toStdString();
    for (const IssuedCertificate& item : batch.items) {
        EXPECT_FALSE(details.contains(item.subject.fullName));
    }
}

TEST_F(CertificateOutputTest, APdfPathGetsOneBatchFile) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("tat-ca.PDF"));
    ASSERT_TRUE(dc::app::writeCertificates(*office, batch, pdf).ok());
    EXPECT_EQ(pagesOf(pdf), 3);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("tat-ca.PDF")});
}

TEST_F(CertificateOutputTest, AnUnwritableOutputLeavesNothing) {
    QTemporaryDir dir;
    dc::test::writeAll(dir.filePath(QStringLiteral("plain.txt")), "not a folder");
    const auto events = printedEvents();
    for (const QString& output :
         {dir.filePath(QStringLiteral("plain.txt/batch.pdf")), dir.filePath(QStringLiteral("plain.txt/folder"))}) {
        auto refused = dc::app::writeCertificates(*office, batch, output);
        ASSERT_FALSE(refused.ok()) << output.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::IoError);
    }
    // A folder where the second certificate cannot be written (a folder holds its name): the first and all.pdf, written
    // before the failure was known, are removed again.
    const QString folder = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(folder + QStringLiteral("/GCN-0002.pdf/inside")));
    auto partial = dc::app::writeCertificates(*office, batch, folder);
    ASSERT_FALSE(partial.ok());
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("GCN-0002.pdf")});
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
              (QStringList{QStringLiteral("out"), QStringLiteral("plain.txt")}));
    EXPECT_EQ(printedEvents(), events); // no event for a batch that was not written
}

TEST_F(CertificateOutputTest, DraftsArePrintedOnlyWhereTheyAreDrafts) {
    QTemporaryDir dir;
    CertificateBatch drafts = batch;
    drafts.drafts = true; // a commune's drafts carried to the hub: refused, nothing written
    auto refused = dc::app::writeCertificates(*office, drafts, dir.filePath(QStringLiteral("x.pdf")));
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
    CertificateBatch empty = batch;
    empty.items.clear();
    EXPECT_FALSE(dc::app::writeCertificates(*office, empty, dir.filePath(QStringLiteral("y.pdf"))).ok());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("y.pdf"))));
}

TEST(CertificateFileNameTest, NumbersAtAHubPlacesForDrafts) {
    const IssuedCertificate numbered{{{}, QStringLiteral("lan.nguyen"), QStringLiteral("Nguyễn Thị Lan"), {}, {}, 9},
                                     12};
    const IssuedCertificate draft{{{}, QStringLiteral("lan.nguyen"), QStringLiteral("Nguyễn Thị Lan"), {}, {}, 9}, 0};
    EXPECT_EQ(dc::app::certificateFileName(numbered, 4), QStringLiteral("GCN-0012.pdf"));
    EXPECT_EQ(dc::app::certificateFileName(draft, 4), QStringLiteral("ban-nhap-005.pdf"));
}

} // namespace
