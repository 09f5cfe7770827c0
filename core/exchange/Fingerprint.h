// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/Ed25519.h"
#include "crypto/X25519.h"

#include <QString>

#include <optional>

namespace dc::core::exchange {

// The enrollment fingerprint read out by phone (docs/HUB.md "Enrollment"): the first 16 bytes of
// SHA-256("doichieu-enroll/v1" ‖ site UUID ‖ Ed25519 public ‖ X25519 public) as a big-endian 128-bit number, modulo
// 10^24, as 24 zero-padded decimal digits. The UUID is its 36-character text, lower case, as stored in `site.uuid`.
// Digits, because they read aloud the same in Vietnamese.
inline constexpr int kFingerprintDigits = 24;
[[nodiscard]] QString enrollmentFingerprint(const QString& siteUuid, const crypto::Ed25519PublicKey& signingPublic,
                                            const crypto::X25519PublicKey& boxPublic);
// "0412 9981 …": six groups of four digits. Given anything other than 24 digits, returns it unchanged.
[[nodiscard]] QString formatFingerprint(const QString& digits);
// A fingerprint as typed: any separators (white space, '-', '–', '—', '.', ',', '_', '/') between ASCII digits.
// nullopt for any other character or for other than 24 digits.
[[nodiscard]] std::optional<QString> normaliseFingerprint(const QString& typed);

} // namespace dc::core::exchange
