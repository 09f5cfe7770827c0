// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/Encoding.h"

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

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

// A length-prefixed UTF-8 field (crypto::appendLengthPrefixed), the bytes QString::toUtf8 makes. Encoded straight
// into `out` (the audit chain's and a check's content hashes are made for every event and check a hub imports);
// text with an unpaired surrogate goes through toUtf8, whose bytes for it ('?') the encoder would not write.
inline void appendLengthPrefixed(std::vector<std::uint8_t>& out, const QString& text) {
    const std::size_t at = out.size();
    out.resize(at + 4 + static_cast<std::size_t>(text.size()) * 3); // at most three bytes per UTF-16 unit
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    char* const begin = reinterpret_cast<char*>(out.data() + at + 4);
    const char* const end = encoder.appendToBuffer(begin, text);
    if (encoder.hasError()) {
        out.resize(at);
        crypto::appendLengthPrefixed(out, asBytes(text.toUtf8()));
        return;
    }
    const auto length = static_cast<std::uint32_t>(end - begin);
    for (int i = 0; i < 4; ++i) {
        out[at + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(length >> (24 - 8 * i));
    }
    out.resize(at + 4 + length);
}

} // namespace dc::core
