// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <cstdint>
#include <span>

namespace dc::crypto {

// Compares two byte strings in time that depends only on their lengths; different lengths are unequal.
[[nodiscard]] bool constantTimeEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) noexcept;
// True when every byte is zero, in time that depends only on the length.
[[nodiscard]] bool isAllZero(std::span<const std::uint8_t> bytes) noexcept;

} // namespace dc::crypto
