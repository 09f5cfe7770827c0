// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// volunteers import | list and quota at the hub (issue 14), as the office runs them: real files (CSV in UTF-8 and in a
// legacy encoding, an XLSX written with libxlsxwriter), passwords on stdin, exit codes and JSON.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSite.h"

#include <QFile>
#include <QJsonArray>
#include <QMap>

#include <gtest/gtest.h>
#include <iconv.h>
#include <xlsxwriter.h>

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

namespace {

const QString kDistrictPassword = QStringLiteral("dat-do-cao-su-xanh-32");

// A unit's list: a title row, then tone-less headers in a shuffled order with an extra column. Row 4 is valid, row 5
// lacks its ID number (an error), row 6 has a bad phone (a warning only).
const char* const kList = "DANH SACH TINH NGUYEN VIEN\n"
                          "so cccd,STT,ho va ten,nam sinh,sdt,dong y thoi gian,chap nhan phan cong\n"
                          "074301001234,1,Nguyễn Thị Lan,2001,0912345678,có,có\n"
                          ",2,Trần Văn Minh,2000,0912345679,có,có\n"
                          "074202005678,3,Lê Văn Hùng,2002,12,x,x\n";

QByteArray encoded(const QString& text, const char* encoding) {
    iconv_t cd = iconv_open(encoding, "UTF-8");
    EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1));
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4, '\0');
    char* inPtr = in.data();
    size_t inLeft = static_cast<size_t>(in.size());
    char* outPtr = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    EXPECT_NE(iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft), static_cast<size_t>(-1));
    iconv_close(cd);
    out.truncate(out.size() - static_cast<qsizetype>(outLeft));
    return out;
}

class VolunteerCliTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("hub.db"));

    [[nodiscard]] QStringList as(const QStringList& command, const QString& user = QStringLiteral("vanphong")) const {
        return command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                     QStringLiteral("--password-stdin")};
    }
    void initHub() const {
        const CliRun init =
            admin({QStringLiteral("init"), QStringLiteral("--kind"), QStringLiteral("hub"), QStringLiteral("--db"), db,
                   QStringLiteral("--site"), QStringLiteral("Tỉnh Đoàn Bình Dương"), QStringLiteral("--admin"),
                   QStringLiteral("vanphong"), QStringLiteral("--kdf"), QStringLiteral("minimum"),
                   QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                  {kAdminPassword});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }
    QString write(const char* name, const QByteArray& bytes) const {
        const QString path = dir.filePath(QLatin1String(name));
        dc::test::writeAll(path, bytes);
        return path;
    }
    CliRun import(const QString& file, const QString& unit, bool yes, bool json = false,
                  const QString& user = QStringLiteral("vanphong")) const {
        QStringList command{QStringLiteral("volunteers"), QStringLiteral("import"), file, QStringLiteral("--unit"),
                            unit};
        if (yes) {
            command.append(QStringLiteral("--yes"));
        }
        if (json) {
            command.append(QStringLiteral("--json"));
        }
        return admin(as(command, user), {user == QLatin1String("vanphong") ? kAdminPassword : kDistrictPassword});
    }
    QJsonArray volunteers() const {
        const CliRun list = admin(as({QStringLiteral("volunteers"), QStringLiteral("list"), QStringLiteral("--json")}),
                                  {kAdminPassword});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return list.json().value(QStringLiteral("volunteers")).toArray();
    }
};

TEST_F(VolunteerCliTest, APreviewThenYesAddsTheValidRowsOnceAndListShowsThem) {
    initHub();
    const QString csv = write("dau-tieng.csv", QByteArray(kList));
    const CliRun preview = import(csv, QStringLiteral("dau tieng"), false);
    ASSERT_EQ(preview.exitCode, 0) << preview.err.toStdString();
    EXPECT_TRUE(preview.out.contains(QLatin1String("header on row 2"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QLatin1String("row 3: add"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QLatin1String("row 4: invalid"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QLatin1String("The ID number (CMND/CCCD) is missing.")))
        << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QLatin1String("row 5: add"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QLatin1String("nothing written"))) << preview.out.toStdString();
    EXPECT_FALSE(preview.out.contains(QStringLiteral("Nguyễn"))); // rows by number, never by name
    EXPECT_TRUE(volunteers().isEmpty());

    const CliRun added = import(csv, QStringLiteral("Dầu Tiếng"), true, true);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(added.json().value(QStringLiteral("added")).toInt(), 2);
    const QJsonArray rows = added.json().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("row")).toInt(), 4);
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("status")).toString(), QLatin1String("invalid"));
    const QJsonObject bad = rows.at(1).toObject().value(QStringLiteral("findings")).toArray().at(0).toObject();
    EXPECT_EQ(bad.value(QStringLiteral("severity")).toString(), QLatin1String("error"));
    EXPECT_FALSE(bad.value(QStringLiteral("vi")).toString().isEmpty());

    QJsonArray list = volunteers();
    ASSERT_EQ(list.size(), 2);
    const QJsonObject lan =
        list.at(0).toObject().value(QStringLiteral("idNumber")).toString() == QLatin1String("074301001234")
            ? list.at(0).toObject()
            : list.at(1).toObject();
    EXPECT_EQ(lan.value(QStringLiteral("fullName")).toString(), QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_EQ(lan.value(QStringLiteral("unit")).toString(), QStringLiteral("Dầu Tiếng"));
    EXPECT_TRUE(lan.value(QStringLiteral("eligible")).toBool());
    EXPECT_FALSE(lan.value(QStringLiteral("person")).toString().isEmpty());
    // No "studies or works in the province" column: a warning, not a refusal.
    EXPECT_EQ(lan.value(QStringLiteral("findings")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(),
              QLatin1String("eligibility.province_unknown"));

    // The same list again changes nothing.
    const CliRun again = import(csv, QStringLiteral("Dầu Tiếng"), true, true);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.json().value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("already")).toInt(), 2);
    EXPECT_EQ(volunteers().size(), 2);

    // The quota board.
    const CliRun quota = admin(as({QStringLiteral("quota"), QStringLiteral("--json")}), {kAdminPassword});
    ASSERT_EQ(quota.exitCode, 0) << quota.err.toStdString();
    const QJsonArray units = quota.json().value(QStringLiteral("units")).toArray();
    ASSERT_EQ(units.size(), 17);
    const QJsonObject dauTieng = units.at(8).toObject();
    EXPECT_EQ(dauTieng.value(QStringLiteral("unit")).toString(), QStringLiteral("Dầu Tiếng"));
    EXPECT_EQ(dauTieng.value(QStringLiteral("registered")).toInt(), 2);
    EXPECT_EQ(dauTieng.value(QStringLiteral("eligible")).toInt(), 2);
    EXPECT_EQ(dauTieng.value(QStringLiteral("quota")).toInt(), 30);
    EXPECT_EQ(dauTieng.value(QStringLiteral("short")).toInt(), 28);
    EXPECT_EQ(quota.json().value(QStringLiteral("deadline")).toString(), QLatin1String("29/11/2022"));
    const CliRun text = admin(as({QStringLiteral("quota")}), {kAdminPassword});
    EXPECT_TRUE(text.out.contains(QLatin1String("17 units still short"))) << text.out.toStdString();
}

TEST_F(VolunteerCliTest, ALegacyEncodingAndAnXlsxAreReadAsUnicode) {
    initHub();
    const QString legacy = write("legacy.csv", encoded(QString::fromUtf8(kList), "WINDOWS-1258"));
    const CliRun fromLegacy = import(legacy, QStringLiteral("Dầu Tiếng"), true, true);
    ASSERT_EQ(fromLegacy.exitCode, 0) << fromLegacy.err.toStdString() << fromLegacy.out.toStdString();
    EXPECT_EQ(fromLegacy.json().value(QStringLiteral("added")).toInt(), 2);

    const QString xlsx = dir.filePath(QStringLiteral("viet-duc.xlsx"));
    lxw_workbook* workbook = workbook_new(QFile::encodeName(xlsx).constData());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    const char* header[] = {"Số định danh", "Họ tên", "Năm sinh", "Giới tính", "Tin học"};
    const char* row[] = {"074303222222", "Đỗ Thị Mai", "2003", "Nữ", "có"};
    for (int c = 0; c < 5; ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c], nullptr);
        worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(c), row[c], nullptr);
    }
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
    const CliRun fromXlsx = import(xlsx, QStringLiteral("Đại học Việt Đức"), true, true);
    ASSERT_EQ(fromXlsx.exitCode, 0) << fromXlsx.err.toStdString() << fromXlsx.out.toStdString();
    EXPECT_EQ(fromXlsx.json().value(QStringLiteral("added")).toInt(), 1);

    bool sawLan = false;
    bool sawMai = false;
    for (const QJsonValue& v : volunteers()) {
        const QString name = v.toObject().value(QStringLiteral("fullName")).toString();
        sawLan = sawLan || name == QStringLiteral("Nguyễn Thị Lan"); // NFC, whatever the file's encoding
        sawMai = sawMai || name == QStringLiteral("Đỗ Thị Mai");
    }
    EXPECT_TRUE(sawLan);
    EXPECT_TRUE(sawMai);
    // The same person from another unit's file: flagged, not added twice.
    const CliRun twice = import(legacy, QStringLiteral("Đại học Việt Đức"), true, true);
    ASSERT_EQ(twice.exitCode, 0);
    EXPECT_EQ(twice.json().value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(twice.json().value(QStringLiteral("otherUnit")).toInt(), 2);
}

TEST_F(VolunteerCliTest, RefusedFilesUnitsAndAccountsExitOneAndWriteNothing) {
    initHub();
    const QString noId = write("no-id.csv", QByteArray("Họ và tên,Năm sinh\nVõ Văn Bình,2001\n"));
    const CliRun refused = import(noId, QStringLiteral("Dĩ An"), true);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.contains(QStringLiteral("\"Số CMND/CCCD\""))) << refused.out.toStdString();
    EXPECT_TRUE(refused.out.contains(QLatin1String("the file is refused"))) << refused.out.toStdString();
    EXPECT_EQ(import(dir.filePath(QStringLiteral("missing.csv")), QStringLiteral("Dĩ An"), true).exitCode, 1);
    const QString csv = write("list.csv", QByteArray(kList));
    EXPECT_EQ(import(csv, QStringLiteral("Trường Không Có"), true).exitCode, 1);
    EXPECT_EQ(admin(as({QStringLiteral("volunteers"), QStringLiteral("import"), csv}), {kAdminPassword}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("volunteers")}).exitCode, 2);
    EXPECT_TRUE(volunteers().isEmpty());
    // A district account imports nothing.
    const CliRun district =
        admin(as({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dautieng"), QStringLiteral("--role"),
                  QStringLiteral("district"), QStringLiteral("--district"), QStringLiteral("Dầu Tiếng")}),
              {kAdminPassword, kDistrictPassword});
    ASSERT_EQ(district.exitCode, 0) << district.err.toStdString();
    EXPECT_EQ(import(csv, QStringLiteral("Dầu Tiếng"), true, false, QStringLiteral("dautieng")).exitCode, 1);
    EXPECT_TRUE(volunteers().isEmpty());
}

// `allocate` over the registrations: eligible volunteers only, each to the commune they stated (where it has room),
// the roster's days, the commune-days no one covers reported — and only a province account may ask.
TEST_F(VolunteerCliTest, AllocatePlacesTheEligibleAndReportsEveryUncoveredCommuneDay) {
    initHub();
    const QString csv =
        write("alloc.csv", QByteArray("Họ và tên,Năm sinh,Số CCCD,Đồng ý thời gian,Chấp nhận phân công,"
                                      "Tin học,Xã/phường đăng ký,Huyện đăng ký,Nơi ở hiện nay\n"
                                      "Nguyễn Thị Lan,2001,074301001234,có,có,có,Thanh An,Dầu Tiếng,\n"
                                      "Trần Văn Minh,2000,074200001235,có,có,có,,,\"Định An, Dầu Tiếng\"\n"
                                      "Lê Văn Hùng,1980,074080001236,có,có,có,Thanh An,Dầu Tiếng,\n"));
    ASSERT_EQ(import(csv, QStringLiteral("Dầu Tiếng"), true).exitCode, 0);
    const CliRun run = admin(as({QStringLiteral("allocate"), QStringLiteral("--json")}), {kAdminPassword});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject plan = run.json();
    EXPECT_EQ(plan.value(QStringLiteral("registered")).toInt(), 3);
    EXPECT_EQ(plan.value(QStringLiteral("eligible")).toInt(), 2); // born 1980: 42 in 2022
    const QJsonArray assignments = plan.value(QStringLiteral("assignments")).toArray();
    ASSERT_EQ(assignments.size(), 2);
    QMap<QString, QJsonObject> byId;
    for (const auto& a : assignments) {
        byId.insert(a.toObject().value(QStringLiteral("idNumber")).toString(), a.toObject());
    }
    EXPECT_EQ(byId.value(QStringLiteral("074301001234")).value(QStringLiteral("commune")).toString(),
              QStringLiteral("Thanh An"));
    EXPECT_EQ(byId.value(QStringLiteral("074301001234")).value(QStringLiteral("nearness")).toString(),
              QStringLiteral("stated-commune"));
    // No stated commune: placed by where they live.
    EXPECT_EQ(byId.value(QStringLiteral("074200001235")).value(QStringLiteral("district")).toString(),
              QStringLiteral("Dầu Tiếng"));
    EXPECT_EQ(byId.value(QStringLiteral("074200001235")).value(QStringLiteral("nearness")).toString(),
              QStringLiteral("residence-commune"));
    // Two people cannot field 2 pairs anywhere: every commune-day of the month is short, none hidden.
    const QJsonArray unmet = plan.value(QStringLiteral("unmet")).toArray();
    EXPECT_EQ(unmet.size(), 91 * 31);
    EXPECT_EQ(plan.value(QStringLiteral("violations")).toInt(), 0);
    // On screen, a commune short every day of the month is one line, not 31; Thanh An (Lan only) lacks 3 people.
    const CliRun text = admin(as({QStringLiteral("allocate")}), {kAdminPassword});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("%1 commune-days short:\n").arg(91 * 31))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("  Dầu Tiếng/Thanh An  01/12/2022–31/12/2022 (31 days)  3 people "
                                                 "missing, 0 pairs without a computer user\n")))
        << text.out.toStdString();
    EXPECT_LT(text.out.count(u'\n'), 91 + 20);
    // The same registrations give the same plan.
    const CliRun again = admin(as({QStringLiteral("allocate"), QStringLiteral("--json")}), {kAdminPassword});
    EXPECT_EQ(again.out, run.out);
    // Names and ID numbers: province accounts only.
    const CliRun district =
        admin(as({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dautieng"), QStringLiteral("--role"),
                  QStringLiteral("district"), QStringLiteral("--district"), QStringLiteral("Dầu Tiếng")}),
              {kAdminPassword, kDistrictPassword});
    ASSERT_EQ(district.exitCode, 0) << district.err.toStdString();
    EXPECT_EQ(admin(as({QStringLiteral("allocate")}, QStringLiteral("dautieng")), {kDistrictPassword}).exitCode, 1);
    EXPECT_EQ(admin(as({QStringLiteral("allocate"), QStringLiteral("--seed"), QStringLiteral("x")}), {kAdminPassword})
                  .exitCode,
              2);
}

// A volunteer drops out after the plan is saved: `volunteers withdraw`, then `allocate --replan` previews and
// `--save` keeps the re-planned allocation (a late registration takes the days); `volunteers edit` corrects a
// registration with the import's checks. Exit codes and JSON as every command.
TEST_F(VolunteerCliTest, WithdrawReplanAndEditByCommand) {
    initHub();
    const QString first =
        write("first.csv", QByteArray("Họ và tên,Năm sinh,Số CCCD,Đồng ý thời gian,Chấp nhận phân "
                                      "công,Tin học,Xã đăng ký,Huyện đăng ký\n"
                                      "Nguyễn Thị Lan,2001,074301001234,có,có,có,Thanh An,Dầu Tiếng\n"
                                      "Trần Văn Minh,2000,074200001235,có,có,có,Thanh An,Dầu Tiếng\n"));
    ASSERT_EQ(import(first, QStringLiteral("Dầu Tiếng"), true).exitCode, 0);
    const QStringList replan{QStringLiteral("allocate"), QStringLiteral("--replan"), QStringLiteral("--from"),
                             QStringLiteral("10/12/2022"), QStringLiteral("--json")};
    EXPECT_EQ(admin(as(replan), {kAdminPassword}).exitCode, 1); // nothing saved yet
    const CliRun saved =
        admin(as({QStringLiteral("allocate"), QStringLiteral("--save"), QStringLiteral("--json")}), {kAdminPassword});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    const QString late = write("late.csv", QByteArray("Họ và tên,Năm sinh,Số CCCD,Đồng ý thời gian,Chấp nhận phân "
                                                      "công,Tin học,Xã đăng ký,Huyện đăng ký\n"
                                                      "Đỗ Văn Phúc,2001,074201001239,có,có,có,Thanh An,Dầu Tiếng\n"));
    ASSERT_EQ(import(late, QStringLiteral("Dầu Tiếng"), true).exitCode, 0);

    // Withdrawn, then withdrawn again: the second changes nothing.
    const QStringList withdraw{QStringLiteral("volunteers"), QStringLiteral("withdraw"), QStringLiteral("074200001235"),
                               QStringLiteral("--reason"),   QStringLiteral("ốm"),       QStringLiteral("--json")};
    const CliRun withdrawn = admin(as(withdraw), {kAdminPassword});
    ASSERT_EQ(withdrawn.exitCode, 0) << withdrawn.err.toStdString();
    EXPECT_TRUE(withdrawn.json().value(QStringLiteral("changed")).toBool());
    const QString gone = withdrawn.json().value(QStringLiteral("person")).toString();
    const CliRun twice = admin(as(withdraw), {kAdminPassword});
    ASSERT_EQ(twice.exitCode, 0) << twice.err.toStdString();
    EXPECT_FALSE(twice.json().value(QStringLiteral("changed")).toBool());
    for (const auto& v : volunteers()) {
        const bool isGone = v.toObject().value(QStringLiteral("person")).toString() == gone;
        EXPECT_EQ(v.toObject().value(QStringLiteral("withdrawn")).toBool(), isGone);
        EXPECT_EQ(v.toObject().value(QStringLiteral("eligible")).toBool(), !isGone);
    }
    EXPECT_EQ(admin(as({QStringLiteral("volunteers"), QStringLiteral("withdraw"), QStringLiteral("079999999999")}),
                    {kAdminPassword})
                  .exitCode,
              1);

    // Previewed, then saved: the late registration takes the days from the 10th; the other keeps every day.
    const CliRun preview = admin(as(replan), {kAdminPassword});
    ASSERT_EQ(preview.exitCode, 0) << preview.err.toStdString() << preview.out.toStdString();
    EXPECT_FALSE(preview.json().value(QStringLiteral("saved")).toBool());
    const CliRun kept = admin(as(replan + QStringList{QStringLiteral("--save")}), {kAdminPassword});
    ASSERT_EQ(kept.exitCode, 0) << kept.err.toStdString() << kept.out.toStdString();
    EXPECT_TRUE(kept.json().value(QStringLiteral("saved")).toBool());
    EXPECT_EQ(kept.json().value(QStringLiteral("from")).toString(), QStringLiteral("10/12/2022"));
    const QJsonArray moves = kept.json().value(QStringLiteral("moves")).toArray();
    ASSERT_EQ(moves.size(), 2) << kept.out.toStdString();
    EXPECT_EQ(moves[0].toObject().value(QStringLiteral("change")).toString(), QStringLiteral("withdrawn"));
    EXPECT_EQ(moves[0].toObject().value(QStringLiteral("from")).toString(), QStringLiteral("Dầu Tiếng/Thanh An"));
    EXPECT_EQ(moves[0].toObject().value(QStringLiteral("to")).toString(), QString());
    EXPECT_EQ(moves[1].toObject().value(QStringLiteral("change")).toString(), QStringLiteral("replacement"));
    EXPECT_EQ(moves[1].toObject().value(QStringLiteral("idNumber")).toString(), QStringLiteral("074201001239"));
    EXPECT_EQ(moves[1].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("Dầu Tiếng/Thanh An"));
    EXPECT_EQ(moves[1].toObject().value(QStringLiteral("daysAfter")).toInt(), 22); // 10–31 December
    EXPECT_EQ(moves[1].toObject().value(QStringLiteral("userName")).toString(), QStringLiteral("phuc.do"));
    EXPECT_EQ(preview.json().value(QStringLiteral("moves")).toArray(), moves);
    // Every other commune-day is still reported short, none hidden.
    EXPECT_EQ(kept.json().value(QStringLiteral("unmet")).toArray().size(),
              saved.json().value(QStringLiteral("unmet")).toArray().size());
    // Again: nothing to re-plan. On the screen: no names.
    const CliRun again = admin(as({QStringLiteral("allocate"), QStringLiteral("--replan"), QStringLiteral("--from"),
                                   QStringLiteral("2022-12-10"), QStringLiteral("--save")}),
                               {kAdminPassword});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QLatin1String("nothing changes"))) << again.out.toStdString();
    EXPECT_FALSE(again.out.contains(QStringLiteral("Trần Văn"))) << again.out.toStdString();
    EXPECT_FALSE(kept.out.contains(QStringLiteral("Trần Văn"))) << kept.out.toStdString();
    EXPECT_EQ(admin(as({QStringLiteral("allocate"), QStringLiteral("--replan"), QStringLiteral("--seed"),
                        QStringLiteral("2")}),
                    {kAdminPassword})
                  .exitCode,
              2);
    EXPECT_EQ(admin(as({QStringLiteral("allocate"), QStringLiteral("--replan"), QStringLiteral("--from"),
                        QStringLiteral("hôm qua")}),
                    {kAdminPassword})
                  .exitCode,
              2);

    // Corrections: the import's checks, exit 1 and nothing changed when refused.
    const auto edit = [&](const QString& field, const QString& value) {
        return admin(as({QStringLiteral("volunteers"), QStringLiteral("edit"), QStringLiteral("074301001234"),
                         QStringLiteral("--field"), field, QStringLiteral("--value"), value, QStringLiteral("--json")}),
                     {kAdminPassword});
    };
    const CliRun phone = edit(QStringLiteral("phone"), QStringLiteral("0912 345 678"));
    ASSERT_EQ(phone.exitCode, 0) << phone.err.toStdString();
    EXPECT_EQ(phone.json().value(QStringLiteral("fields")).toArray(), QJsonArray{QStringLiteral("phone")});
    EXPECT_TRUE(phone.json().value(QStringLiteral("eligible")).toBool());
    const CliRun badYear = edit(QStringLiteral("birthYear"), QStringLiteral("năm ngoái"));
    EXPECT_EQ(badYear.exitCode, 1);
    EXPECT_FALSE(badYear.json().value(QStringLiteral("findings")).toArray().isEmpty()) << badYear.out.toStdString();
    EXPECT_EQ(edit(QStringLiteral("idNumber"), QStringLiteral("074201001239")).exitCode, 1); // the late one's
    EXPECT_EQ(edit(QStringLiteral("unit"), QStringLiteral("Dĩ An")).exitCode, 1);
    const CliRun old = edit(QStringLiteral("birthYear"), QStringLiteral("1980"));
    ASSERT_EQ(old.exitCode, 0) << old.err.toStdString();
    EXPECT_FALSE(old.json().value(QStringLiteral("eligible")).toBool());
    EXPECT_EQ(admin(as({QStringLiteral("volunteers"), QStringLiteral("edit"), QStringLiteral("074301001234"),
                        QStringLiteral("--field"), QStringLiteral("phone")}),
                    {kAdminPassword})
                  .exitCode,
              2);
    // A district account corrects and withdraws nobody.
    const CliRun district =
        admin(as({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dautieng"), QStringLiteral("--role"),
                  QStringLiteral("district"), QStringLiteral("--district"), QStringLiteral("Dầu Tiếng")}),
              {kAdminPassword, kDistrictPassword});
    ASSERT_EQ(district.exitCode, 0) << district.err.toStdString();
    EXPECT_EQ(admin(as({QStringLiteral("volunteers"), QStringLiteral("edit"), QStringLiteral("074301001234"),
                        QStringLiteral("--field"), QStringLiteral("phone"), QStringLiteral("--value"),
                        QStringLiteral("0987654321")},
                       QStringLiteral("dautieng")),
                    {kDistrictPassword})
                  .exitCode,
              1);
    EXPECT_EQ(admin(as({QStringLiteral("volunteers"), QStringLiteral("withdraw"), QStringLiteral("074301001234")},
                       QStringLiteral("dautieng")),
                    {kDistrictPassword})
                  .exitCode,
              1);
    EXPECT_EQ(admin(as({QStringLiteral("allocate"), QStringLiteral("--replan")}, QStringLiteral("dautieng")),
                    {kDistrictPassword})
                  .exitCode,
              1);
}

} // namespace
