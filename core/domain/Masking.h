// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

namespace dc::core::domain {

// De-identification for exports (issue "Supervisor review": names as initials, ID numbers as their last 3
// digits). Used wherever a report can hold a person's name or number.
[[nodiscard]] QString maskName(const QString& name);       // "Nguyễn Thị Lan" → "N. T. L."
[[nodiscard]] QString maskIdNumber(const QString& number); // "079201001234" → "*********234"

} // namespace dc::core::domain
