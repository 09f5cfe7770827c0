// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/Uuid.h"

#include "crypto/Encoding.h"
#include "crypto/Random.h"

#include <QDateTime>

#include <array>

namespace dc::core {

QString rowUuidAt(std::int64_t unixMilliseconds, std::uint64_t randomA, std::uint64_t randomB) {
    const auto ms = static_cast<std::uint64_t>(unixMilliseconds) & 0xFFFF'FFFF'FFFFULL; // 48 bits
    std::array<std::uint8_t, 16> b{};
    for (int i = 0; i < 6; ++i) {
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms >> (8U * static_cast<unsigned>(5 - i)));
    }
    b[6] = static_cast<std::uint8_t>(0x70U | ((randomA >> 8U) & 0x0FU)); // version 7, rand_a's high 4 bits
    b[7] = static_cast<std::uint8_t>(randomA & 0xFFU);
    const std::uint64_t tail = (randomB & 0x3FFF'FFFF'FFFF'FFFFULL) | 0x8000'0000'0000'0000ULL; // variant 10
    for (int i = 0; i < 8; ++i) {
        b[static_cast<std::size_t>(8 + i)] = static_cast<std::uint8_t>(tail >> (8U * static_cast<unsigned>(7 - i)));
    }
    return uuidText(b);
}

std::optional<UuidBytes> uuidBytes(std::string_view text) noexcept {
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-') {
        return std::nullopt;
    }
    std::array<char, 32> hex{};
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i != 8 && i != 13 && i != 18 && i != 23) {
            hex[n++] = text[i];
        }
    }
    UuidBytes bytes{};
    if (!crypto::fromHexInto(std::string_view(hex.data(), hex.size()), bytes)) {
        return std::nullopt;
    }
    return bytes;
}

std::optional<UuidBytes> uuidBytes(const QString& text) {
    if (text.size() != 36) {
        return std::nullopt;
    }
    std::array<char, 36> latin1{};
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c > 0x7F) {
            return std::nullopt;
        }
        latin1[static_cast<std::size_t>(i)] = static_cast<char>(c);
    }
    return uuidBytes(std::string_view(latin1.data(), latin1.size()));
}

QString uuidText(std::span<const std::uint8_t> bytes) {
    if (bytes.size() != 16) {
        return {};
    }
    std::array<char, 32> hex{};
    crypto::toHexInto(bytes, hex);
    QString text(36, Qt::Uninitialized);
    QChar* out = text.data();
    std::size_t h = 0;
    for (int i = 0; i < 36; ++i) {
        out[i] = (i == 8 || i == 13 || i == 18 || i == 23) ? QLatin1Char('-') : QLatin1Char(hex[h++]);
    }
    return text;
}

QString newRowUuid() {
    std::array<std::uint8_t, 10> random{}; // 74 of these 80 bits are used
    crypto::fillRandom(random);
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        a = (a << 8U) | random[i];
    }
    for (std::size_t i = 2; i < random.size(); ++i) {
        b = (b << 8U) | random[i];
    }
    return rowUuidAt(QDateTime::currentMSecsSinceEpoch(), a, b);
}

} // namespace dc::core
