// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/Finding.h"

#include <QString>

#include <optional>

namespace dc::core::domain {

enum class Sex { Male, Female };
[[nodiscard]] QString sexKey(Sex sex); // "male", "female"
// "nam", "nữ", "male", "female", "m", "f", "x" is not a sex: nullopt. Case and tone marks are ignored.
[[nodiscard]] std::optional<Sex> parseSex(const QString& text);

// Identity papers (DOMAIN.md "ID numbers"):
// - CMND: 9 digits (older; its prefix names the issuing province, which changes when a person moves: it is
//   never a key and is not checked);
// - CCCD / personal ID number (TT 07/2016/TT-BCA): 12 digits = the 3-digit code of the province where the
//   birth was registered, 1 digit for sex and century (0/1 male/female born 1900–1999, 2/3 born 2000–2099,
//   4/5, 6/7, 8/9 for the next centuries), 2 digits of the birth year, 6 random digits; no checksum. The
//   12-digit CMND issued 2012–2016 has the same structure and is read the same way.
enum class IdKind { Cmnd, Cccd };
[[nodiscard]] QString idKindKey(IdKind kind); // "cmnd", "cccd"

struct IdNumber {
    QString digits; // ASCII digits: read in NFKC (full-width digits are digits), spaces and dots removed
    IdKind kind = IdKind::Cmnd;
    // For 12 digits only:
    QString provinceCode;
    QString provinceName;
    std::optional<Sex> sex;
    int birthCentury = 0; // 1900, 2000, ...
    int birthYear = 0;
};

struct IdCheck {
    std::optional<IdNumber> number; // set when the number is well formed
    Findings findings;              // errors when it is not; warnings for disagreements with the person
};

// Checks the number and, when known, that its sex digit and birth year agree with the person's (warnings,
// not refusals: either side may be the wrong one). `field` names the field in the findings.
[[nodiscard]] IdCheck checkIdNumber(const QString& text, std::optional<Sex> personSex = std::nullopt,
                                    std::optional<int> personBirthYear = std::nullopt, const QString& field = {});

} // namespace dc::core::domain
