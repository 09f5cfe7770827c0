// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// Internal to crypto/: a span's bytes for Botan's pointer-and-length calls, which want a valid pointer even for no
// bytes (an empty span's data() may be null).

#include <cstdint>
#include <span>

namespace dc::crypto::detail {

[[nodiscard]] inline const std::uint8_t* dataOrEmpty(std::span<const std::uint8_t> bytes) noexcept {
    static constexpr std::uint8_t kEmpty = 0;
    return bytes.empty() ? &kEmpty : bytes.data();
}

} // namespace dc::crypto::detail
