// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"
#include "crypto/X25519.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace dc::crypto {

// Single-shot RFC 9180 HPKE in base mode with the suite DHKEM(X25519, HKDF-SHA256) (KEM 0x0020),
// HKDF-SHA256 (KDF 0x0001) and ChaCha20-Poly1305 (AEAD 0x0003): section 6.1 SealBase / OpenBase.
inline constexpr std::size_t kHpkeEncSize = 32;

struct HpkeSealed {
    std::vector<std::uint8_t> enc;        // the encapsulated ephemeral public key, 32 bytes
    std::vector<std::uint8_t> ciphertext; // ciphertext || tag
};

// Throws std::invalid_argument when the recipient key is not 32 bytes or is of low order (DH would give the all-zero
// value, RFC 9180 section 7.1.4): there is no ciphertext to return for such a key.
[[nodiscard]] HpkeSealed hpkeSeal(std::span<const std::uint8_t> recipientPublicKey, std::span<const std::uint8_t> info,
                                  std::span<const std::uint8_t> aad, std::span<const std::uint8_t> plaintext);
// nullopt on any failure: wrong key, altered enc/ciphertext/aad/info, low-order enc, wrong sizes.
[[nodiscard]] std::optional<SecureBuffer>
hpkeOpen(const SecureBuffer& recipientPrivateKey, std::span<const std::uint8_t> enc, std::span<const std::uint8_t> info,
         std::span<const std::uint8_t> aad, std::span<const std::uint8_t> ciphertext);

// DeriveKeyPair of RFC 9180 section 7.1.3 for X25519: a key pair from input keying material. Throws
// std::invalid_argument when ikm is shorter than 32 bytes (section 4: it SHOULD hold at least Nsk bytes of entropy).
[[nodiscard]] X25519KeyPair hpkeDeriveKeyPair(std::span<const std::uint8_t> ikm);

namespace detail {
// The deterministic core of hpkeSeal with a given ephemeral key pair, so RFC 9180 appendix A.2 can be
// checked. Production code calls hpkeSeal, which draws a fresh ephemeral key. Throws like hpkeSeal, and also when
// ephemeral.publicKey does not belong to ephemeral.privateKey.
[[nodiscard]] HpkeSealed hpkeSealWithEphemeral(const X25519KeyPair& ephemeral,
                                               std::span<const std::uint8_t> recipientPublicKey,
                                               std::span<const std::uint8_t> info, std::span<const std::uint8_t> aad,
                                               std::span<const std::uint8_t> plaintext);
// The key schedule's outputs for the first message (sequence 0), exposed for the appendix A.2 vectors; nullopt
// where hpkeSealWithEphemeral would throw.
struct HpkeContextForTest {
    std::vector<std::uint8_t> sharedSecret, key, baseNonce, exporterSecret;
};
[[nodiscard]] std::optional<HpkeContextForTest> hpkeSetupBaseForTest(const X25519KeyPair& ephemeral,
                                                                     std::span<const std::uint8_t> recipientPublicKey,
                                                                     std::span<const std::uint8_t> info);
} // namespace detail

} // namespace dc::crypto
