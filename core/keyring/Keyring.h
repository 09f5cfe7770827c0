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
// Version 2 adds the database key's generation, the site's keys sealed to supervisor slots, the generation root,
// and a checksum per slot. Version 1 files are still read (generation 0, no sealed keys, checksums not checked) and
// are written back as version 2.
inline constexpr int kKeyringFormatVersion = 2;
inline constexpr const char* kKeyringFormatName = "doichieu-keyring";
// A keyring of a few hundred accounts is a few hundred KiB; anything far larger is not ours.
inline constexpr qint64 kMaxKeyringBytes = 4 * 1024 * 1024;

// A secret sealed to a slot's X25519 public key with RFC 9180 HPKE base mode: the database key, the site's keys, the
// generation root.
struct SealedKey {
    std::vector<std::uint8_t> enc;
    std::vector<std::uint8_t> ciphertext;
};

// The site's secret keys (the Ed25519 seed that signs checkpoints and the X25519 private key that opens packages from
// the hub), sealed to a supervisor's slot and named by the key pair's id (SiteKeys.h). Never sealed to a volunteer.
struct SealedSiteKeys {
    QString keyId;
    SealedKey sealed;
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
    // Supervisors only: the site's keys (usually one pair; two while they are rotated) and the root from which the
    // database key of each generation is derived (RecoveryCode::generationRoot), pending during a re-key with a new
    // code.
    std::vector<SealedSiteKeys> siteKeys;
    std::optional<SealedKey> generationRoot;
    std::optional<SealedKey> pendingGenerationRoot;
    // Set when reading: the slot's checksum does not match its fields. A damaged file, not a wrong password: it is
    // reported as such and never counted as a failed sign-in. A damaged slot is not written back.
    bool damaged = false;
};

// The recovery code's public half: lets the program tell a wrong code from a right one without touching
// the database. The database key itself is derived from the code (RecoveryCode.h).
struct RecoverySlot {
    QString id;
    crypto::X25519PublicKey publicKey{};
    std::vector<std::uint8_t> mac;
    QString createdAt;
    // As UserSlot::damaged: recovery then opens the database with the code instead. Written back as its id alone (no
    // checksum), so that it reads back damaged rather than as an empty slot that would refuse the whole keyring.
    bool damaged = false;
};

struct Keyring {
    QString databaseId; // the site's UUID, also stored inside the database
    QString siteName;
    crypto::Argon2Params kdf; // parameters for new slots, calibrated at set-up
    // The database key's generation: 0 is the key derived from the recovery code itself; each removal of an account
    // (or a compromised password) moves to the next, derived from the same code (RecoveryCode::databaseKey).
    int generation = 0;
    std::optional<int> pendingGeneration; // during a re-key only: the generation the pending seals are for
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
// the slot id, its kind and user, its Argon2id parameters, salt and public key, each length-prefixed. The sealed
// private key is bound to this alone (nobody can re-wrap it without the password); the seals to the slot's public
// key and its MAC are also bound to the generation (generationBinding), so a slot of an older keyring does not pass
// for one of the current generation.
[[nodiscard]] std::vector<std::uint8_t> slotBinding(const QString& databaseId, const UserSlot& slot);
// slotBinding, then (for generation g > 0 only, so that generation 0 is what version 1 bound) "generation" and g.
[[nodiscard]] std::vector<std::uint8_t> generationBinding(const QString& databaseId, const UserSlot& slot,
                                                          int generation);
[[nodiscard]] std::vector<std::uint8_t> recoveryBinding(const QString& databaseId, const RecoverySlot& slot);

} // namespace dc::core::keyring
