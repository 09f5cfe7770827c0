// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace dc::crypto {

// ChaCha20-Poly1305 as RFC 8439 section 2.8 (IETF variant: 32-byte key, 12-byte nonce, 16-byte tag).
inline constexpr std::size_t kAeadKeySize = 32;
inline constexpr std::size_t kAeadNonceSize = 12;
inline constexpr std::size_t kAeadTagSize = 16;
inline constexpr std::size_t kAeadOverhead = kAeadNonceSize + kAeadTagSize;

// Seals with a fresh random nonce and returns nonce || ciphertext || tag. Every key the project seals under
// is either fresh per message (derived from a fresh salt) or used for few messages, so 96-bit random nonces
// stay far from the collision bound. Throws std::invalid_argument when key.size() != kAeadKeySize.
[[nodiscard]] std::vector<std::uint8_t> aeadSeal(const SecureBuffer& key, std::span<const std::uint8_t> plaintext,
                                                 std::span<const std::uint8_t> associatedData);
// Opens what aeadSeal produced. Any change to nonce, ciphertext, tag or associated data, a wrong key or a
// too-short input gives nullopt; no partial plaintext is ever returned. A key that is not 32 bytes long is a
// programming error: std::invalid_argument, as for aeadSeal.
[[nodiscard]] std::optional<SecureBuffer> aeadOpen(const SecureBuffer& key, std::span<const std::uint8_t> sealed,
                                                   std::span<const std::uint8_t> associatedData);

// The same primitive with the nonce chosen by the caller (HPKE derives its nonces; known-answer tests).
// encrypt returns ciphertext || tag. Both throw std::invalid_argument on a wrong key or nonce size (a programming
// error); decrypt gives nullopt for anything shorter than a tag or failing authentication.
[[nodiscard]] std::vector<std::uint8_t> chacha20Poly1305Encrypt(std::span<const std::uint8_t> key,
                                                                std::span<const std::uint8_t> nonce,
                                                                std::span<const std::uint8_t> plaintext,
                                                                std::span<const std::uint8_t> associatedData);
[[nodiscard]] std::optional<SecureBuffer> chacha20Poly1305Decrypt(std::span<const std::uint8_t> key,
                                                                  std::span<const std::uint8_t> nonce,
                                                                  std::span<const std::uint8_t> ciphertextAndTag,
                                                                  std::span<const std::uint8_t> associatedData);

} // namespace dc::crypto
