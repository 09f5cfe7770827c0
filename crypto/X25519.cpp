// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/X25519.h"

#include "crypto/ConstantTime.h"
#include "crypto/Random.h"

#include <botan/curve25519.h>

#include <stdexcept>

namespace dc::crypto {

X25519KeyPair generateX25519() {
    // RFC 7748 section 6.1: the private key is 32 random bytes; clamping happens inside the scalar multiplication
    // (curve25519_donna decodes the scalar as section 5 says), so the raw bytes are kept as they were drawn.
    X25519KeyPair pair;
    pair.privateKey = randomSecret(kX25519KeySize);
    pair.publicKey = x25519PublicKey(pair.privateKey);
    return pair;
}

X25519PublicKey x25519PublicKey(const SecureBuffer& privateKey) {
    if (privateKey.size() != kX25519KeySize) {
        throw std::invalid_argument("X25519: private key must be 32 bytes");
    }
    X25519PublicKey publicKey{};
    // X25519(k, 9), RFC 7748 section 6.1.
    Botan::curve25519_basepoint(publicKey.data(), privateKey.data());
    return publicKey;
}

std::optional<SecureBuffer> x25519(std::span<const std::uint8_t> privateKey,
                                   std::span<const std::uint8_t> peerPublicKey) {
    if (privateKey.size() != kX25519KeySize || peerPublicKey.size() != kX25519KeySize) {
        return std::nullopt;
    }
    SecureBuffer shared(kX25519KeySize);
    // RFC 7748 section 5: the u-coordinate's top bit is masked and non-canonical values are reduced by
    // curve25519_donna itself.
    Botan::curve25519_donna(shared.data(), privateKey.data(), peerPublicKey.data());
    // RFC 7748 section 6.1: a low-order peer key gives the all-zero output, which carries no contribution from our
    // key; Botan 2.19 returns it anyway, so refuse it here (checked in constant time, as the value is secret).
    if (isAllZero(shared.bytes())) {
        return std::nullopt; // `shared` is wiped by its destructor
    }
    return shared;
}

} // namespace dc::crypto
