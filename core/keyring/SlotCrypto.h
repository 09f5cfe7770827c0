// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/keyring/Keyring.h"
#include "core/keyring/RecoveryCode.h"
#include "crypto/SecureBuffer.h"

#include <optional>
#include <string_view>

namespace dc::core::keyring {

// Sealing and opening of keyring slots. Every seal is bound to slotBinding() (database, slot, user,
// Argon2id parameters, salt, public key), so a slot moved to another user, site or parameter set fails to open; the
// seals to the slot's public key and the MAC are also bound to the database key's generation (generationBinding).

// A new slot for `userName`: fresh salt and X25519 key pair, the private key sealed under
// Argon2id(password), the database key sealed to the public key, and the slot's MAC.
[[nodiscard]] UserSlot createUserSlot(const QString& databaseId, const QString& userName,
                                      const crypto::SecureBuffer& password, crypto::Argon2Params kdf,
                                      const crypto::SecureBuffer& databaseKey, int generation);

// The password check: derives the wrapping key (one Argon2id run) and opens the slot's private key.
// nullopt means a wrong password (or a damaged slot: the two cannot be told apart, by design).
[[nodiscard]] std::optional<crypto::SecureBuffer> openSlotPrivateKey(const QString& databaseId, const UserSlot& slot,
                                                                     const crypto::SecureBuffer& password);
[[nodiscard]] std::optional<crypto::SecureBuffer> openDatabaseKey(const QString& databaseId, const UserSlot& slot,
                                                                  const crypto::SecureBuffer& privateKey,
                                                                  const SealedKey& sealed, int generation);
[[nodiscard]] SealedKey sealDatabaseKey(const QString& databaseId, const UserSlot& slot,
                                        const crypto::SecureBuffer& databaseKey, int generation);

// The generation root of a supervisor's slot (RecoveryCode::generationRoot): 32 bytes, sealed to the slot's public
// key and bound to slotBinding only, so it outlives a change of generation.
[[nodiscard]] SealedKey sealGenerationRoot(const QString& databaseId, const UserSlot& slot,
                                           const crypto::SecureBuffer& root);
[[nodiscard]] std::optional<crypto::SecureBuffer> openGenerationRoot(const QString& databaseId, const UserSlot& slot,
                                                                     const crypto::SecureBuffer& privateKey,
                                                                     const SealedKey& sealed);

[[nodiscard]] RecoverySlot createRecoverySlot(const QString& databaseId, const RecoveryCode& code,
                                              const crypto::SecureBuffer& databaseKey);
// True when the code's public key is the slot's (constant-time comparison).
[[nodiscard]] bool recoveryCodeMatches(const RecoverySlot& slot, const RecoveryCode& code);

// Slot MACs let `check` find a damaged slot of any account, not only the signed-in one's, once the
// database key is known. Keyed by HKDF(database key), so only someone who can open the database can forge one.
void updateMac(const QString& databaseId, UserSlot& slot, const crypto::SecureBuffer& databaseKey, int generation);
void updateMac(const QString& databaseId, RecoverySlot& slot, const crypto::SecureBuffer& databaseKey);
[[nodiscard]] bool verifyMac(const QString& databaseId, const UserSlot& slot, const crypto::SecureBuffer& databaseKey,
                             int generation);
[[nodiscard]] bool verifyMac(const QString& databaseId, const RecoverySlot& slot,
                             const crypto::SecureBuffer& databaseKey);

} // namespace dc::core::keyring
