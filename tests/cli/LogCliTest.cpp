// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The pair's log from the command line: book open/close/list, log import/list, day close, audit verify.
#include "core/keyring/RecoveryCode.h"
#include "core/store/Database.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSite.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using dc::test::admin;
using dc::test::CliRun;
using dc::test::kAdminPassword;

namespace {

class LogCliTest : public dc::test::CliSite {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(createSite()); }
    QString importFile(const QStringList& lines) const {
        const QString path = dir.filePath(QStringLiteral("log.jsonl"));
        dc::test::writeAll(path, lines.join(u'\n').replace(QStringLiteral("BOOK"), book).toUtf8());
        return path;
    }
    CliRun import(const QString& file, const QString& partner = QStringLiteral("minh"),
                  const QString& partnerPassword = QStringLiteral("trang-len-doi-thong-86")) const {
        return admin(as(QStringLiteral("log import ") + file + QStringLiteral(" --json --partner ") + partner,
                        QStringLiteral("lan")),
                     {QStringLiteral("hoa-sen-no-sang-41"), partnerPassword});
    }
};

TEST_F(LogCliTest, ImportLogsGoodLinesAndNamesTheRefusedOnes) {
    const CliRun run = import(importFile(
        {R"({"book": BOOK, "entry": 1, "registrationDate": "14/04/1998", "subjectName": "Nguyễn Thị Hồng",)"
         R"( "outcome": "match"})",
         R"({"book": BOOK, "entry": 2, "registrationDate": "15/04/1998", "subjectName": "Lê Văn Tám",)"
         R"( "outcome": "corrected", "reader": "minh",)"
         R"( "corrections": [{"field": "subject.full_name", "before": "Le Van Tam", "after": "Lê Văn Tám"}]})",
         R"({"book": BOOK, "entry": 3, "registrationDate": "31/04/1998", "subjectName": "Trần Thị Ba"})", R"(not json)",
         // The entry's rules apply to the entry as corrected (a birth after its registration is refused as `validate`
         // refuses it), sex is taken only from its list and a change of it is the class "value", a registration
         // date outside the book's year is a warning kept with the entry.
         R"({"book": BOOK, "entry": 5, "registrationDate": "15/04/1998", "subjectName": "Lê Văn Năm",)"
         R"( "outcome": "corrected", "corrections": [{"field": "subject.birth_date", "before": "02/04/1998",)"
         R"( "after": "20/04/1998"}]})",
         R"({"book": BOOK, "entry": 6, "registrationDate": "15/04/1998", "subjectName": "Lê Thị Sáu",)"
         R"( "outcome": "corrected", "corrections": [{"field": "subject.sex", "before": "nữ", "after": "trai"}]})",
         R"({"book": BOOK, "entry": 7, "registrationDate": "15/04/1998", "subjectName": "Lê Văn Bảy",)"
         R"( "outcome": "corrected", "corrections": [{"field": "subject.sex", "before": "nữ", "after": "nam"}]})",
         R"({"book": BOOK, "entry": 8, "registrationDate": "15/04/1989", "subjectName": "Lê Văn Tám"})"}));
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject result = run.json();
    EXPECT_EQ(result.value(QStringLiteral("imported")).toInt(), 4);
    const QJsonArray failed = result.value(QStringLiteral("failed")).toArray();
    ASSERT_EQ(failed.size(), 4);
    const auto firstCode = [&](int i) {
        return failed.at(i).toObject().value(QStringLiteral("findings")).toArray().at(0).toObject().value("code");
    };
    EXPECT_EQ(failed.at(2).toObject().value(QStringLiteral("line")).toInt(), 5);
    EXPECT_EQ(firstCode(2).toString(), QLatin1String("entry.birth_after_registration"));
    EXPECT_EQ(failed.at(3).toObject().value(QStringLiteral("line")).toInt(), 6);
    EXPECT_EQ(firstCode(3).toString(), QLatin1String("sex.unknown"));
    EXPECT_EQ(failed.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    EXPECT_EQ(failed.at(0).toObject().value(QStringLiteral("code")).toString(), QLatin1String("invalid-entry"));
    EXPECT_EQ(failed.at(0)
                  .toObject()
                  .value(QStringLiteral("findings"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QLatin1String("date.impossible_day"));
    EXPECT_EQ(failed.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);

    const CliRun list = admin(as(QStringLiteral("log list --json --book ") + book), {kAdminPassword});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray checks = list.json().value(QStringLiteral("checks")).toArray();
    ASSERT_EQ(checks.size(), 4); // newest first: 8, 7, 2, 1
    const QJsonObject eighth = checks.at(0).toObject();
    EXPECT_EQ(eighth.value(QStringLiteral("entry")).toInt(), 8);
    EXPECT_TRUE(
        eighth.value(QStringLiteral("warnings")).toArray().contains(QStringLiteral("entry.outside_book_years")));
    EXPECT_EQ(checks.at(1).toObject().value("corrections").toArray().at(0).toObject().value("class").toString(),
              QLatin1String("value"));
    const QJsonObject second = checks.at(2).toObject();
    EXPECT_EQ(second.value(QStringLiteral("entry")).toInt(), 2);
    EXPECT_EQ(second.value(QStringLiteral("reader")).toString(), QLatin1String("minh")); // the role swap
    EXPECT_EQ(second.value(QStringLiteral("checker")).toString(), QLatin1String("lan"));
    EXPECT_EQ(second.value(QStringLiteral("corrections"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("class"))
                  .toString(),
              QLatin1String("diacritic"));

    const CliRun books = admin(as(QStringLiteral("book list --json")), {kAdminPassword});
    EXPECT_EQ(
        books.json().value(QStringLiteral("books")).toArray().at(0).toObject().value(QStringLiteral("logged")).toInt(),
        4);
}

TEST_F(LogCliTest, ALineWhoseReaderIsNotOneOfThePairIsRefusedAndNothingOfItLogged) {
    ASSERT_EQ(admin(as(QStringLiteral("user add hoa --role volunteer")),
                    {kAdminPassword, QStringLiteral("gio-bac-thoi-lua-23")})
                  .exitCode,
              0);
    const CliRun run = import(importFile(
        {R"({"book": BOOK, "entry": 1, "registrationDate": "1998", "subjectName": "A Bình", "reader": "hoa"})",
         R"({"book": BOOK, "entry": 2, "registrationDate": "1998", "subjectName": "B Bình", "reader": "khong-co"})",
         R"({"book": BOOK, "entry": 3, "registrationDate": "1998", "subjectName": "C Bình", "reader": "minh"})"}));
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("imported")).toInt(), 1);
    const QJsonArray failed = run.json().value(QStringLiteral("failed")).toArray();
    ASSERT_EQ(failed.size(), 2);
    for (const QJsonValue& f : failed) {
        EXPECT_EQ(f.toObject().value(QStringLiteral("code")).toString(), QLatin1String("invalid-entry"));
        EXPECT_EQ(
            f.toObject().value(QStringLiteral("findings")).toArray().at(0).toObject().value(QStringLiteral("code")),
            QLatin1String("check.reader_not_in_pair"));
    }
    const QJsonArray checks =
        admin(as(QStringLiteral("log list --json --book ") + book), {kAdminPassword}).json().value("checks").toArray();
    ASSERT_EQ(checks.size(), 1);
    EXPECT_EQ(checks.at(0).toObject().value(QStringLiteral("entry")).toInt(), 3);
    EXPECT_EQ(checks.at(0).toObject().value(QStringLiteral("reader")).toString(), QLatin1String("minh"));
}

TEST_F(LogCliTest, DuplicatesAndClosedBooksAreRefused) {
    const QString file =
        importFile({R"({"book": BOOK, "entry": 1, "registrationDate": "1998", "subjectName": "A Bình"})"});
    EXPECT_EQ(import(file).exitCode, 0);
    const CliRun again = import(file);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.json()
                  .value(QStringLiteral("failed"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QLatin1String("entry-already-logged"));
    EXPECT_EQ(
        admin(as(QStringLiteral("book close ") + book, QStringLiteral("lan")), {QStringLiteral("hoa-sen-no-sang-41")})
            .exitCode,
        1);
    EXPECT_EQ(admin(as(QStringLiteral("book close ") + book), {kAdminPassword}).exitCode, 0);
    const CliRun closed =
        import(importFile({R"({"book": BOOK, "entry": 2, "registrationDate": "1998", "subjectName": "A Bình"})"}));
    EXPECT_EQ(closed.json()
                  .value(QStringLiteral("failed"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QLatin1String("book-closed"));
    // The only book closed: the open books' list says there are none (not a blank line) and how to see the closed one.
    const CliRun open = admin(as(QStringLiteral("book list")), {kAdminPassword});
    EXPECT_EQ(open.exitCode, 0);
    EXPECT_TRUE(open.out.contains(QLatin1String("No open register books"))) << open.out.toStdString();
    const CliRun all = admin(as(QStringLiteral("book list --all")), {kAdminPassword});
    EXPECT_TRUE(all.out.contains(QLatin1String("closed"))) << all.out.toStdString();
    EXPECT_FALSE(all.out.contains(QLatin1String("No "))) << all.out.toStdString();
}

TEST_F(LogCliTest, ImportNeedsAPairOfVolunteers) {
    const QString file =
        importFile({R"({"book": BOOK, "entry": 1, "registrationDate": "1998", "subjectName": "A Bình"})"});
    const CliRun wrong = import(file, QStringLiteral("minh"), QStringLiteral("sai-mat-khau"));
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QLatin1String("Wrong password")));
    const CliRun supervisor = import(file, QStringLiteral("giamsat"), kAdminPassword);
    EXPECT_EQ(supervisor.exitCode, 1);
    EXPECT_TRUE(supervisor.err.contains(QLatin1String("needs a pair"))) << supervisor.err.toStdString();
    EXPECT_EQ(
        admin(as(QStringLiteral("log import ") + file, QStringLiteral("lan")), {QStringLiteral("hoa-sen-no-sang-41")})
            .exitCode,
        2); // --partner is required
}

TEST_F(LogCliTest, DayCloseSignsAndAuditVerifyFindsTampering) {
    EXPECT_EQ(import(importFile({R"({"book": BOOK, "entry": 1, "registrationDate": "1998", "subjectName": "A Bình"})"}))
                  .exitCode,
              0);
    const CliRun closed = admin(as(QStringLiteral("day close")), {kAdminPassword});
    ASSERT_EQ(closed.exitCode, 0) << closed.err.toStdString();
    EXPECT_TRUE(closed.out.contains(QStringLiteral("\n— doichieu/"))) << closed.out.toStdString();
    EXPECT_EQ(
        admin(as(QStringLiteral("day close"), QStringLiteral("lan")), {QStringLiteral("hoa-sen-no-sang-41")}).exitCode,
        1);
    const CliRun verified =
        admin(as(QStringLiteral("audit verify --json"), QStringLiteral("lan")), {QStringLiteral("hoa-sen-no-sang-41")});
    ASSERT_EQ(verified.exitCode, 0);
    EXPECT_TRUE(verified.json().value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(verified.json().value(QStringLiteral("checkpoints")).toInt(), 1);

    // Someone with the key changes a logged check behind the program's back.
    {
        auto key = dc::core::keyring::RecoveryCode::parse(recoveryCode.toStdString())->databaseKey();
        auto database = dc::core::store::Database::open(db, key);
        database.exec("DROP TRIGGER checks_never_updated");
        database.exec("UPDATE checks SET subject_name = 'B Bình'");
        database.close();
    }
    const CliRun tampered = admin(as(QStringLiteral("audit verify")), {kAdminPassword});
    EXPECT_EQ(tampered.exitCode, 1);
    EXPECT_TRUE(tampered.err.contains(QLatin1String("audit verification failed at event")))
        << tampered.err.toStdString();
    EXPECT_TRUE(tampered.err.contains(QLatin1String("logged check was changed")));
}

// The supervisor's review by command (`review list`, `review decide`): the same queue and decisions as the GUI's review
// page; refusals by exit code, nothing decided twice.
TEST_F(LogCliTest, ASupervisorReviewsByCommandAndAVolunteerCannot) {
    const CliRun logged = import(importFile(
        {R"({"book": BOOK, "entry": 1, "registrationDate": "14/04/1998", "subjectName": "Nguyễn Thị Hồng",)"
         R"( "outcome": "match"})",
         R"({"book": BOOK, "entry": 2, "registrationDate": "15/04/1998", "subjectName": "Lê Văn Tám",)"
         R"( "outcome": "corrected",)"
         R"( "corrections": [{"field": "subject.full_name", "before": "Le Van Tam", "after": "Lê Văn Tám"}]})",
         R"({"book": BOOK, "entry": 3, "registrationDate": "16/04/1998", "subjectName": "Trần Thị Ba",)"
         R"( "outcome": "escalated", "transcript": "Tr_n Th* Ba"})"}));
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();

    // The queue: the corrected and the escalated entry wait; a match never does.
    const CliRun pending = admin(as(QStringLiteral("review list --json")), {kAdminPassword});
    ASSERT_EQ(pending.exitCode, 0) << pending.err.toStdString();
    const QJsonArray items = pending.json().value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(pending.json().value(QStringLiteral("pending")).toInt(), 2);
    qint64 corrected = 0;
    qint64 escalated = 0;
    for (const auto& v : items) {
        const QJsonObject item = v.toObject();
        EXPECT_EQ(item.value(QStringLiteral("state")).toString(), QLatin1String("pending"));
        (item.value(QStringLiteral("outcome")).toString() == QLatin1String("corrected") ? corrected : escalated) =
            item.value(QStringLiteral("id")).toInteger();
    }
    ASSERT_GT(corrected, 0);
    ASSERT_GT(escalated, 0);

    // Decisions: a return needs a reason (exit 1, nothing decided), then is recorded; the escalation is resolved.
    const CliRun noReason = admin(as(QStringLiteral("review decide %1 return").arg(corrected)), {kAdminPassword});
    EXPECT_EQ(noReason.exitCode, 1);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("reason"))) << noReason.err.toStdString();
    QStringList returned = as(QStringLiteral("review decide %1 return --json").arg(corrected));
    returned << QStringLiteral("--reason") << QStringLiteral("đọc lại họ tên");
    const CliRun decided = admin(returned, {kAdminPassword});
    ASSERT_EQ(decided.exitCode, 0) << decided.err.toStdString();
    EXPECT_EQ(decided.json().value(QStringLiteral("state")).toString(), QLatin1String("returned"));
    QStringList resolved = as(QStringLiteral("review decide %1 resolve").arg(escalated));
    resolved << QStringLiteral("--reason") << QStringLiteral("Trần Thị Ba, theo sổ gốc");
    EXPECT_EQ(admin(resolved, {kAdminPassword}).exitCode, 0);
    // A return is decided once: the same again is refused.
    EXPECT_EQ(admin(returned, {kAdminPassword}).exitCode, 1);

    const CliRun after = admin(as(QStringLiteral("review list --state all --json")), {kAdminPassword});
    ASSERT_EQ(after.exitCode, 0);
    EXPECT_EQ(after.json().value(QStringLiteral("pending")).toInt(), 0);
    EXPECT_EQ(after.json().value(QStringLiteral("total")).toInt(), 2);

    // Refusals: a volunteer (exit 1), an unknown decision or state (usage, exit 2, before any password).
    EXPECT_EQ(admin(as(QStringLiteral("review list"), QStringLiteral("lan")), {QStringLiteral("hoa-sen-no-sang-41")})
                  .exitCode,
              1);
    EXPECT_EQ(admin(as(QStringLiteral("review decide %1 maybe").arg(corrected)), {}).exitCode, 2);
    EXPECT_EQ(admin(as(QStringLiteral("review list --state later")), {}).exitCode, 2);
    EXPECT_EQ(admin(as(QStringLiteral("review list --book 0")), {}).exitCode, 2);
    EXPECT_EQ(admin(as(QStringLiteral("review list --book abc")), {}).exitCode, 2);
    EXPECT_EQ(admin(as(QStringLiteral("review decide x approve")), {}).exitCode, 2);
    // `log list`: a mistyped book or limit is a usage error before any password, never "every book" or "no limit".
    for (const char* bad :
         {"--book abc", "--book 0", "--book -3", "--limit x", "--limit 0", "--book 99999999999999999999"}) {
        const CliRun list = admin(as(QStringLiteral("log list ") + QLatin1String(bad)), {});
        EXPECT_EQ(list.exitCode, 2) << bad;
        EXPECT_TRUE(list.err.contains(QLatin1String(QByteArray(bad).split(' ').front()))) << list.err.toStdString();
    }
}

} // namespace
