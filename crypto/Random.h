// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"

#include <cstdint>
#include <span>
#include <vector>

namespace dc::crypto {

// The operating system's random generator (getrandom on Linux, BCryptGenRandom on Windows) through
// Botan::system_rng(); there is no user-space generator to seed or to fork badly.
void fillRandom(std::span<std::uint8_t> out);
[[nodiscard]] std::vector<std::uint8_t> randomBytes(std::size_t count);
[[nodiscard]] SecureBuffer randomSecret(std::size_t count);
// Uniform in [0, bound) without modulo bias; bound > 0.
[[nodiscard]] std::uint32_t randomBelow(std::uint32_t bound);

} // namespace dc::crypto
