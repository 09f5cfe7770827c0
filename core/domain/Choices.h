// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/Values.h"

#include <QStringList>

namespace dc::core::domain {

// Sex and ethnicity are closed sets: a value is one of their members (checkValue refuses anything else, with
// sex.unknown / ethnicity.unknown), a change between two members is the correction class "value".
[[nodiscard]] bool isClosedSet(ValueKind kind) noexcept;

// The values a field of `kind` offers to choose from: for sex "Nam", "Nữ"; for ethnicity the 54 groups, "Chưa xác
// định" and "Người nước ngoài" (Ethnicity.h); for nationality the usual ones of the registers — offered, not imposed:
// nationality stays free text, because old books hold states that no longer exist (Liên Xô, Tiệp Khắc). Empty for
// every other kind.
[[nodiscard]] QStringList valueChoices(ValueKind kind);

// The choices `typed` may mean, best first: the member it names exactly, by any spelling the kind accepts ("nu" → Nữ,
// "hmong" → Mông), then those whose words it starts (tone marks and case ignored: "kh" → Khơ Me, Kháng, Khơ Mú, ...),
// at most `limit`. Every choice for blank text.
[[nodiscard]] QStringList matchingChoices(ValueKind kind, const QString& typed, int limit = 8);

} // namespace dc::core::domain
