// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/Encoding.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace dc::core {

// Byte views for handing Qt and string data to crypto/, which speaks std::span<const std::uint8_t>.
[[nodiscard]] inline std::span<const std::uint8_t> asBytes(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}
[[nodiscard]] inline std::span<const std::uint8_t> asBytes(const QByteArray& bytes) {
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

// A length-prefixed UTF-8 field (crypto::appendLengthPrefixed).
inline void appendLengthPrefixed(std::vector<std::uint8_t>& out, const QString& text) {
    crypto::appendLengthPrefixed(out, asBytes(text.toUtf8()));
}

} // namespace dc::core
