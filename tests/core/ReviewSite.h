// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/LogService.h"
#include "tests/support/TestSite.h"

#include <gtest/gtest.h>

#include <memory>

namespace dc::test {

// A commune for the review, spot-check and report tests: a supervisor, two pairs (lan + minh, hoa + tuan), one
// birth book, and a clock the test moves (it starts on 05/12/2022 at 09:00 in Vietnam).
class ReviewSite : public ::testing::Test {
protected:
    static constexpr const char* kHoaPassword = "gio-bac-thoi-lua-23";
    static constexpr const char* kTuanPassword = "ben-nha-rong-xua-31";

    TestSite site;
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(QDate(2022, 12, 5), QTime(2, 0), Qt::UTC);
    core::Clock clock = [now = now] { return *now; };
    qint64 book = 0;
    std::unique_ptr<core::Session> supervisor;
    std::unique_ptr<core::Session> pair;  // lan reads, minh checks
    std::unique_ptr<core::Session> other; // hoa reads, tuan checks

    void SetUp() override {
        site.addUser(QStringLiteral("lan"), TestSite::kLanPassword, false, QStringLiteral("Nguyễn Thị Lan"));
        site.addUser(QStringLiteral("minh"), TestSite::kMinhPassword, false, QStringLiteral("Lê Quang Minh"));
        site.addUser(QStringLiteral("hoa"), kHoaPassword, false, QStringLiteral("Đặng Thị Hoà"));
        site.addUser(QStringLiteral("tuan"), kTuanPassword, false, QStringLiteral("Vũ Anh Tuấn"));
        book = site.addBook(1, 5000);
        supervisor = site.signIn(QString::fromLatin1(TestSite::kSupervisor), TestSite::kSupervisorPassword, clock);
        pair = site.signInPair(QStringLiteral("lan"), TestSite::kLanPassword, QStringLiteral("minh"),
                               TestSite::kMinhPassword, clock);
        other = site.signInPair(QStringLiteral("hoa"), kHoaPassword, QStringLiteral("tuan"), kTuanPassword, clock);
        ASSERT_TRUE(supervisor && pair && other);
    }

    static core::CheckInput entry(qint64 bookId, int number, core::Outcome outcome = core::Outcome::Match) {
        core::CheckInput input;
        input.bookId = bookId;
        input.entryNumber = number;
        input.registrationDate = QStringLiteral("14/04/1998");
        input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
        input.outcome = outcome;
        input.secondsSpent = 40;
        if (outcome == core::Outcome::Corrected) {
            input.corrections = {{QStringLiteral("subject.full_name"), QStringLiteral("Nguyen Thi Hong"),
                                  QStringLiteral("Nguyễn Thị Hồng")}};
        }
        if (outcome == core::Outcome::Escalated) {
            input.transcript = QStringLiteral("Nguyễn Thị H_ng");
        }
        return input;
    }

    core::LoggedCheck log(core::Session& by, int number, core::Outcome outcome = core::Outcome::Match) const {
        auto logged = core::LogService::logCheck(by, entry(book, number, outcome));
        EXPECT_TRUE(logged.ok()) << (logged.ok() ? "" : core::errorCodeName(logged.error().code));
        return logged.ok() ? logged.value().check : core::LoggedCheck{};
    }
};

} // namespace dc::test
