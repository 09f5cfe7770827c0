// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "tests/support/TestSite.h"

#include <QString>

#include <memory>
#include <vector>

namespace dc::test {

// What one commune of an error map hub logs: entries 1..`entries` of a birth book of each year in `years`, read by the
// pair lan + minh. Every fourth entry after the twelfth corrects the subject's sex ("nam" → "nữ", class "value"), so a
// book of 24 entries has 3 corrected, one of 40 has 7. `varied` adds more, for the screenshots: the subject's name
// without its marks (diacritic) every seventh entry, the father's every ninth, a wrong day of birth (date_other) every
// fifth — more often in older books — and a writing difference (spacing) every eleventh.
struct ErrorMapCommune {
    QString place; // "District/Commune", as enrolled
    int entries = 24;
    std::vector<int> years{1998};
    bool varied = false;
};

// A province hub with the error map's data in it, all through the services: each commune a real site (TestSite) that
// logs its entries, is enrolled with `hub` through the real files and fingerprints (written in `folder`), exports its
// work as a bundle, and the hub imports them all; then a district account `districtUser` (kMapDistrictPassword) of
// `district`. `communes` receives the commune sites (kept alive by the caller). False, with a warning, when a service
// refuses.
inline constexpr const char* kMapDistrictPassword = "ho-dau-tieng-xanh-trong-5";
[[nodiscard]] bool makeErrorMapHub(TestSite& hub, const std::vector<ErrorMapCommune>& plan, const QString& folder,
                                   const QString& districtUser, const QString& district,
                                   std::vector<std::unique_ptr<TestSite>>& communes);

} // namespace dc::test
