// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <optional>

namespace dc::core::domain {

// The 63 provinces and their 3-digit codes, as used in the first three digits of a CCCD / personal ID number
// (Thông tư 07/2016/TT-BCA, appendix; ../shared/data/province-codes.tsv). Bình Dương is 074.
[[nodiscard]] std::optional<QString> provinceName(const QString& code);
[[nodiscard]] int provinceCount() noexcept;

} // namespace dc::core::domain
