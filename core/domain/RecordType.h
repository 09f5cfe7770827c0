// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <optional>

namespace dc::core::domain {

// The three kinds of civil-status register (DOMAIN.md "The job in one paragraph"): khai sinh, kết hôn, khai tử.
enum class RecordType { Birth, Marriage, Death };
[[nodiscard]] QString recordTypeKey(RecordType type); // "birth", "marriage", "death"
[[nodiscard]] std::optional<RecordType> recordTypeFromKey(const QString& key);

} // namespace dc::core::domain
