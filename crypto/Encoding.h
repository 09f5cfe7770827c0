// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dc::crypto {

// Lower-case hex. Decoding accepts upper and lower case and refuses anything else (odd length,
// whitespace, other characters) with nullopt; it never throws.
[[nodiscard]] std::string toHex(std::span<const std::uint8_t> bytes);
[[nodiscard]] std::optional<std::vector<std::uint8_t>> fromHex(std::string_view hex);
// The same decoding into caller-owned bytes, without allocating: false (and `out` unspecified) unless hex is exactly
// 2 * out.size() hex digits.
[[nodiscard]] bool fromHexInto(std::string_view hex, std::span<std::uint8_t> out) noexcept;
// The value of one hex digit (either case), -1 for anything else.
[[nodiscard]] int hexValue(char c) noexcept;
// Hex of a secret, written into caller-owned secure memory: out.size() must be 2 * bytes.size().
void toHexInto(std::span<const std::uint8_t> bytes, std::span<char> out) noexcept;

// Standard base64 (RFC 4648 section 4) with padding. Decoding refuses bad characters, bad padding and
// whitespace with nullopt; it never throws.
[[nodiscard]] std::string toBase64(std::span<const std::uint8_t> bytes);
[[nodiscard]] std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view text);

// Big-endian integer encodings used in every signed or hashed structure of the project.
void appendU32BigEndian(std::vector<std::uint8_t>& out, std::uint32_t value);
void appendU64BigEndian(std::vector<std::uint8_t>& out, std::uint64_t value);
// Appends u32be(length) || bytes. Every field of a structure we bind, MAC or hash is length-prefixed, so two
// different field lists never give the same bytes.
void appendLengthPrefixed(std::vector<std::uint8_t>& out, std::span<const std::uint8_t> bytes);

} // namespace dc::crypto
