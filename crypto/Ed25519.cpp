// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Ed25519.h"

#include "crypto/DataOrEmpty.h"
#include "crypto/Random.h"

#include <botan/ed25519.h>
#include <botan/exceptn.h>
#include <botan/secmem.h>

#include <stdexcept>

namespace dc::crypto {

namespace {

// Botan's expanded private key: seed || public key (the SUPERCOP layout), 64 bytes.
constexpr std::size_t kExpandedKeySize = 64;

// L, the order of the Ed25519 base point: 2^252 + 27742317777372353535851937790883648493 (RFC 8032 section 5.1),
// little-endian as S is encoded in a signature (RFC 8032 section 5.1.6 step 6).
constexpr std::array<std::uint8_t, 32> kGroupOrder = {
    0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
};

void checkSeed(const SecureBuffer& seed) {
    if (seed.size() != kEd25519SeedSize) {
        throw std::invalid_argument("Ed25519: seed must be 32 bytes");
    }
}

// RFC 8032 section 5.1.7 step 1: S must be in [0, L). Compared from the most significant byte down; S is public,
// so a variable-time comparison is fine.
bool isCanonicalScalar(std::span<const std::uint8_t> s) noexcept {
    for (std::size_t i = kGroupOrder.size(); i-- > 0;) {
        if (s[i] != kGroupOrder[i]) {
            return s[i] < kGroupOrder[i];
        }
    }
    return false; // S == L
}

// The expanded key lives in a secure_vector so it is scrubbed when it goes out of scope.
Botan::secure_vector<std::uint8_t> expandSeed(const SecureBuffer& seed, Ed25519PublicKey& publicKey) {
    checkSeed(seed);
    Botan::secure_vector<std::uint8_t> expanded(kExpandedKeySize);
    Botan::ed25519_gen_keypair(publicKey.data(), expanded.data(), seed.data());
    return expanded;
}

} // namespace

Ed25519KeyPair generateEd25519() {
    Ed25519KeyPair pair;
    pair.seed = randomSecret(kEd25519SeedSize);
    pair.publicKey = ed25519PublicKey(pair.seed);
    return pair;
}

Ed25519PublicKey ed25519PublicKey(const SecureBuffer& seed) {
    Ed25519PublicKey publicKey{};
    (void)expandSeed(seed, publicKey);
    return publicKey;
}

Ed25519Signature ed25519Sign(const SecureBuffer& seed, std::span<const std::uint8_t> message) {
    Ed25519PublicKey publicKey{};
    const Botan::secure_vector<std::uint8_t> expanded = expandSeed(seed, publicKey);
    Ed25519Signature signature{};
    // Pure Ed25519: no dom2 prefix (RFC 8032 section 5.1), hence an empty domain separator.
    Botan::ed25519_sign(signature.data(), detail::dataOrEmpty(message), message.size(), expanded.data(), nullptr, 0);
    return signature;
}

bool ed25519Verify(std::span<const std::uint8_t> publicKey, std::span<const std::uint8_t> message,
                   std::span<const std::uint8_t> signature) {
    if (publicKey.size() != kEd25519PublicKeySize || signature.size() != kEd25519SignatureSize) {
        return false;
    }
    // Botan 2.19 skips this check: without it, S + L verifies too, a second signature for the same message.
    if (!isCanonicalScalar(signature.subspan(32))) {
        return false;
    }
    try {
        return Botan::ed25519_verify(detail::dataOrEmpty(message), message.size(), signature.data(), publicKey.data(),
                                     nullptr, 0);
    } catch (const Botan::Exception&) {
        return false;
    }
}

} // namespace dc::crypto
