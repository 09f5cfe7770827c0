// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Random.h"

#include <botan/exceptn.h>
#include <botan/system_rng.h>

#include <stdexcept>
#include <string>

namespace dc::crypto {

void fillRandom(std::span<std::uint8_t> out) {
    if (out.empty()) {
        return;
    }
    try {
        Botan::system_rng().randomize(out.data(), out.size());
    } catch (const Botan::Exception& error) {
        // A failing kernel generator is fatal for the operation, never ignored; the error leaves as a standard type.
        throw std::runtime_error(std::string("system random generator failed: ") + error.what());
    }
}

std::vector<std::uint8_t> randomBytes(std::size_t count) {
    std::vector<std::uint8_t> bytes(count);
    fillRandom(bytes);
    return bytes;
}

SecureBuffer randomSecret(std::size_t count) {
    SecureBuffer secret(count);
    fillRandom(secret.bytes());
    return secret;
}

std::uint32_t randomBelow(std::uint32_t bound) {
    if (bound == 0) {
        throw std::invalid_argument("randomBelow: bound must be positive");
    }
    // Rejection sampling: 2^32 mod bound values at the bottom of the range would make the low results more
    // likely after `% bound`, so they are redrawn. (0u - bound) % bound == 2^32 mod bound in 32-bit arithmetic.
    // At least half the range is always accepted, so the expected number of draws is below 2.
    const std::uint32_t threshold = (0u - bound) % bound;
    for (;;) {
        std::uint8_t raw[4];
        fillRandom(raw);
        const std::uint32_t value = (std::uint32_t{raw[0]} << 24) | (std::uint32_t{raw[1]} << 16) |
                                    (std::uint32_t{raw[2]} << 8) | std::uint32_t{raw[3]};
        if (value >= threshold) {
            return value % bound;
        }
    }
}

} // namespace dc::crypto
