// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "crypto/Argon2id.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace dc::core::keyring {

// The keyring file (`<database>.keyring`, JSON) holds everything needed to get from a password or the
// recovery code to the database key. It is not encrypted as a whole: every secret in it is sealed, and it
// holds no citizen data (user names are log-in names). Format: docs/KEYRING.md.
inline constexpr int kKeyringFormatVersion = 1;
inline constexpr const char* kKeyringFormatName = "doichieu-keyring";
// A keyring of a few hundred accounts is a few hundred KiB; anything far larger is not ours.
inline constexpr qint64 kMaxKeyringBytes = 4 * 1024 * 1024;

// The database key sealed to a slot's X25519 public key with RFC 9180 HPKE base mode.
struct SealedKey {
    std::vector<std::uint8_t> enc;
    std::vector<std::uint8_t> ciphertext;
};

// One account's way in. The slot's X25519 private key is sealed (ChaCha20-Poly1305) under a key derived
// from the password with Argon2id; the database key is sealed to the slot's public key. So a re-key can
// reseal the new database key for every account without anyone's password.
struct UserSlot {
    QString id;       // UUID, fixed for the slot's life
    QString userName; // the account's log-in name
    crypto::Argon2Params kdf;
    std::vector<std::uint8_t> salt; // Argon2id salt, 16 bytes
    crypto::X25519PublicKey publicKey{};
    std::vector<std::uint8_t> sealedPrivateKey; // nonce || ciphertext || tag (12 + 32 + 16 bytes)
    SealedKey databaseKey;
    std::optional<SealedKey> pendingDatabaseKey; // during a re-key only
    std::vector<std::uint8_t> mac;               // HMAC-SHA256 under a key derived from the database key
    QString createdAt;
};

// The recovery code's public half: lets the program tell a wrong code from a right one without touching
// the database. The database key itself is derived from the code (RecoveryCode.h).
struct RecoverySlot {
    QString id;
    crypto::X25519PublicKey publicKey{};
    std::vector<std::uint8_t> mac;
    QString createdAt;
};

struct Keyring {
    QString databaseId; // the site's UUID, also stored inside the database
    QString siteName;
    crypto::Argon2Params kdf; // parameters for new slots, calibrated at set-up
    std::vector<UserSlot> users;
    RecoverySlot recovery;
    std::optional<RecoverySlot> pendingRecovery; // during a re-key only

    [[nodiscard]] const UserSlot* findUser(const QString& userName) const;
    [[nodiscard]] UserSlot* findUser(const QString& userName);
    [[nodiscard]] bool hasPendingRekey() const;
};

[[nodiscard]] QByteArray serialize(const Keyring& keyring);
// Strict: every field present, of the right type and size, Argon2id parameters within bounds, unique slot
// ids and user names. The error's detail names the damaged slot and field.
[[nodiscard]] Result<Keyring> parse(const QByteArray& json);

// The bytes every seal of a slot is bound to (AEAD associated data, HPKE aad, MAC input): the database id,
// the slot id, its kind and user, its Argon2id parameters, salt and public key, each length-prefixed.
[[nodiscard]] std::vector<std::uint8_t> slotBinding(const QString& databaseId, const UserSlot& slot);
[[nodiscard]] std::vector<std::uint8_t> recoveryBinding(const QString& databaseId, const RecoverySlot& slot);

} // namespace dc::core::keyring
