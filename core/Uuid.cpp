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
    const std::string hex = crypto::toHex(b);
    return QString::fromLatin1(hex.substr(0, 8) + '-' + hex.substr(8, 4) + '-' + hex.substr(12, 4) + '-' +
                               hex.substr(16, 4) + '-' + hex.substr(20, 12));
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
