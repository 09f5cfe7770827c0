// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What the fuzz targets share (README.md): fixed keys, so that the committed seeds (made by doichieu-fuzz-seeds with
// the same keys) get past the signature and into what follows it, and the one way a target says an invariant broke.
namespace dc::fuzz {

// A site UUID for checkpoints; fictional.
inline const QString kSiteUuid = QStringLiteral("0d9a2c0e-5b7e-4c1d-9f43-2f6a1c3e8b10");

// 32 bytes of `fill`: the fixed secrets. Test keys only; never used outside the fuzz targets and their seeds.
inline crypto::SecureBuffer fixedSecret(std::uint8_t fill) {
    std::array<std::uint8_t, 32> bytes{};
    bytes.fill(fill);
    return crypto::SecureBuffer::copyOf(bytes);
}
inline crypto::SecureBuffer signingSeed() {
    return fixedSecret(0x5a);
}
inline crypto::SecureBuffer boxPrivate() {
    return fixedSecret(0x3c);
}
inline const crypto::Ed25519PublicKey& signingPublic() {
    static const crypto::Ed25519PublicKey key = crypto::ed25519PublicKey(signingSeed());
    return key;
}
inline const crypto::X25519PublicKey& boxPublic() {
    static const crypto::X25519PublicKey key = crypto::x25519PublicKey(boxPrivate());
    return key;
}

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// An invariant of a parser broke (what it accepted does not read back, say): abort, which both libFuzzer and the
// replay driver report as a failure with the input that caused it.
[[noreturn]] inline void invariantBroken(const char* what) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace dc::fuzz
