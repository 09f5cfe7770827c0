// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace dc::crypto {

// X25519 (RFC 7748 section 5), keys as raw 32-byte values.
inline constexpr std::size_t kX25519KeySize = 32;
using X25519PublicKey = std::array<std::uint8_t, kX25519KeySize>;

struct X25519KeyPair {
    SecureBuffer privateKey;
    X25519PublicKey publicKey{};
};

[[nodiscard]] X25519KeyPair generateX25519();
// Throws std::invalid_argument when privateKey.size() != kX25519KeySize.
[[nodiscard]] X25519PublicKey x25519PublicKey(const SecureBuffer& privateKey);
// The scalar multiplication of RFC 7748 section 5. Returns nullopt when the result is all zero (a
// low-order peer key, RFC 7748 section 6.1), which Botan 2.19 does not reject, or on wrong sizes.
[[nodiscard]] std::optional<SecureBuffer> x25519(std::span<const std::uint8_t> privateKey,
                                                 std::span<const std::uint8_t> peerPublicKey);

} // namespace dc::crypto
