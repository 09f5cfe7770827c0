// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Hash.h"

#include <botan/mac.h>
#include <botan/secmem.h>
#include <botan/sha2_32.h>

#include <algorithm>
#include <stdexcept>

namespace dc::crypto {

namespace {

// SHA-256 processes 64-byte blocks (FIPS 180-4 section 1); HMAC keys longer than a block are hashed first
// (RFC 2104 section 2).
constexpr std::size_t kSha256BlockSize = 64;
// RFC 5869 section 2.3: L <= 255 * HashLen.
constexpr std::size_t kHkdfMaxOutput = 255 * kSha256Size;

std::unique_ptr<Botan::MessageAuthenticationCode> makeHmacSha256(std::span<const std::uint8_t> key) {
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    if (key.size() > kSha256BlockSize) {
        // Same result as HMAC's own key hashing (RFC 2104 section 2), done here so that Botan's 4096-byte key
        // limit never turns a long salt into an exception.
        const Sha256Digest hashedKey = sha256(key);
        mac->set_key(hashedKey.data(), hashedKey.size());
    } else {
        // An empty key is valid: HMAC pads the key with zeros to the block size, so an absent salt and
        // HashLen zero bytes (RFC 5869 section 2.2) give the same PRK.
        static constexpr std::uint8_t kNoKey = 0;
        mac->set_key(key.empty() ? &kNoKey : key.data(), key.size());
    }
    return mac;
}

} // namespace

Sha256Digest sha256(std::span<const std::uint8_t> data) {
    // Botan's SHA-256 itself, made for each call. (One kept per thread was tried: a thread of Qt's pool that outlived
    // Botan's locked-memory pool at process exit freed its buffers into the destroyed pool, and the Qt Quick tests
    // crashed at exit; it had brought no measurable speed.)
    Botan::SHA_256 hash;
    hash.update(data.data(), data.size());
    Sha256Digest digest{};
    hash.final(digest.data());
    return digest;
}

struct Sha256::Impl {
    Botan::SHA_256 hash;
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>()) {}
Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

Sha256& Sha256::update(std::span<const std::uint8_t> data) {
    if (!m_impl) {
        // A moved-from object starts again from the empty message instead of dereferencing null.
        m_impl = std::make_unique<Impl>();
    }
    m_impl->hash.update(data.data(), data.size());
    return *this;
}

Sha256& Sha256::update(std::string_view text) {
    return update(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

Sha256& Sha256::updateU64BigEndian(std::uint64_t value) {
    std::uint8_t bytes[8];
    for (int i = 7; i >= 0; --i) {
        bytes[i] = static_cast<std::uint8_t>(value & 0xffu);
        value >>= 8;
    }
    return update(bytes);
}

Sha256Digest Sha256::finish() {
    if (!m_impl) {
        m_impl = std::make_unique<Impl>();
    }
    Sha256Digest digest{};
    m_impl->hash.final(digest.data()); // Botan's final() also resets the state
    return digest;
}

Sha256Digest hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> message) {
    auto mac = makeHmacSha256(key);
    mac->update(message.data(), message.size());
    Sha256Digest tag{};
    mac->final(tag.data());
    return tag;
}

SecureBuffer hkdfExtract(std::span<const std::uint8_t> salt, std::span<const std::uint8_t> ikm) {
    // RFC 5869 section 2.2: PRK = HMAC-Hash(salt, IKM).
    auto mac = makeHmacSha256(salt);
    mac->update(ikm.data(), ikm.size());
    SecureBuffer prk(kSha256Size);
    mac->final(prk.data());
    return prk;
}

SecureBuffer hkdfExpand(std::span<const std::uint8_t> prk, std::span<const std::uint8_t> info, std::size_t length) {
    if (length > kHkdfMaxOutput) {
        throw std::invalid_argument("hkdfExpand: length exceeds 255 * HashLen (RFC 5869 section 2.3)");
    }
    if (prk.size() < kSha256Size) {
        throw std::invalid_argument("hkdfExpand: PRK shorter than HashLen (RFC 5869 section 2.3)");
    }
    // RFC 5869 section 2.3: T(i) = HMAC-Hash(PRK, T(i-1) | info | i), OKM = first L octets of T(1) | T(2) | ...
    auto mac = makeHmacSha256(prk);
    SecureBuffer okm(length);
    Botan::secure_vector<std::uint8_t> block(kSha256Size);
    std::size_t written = 0;
    for (std::uint8_t counter = 1; written < length; ++counter) {
        if (counter > 1) {
            mac->update(block.data(), block.size());
        }
        mac->update(info.data(), info.size());
        mac->update(counter);
        mac->final(block.data());
        const std::size_t take = std::min(block.size(), length - written);
        std::copy_n(block.begin(), take, okm.data() + written);
        written += take;
    }
    return okm;
}

} // namespace dc::crypto
