// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/Session.h"

#include <QDateTime>
#include <QString>

namespace dc::test {

// A province hub for the GUI's tests and screenshots: the site of `supervisor`'s session becomes a hub (site.kind) with
// a province account and a district account (Dầu Tiếng), and the rows an import of every commune's bundles leaves
// behind — enrolled workstations (all 91 communes of Bình Dương but a few), their summaries (the report ones too) for
// `days` site days ending the day before `now`, the error map's summaries (schema 22), the bundles received (a few
// communes late), books and their entries, and alarms (a fork, a rollback, a held bundle, a conflict). Written straight
// into the hub's tables, as the import keeps them; the import itself is tested with the exchange. Deterministic: the
// same figures on every run. Returns false when it fails.
//
// Until the campaign branch brings `user add --role province|district`, the two accounts are made as supervisors
// (a keyring slot each) and their role set in the database.
struct HubAccounts {
    static constexpr const char* kProvince = "vanphong";
    static constexpr const char* kProvincePassword = "tinh-doan-binh-duong-22";
    static constexpr const char* kProvinceDisplayName = "Văn phòng Tỉnh Đoàn";
    static constexpr const char* kDistrict = "dautieng";
    static constexpr const char* kDistrictPassword = "huyen-dau-tieng-song-be-7";
    static constexpr const char* kDistrictDisplayName = "Huyện Đoàn Dầu Tiếng";
    static constexpr const char* kDistrictName = "Dầu Tiếng";
    // A commune the fixture fills with books, entries and alarms, for drilling down: Dầu Tiếng / Thanh An.
    static constexpr const char* kDrillCommune = "Thanh An";
};
[[nodiscard]] bool makeHub(core::Session& supervisor, const QDateTime& now, int days = 6);

// What the judging (issue 15) reads, over a hub makeHub made: each commune's pair's work on its birth book every day it
// worked (hub_daily_work, from the report summaries), their work sessions (a pace of its own per commune, a pause in
// each day), their spot-checks (misses in a few communes, enough to fail the quality gate there), many voids and
// amendments in the drill commune (a private pattern), and a name of their own for each volunteer. Deterministic.
// Returns false when it fails.
[[nodiscard]] bool addAwardsWork(core::Session& hub);

} // namespace dc::test
