// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/Encoding.h"
#include "crypto/SecureBuffer.h"

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace dc::crypto::test {

// Vectors are written as hex exactly as their RFC prints them; a malformed literal is a bug in the test.
inline std::vector<std::uint8_t> hexBytes(std::string_view text) {
    std::optional<std::vector<std::uint8_t>> bytes = fromHex(text);
    if (!bytes) {
        throw std::logic_error("malformed hex literal in a test vector: " + std::string(text));
    }
    return *bytes;
}

inline SecureBuffer hexSecret(std::string_view text) {
    return SecureBuffer::copyOf(hexBytes(text));
}

inline std::span<const std::uint8_t> asBytes(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

inline std::vector<std::uint8_t> toVector(std::span<const std::uint8_t> bytes) {
    return {bytes.begin(), bytes.end()};
}

// For readable failure messages: compare hex strings rather than byte vectors.
inline std::string hexOf(std::span<const std::uint8_t> bytes) {
    return toHex(bytes);
}

} // namespace dc::crypto::test
