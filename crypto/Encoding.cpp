// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Encoding.h"

#include <algorithm>
#include <array>

namespace dc::crypto {

namespace {

// A nibble (0..15) to its lower-case hex digit with no table look-up and no branch, so that hex-encoding a
// secret (toHexInto) does not leak it through data-dependent memory access or timing.
// For n <= 9, (9 - n) >> 8 is 0 and the result is '0' + n; for n >= 10 it is all ones and adds 'a' - '0' - 10.
char hexDigit(unsigned nibble) noexcept {
    const unsigned n = nibble & 0x0fu;
    const unsigned letterOffset = ((9u - n) >> 8) & static_cast<unsigned>('a' - '0' - 10);
    return static_cast<char>('0' + n + letterOffset);
}

// RFC 4648 section 4, table 1.
constexpr std::string_view kBase64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64Pad = '=';

int base64Value(char c) noexcept {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

} // namespace

namespace {

// Each byte's value as a hex digit, -1 for anything else: a look-up instead of three comparisons (the hub decodes two
// hashes of every event it imports).
constexpr std::array<std::int8_t, 256> kHexValues = [] {
    std::array<std::int8_t, 256> values{};
    values.fill(-1);
    for (int i = 0; i < 10; ++i) {
        values[static_cast<std::size_t>('0' + i)] = static_cast<std::int8_t>(i);
    }
    for (int i = 0; i < 6; ++i) {
        values[static_cast<std::size_t>('a' + i)] = static_cast<std::int8_t>(10 + i);
        values[static_cast<std::size_t>('A' + i)] = static_cast<std::int8_t>(10 + i);
    }
    return values;
}();

} // namespace

int hexValue(char c) noexcept {
    return kHexValues[static_cast<unsigned char>(c)];
}

std::string toHex(std::span<const std::uint8_t> bytes) {
    std::string hex(bytes.size() * 2, '\0');
    toHexInto(bytes, hex);
    return hex;
}

std::optional<std::vector<std::uint8_t>> fromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> bytes(hex.size() / 2);
    if (!fromHexInto(hex, bytes)) {
        return std::nullopt;
    }
    return bytes;
}

bool fromHexInto(std::string_view hex, std::span<std::uint8_t> out) noexcept {
    if (hex.size() != 2 * out.size()) {
        return false;
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int high = kHexValues[static_cast<unsigned char>(hex[2 * i])];
        const int low = kHexValues[static_cast<unsigned char>(hex[2 * i + 1])];
        if ((high | low) < 0) {
            return false;
        }
        out[i] = static_cast<std::uint8_t>((high << 4) | low);
    }
    return true;
}

void toHexInto(std::span<const std::uint8_t> bytes, std::span<char> out) noexcept {
    // The contract is out.size() == 2 * bytes.size(); write no further than the smaller of the two.
    const std::size_t count = std::min(bytes.size(), out.size() / 2);
    for (std::size_t i = 0; i < count; ++i) {
        out[2 * i] = hexDigit(bytes[i] >> 4);
        out[2 * i + 1] = hexDigit(bytes[i]);
    }
}

std::string toBase64(std::span<const std::uint8_t> bytes) {
    std::string text;
    text.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t group = (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8) | bytes[i + 2];
        text.push_back(kBase64Alphabet[(group >> 18) & 0x3f]);
        text.push_back(kBase64Alphabet[(group >> 12) & 0x3f]);
        text.push_back(kBase64Alphabet[(group >> 6) & 0x3f]);
        text.push_back(kBase64Alphabet[group & 0x3f]);
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t group = std::uint32_t{bytes[i]} << 16;
        text.push_back(kBase64Alphabet[(group >> 18) & 0x3f]);
        text.push_back(kBase64Alphabet[(group >> 12) & 0x3f]);
        text.push_back(kBase64Pad);
        text.push_back(kBase64Pad);
    } else if (rest == 2) {
        const std::uint32_t group = (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8);
        text.push_back(kBase64Alphabet[(group >> 18) & 0x3f]);
        text.push_back(kBase64Alphabet[(group >> 12) & 0x3f]);
        text.push_back(kBase64Alphabet[(group >> 6) & 0x3f]);
        text.push_back(kBase64Pad);
    }
    return text;
}

std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view text) {
    // RFC 4648 section 4 with padding: whole 4-character groups only.
    if (text.size() % 4 != 0) {
        return std::nullopt;
    }
    std::size_t padding = 0;
    if (!text.empty() && text.back() == kBase64Pad) {
        padding = text[text.size() - 2] == kBase64Pad ? 2 : 1;
    }
    std::vector<std::uint8_t> bytes;
    bytes.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool lastGroup = i + 4 == text.size();
        const std::size_t padHere = lastGroup ? padding : 0;
        std::uint32_t group = 0;
        for (std::size_t j = 0; j < 4; ++j) {
            int value = 0;
            if (j < 4 - padHere) {
                value = base64Value(text[i + j]);
                if (value < 0) { // any other character, '=' in the middle, whitespace
                    return std::nullopt;
                }
            }
            group = (group << 6) | static_cast<std::uint32_t>(value);
        }
        // RFC 4648 section 3.5: the bits below the last full byte must be zero. Refusing otherwise keeps the
        // encoding canonical (one text per byte string).
        if ((padHere == 1 && (group & 0xffu) != 0) || (padHere == 2 && (group & 0xffffu) != 0)) {
            return std::nullopt;
        }
        bytes.push_back(static_cast<std::uint8_t>(group >> 16));
        if (padHere < 2) {
            bytes.push_back(static_cast<std::uint8_t>(group >> 8));
        }
        if (padHere < 1) {
            bytes.push_back(static_cast<std::uint8_t>(group));
        }
    }
    return bytes;
}

void appendU32BigEndian(std::vector<std::uint8_t>& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.push_back(static_cast<std::uint8_t>(value >> shift));
    }
}

void appendU64BigEndian(std::vector<std::uint8_t>& out, std::uint64_t value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
        out.push_back(static_cast<std::uint8_t>(value >> shift));
    }
}

void appendLengthPrefixed(std::vector<std::uint8_t>& out, std::span<const std::uint8_t> bytes) {
    appendU32BigEndian(out, static_cast<std::uint32_t>(bytes.size()));
    out.insert(out.end(), bytes.begin(), bytes.end());
}

} // namespace dc::crypto
