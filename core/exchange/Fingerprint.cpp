// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/exchange/Fingerprint.h"

#include "core/Bytes.h"
#include "crypto/Hash.h"

#include <array>
#include <cstdint>

namespace dc::core::exchange {
namespace {

constexpr std::uint64_t kMillion = 1'000'000;

// Divides the 128-bit big-endian number held in four 32-bit limbs by 10^6 in place and returns the remainder. Each step
// keeps remainder * 2^32 + limb below 10^6 * 2^32 < 2^52, so 64-bit arithmetic is exact (no compiler-specific 128-bit
// type).
std::uint64_t divideByMillion(std::array<std::uint32_t, 4>& limbs) {
    std::uint64_t remainder = 0;
    for (auto& limb : limbs) {
        const std::uint64_t value = (remainder << 32) | limb;
        limb = static_cast<std::uint32_t>(value / kMillion);
        remainder = value % kMillion;
    }
    return remainder;
}

bool isSeparator(QChar c) {
    return c.isSpace() || c == u'-' || c == u'.' || c == u',' || c == u'_' || c == u'/' || c == QChar(0x2013) ||
           c == QChar(0x2014);
}

} // namespace

QString enrollmentFingerprint(const QString& siteUuid, const crypto::Ed25519PublicKey& signingPublic,
                              const crypto::X25519PublicKey& boxPublic) {
    crypto::Sha256 hash;
    hash.update(std::string_view("doichieu-enroll/v1"));
    hash.update(asBytes(siteUuid.toUtf8()));
    hash.update(signingPublic);
    hash.update(boxPublic);
    const auto digest = hash.finish();
    std::array<std::uint32_t, 4> limbs{};
    for (std::size_t i = 0; i < limbs.size(); ++i) {
        limbs[i] = (std::uint32_t{digest[4 * i]} << 24) | (std::uint32_t{digest[4 * i + 1]} << 16) |
                   (std::uint32_t{digest[4 * i + 2]} << 8) | std::uint32_t{digest[4 * i + 3]};
    }
    // The number modulo 10^24 is its four lowest base-10^6 digits.
    QString digits;
    for (int group = 0; group < kFingerprintDigits / 6; ++group)
        digits.prepend(QStringLiteral("%1").arg(divideByMillion(limbs), 6, 10, QLatin1Char('0')));
    return digits;
}

QString formatFingerprint(const QString& digits) {
    if (digits.size() != kFingerprintDigits)
        return digits;
    QString out;
    for (int i = 0; i < kFingerprintDigits; i += 4) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += digits.mid(i, 4);
    }
    return out;
}

std::optional<QString> normaliseFingerprint(const QString& typed) {
    QString digits;
    for (const QChar c : typed) {
        if (c >= u'0' && c <= u'9') {
            if (digits.size() == kFingerprintDigits)
                return std::nullopt;
            digits += c;
        } else if (!isSeparator(c)) {
            return std::nullopt;
        }
    }
    if (digits.size() != kFingerprintDigits)
        return std::nullopt;
    return digits;
}

} // namespace dc::core::exchange
