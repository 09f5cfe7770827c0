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

// Appends the text's UTF-8 to `out` (a std::string or a std::vector of bytes): the bytes QString::toUtf8 makes,
// encoded straight into `out` (the hub does this for every event and check it imports). Text with an unpaired
// surrogate goes through toUtf8, whose bytes for it ('?') the encoder would not write.
template <typename Buffer> void appendUtf8(Buffer& out, const QString& text) {
    const std::size_t at = out.size();
    out.resize(at + static_cast<std::size_t>(text.size()) * 3); // at most three bytes per UTF-16 unit
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    char* const begin = reinterpret_cast<char*>(out.data() + at);
    const char* const end = encoder.appendToBuffer(begin, text);
    if (encoder.hasError()) {
        out.resize(at);
        const QByteArray utf8 = text.toUtf8();
        out.insert(out.end(), utf8.begin(), utf8.end());
        return;
    }
    out.resize(at + static_cast<std::size_t>(end - begin));
}

// A length-prefixed UTF-8 field (crypto::appendLengthPrefixed): the same bytes as the text's toUtf8 given to it.
inline void appendLengthPrefixed(std::vector<std::uint8_t>& out, const QString& text) {
    const std::size_t at = out.size();
    out.resize(at + 4);
    appendUtf8(out, text);
    const auto length = static_cast<std::uint32_t>(out.size() - at - 4);
    for (std::size_t i = 0; i < 4; ++i) {
        out[at + i] = static_cast<std::uint8_t>(length >> (24 - 8 * i));
    }
}

} // namespace dc::core
