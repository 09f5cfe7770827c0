// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

namespace dc::crypto {

inline constexpr std::size_t kSha256Size = 32; // FIPS 180-4
using Sha256Digest = std::array<std::uint8_t, kSha256Size>;

[[nodiscard]] Sha256Digest sha256(std::span<const std::uint8_t> data);

// Incremental SHA-256 for hashing structured input (the audit chain) without concatenating it first.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;
    Sha256& update(std::span<const std::uint8_t> data);
    Sha256& update(std::string_view text);
    Sha256& updateU64BigEndian(std::uint64_t value);
    [[nodiscard]] Sha256Digest finish(); // resets the state for reuse

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// HMAC-SHA-256 (RFC 2104, FIPS 198-1; RFC 4231 gives its test vectors), for MACs over structured data under a
// derived key. Any key length: keys longer than the 64-byte block are hashed first, as RFC 2104 section 2 says.
[[nodiscard]] Sha256Digest hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> message);

// HKDF with SHA-256 (RFC 5869). extract returns the 32-byte PRK (an empty salt means HashLen zero bytes, section
// 2.2); expand returns `length` bytes. expand throws std::invalid_argument when length > 255 * 32 or the PRK is
// shorter than 32 bytes (section 2.3).
[[nodiscard]] SecureBuffer hkdfExtract(std::span<const std::uint8_t> salt, std::span<const std::uint8_t> ikm);
[[nodiscard]] SecureBuffer hkdfExpand(std::span<const std::uint8_t> prk, std::span<const std::uint8_t> info,
                                      std::size_t length);

} // namespace dc::crypto
