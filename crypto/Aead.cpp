// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Aead.h"

#include "crypto/DataOrEmpty.h"
#include "crypto/Random.h"

#include <botan/aead.h>
#include <botan/exceptn.h>
#include <botan/secmem.h>

#include <stdexcept>

namespace dc::crypto {

namespace {

// RFC 8439 section 2.8: the plaintext may be at most 2^38 - 64 bytes (the 32-bit block counter starts at 1).
constexpr std::uint64_t kMaxPlaintextSize = (std::uint64_t{1} << 38) - 64;

void checkKeyAndNonce(std::span<const std::uint8_t> key, std::span<const std::uint8_t> nonce) {
    if (key.size() != kAeadKeySize) {
        throw std::invalid_argument("ChaCha20-Poly1305: key must be 32 bytes");
    }
    if (nonce.size() != kAeadNonceSize) {
        // Botan also accepts 8 (original ChaCha20) and 24 (XChaCha20) byte nonces; we pin the IETF variant.
        throw std::invalid_argument("ChaCha20-Poly1305: nonce must be 12 bytes");
    }
}

std::unique_ptr<Botan::AEAD_Mode> startMode(Botan::Cipher_Dir direction, std::span<const std::uint8_t> key,
                                            std::span<const std::uint8_t> nonce,
                                            std::span<const std::uint8_t> associatedData) {
    // The single place that names the Botan 2 spelling ("ChaCha20Poly1305", Cipher_Dir); Botan 3 changes both.
    auto mode = Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", direction);
    mode->set_key(key.data(), key.size());
    // Botan 2.19: the associated data must be set before start(); set afterwards it would not be authenticated
    // for this message (DESIGN.md "Botan 2.19 cautions").
    mode->set_associated_data(detail::dataOrEmpty(associatedData), associatedData.size());
    mode->start(nonce.data(), nonce.size());
    return mode;
}

} // namespace

std::vector<std::uint8_t> chacha20Poly1305Encrypt(std::span<const std::uint8_t> key,
                                                  std::span<const std::uint8_t> nonce,
                                                  std::span<const std::uint8_t> plaintext,
                                                  std::span<const std::uint8_t> associatedData) {
    checkKeyAndNonce(key, nonce);
    if (plaintext.size() > kMaxPlaintextSize) {
        throw std::invalid_argument("ChaCha20-Poly1305: plaintext longer than 2^38 - 64 bytes");
    }
    auto mode = startMode(Botan::ENCRYPTION, key, nonce, associatedData);
    // The plaintext passes through a secure_vector (scrubbed on release) while it is encrypted in place.
    Botan::secure_vector<std::uint8_t> buffer(plaintext.begin(), plaintext.end());
    mode->finish(buffer);
    return {buffer.begin(), buffer.end()};
}

std::optional<SecureBuffer> chacha20Poly1305Decrypt(std::span<const std::uint8_t> key,
                                                    std::span<const std::uint8_t> nonce,
                                                    std::span<const std::uint8_t> ciphertextAndTag,
                                                    std::span<const std::uint8_t> associatedData) {
    checkKeyAndNonce(key, nonce);
    if (ciphertextAndTag.size() < kAeadTagSize) {
        return std::nullopt;
    }
    try {
        auto mode = startMode(Botan::DECRYPTION, key, nonce, associatedData);
        Botan::secure_vector<std::uint8_t> buffer(ciphertextAndTag.begin(), ciphertextAndTag.end());
        // Throws Botan::Invalid_Authentication_Tag when the tag does not match. Botan decrypts in place before
        // comparing tags, so on failure `buffer` holds unauthenticated plaintext: it is scrubbed by its
        // destructor and never returned.
        mode->finish(buffer);
        return SecureBuffer::copyOf(std::span<const std::uint8_t>(buffer.data(), buffer.size()));
    } catch (const Botan::Exception&) {
        return std::nullopt;
    }
}

std::vector<std::uint8_t> aeadSeal(const SecureBuffer& key, std::span<const std::uint8_t> plaintext,
                                   std::span<const std::uint8_t> associatedData) {
    if (key.size() != kAeadKeySize) {
        throw std::invalid_argument("aeadSeal: key must be 32 bytes");
    }
    const std::vector<std::uint8_t> nonce = randomBytes(kAeadNonceSize);
    const std::vector<std::uint8_t> body = chacha20Poly1305Encrypt(key.bytes(), nonce, plaintext, associatedData);
    std::vector<std::uint8_t> sealed;
    sealed.reserve(nonce.size() + body.size());
    sealed.insert(sealed.end(), nonce.begin(), nonce.end());
    sealed.insert(sealed.end(), body.begin(), body.end());
    return sealed;
}

std::optional<SecureBuffer> aeadOpen(const SecureBuffer& key, std::span<const std::uint8_t> sealed,
                                     std::span<const std::uint8_t> associatedData) {
    if (key.size() != kAeadKeySize) {
        throw std::invalid_argument("aeadOpen: key must be 32 bytes");
    }
    if (sealed.size() < kAeadOverhead) {
        return std::nullopt;
    }
    return chacha20Poly1305Decrypt(key.bytes(), sealed.first(kAeadNonceSize), sealed.subspan(kAeadNonceSize),
                                   associatedData);
}

} // namespace dc::crypto
