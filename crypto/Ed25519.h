// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"

#include <array>
#include <cstdint>
#include <span>

namespace dc::crypto {

// Ed25519 (RFC 8032 section 5.1), keys as raw 32-byte values: the private key is the 32-byte seed.
inline constexpr std::size_t kEd25519SeedSize = 32;
inline constexpr std::size_t kEd25519PublicKeySize = 32;
inline constexpr std::size_t kEd25519SignatureSize = 64;
using Ed25519PublicKey = std::array<std::uint8_t, kEd25519PublicKeySize>;
using Ed25519Signature = std::array<std::uint8_t, kEd25519SignatureSize>;

struct Ed25519KeyPair {
    SecureBuffer seed;
    Ed25519PublicKey publicKey{};
};

[[nodiscard]] Ed25519KeyPair generateEd25519();
// Both throw std::invalid_argument when seed.size() != kEd25519SeedSize.
[[nodiscard]] Ed25519PublicKey ed25519PublicKey(const SecureBuffer& seed);
[[nodiscard]] Ed25519Signature ed25519Sign(const SecureBuffer& seed, std::span<const std::uint8_t> message);
// Verifies, and also refuses a non-canonical S (S >= L, RFC 8032 section 5.1.7 step 1), which Botan 2.19
// does not check: without it, S + L is a second valid signature for the same message (malleability).
// Wrong sizes give false.
[[nodiscard]] bool ed25519Verify(std::span<const std::uint8_t> publicKey, std::span<const std::uint8_t> message,
                                 std::span<const std::uint8_t> signature);

} // namespace dc::crypto
