// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "crypto/Ed25519.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

// The signed headers of the travelling files that the receiving side reads field by field before it trusts anything
// (docs/HUB.md "Enrollment", "Bundles"): an enrollment request and a welcome package (read before their signature is
// checked, since the header names the key that signed them) and a bundle's header (read to find its sender). Each
// reader checks every field's type, shape and bounds and refuses anything else; none reads a database, so the fuzz
// target `headers` (tests/fuzz) feeds them directly.
namespace dc::core::exchange {

inline constexpr const char* kEnrollRequestFormat = "doichieu-enroll-request/1";
inline constexpr const char* kWelcomeFormat = "doichieu-welcome/1";
inline constexpr const char* kBundleFormat = "doichieu-bundle/1";
inline constexpr const char* kBundleJsonZstd = "json-zstd"; // a bundle header's `encoding`: compressed
inline constexpr const char* kBundleJson = "json";          // the JSON itself (also when `encoding` is absent)

// A commune's enrollment request (`enroll request`), as `enroll accept` reads it.
struct EnrollmentRequestHeader {
    QString site; // its site UUID, lower case, with dashes
    QString siteName;
    crypto::Ed25519PublicKey signing{};
    crypto::X25519PublicKey box{};
    QString checkpoint; // a signed note (audit::verifyCheckpoint), at most 1,024 characters
};
// Damaged (exchange::Refusal) with the first missing or malformed field named, or a format not ours.
[[nodiscard]] Result<EnrollmentRequestHeader> readEnrollmentRequestHeader(const QJsonObject& header);

// The hub's welcome package (`enroll accept`), as `enroll finish` reads it.
struct WelcomeHeader {
    QString hub; // the hub's site UUID
    QString hubName;
    crypto::Ed25519PublicKey signing{};
    crypto::X25519PublicKey box{};
    QString site; // the commune's site UUID it is addressed to
    std::int64_t epoch = 0;
    QString district;
    QString commune;
    QString siteFingerprint;          // 24 digits: the keys the hub pinned for the site
    std::optional<QDate> entryCutoff; // the campaign's cutoff, when the hub sent one (an earlier hub sent none)
};
[[nodiscard]] Result<WelcomeHeader> readWelcomeHeader(const QJsonObject& header);

// A bundle's signed header, as the hub's import reads it.
struct BundleHeader {
    QString site;
    qint64 epoch = 0;
    QString hub;
    QString recipientKey;
    qint64 sequence = 0;
    QString previous;
    qint64 firstEvent = 0;
    qint64 lastEvent = 0;
    QByteArray checkpoint;
    qint64 checks = 0;
    QString createdAt;
    // The payload's `encoding`: "json-zstd" (a Zstandard frame of the JSON, what exports write) or "json" (the JSON
    // itself; also when the field is absent, as in bundles written before it).
    bool compressed = false;
};
// nullopt for any field missing, of the wrong type or outside its bounds (the import says "malformed").
[[nodiscard]] std::optional<BundleHeader> readBundleHeader(const QJsonObject& header);

} // namespace dc::core::exchange
