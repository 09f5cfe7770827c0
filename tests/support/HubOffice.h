// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// What the hub's registration, allocation and account tests share: cells of a unit's list typed in UTF-8, a district
// account beside the province's, and a count read straight from the hub's database.
#include "core/services/Session.h"
#include "core/services/UserService.h"
#include "core/store/Database.h"
#include "tests/support/TestSite.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <initializer_list>
#include <memory>

namespace dc::test {

inline constexpr const char* kDistrictPassword = "dat-do-cao-su-xanh-32";

[[nodiscard]] inline QString q(const char* utf8) {
    return QString::fromUtf8(utf8);
}

// One row of a unit's list.
[[nodiscard]] inline QStringList cells(std::initializer_list<const char*> texts) {
    QStringList out;
    for (const char* t : texts) {
        out.append(q(t));
    }
    return out;
}

// A district account `userName` of `district`, added by the province's `office` and signed in (nullptr, with a test
// failure, when either step is refused).
[[nodiscard]] inline std::unique_ptr<core::Session>
addDistrictAccount(TestSite& hub, core::Session& office, const QString& userName, const QString& district) {
    auto added = core::UserService::addUser(
        office, core::NewAccount{userName, {}, core::Role::District, secret(kDistrictPassword), district});
    if (!added.ok()) {
        ADD_FAILURE() << added.error().detail.toStdString();
        return nullptr;
    }
    auto session = hub.signIn(userName, kDistrictPassword);
    EXPECT_NE(session, nullptr);
    return session;
}

// The first column of the first row of `sql` (one `?1` bound to `bound` when given), as an integer.
[[nodiscard]] inline int countRows(core::Session& session, const char* sql, const QString& bound = {}) {
    auto s = session.database().prepare(sql);
    if (!bound.isNull()) {
        s.bind(1, bound);
    }
    (void)s.step();
    return s.integer(0);
}

} // namespace dc::test
