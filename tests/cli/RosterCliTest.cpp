// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/RosterService.h"
#include "core/services/SignIn.h"
#include "core/sheets/Table.h"
#include "tests/cli/CliRunner.h"
#include "tests/cli/PdfBoxes.h"

#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QUuid>

#include <gtest/gtest.h>

using namespace dc::test;

namespace {

// A hub and a commune made with `init` and enrolled with `enroll`, as the office and the supervisor do it.
class RosterCliTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString hub = dir.filePath(QStringLiteral("hub.db"));
    QString xa = dir.filePath(QStringLiteral("xa.db"));

    [[nodiscard]] QString path(const char* name) const { return dir.filePath(QLatin1String(name)); }
    [[nodiscard]] static QStringList on(const QString& db, const QStringList& command,
                                        const QString& user = QStringLiteral("giamsat")) {
        return command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                     QStringLiteral("--password-stdin")};
    }
    static CliRun init(const QString& db, const QString& site, const QStringList& extra) {
        return admin(QStringList{QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"), site,
                                 QStringLiteral("--admin"), QStringLiteral("giamsat"), QStringLiteral("--kdf"),
                                 QStringLiteral("minimum"), QStringLiteral("--password-stdin")} +
                         extra,
                     {kAdminPassword});
    }
    void enrolled(const QString& commune) {
        ASSERT_EQ(init(hub, QStringLiteral("Tỉnh Đoàn Bình Dương"), {QStringLiteral("--kind"), QStringLiteral("hub")})
                      .exitCode,
                  0);
        ASSERT_EQ(init(xa, QStringLiteral("Phường Phú Cường"), {}).exitCode, 0);
        const CliRun request = admin(on(xa, {QStringLiteral("enroll"), QStringLiteral("request"),
                                             QStringLiteral("--output"), path("xa.enroll"), QStringLiteral("--json")}),
                                     {kAdminPassword});
        ASSERT_EQ(request.exitCode, 0) << request.err.toStdString();
        const CliRun accept =
            admin(on(hub, {QStringLiteral("enroll"), QStringLiteral("accept"), path("xa.enroll"),
                           QStringLiteral("--fingerprint"),
                           request.json().value(QStringLiteral("fingerprint")).toString(), QStringLiteral("--commune"),
                           commune, QStringLiteral("--output"), path("xa.welcome"), QStringLiteral("--json")}),
                  {kAdminPassword});
        ASSERT_EQ(accept.exitCode, 0) << accept.err.toStdString();
        const CliRun finish = admin(
            on(xa, {QStringLiteral("enroll"), QStringLiteral("finish"), path("xa.welcome"),
                    QStringLiteral("--fingerprint"), accept.json().value(QStringLiteral("hubFingerprint")).toString()}),
            {kAdminPassword});
        ASSERT_EQ(finish.exitCode, 0) << finish.err.toStdString();
    }
    // Dầu Tiếng's list (Thanh An, Định An, Thanh Tuyền) and an office worker without a computer in Thanh An, away
    // on 05/12: at most two a commune, where they asked; then `allocate --save`.
    void registeredAndSaved() {
        const QString list = path("lists.csv");
        {
            QFile file(list);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write("Họ và tên,Năm sinh,Số CCCD,Điện thoại,Đồng ý thời gian,Chấp nhận phân công,Tin học,Xã đăng ký,"
                       "Huyện đăng ký,Ngày bận\n"
                       "Nguyễn Thị Ánh Tuyết,2001,074301001234,0912345678,có,có,có,Thanh Tuyền,Dầu Tiếng,\n"
                       "Trần Văn Đức,2000,074200001235,,có,có,có,Thanh An,Dầu Tiếng,\n"
                       "Lê Thị Tuyết,2002,074302001236,,có,có,có,Định An,Dầu Tiếng,\n");
        }
        const QString offices = path("offices.csv");
        {
            QFile file(offices);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write("Họ và tên,Năm sinh,Số CCCD,Điện thoại,Đồng ý thời gian,Chấp nhận phân công,Tin học,Xã đăng ký,"
                       "Huyện đăng ký,Ngày bận\n"
                       "Phạm Văn An,1999,074099001238,0987654321,có,có,không,Thanh An,Dầu Tiếng,05/12/2022\n");
        }
        for (const auto& [file, unit] : {std::pair{list, QStringLiteral("Dầu Tiếng")},
                                         std::pair{offices, QStringLiteral("Đoàn Khối Cơ quan – Doanh nghiệp")}}) {
            const CliRun imported = admin(on(hub, {QStringLiteral("volunteers"), QStringLiteral("import"), file,
                                                   QStringLiteral("--unit"), unit, QStringLiteral("--yes")}),
                                          {kAdminPassword});
            ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString() << imported.err.toStdString();
        }
        const CliRun saved = admin(on(hub, {QStringLiteral("allocate"), QStringLiteral("--save")}), {kAdminPassword});
        ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    }
    static QString pdfText(const QString& file) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            ADD_FAILURE() << "pdftotext failed on " << file.toStdString();
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static bool ownerOnly(const QString& file) {
        return QFile::permissions(file) ==
               (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    }
};

// `roster apply` and `user activate` end to end: a package built at the hub through the core builder, then the
// workstation's commands with passwords and codes on standard input, in the documented order.
TEST_F(RosterCliTest, ApplyThenActivateWithTheCodeThenSignIn) {
    enrolled(QStringLiteral("Thủ Dầu Một/Phú Cường"));
    ASSERT_FALSE(HasFatalFailure());
    QString code;
    {
        auto session = dc::core::SignIn().signIn(hub, QStringLiteral("giamsat"),
                                                 dc::crypto::SecureBuffer::copyOf(kAdminPassword.toStdString()));
        ASSERT_TRUE(session.ok());
        dc::core::RosterPlan plan{QString(),
                                  QStringLiteral("Thủ Dầu Một"),
                                  QStringLiteral("Phú Cường"),
                                  {{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    QStringLiteral("Nguyễn Văn An"),
                                    QStringLiteral("an.nguyen"),
                                    {QDate(2022, 12, 1)}}}};
        auto built = dc::core::RosterService::buildPackage(*session.value(), plan, path("xa.roster"));
        ASSERT_TRUE(built.ok()) << built.error().detail.toStdString();
        code = QString::fromLatin1(built->codes.front().code.chars().data(),
                                   static_cast<qsizetype>(built->codes.front().code.size()));
    }

    const QStringList apply{QStringLiteral("roster"), QStringLiteral("apply"), path("xa.roster"),
                            QStringLiteral("--json")};
    const CliRun applied = admin(on(xa, apply), {kAdminPassword});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_EQ(applied.json().value(QStringLiteral("created")).toInt(), 1);
    EXPECT_EQ(applied.json().value(QStringLiteral("sequence")).toInt(), 1);
    const CliRun again = admin(on(xa, apply), {kAdminPassword});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.json().value(QStringLiteral("alreadyApplied")).toBool());
    // At the hub: refused.
    const CliRun atHub = admin(on(hub, apply), {kAdminPassword});
    EXPECT_EQ(atHub.exitCode, 1);

    // Awaiting: no sign-in.
    const CliRun early =
        admin(on(xa, {QStringLiteral("user"), QStringLiteral("passwd")}, QStringLiteral("an.nguyen")),
              {QStringLiteral("cay-me-ben-song-dong-nai-31"), QStringLiteral("hoa-phuong-do-san-truong-4")});
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_TRUE(early.err.contains(QStringLiteral("no account"))) << early.err.toStdString();
    const CliRun listed = admin(on(xa, {QStringLiteral("user"), QStringLiteral("list")}), {kAdminPassword});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("awaiting"))) << listed.out.toStdString();

    // Supervisor's password, then the code, then the new password.
    const QStringList activate{QStringLiteral("user"), QStringLiteral("activate"), QStringLiteral("an.nguyen"),
                               QStringLiteral("--json")};
    const CliRun wrong = admin(on(xa, activate), {kAdminPassword, QStringLiteral("00000-00000"),
                                                  QStringLiteral("cay-me-ben-song-dong-nai-31")});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("activation code"))) << wrong.err.toStdString();
    const CliRun right = admin(on(xa, activate), {kAdminPassword, code, QStringLiteral("cay-me-ben-song-dong-nai-31")});
    ASSERT_EQ(right.exitCode, 0) << right.err.toStdString();
    EXPECT_EQ(right.json().value(QStringLiteral("activated")).toString(), QStringLiteral("an.nguyen"));
    const CliRun reused =
        admin(on(xa, activate), {kAdminPassword, code, QStringLiteral("mot-mat-khau-khac-hoan-toan-2")});
    EXPECT_EQ(reused.exitCode, 1);
    // Activated: An signs in with the new password (and may change it, as anyone may for their own account).
    const CliRun signedIn =
        admin(on(xa, {QStringLiteral("user"), QStringLiteral("passwd")}, QStringLiteral("an.nguyen")),
              {QStringLiteral("cay-me-ben-song-dong-nai-31"), QStringLiteral("hoa-phuong-do-san-truong-4")});
    EXPECT_EQ(signedIn.exitCode, 0) << signedIn.err.toStdString();
}

// The office's whole way, by command: a unit's list registered, `allocate --save`, `roster package` for the enrolled
// commune (the roster sheet's codes printed once), then at the commune `roster apply` and a volunteer's activation
// with the code from the sheet. A second save keeps the user names; a commune nobody is placed in has no package.
TEST_F(RosterCliTest, FromTheUnitsListToAnActivatedAccountByCommand) {
    enrolled(QStringLiteral("Dầu Tiếng/Thanh An"));
    ASSERT_FALSE(HasFatalFailure());
    const QString list = path("dau-tieng.csv");
    {
        QFile file(list);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Họ và tên,Năm sinh,Số CCCD,Đồng ý thời gian,Chấp nhận phân công,Tin học,Xã đăng ký,Huyện đăng ký\n"
                   "Nguyễn Thị Ánh Tuyết,2001,074301001234,có,có,có,Thanh An,Dầu Tiếng\n"
                   "Trần Văn Đức,2000,074200001235,có,có,có,Thanh An,Dầu Tiếng\n"
                   "Lê Thị Tuyết,2002,074302001236,có,có,có,Định An,Dầu Tiếng\n");
    }
    const CliRun imported =
        admin(on(hub, {QStringLiteral("volunteers"), QStringLiteral("import"), list, QStringLiteral("--unit"),
                       QStringLiteral("Dầu Tiếng"), QStringLiteral("--yes")}),
              {kAdminPassword});
    ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString() << imported.err.toStdString();

    // Before a save, no package.
    const QStringList package{QStringLiteral("roster"),    QStringLiteral("package"),
                              QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Thanh An"),
                              QStringLiteral("--output"),  path("thanh-an.roster"),
                              QStringLiteral("--json")};
    EXPECT_EQ(admin(on(hub, package), {kAdminPassword}).exitCode, 1);
    EXPECT_FALSE(QFile::exists(path("thanh-an.roster")));

    const QStringList allocate{QStringLiteral("allocate"), QStringLiteral("--save"), QStringLiteral("--json")};
    const CliRun saved = admin(on(hub, allocate), {kAdminPassword});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    EXPECT_TRUE(saved.json().value(QStringLiteral("saved")).toBool());
    QMap<QString, QString> names; // ID number → user name
    for (const auto& a : saved.json().value(QStringLiteral("assignments")).toArray()) {
        names.insert(a.toObject().value(QStringLiteral("idNumber")).toString(),
                     a.toObject().value(QStringLiteral("userName")).toString());
    }
    EXPECT_EQ(names.value(QStringLiteral("074301001234")), QStringLiteral("tuyet.nguyen"));
    EXPECT_EQ(names.value(QStringLiteral("074200001235")), QStringLiteral("duc.tran"));
    // Saved again: the same names.
    const CliRun again = admin(on(hub, allocate), {kAdminPassword});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    for (const auto& a : again.json().value(QStringLiteral("assignments")).toArray()) {
        EXPECT_EQ(a.toObject().value(QStringLiteral("userName")).toString(),
                  names.value(a.toObject().value(QStringLiteral("idNumber")).toString()));
    }

    const CliRun built = admin(on(hub, package), {kAdminPassword});
    ASSERT_EQ(built.exitCode, 0) << built.err.toStdString();
    const QJsonArray sheet = built.json().value(QStringLiteral("volunteers")).toArray();
    ASSERT_EQ(sheet.size(), 2);
    QString code;
    for (const auto& v : sheet) {
        EXPECT_EQ(v.toObject().value(QStringLiteral("days")).toArray().size(), 31); // two people: every day
        if (v.toObject().value(QStringLiteral("userName")).toString() == QLatin1String("tuyet.nguyen")) {
            code = v.toObject().value(QStringLiteral("code")).toString();
        }
    }
    ASSERT_EQ(code.size(), 11) << code.toStdString(); // 12345-67890
    // Names and codes only on the sheet: the package itself holds neither a code nor, unencrypted, a name.
    QFile file(path("thanh-an.roster"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_FALSE(bytes.contains(code.toLatin1()));
    EXPECT_FALSE(bytes.contains(QStringLiteral("Tuyết").toUtf8()));
    // A commune nobody is placed in, a commune the campaign lacks: refused, no file.
    QStringList other = package;
    other[3] = QStringLiteral("Dĩ An/Tân Bình");
    other[5] = path("other.roster");
    EXPECT_EQ(admin(on(hub, other), {kAdminPassword}).exitCode, 1);
    other[3] = QStringLiteral("Không Có/Nơi Nào");
    EXPECT_EQ(admin(on(hub, other), {kAdminPassword}).exitCode, 1);
    EXPECT_FALSE(QFile::exists(path("other.roster")));

    const CliRun applied = admin(
        on(xa, {QStringLiteral("roster"), QStringLiteral("apply"), path("thanh-an.roster"), QStringLiteral("--json")}),
        {kAdminPassword});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_EQ(applied.json().value(QStringLiteral("created")).toInt(), 2);
    const CliRun right = admin(on(xa, {QStringLiteral("user"), QStringLiteral("activate"),
                                       QStringLiteral("tuyet.nguyen"), QStringLiteral("--json")}),
                               {kAdminPassword, code, QStringLiteral("cay-me-ben-song-dong-nai-31")});
    ASSERT_EQ(right.exitCode, 0) << right.err.toStdString();
    EXPECT_EQ(right.json().value(QStringLiteral("activated")).toString(), QStringLiteral("tuyet.nguyen"));
}

// The allocation lists and the week view by command, written as XLSX and PDF and read back; the refusals.
TEST_F(RosterCliTest, AllocationListsAndTheWeekViewAsFiles) {
    ASSERT_EQ(
        init(hub, QStringLiteral("Tỉnh Đoàn Bình Dương"), {QStringLiteral("--kind"), QStringLiteral("hub")}).exitCode,
        0);
    const QStringList byDistrict{QStringLiteral("allocation"), QStringLiteral("list"),
                                 QStringLiteral("--by"),       QStringLiteral("district"),
                                 QStringLiteral("--district"), QStringLiteral("Dầu Tiếng"),
                                 QStringLiteral("--output"),   path("dau-tieng.xlsx")};
    // Nothing saved yet: refused, no file.
    const CliRun early = admin(on(hub, byDistrict), {kAdminPassword});
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_TRUE(early.err.contains(QStringLiteral("allocate --save"))) << early.err.toStdString();
    EXPECT_FALSE(QFile::exists(path("dau-tieng.xlsx")));
    registeredAndSaved();
    ASSERT_FALSE(HasFatalFailure());

    const CliRun written = admin(on(hub, byDistrict), {kAdminPassword});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(ownerOnly(path("dau-tieng.xlsx")));
    auto table = dc::core::sheets::readTable(path("dau-tieng.xlsx"));
    ASSERT_TRUE(table.ok()) << table.error().detail.toStdString();
    QMap<QString, QStringList> rows; // full name → its row
    for (const QStringList& row : table->rows) {
        if (row.size() > 6 && row.at(0).toInt() > 0) {
            rows.insert(row.at(1), row);
        }
    }
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.value(QStringLiteral("Lê Thị Tuyết")).mid(2, 6),
              (QStringList{QStringLiteral("Dầu Tiếng"), QStringLiteral("*********236"), QString(),
                           QStringLiteral("Định An"), QStringLiteral("31"), QStringLiteral("Có")}));
    EXPECT_EQ(rows.value(QStringLiteral("Phạm Văn An")).at(5), QStringLiteral("Thanh An"));
    EXPECT_EQ(rows.value(QStringLiteral("Phạm Văn An")).at(4), QStringLiteral("0987654321")); // the leading zero kept
    EXPECT_EQ(rows.value(QStringLiteral("Phạm Văn An")).at(6), QStringLiteral("30"));

    // By unit, as a PDF: the names with their diacritics, where each went.
    const CliRun pdf = admin(on(hub, {QStringLiteral("allocation"), QStringLiteral("list"), QStringLiteral("--by"),
                                      QStringLiteral("unit"), QStringLiteral("--unit"), QStringLiteral("Dầu Tiếng"),
                                      QStringLiteral("--identified"), QStringLiteral("--output"), path("unit.pdf")}),
                             {kAdminPassword});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    EXPECT_TRUE(ownerOnly(path("unit.pdf")));
    const QString unitText = pdfText(path("unit.pdf"));
    EXPECT_TRUE(unitText.contains(QStringLiteral("Danh sách phân bổ tình nguyện viên theo đơn vị")));
    EXPECT_TRUE(unitText.contains(QStringLiteral("Nguyễn Thị Ánh Tuyết"))) << unitText.toStdString();
    EXPECT_TRUE(unitText.contains(QStringLiteral("074302001236")));
    dc::test::expectCleanLayout(path("unit.pdf"), "unit.pdf");

    // The week view of Thanh An as XLSX: the grid's first full week, and the short days.
    const CliRun week =
        admin(on(hub, {QStringLiteral("roster"), QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Thanh An"),
                       QStringLiteral("--output"), path("thanh-an.xlsx")}),
              {kAdminPassword});
    ASSERT_EQ(week.exitCode, 0) << week.err.toStdString();
    auto grid = dc::core::sheets::readTable(path("thanh-an.xlsx"));
    ASSERT_TRUE(grid.ok()) << grid.error().detail.toStdString();
    qsizetype at = -1;
    for (qsizetype i = 0; i < static_cast<qsizetype>(grid->rows.size()); ++i) {
        if (grid->rows.at(i).value(0) == QStringLiteral("Tuần 2: 05/12/2022 – 11/12/2022")) {
            at = i;
        }
    }
    ASSERT_GE(at, 0);
    EXPECT_EQ(grid->rows.at(at + 1).mid(2, 8),
              (QStringList{QStringLiteral("T2 05/12"), QStringLiteral("T3 06/12"), QStringLiteral("T4 07/12"),
                           QStringLiteral("T5 08/12"), QStringLiteral("T6 09/12"), QStringLiteral("T7 10/12"),
                           QStringLiteral("CN 11/12"), QStringLiteral("Ngày trực trong tuần")}));
    EXPECT_EQ(grid->rows.at(at + 2).mid(0, 4),
              (QStringList{QStringLiteral("Phạm Văn An"), QStringLiteral("an.pham"), QString(), QStringLiteral("x")}));
    EXPECT_EQ(grid->rows.at(at + 5).mid(0, 4),
              (QStringList{QStringLiteral("Thiếu người"), QString(), QStringLiteral("3"), QStringLiteral("2")}));
    // The same as a PDF, and as JSON on the terminal.
    const CliRun weekPdf =
        admin(on(hub, {QStringLiteral("roster"), QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Thanh An"),
                       QStringLiteral("--output"), path("thanh-an.pdf")}),
              {kAdminPassword});
    ASSERT_EQ(weekPdf.exitCode, 0) << weekPdf.err.toStdString();
    EXPECT_TRUE(pdfText(path("thanh-an.pdf")).contains(QStringLiteral("Trần Văn Đức")));
    dc::test::expectCleanLayout(path("thanh-an.pdf"), "thanh-an.pdf");
    const CliRun weekJson = admin(on(hub, {QStringLiteral("roster"), QStringLiteral("--commune"),
                                           QStringLiteral("Dầu Tiếng/Thanh An"), QStringLiteral("--json")}),
                                  {kAdminPassword});
    ASSERT_EQ(weekJson.exitCode, 0) << weekJson.err.toStdString();
    EXPECT_EQ(weekJson.json().value(QStringLiteral("unmet")).toArray().size(), 31);

    // Refusals: an unknown district, unit or commune; a commune nobody is in; a file the format does not name.
    const auto exitOf = [&](const QStringList& command) { return admin(on(hub, command), {kAdminPassword}).exitCode; };
    EXPECT_EQ(exitOf({QStringLiteral("allocation"), QStringLiteral("list"), QStringLiteral("--by"),
                      QStringLiteral("district"), QStringLiteral("--district"), QStringLiteral("Không Có"),
                      QStringLiteral("--output"), path("x.pdf")}),
              1);
    EXPECT_EQ(exitOf({QStringLiteral("allocation"), QStringLiteral("list"), QStringLiteral("--by"),
                      QStringLiteral("unit"), QStringLiteral("--unit"), QStringLiteral("Trường Không Có"),
                      QStringLiteral("--output"), path("x.pdf")}),
              1);
    EXPECT_EQ(exitOf({QStringLiteral("roster"), QStringLiteral("--commune"), QStringLiteral("Dĩ An/Tân Bình"),
                      QStringLiteral("--output"), path("x.pdf")}),
              1);
    EXPECT_EQ(exitOf({QStringLiteral("roster"), QStringLiteral("--commune"), QStringLiteral("Không Có/Nơi Nào"),
                      QStringLiteral("--output"), path("x.pdf")}),
              1);
    EXPECT_EQ(exitOf({QStringLiteral("allocation"), QStringLiteral("list"), QStringLiteral("--by"),
                      QStringLiteral("district"), QStringLiteral("--output"), path("x.docx")}),
              2);
    EXPECT_EQ(exitOf({QStringLiteral("allocation"), QStringLiteral("list"), QStringLiteral("--by"),
                      QStringLiteral("commune")}),
              2);
    EXPECT_FALSE(QFile::exists(path("x.pdf")));
    EXPECT_FALSE(QFile::exists(path("x.docx")));
}

// `roster package --sheet`: the sheet is a PDF only its owner reads, the codes are in it and nowhere else (not on the
// terminal), and a code read from it activates the account at the commune.
TEST_F(RosterCliTest, TheRosterSheetAsAPdfCarriesTheCodes) {
    enrolled(QStringLiteral("Dầu Tiếng/Thanh An"));
    ASSERT_FALSE(HasFatalFailure());
    registeredAndSaved();
    ASSERT_FALSE(HasFatalFailure());
    QStringList package{QStringLiteral("roster"),    QStringLiteral("package"),
                        QStringLiteral("--commune"), QStringLiteral("Dầu Tiếng/Thanh An"),
                        QStringLiteral("--output"),  path("thanh-an.roster"),
                        QStringLiteral("--sheet"),   path("sheet.txt")};
    // A sheet that is not a PDF: usage error, no package.
    EXPECT_EQ(admin(on(hub, package), {kAdminPassword}).exitCode, 2);
    EXPECT_FALSE(QFile::exists(path("thanh-an.roster")));
    // A sheet in a folder that does not exist: refused before the package is built (its codes would be lost).
    package[7] = path("missing/sheet.pdf");
    EXPECT_EQ(admin(on(hub, package), {kAdminPassword}).exitCode, 1);
    EXPECT_FALSE(QFile::exists(path("thanh-an.roster")));
    package[7] = path("sheet.pdf");
    const CliRun built = admin(on(hub, package + QStringList{QStringLiteral("--json")}), {kAdminPassword});
    ASSERT_EQ(built.exitCode, 0) << built.err.toStdString();
    EXPECT_FALSE(built.out.contains(QRegularExpression(QStringLiteral("[0-9]{5}-[0-9]{5}"))))
        << built.out.toStdString();
    EXPECT_EQ(built.json().value(QStringLiteral("volunteers")).toArray().size(), 2);
    EXPECT_TRUE(ownerOnly(path("sheet.pdf")));
    const QString text = pdfText(path("sheet.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Phiếu giao tài khoản và mã kích hoạt"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Phạm Văn An")));
    EXPECT_TRUE(text.contains(QStringLiteral("01–04/12, 06–31/12"))) << text.toStdString(); // Phạm Văn An's days
    const QRegularExpressionMatch line =
        QRegularExpression(QStringLiteral("duc\\.tran\\s+Trần Văn Đức\\s+([0-9]{5}-[0-9]{5})")).match(text);
    ASSERT_TRUE(line.hasMatch()) << text.toStdString();
    const CliRun applied = admin(
        on(xa, {QStringLiteral("roster"), QStringLiteral("apply"), path("thanh-an.roster"), QStringLiteral("--json")}),
        {kAdminPassword});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    const CliRun activated = admin(on(xa, {QStringLiteral("user"), QStringLiteral("activate"),
                                           QStringLiteral("duc.tran"), QStringLiteral("--json")}),
                                   {kAdminPassword, line.captured(1), QStringLiteral("cay-me-ben-song-dong-nai-31")});
    EXPECT_EQ(activated.exitCode, 0) << activated.err.toStdString();
}

} // namespace
