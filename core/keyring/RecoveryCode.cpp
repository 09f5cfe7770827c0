// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/keyring/RecoveryCode.h"

#include "core/Bytes.h"
#include "core/store/Database.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/Hpke.h"
#include "crypto/Random.h"

namespace dc::core::keyring {

namespace {
// Domain separation for everything derived from the code (RFC 5869 section 3.1: a salt may be a constant).
constexpr std::string_view kRecoverySalt = "doichieu-recovery/v1";

} // namespace

RecoveryCode RecoveryCode::generate() {
    crypto::SecureBuffer digits(kDigits);
    for (int i = 0; i < kDigits; ++i) {
        digits.data()[i] = static_cast<std::uint8_t>('0' + crypto::randomBelow(10));
    }
    return RecoveryCode(std::move(digits));
}

std::optional<RecoveryCode> RecoveryCode::parse(std::string_view typed) {
    crypto::SecureBuffer digits(kDigits);
    int count = 0;
    for (const char c : typed) {
        if (c >= '0' && c <= '9') {
            if (count == kDigits) {
                return std::nullopt;
            }
            digits.data()[count++] = static_cast<std::uint8_t>(c);
        } else if (c != ' ' && c != '-' && c != '.' && c != '\t' && c != '\r' && c != '\n') {
            return std::nullopt;
        }
    }
    if (count != kDigits) {
        return std::nullopt;
    }
    return RecoveryCode(std::move(digits));
}

crypto::SecureBuffer RecoveryCode::grouped() const {
    crypto::SecureBuffer out(kDigits + kDigits / kGroupSize - 1);
    int at = 0;
    for (int i = 0; i < kDigits; ++i) {
        if (i > 0 && i % kGroupSize == 0) {
            out.data()[at++] = '-';
        }
        out.data()[at++] = m_digits.data()[i];
    }
    return out;
}

crypto::SecureBuffer RecoveryCode::expand(std::string_view label) const {
    const crypto::SecureBuffer root = crypto::hkdfExtract(asBytes(kRecoverySalt), m_digits.bytes());
    return crypto::hkdfExpand(root.bytes(), asBytes(label), 32);
}

crypto::SecureBuffer RecoveryCode::databaseKey(int generation) const {
    static_assert(store::kDatabaseKeySize == 32);
    return generation == 0 ? expand("database-key") : databaseKeyFromRoot(generationRoot(), generation);
}

crypto::SecureBuffer RecoveryCode::generationRoot() const {
    return expand("generation-root");
}

crypto::SecureBuffer RecoveryCode::databaseKeyFromRoot(const crypto::SecureBuffer& generationRoot, int generation) {
    // HKDF-Expand(root, "database-key/g" ‖ u32be(g)): each generation's key, independent of the others.
    std::vector<std::uint8_t> info(asBytes(std::string_view("database-key/g")).begin(),
                                   asBytes(std::string_view("database-key/g")).end());
    crypto::appendU32BigEndian(info, static_cast<std::uint32_t>(generation));
    return crypto::hkdfExpand(generationRoot.bytes(), info, 32);
}

crypto::X25519KeyPair RecoveryCode::slotKeyPair() const {
    const crypto::SecureBuffer ikm = expand("recovery-slot");
    return crypto::hpkeDeriveKeyPair(ikm.bytes());
}

} // namespace dc::core::keyring
