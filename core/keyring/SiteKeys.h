// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/keyring/Keyring.h"
#include "core/keyring/RecoveryCode.h"
#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"
#include "crypto/X25519.h"

#include <QString>

#include <optional>

namespace dc::core::keyring {

// The site's own key pairs: Ed25519 signs the checkpoints of its audit chain (and, later, its bundles); X25519 opens
// what the hub seals to the site. Their secret halves are sealed to each supervisor's slot (SealedSiteKeys) and once
// to the recovery code's key pair (kept in the database, so a keyring rebuilt from the code still reaches them) —
// never to a volunteer's slot: whoever can open the database, every volunteer included, can change rows, but not make
// a valid signature over the change (DESIGN.md "Audit and integrity"). Their public halves are stored in the
// database with the key id.
struct SiteKeys {
    crypto::SecureBuffer signingSeed; // Ed25519 seed, 32 bytes
    crypto::SecureBuffer boxPrivate;  // X25519 private key, 32 bytes
    crypto::Ed25519PublicKey signingPublic{};
    crypto::X25519PublicKey boxPublic{};
    QString keyId; // keyIdOf(signingPublic, boxPublic)
};

[[nodiscard]] SiteKeys generateSiteKeys();
// Hex of the first 8 bytes of SHA-256("doichieu-site-key/v1" ‖ signing public ‖ box public): names a key pair in the
// keyring, the database and checkpoints' notices; also its printed fingerprint.
[[nodiscard]] QString keyIdOf(const crypto::Ed25519PublicKey& signingPublic, const crypto::X25519PublicKey& boxPublic);
// SHA-256 of the signing public key in groups ("3f2a 91c0 …", 16 bytes): what a volunteer is shown for a key it cannot
// anchor, and what the hub will pin.
[[nodiscard]] QString fingerprintOf(const crypto::Ed25519PublicKey& signingPublic);

// Sealed to a supervisor's slot (HPKE, bound to the slot's binding and the key id; it outlives a change of
// generation).
[[nodiscard]] SealedSiteKeys sealSiteKeys(const QString& databaseId, const UserSlot& slot, const SiteKeys& keys);
// Opens and checks: the public keys derived from the secrets must give the sealed key id. nullopt otherwise.
[[nodiscard]] std::optional<SiteKeys> openSiteKeys(const QString& databaseId, const UserSlot& slot,
                                                   const crypto::SecureBuffer& slotPrivateKey,
                                                   const SealedSiteKeys& sealed);

// The copy kept in the database, sealed to the recovery code's key pair.
[[nodiscard]] SealedKey sealSiteKeysForRecovery(const QString& databaseId,
                                                const crypto::X25519PublicKey& recoveryPublic, const SiteKeys& keys);
[[nodiscard]] std::optional<SiteKeys> openSiteKeysWithCode(const QString& databaseId, const RecoveryCode& code,
                                                           const QString& keyId, const SealedKey& sealed);

} // namespace dc::core::keyring
