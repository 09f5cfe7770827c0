// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// A volunteer drops out after the plan is saved (issue 14): the registration is withdrawn (kept, not eligible), the
// saved plan is re-planned — only the dropped volunteer's commune changes, everyone else keeps their commune, user
// name and days, a late registration replaces them — and a stored registration is corrected with the import's checks.
// A real hub (SQLCipher, CBC, LEMON); who may do what.
#include "core/campaign/Registration.h"
#include "core/gateways/PlanGateway.h"
#include "core/services/AllocationService.h"
#include "core/services/RegistrationService.h"
#include "core/services/UserService.h"
#include "core/store/Database.h"
#include "tests/support/HubOffice.h"
#include "tests/support/TestSite.h"

#include <QHash>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dc::core;
using dc::test::cells;
using dc::test::kDistrictPassword;
using dc::test::q;
using dc::test::secret;
using dc::test::TestSite;

namespace {

const QStringList kHeader = cells({"Họ và tên", "Năm sinh", "Số CCCD", "Giới tính", "Đồng ý thời gian",
                                   "Chấp nhận phân công", "Tin học", "Xã/phường đăng ký", "Huyện đăng ký"});

// Five volunteers who all ask for Thanh An (Dầu Tiếng): the commune's five, about 25 days each.
sheets::Table thanhAn() {
    sheets::Table t;
    t.rows = {kHeader,
              cells({"Nguyễn Thị Lan", "2001", "074301001234", "nữ", "có", "có", "có", "Thanh An", "Dầu Tiếng"}),
              cells({"Trần Văn Minh", "2000", "074200001235", "nam", "có", "có", "có", "Thanh An", "Dầu Tiếng"}),
              cells({"Lê Văn Hùng", "2002", "074202001236", "nam", "có", "có", "có", "Thanh An", "Dầu Tiếng"}),
              cells({"Phạm Thị Hoa", "1999", "074199001237", "nữ", "có", "có", "có", "Thanh An", "Dầu Tiếng"}),
              cells({"Võ Văn Tâm", "2003", "074203001238", "nam", "có", "có", "có", "Thanh An", "Dầu Tiếng"})};
    return t;
}

// Registered after the plan was saved: one who asks for Thanh An, one for Dĩ An.
sheets::Table late() {
    sheets::Table t;
    t.rows = {kHeader, cells({"Đỗ Văn Phúc", "2001", "074201001239", "nam", "có", "có", "có", "Thanh An", "Dầu Tiếng"}),
              cells({"Huỳnh Thị Mai", "2000", "074300001240", "nữ", "có", "có", "có", "Dĩ An", "Dĩ An"})};
    return t;
}

class ReplanServiceTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        hub = new TestSite(SiteKind::Hub);
        office = hub->signInSupervisor().release();
        districtSession =
            dc::test::addDistrictAccount(*hub, *office, QStringLiteral("dautieng"), QStringLiteral("Dầu Tiếng"))
                .release();
        ASSERT_NE(districtSession, nullptr);
        auto imported = RegistrationService::importList(*office, thanhAn(), q("Dầu Tiếng"));
        ASSERT_TRUE(imported.ok() && imported->added == 5);
    }
    static void TearDownTestSuite() {
        delete districtSession;
        delete office;
        delete hub;
    }
    static int count(const char* sql, const QString& bound = {}) { return dc::test::countRows(*office, sql, bound); }
    static QString personOf(const char* idNumber) {
        auto s = office->database().prepare("SELECT person_uuid FROM registrations WHERE id_number = ?1");
        s.bind(1, QString::fromLatin1(idNumber));
        return s.step() ? s.text(0) : QString();
    }
    static QHash<QString, gateways::PlanRow> saved() {
        QHash<QString, gateways::PlanRow> out;
        for (gateways::PlanRow& row : gateways::PlanGateway(office->database()).all()) {
            out.insert(row.personUuid, std::move(row));
        }
        return out;
    }
    static TestSite* hub;
    static Session* office;
    static Session* districtSession;
};
TestSite* ReplanServiceTest::hub = nullptr;
Session* ReplanServiceTest::office = nullptr;
Session* ReplanServiceTest::districtSession = nullptr;

// The whole story: save, a late registration, a withdrawal (twice), a re-plan previewed then saved, then again.
TEST_F(ReplanServiceTest, AWithdrawalMovesOnlyThatVolunteersDaysToTheNearestLateRegistration) {
    // Nothing saved yet: nothing to re-plan.
    EXPECT_EQ(AllocationService::replan(*office, false).error().code, ErrorCode::InvalidInput);
    auto plan = AllocationService::save(*office);
    ASSERT_TRUE(plan.ok()) << plan.error().detail.toStdString();
    const QHash<QString, gateways::PlanRow> before = saved();
    ASSERT_EQ(before.size(), 5);
    // The one who drops out: someone the plan put in Thanh An (the allocation spreads pairs over communes first).
    QString gone;
    for (const gateways::PlanRow& row : before) {
        if (row.commune == q("Thanh An") && (gone.isEmpty() || row.personUuid < gone)) {
            gone = row.personUuid;
        }
    }
    ASSERT_FALSE(gone.isEmpty());
    QString goneId;
    {
        auto s = office->database().prepare("SELECT id_number FROM registrations WHERE person_uuid = ?1");
        s.bind(1, gone);
        ASSERT_TRUE(s.step());
        goneId = s.text(0);
    }
    ASSERT_TRUE(RegistrationService::importList(*office, late(), q("Dầu Tiếng")).ok());

    // Nobody dropped out: the late registrations alone change nothing.
    const int events = count("SELECT count(*) FROM audit_events");
    const QDate from(2022, 12, 15);
    auto nothing = AllocationService::replan(*office, true, from);
    ASSERT_TRUE(nothing.ok()) << nothing.error().detail.toStdString();
    EXPECT_TRUE(nothing->moves.empty());
    EXPECT_FALSE(nothing->saved);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events);

    // Withdrawn by ID number: kept, not eligible, an audit event without the name, the number or the reason.
    auto boardBefore = RegistrationService::quotaBoard(*office);
    ASSERT_TRUE(boardBefore.ok());
    auto withdrawn = RegistrationService::withdraw(*office, goneId, q("ốm dài ngày"));
    ASSERT_TRUE(withdrawn.ok()) << withdrawn.error().detail.toStdString();
    EXPECT_TRUE(withdrawn->changed);
    EXPECT_EQ(withdrawn->person, gone);
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE person_uuid = ?1 AND withdrawn_at IS NOT NULL", gone), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE action = 'registration.withdrawn'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%00123%' OR details LIKE '%Văn%' OR "
                    "details LIKE '%' || ?1 || '%'",
                    q("ốm")),
              0);
    // Twice: nothing changes the second time (by UUID this time).
    const int afterFirst = count("SELECT count(*) FROM audit_events");
    auto twice = RegistrationService::withdraw(*office, gone, QStringLiteral("again"));
    ASSERT_TRUE(twice.ok());
    EXPECT_FALSE(twice->changed);
    EXPECT_EQ(twice->withdrawnAt, withdrawn->withdrawnAt);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), afterFirst);
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE withdrawn_reason = ?1", q("ốm dài ngày")), 1);
    auto listed = RegistrationService::listVolunteers(*office);
    ASSERT_TRUE(listed.ok());
    for (const Volunteer& v : listed.value()) {
        EXPECT_EQ(v.eligibility.eligible, v.person != gone);
        EXPECT_EQ(v.withdrawnAt.isEmpty(), v.person != gone);
    }
    // Registered still, no longer eligible on the quota board.
    auto boardAfter = RegistrationService::quotaBoard(*office);
    ASSERT_TRUE(boardAfter.ok());
    EXPECT_EQ(boardAfter->total.registered, boardBefore->total.registered);
    EXPECT_EQ(boardAfter->total.eligible, boardBefore->total.eligible - 1);
    // The withdrawal alone does not touch the saved plan.
    EXPECT_EQ(saved().size(), 5);

    // Previewed: who moved, nothing written.
    auto preview = AllocationService::replan(*office, false, from);
    ASSERT_TRUE(preview.ok()) << preview.error().detail.toStdString();
    EXPECT_FALSE(preview->saved);
    EXPECT_EQ(saved().size(), 5);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), afterFirst);

    // Saved.
    auto replanned = AllocationService::replan(*office, true, from);
    ASSERT_TRUE(replanned.ok()) << replanned.error().detail.toStdString();
    EXPECT_TRUE(replanned->saved);
    EXPECT_EQ(replanned->from, from);
    const QString replacement = personOf("074201001239");
    const QString farAway = personOf("074300001240");
    ASSERT_EQ(replanned->moves.size(), 2u); // nobody else's days change: the replacement takes them all
    EXPECT_EQ(replanned->moves[0].person, gone);
    EXPECT_EQ(replanned->moves[0].change, QStringLiteral("withdrawn"));
    EXPECT_EQ(replanned->moves[0].fromCommune, q("Thanh An"));
    EXPECT_TRUE(replanned->moves[0].toCommune.isEmpty());
    EXPECT_EQ(replanned->moves[1].person, replacement);
    EXPECT_EQ(replanned->moves[1].change, QStringLiteral("replacement"));
    EXPECT_EQ(replanned->moves[1].toCommune, q("Thanh An"));
    EXPECT_TRUE(replanned->moves[1].fromCommune.isEmpty());
    for (const AllocationService::Move& m : preview->moves) { // the preview said the same
        EXPECT_TRUE(std::any_of(replanned->moves.begin(), replanned->moves.end(), [&](const auto& n) {
            return n.person == m.person && n.change == m.change && n.daysAfter == m.daysAfter;
        }));
    }

    const QHash<QString, gateways::PlanRow> after = saved();
    EXPECT_EQ(after.size(), 5);
    EXPECT_FALSE(after.contains(gone));
    EXPECT_FALSE(after.contains(farAway));
    ASSERT_TRUE(after.contains(replacement));
    // Everyone else: the same commune, user name and days.
    for (const gateways::PlanRow& row : before) {
        if (row.personUuid == gone) {
            continue;
        }
        ASSERT_TRUE(after.contains(row.personUuid));
        EXPECT_EQ(after.value(row.personUuid).commune, row.commune);
        EXPECT_EQ(after.value(row.personUuid).userName, row.userName);
        EXPECT_EQ(after.value(row.personUuid).days, row.days);
        EXPECT_NE(after.value(replacement).userName, row.userName);
    }
    // The replacement works exactly the dropped volunteer's days from the 15th on, and none before.
    std::vector<QDate> gap;
    for (const QDate& day : before.value(gone).days) {
        if (day >= from) {
            gap.push_back(day);
        }
    }
    ASSERT_FALSE(gap.empty());
    EXPECT_EQ(after.value(replacement).days, gap);
    EXPECT_EQ(replanned->changedSlots, static_cast<int>(gap.size()));
    EXPECT_NE(after.value(replacement).userName, before.value(gone).userName);
    EXPECT_EQ(replanned->moves[1].daysAfter, static_cast<int>(gap.size()));
    // The gap is filled: the unmet commune-days are exactly those of the saved plan, still every one reported.
    ASSERT_EQ(replanned->unmet.size(), plan->unmet.size());
    for (std::size_t i = 0; i < plan->unmet.size(); ++i) {
        EXPECT_EQ(replanned->unmet[i].commune, plan->unmet[i].commune);
        EXPECT_EQ(replanned->unmet[i].day, plan->unmet[i].day);
        EXPECT_EQ(replanned->unmet[i].missingPeople, plan->unmet[i].missingPeople);
    }
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE action = 'allocation.replanned'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE action = 'allocation.replanned' AND (details LIKE "
                    "'%Văn%' OR details LIKE '%' || ?1 || '%')",
                    gone),
              0);

    // The commune's roster package is built from it: without the one who left (a newer package clears their days at
    // the workstation), with the replacement.
    auto thanhAnPlan = AllocationService::rosterPlan(*office, q("Dầu Tiếng/Thanh An"));
    ASSERT_TRUE(thanhAnPlan.ok()) << thanhAnPlan.error().detail.toStdString();
    bool carriesReplacement = false;
    for (const RosterPlanVolunteer& v : thanhAnPlan->volunteers) {
        EXPECT_NE(v.person, gone);
        carriesReplacement = carriesReplacement || (v.person == replacement && v.days == gap);
    }
    EXPECT_TRUE(carriesReplacement);

    // Again: nothing left to re-plan, nothing written.
    const int events2 = count("SELECT count(*) FROM audit_events");
    auto again = AllocationService::replan(*office, true, from);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->moves.empty());
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events2);
    EXPECT_EQ(saved().size(), 5);
}

// Without a replacement: the dropped volunteer's days go to the others of the commune or are reported unmet.
TEST(ReplanWithoutReplacement, TheOthersOfTheCommuneTakeTheDaysOrTheyAreReportedUnmet) {
    TestSite hub(SiteKind::Hub);
    auto office = hub.signInSupervisor();
    sheets::Table three;
    three.rows = {kHeader,
                  cells({"Nguyễn Thị Lan", "2001", "074301001234", "nữ", "có", "có", "có", "Thanh An", "Dầu Tiếng"}),
                  cells({"Trần Văn Minh", "2000", "074200001235", "nam", "có", "có", "có", "Thanh An", "Dầu Tiếng"}),
                  cells({"Lê Văn Hùng", "2002", "074202001236", "nam", "có", "có", "có", "Thanh An", "Dầu Tiếng"})};
    ASSERT_TRUE(RegistrationService::importList(*office, three, q("Dầu Tiếng")).ok());
    auto plan = AllocationService::save(*office);
    ASSERT_TRUE(plan.ok()) << plan.error().detail.toStdString();
    std::vector<gateways::PlanRow> before = gateways::PlanGateway(office->database()).all();
    ASSERT_EQ(before.size(), 3u);
    const gateways::PlanRow gone = before.front();
    const auto missingIn = [&](const std::vector<allocation::UnmetDemand>& unmet) {
        int missing = 0;
        for (const allocation::UnmetDemand& u : unmet) {
            missing += u.district == gone.district && u.commune == gone.commune ? u.missingPeople : 0;
        }
        return missing;
    };
    ASSERT_TRUE(RegistrationService::withdraw(*office, gone.personUuid).ok());
    auto replanned = AllocationService::replan(*office, true, QDate(2022, 12, 1));
    ASSERT_TRUE(replanned.ok()) << replanned.error().detail.toStdString();
    ASSERT_EQ(replanned->moves.front().change, QStringLiteral("withdrawn"));
    // Every day of the one who left went to someone of the commune or shows as unmet; nobody else lost a day.
    EXPECT_EQ(replanned->changedSlots + missingIn(replanned->unmet) - missingIn(plan->unmet),
              static_cast<int>(gone.days.size()));
    std::vector<gateways::PlanRow> after = gateways::PlanGateway(office->database()).all();
    ASSERT_EQ(after.size(), 2u);
    for (const gateways::PlanRow& row : after) {
        for (const gateways::PlanRow& old : before) {
            if (old.personUuid == row.personUuid) {
                EXPECT_EQ(old.commune, row.commune);
                EXPECT_TRUE(std::includes(row.days.begin(), row.days.end(), old.days.begin(), old.days.end()));
            }
        }
    }
    // A day outside the work period is refused.
    EXPECT_EQ(AllocationService::replan(*office, false, QDate(2023, 1, 2)).error().code, ErrorCode::InvalidInput);
}

TEST_F(ReplanServiceTest, WithdrawAndReplanRefusals) {
    const int events = count("SELECT count(*) FROM audit_events");
    EXPECT_EQ(RegistrationService::withdraw(*office, QStringLiteral("079999999999")).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(
        RegistrationService::withdraw(*office, QStringLiteral("5b1f6c1e-0000-4000-8000-000000000000")).error().code,
        ErrorCode::InvalidInput);
    EXPECT_EQ(RegistrationService::withdraw(*office, QString()).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(RegistrationService::withdraw(*office, QStringLiteral("074301001234"), QString(600, u'x')).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(
        RegistrationService::withdraw(*office, QStringLiteral("074301001234"), QStringLiteral("a\x01b")).error().code,
        ErrorCode::InvalidInput);
    // A district account reads its unit's registrations but withdraws nobody and re-plans nothing.
    EXPECT_EQ(RegistrationService::withdraw(*districtSession, QStringLiteral("074301001234")).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(AllocationService::replan(*districtSession, true).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE withdrawn_at IS NOT NULL AND id_number = "
                    "'074301001234'"),
              0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events);
    // A commune workstation does none of it.
    TestSite commune;
    auto supervisor = commune.signInSupervisor();
    EXPECT_EQ(RegistrationService::withdraw(*supervisor, QStringLiteral("074301001234")).error().code,
              ErrorCode::WrongSiteKind);
    EXPECT_EQ(AllocationService::replan(*supervisor, false).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(RegistrationService::correct(*supervisor, QStringLiteral("074301001234"), QStringLiteral("phone"), {})
                  .error()
                  .code,
              ErrorCode::WrongSiteKind);
}

// A correction goes through the import's checks, recomputes eligibility, and names only the fields in the audit chain.
TEST_F(ReplanServiceTest, ACorrectionIsCheckedAsTheImportChecksAndNamesOnlyItsFields) {
    const QString lan = personOf("074301001234");
    const int events = count("SELECT count(*) FROM audit_events");
    auto phone = RegistrationService::correct(*office, QStringLiteral("074301001234"), QStringLiteral("phone"),
                                              q("0912 345 678"));
    ASSERT_TRUE(phone.ok()) << phone.error().detail.toStdString();
    EXPECT_EQ(phone->person, lan);
    EXPECT_EQ(phone->fields, QStringList{QStringLiteral("phone")});
    EXPECT_EQ(phone->volunteer.registration.phone, QStringLiteral("0912345678"));
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE phone = '0912345678' AND person_uuid = ?1", lan), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events + 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE action = 'registration.corrected' AND details LIKE "
                    "'%\"phone\"%' AND details NOT LIKE '%345678%'"),
              1);
    // The same value again: nothing changes, no event. Every other column read back as it was.
    auto same = RegistrationService::correct(*office, lan, QStringLiteral("phone"), QStringLiteral("0912345678"));
    ASSERT_TRUE(same.ok()) << same.error().detail.toStdString();
    EXPECT_TRUE(same->fields.isEmpty()) << same->fields.join(u',').toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events + 1);

    // Refused values change nothing: a birth year that is not one, an ID number that is not one.
    auto year = RegistrationService::correct(*office, lan, QStringLiteral("birthYear"), QStringLiteral("hai nghìn"));
    ASSERT_FALSE(year.ok());
    EXPECT_EQ(year.error().code, ErrorCode::InvalidEntry);
    EXPECT_FALSE(year.error().findings.empty());
    EXPECT_EQ(
        RegistrationService::correct(*office, lan, QStringLiteral("idNumber"), QStringLiteral("12ab")).error().code,
        ErrorCode::InvalidEntry);
    // Another registration's ID number.
    auto duplicate =
        RegistrationService::correct(*office, lan, QStringLiteral("idNumber"), QStringLiteral("074202001236"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(duplicate.error().detail.contains(QLatin1String("001236")));
    // Unknown field, person; too long a value; a district account.
    EXPECT_EQ(RegistrationService::correct(*office, lan, QStringLiteral("unit"), QStringLiteral("x")).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(
        RegistrationService::correct(*office, QStringLiteral("079999999999"), QStringLiteral("phone"), {}).error().code,
        ErrorCode::InvalidInput);
    EXPECT_EQ(RegistrationService::correct(*office, lan, QStringLiteral("strengths"), QString(2001, u'a')).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(RegistrationService::correct(*districtSession, lan, QStringLiteral("phone"), {}).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE person_uuid = ?1 AND birth_year = 2001 AND id_number = "
                    "'074301001234'",
                    lan),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events"), events + 1);

    // Eligibility is recomputed: born 1980 is 42 in 2022.
    auto old = RegistrationService::correct(*office, lan, QStringLiteral("birthYear"), QStringLiteral("1980"));
    ASSERT_TRUE(old.ok()) << old.error().detail.toStdString();
    EXPECT_FALSE(old->volunteer.eligibility.eligible);
    ASSERT_TRUE(RegistrationService::correct(*office, lan, QStringLiteral("birthYear"), QStringLiteral("2001")).ok());
    // A new ID number and name reach the person too.
    auto renamed = RegistrationService::correct(*office, lan, QStringLiteral("fullName"), q("Nguyễn  Thị Lan Anh"));
    ASSERT_TRUE(renamed.ok()) << renamed.error().detail.toStdString();
    auto s = office->database().prepare("SELECT full_name FROM persons WHERE uuid = ?1");
    s.bind(1, lan);
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0), q("Nguyễn Thị Lan Anh"));
    auto number =
        RegistrationService::correct(*office, lan, QStringLiteral("idNumber"), QStringLiteral("074301009876"));
    ASSERT_TRUE(number.ok()) << number.error().detail.toStdString();
    EXPECT_EQ(number->fields, QStringList{QStringLiteral("idNumber")});
    EXPECT_EQ(count("SELECT count(*) FROM persons WHERE id_number = '074301009876'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM registrations WHERE id_number = '074301009876'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE details LIKE '%9876%' OR details LIKE '%Lan Anh%'"), 0);
    // Put back for the other tests.
    ASSERT_TRUE(
        RegistrationService::correct(*office, lan, QStringLiteral("idNumber"), QStringLiteral("074301001234")).ok());
}

// Every column filled, as a unit types it: a correction of one column changes that column only (the stored registration
// reads back through the import's parser unchanged: dates, answers, days, the preferred place, the position).
TEST(RegistrationCorrection, EveryOtherColumnReadsBackUnchanged) {
    TestSite hub(SiteKind::Hub);
    auto office = hub.signInSupervisor();
    sheets::Table full;
    full.rows = {cells({"Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Ngày cấp", "Nơi cấp", "Điện thoại", "Email",
                        "Nơi ở hiện nay", "Chức vụ, đơn vị", "Xã/phường đăng ký", "Huyện đăng ký", "Đồng ý thời gian",
                        "Chấp nhận phân công", "Có phương tiện", "Tin học", "Sở trường", "Học tập, công tác tại tỉnh",
                        "Ngày bận"}),
                 cells({"Phan Thị Thu Hà", "12/05/2002", "Nữ", "074302001234", "03/2021", "Cục CS QLHC về TTXH",
                        "0912345678", "ha.phan@example.vn", "Thanh An, Dầu Tiếng", "Sinh viên lớp K20", "Định An",
                        "Dầu Tiếng", "x", "có", "không", "có", "Văn nghệ", "có", "5, 6/12, 24/12/2022"})};
    auto imported = RegistrationService::importList(*office, full, q("Dầu Tiếng"));
    ASSERT_TRUE(imported.ok() && imported->added == 1) << (imported.ok() ? "" : imported.error().detail.toStdString());
    auto before = RegistrationService::listVolunteers(*office);
    ASSERT_TRUE(before.ok() && before->size() == 1u);
    ASSERT_EQ(before->front().registration.unavailable.size(), 3u);
    ASSERT_FALSE(before->front().registration.idIssued.isEmpty());
    auto same = RegistrationService::correct(*office, QStringLiteral("074302001234"), QStringLiteral("phone"),
                                             QStringLiteral("0912345678"));
    ASSERT_TRUE(same.ok()) << same.error().detail.toStdString();
    EXPECT_TRUE(same->fields.isEmpty()) << same->fields.join(u',').toStdString();
    auto phone = RegistrationService::correct(*office, QStringLiteral("074302001234"), QStringLiteral("phone"),
                                              QStringLiteral("0987654321"));
    ASSERT_TRUE(phone.ok()) << phone.error().detail.toStdString();
    EXPECT_EQ(phone->fields, QStringList{QStringLiteral("phone")});
    auto days = RegistrationService::correct(*office, QStringLiteral("074302001234"), QStringLiteral("unavailableDays"),
                                             QStringLiteral("7/12"));
    ASSERT_TRUE(days.ok()) << days.error().detail.toStdString();
    EXPECT_EQ(days->fields, QStringList{QStringLiteral("unavailableDays")});
    EXPECT_EQ(days->volunteer.registration.unavailable, std::vector<QDate>{QDate(2022, 12, 7)});
}

} // namespace
