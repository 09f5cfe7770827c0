// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/Values.h"

#include <QString>
#include <optional>

namespace dc::core::domain {

// De-identification for exports (issue "Supervisor review": names as initials, ID numbers as their last 3
// digits). Used wherever a report can hold a person's name or number.
[[nodiscard]] QString maskName(const QString& name);       // "Nguyễn Thị Lan" → "N. T. L."
[[nodiscard]] QString maskIdNumber(const QString& number); // "079201001234" → "*********234"
// A register value of a field of kind `kind`, de-identified. Fails closed: names as initials, ID numbers as their
// last 3 digits, dates as their year ("07/03/1982" → "**/**/1982"); sex, ethnicity, nationality, numbers, years and
// times as they are (none names anyone alone); places, free text, phones, e-mails and a field of no known kind
// (nullopt) withheld ("•••").
[[nodiscard]] QString maskValue(std::optional<ValueKind> kind, const QString& value);

} // namespace dc::core::domain
