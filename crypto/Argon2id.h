// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"

#include <chrono>
#include <cstdint>
#include <span>
#include <string_view>

namespace dc::crypto {

// Argon2id cost parameters. They are stored beside what they protect and bound into its associated data.
struct Argon2Params {
    std::uint32_t memoryKiB = 0;
    std::uint32_t iterations = 0;
    std::uint32_t parallelism = 0;
    friend bool operator==(const Argon2Params&, const Argon2Params&) = default;
};

// RFC 9106 section 4, second recommended option: 64 MiB, t = 3, p = 4. Nothing weaker is ever used.
inline constexpr Argon2Params kArgon2Floor{64u * 1024u, 3u, 4u};
// Sane maxima, applied when parameters are read back from a file, so a tampered file cannot make us
// allocate or compute without bound: 2 GiB, 16 passes, 16 lanes.
inline constexpr Argon2Params kArgon2Ceiling{2u * 1024u * 1024u, 16u, 16u};
inline constexpr std::size_t kArgon2SaltSize = 16; // RFC 9106 section 3.1 recommends 128 bits

// Raises each parameter to the floor and lowers it to the ceiling.
[[nodiscard]] Argon2Params clampArgon2(Argon2Params params) noexcept;
[[nodiscard]] bool isWithinBounds(Argon2Params params) noexcept;

// Derives `outputLength` bytes from a password with Argon2id, parameters clamped first. Throws
// std::invalid_argument for a salt shorter than 8 bytes (the reference implementation's minimum) or an output
// shorter than 4 bytes (RFC 9106 section 3.1).
[[nodiscard]] SecureBuffer deriveArgon2id(std::string_view password, std::span<const std::uint8_t> salt,
                                          Argon2Params params, std::size_t outputLength);

// The raw primitive (no clamping) with RFC 9106's optional secret K and associated data X, for the
// known-answer test of RFC 9106 section 5.3. Not for passwords. Also throws std::invalid_argument for iterations or
// parallelism of 0 and for memory below 8 * parallelism KiB.
[[nodiscard]] SecureBuffer argon2idRaw(std::span<const std::uint8_t> password, std::span<const std::uint8_t> salt,
                                       std::span<const std::uint8_t> secret, std::span<const std::uint8_t> associated,
                                       Argon2Params params, std::size_t outputLength);

// Finds parameters at or above the floor for which one derivation takes between `low` and `high` on this
// machine (aiming at the middle): memory grows first (up to 1 GiB, in whole MiB), then passes. Measures real
// derivations, at most four. When the floor alone takes `low` or longer it is returned as is, with its measurement;
// when no candidate lands in the window the nearest is returned. Throws std::invalid_argument unless 0 < low <= high.
struct Argon2Calibration {
    Argon2Params params;
    std::chrono::milliseconds measured;
};
[[nodiscard]] Argon2Calibration calibrateArgon2(std::chrono::milliseconds low = std::chrono::milliseconds(500),
                                                std::chrono::milliseconds high = std::chrono::milliseconds(1000));

} // namespace dc::crypto
