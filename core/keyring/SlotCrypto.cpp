// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/keyring/SlotCrypto.h"

#include "core/Bytes.h"
#include "crypto/Aead.h"
#include "crypto/ConstantTime.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/Hpke.h"
#include "crypto/Random.h"

#include <QDateTime>
#include <QUuid>

namespace dc::core::keyring {

namespace {

// RFC 9180 `info`: names what the HPKE context is for, so a sealed database key cannot be replayed as
// anything else of ours.
constexpr std::string_view kHpkeInfo = "doichieu-keyring/v1 database-key";
constexpr std::string_view kGenerationRootInfo = "doichieu-keyring/v2 generation-root";
constexpr std::string_view kMacSalt = "doichieu-keyring-mac/v1";

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

crypto::SecureBuffer macKey(const QString& databaseId, const crypto::SecureBuffer& databaseKey) {
    const crypto::SecureBuffer prk = crypto::hkdfExtract(asBytes(kMacSalt), databaseKey.bytes());
    return crypto::hkdfExpand(prk.bytes(), asBytes(databaseId.toUtf8()), 32);
}

std::vector<std::uint8_t> macInput(const QString& databaseId, const UserSlot& slot, int generation) {
    std::vector<std::uint8_t> out = generationBinding(databaseId, slot, generation);
    crypto::appendLengthPrefixed(out, slot.sealedPrivateKey);
    crypto::appendLengthPrefixed(out, slot.databaseKey.enc);
    crypto::appendLengthPrefixed(out, slot.databaseKey.ciphertext);
    appendLengthPrefixed(out, slot.createdAt);
    return out;
}

std::vector<std::uint8_t> macInput(const QString& databaseId, const RecoverySlot& slot) {
    std::vector<std::uint8_t> out = recoveryBinding(databaseId, slot);
    appendLengthPrefixed(out, slot.createdAt);
    return out;
}

std::vector<std::uint8_t> computeMac(const QString& databaseId, const std::vector<std::uint8_t>& input,
                                     const crypto::SecureBuffer& databaseKey) {
    const crypto::SecureBuffer key = macKey(databaseId, databaseKey);
    const crypto::Sha256Digest mac = crypto::hmacSha256(key.bytes(), input);
    return {mac.begin(), mac.end()};
}

crypto::SecureBuffer wrappingKey(const UserSlot& slot, const crypto::SecureBuffer& password) {
    return crypto::deriveArgon2id(password.chars(), slot.salt, slot.kdf, crypto::kAeadKeySize);
}

} // namespace

UserSlot createUserSlot(const QString& databaseId, const QString& userName, const crypto::SecureBuffer& password,
                        crypto::Argon2Params kdf, const crypto::SecureBuffer& databaseKey, int generation) {
    UserSlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.userName = userName;
    slot.kdf = crypto::clampArgon2(kdf);
    slot.salt = crypto::randomBytes(crypto::kArgon2SaltSize);
    crypto::X25519KeyPair pair = crypto::generateX25519();
    slot.publicKey = pair.publicKey;
    slot.createdAt = nowUtc();
    const std::vector<std::uint8_t> binding = slotBinding(databaseId, slot);
    const crypto::SecureBuffer wrap = wrappingKey(slot, password);
    slot.sealedPrivateKey = crypto::aeadSeal(wrap, pair.privateKey.bytes(), binding);
    slot.databaseKey = sealDatabaseKey(databaseId, slot, databaseKey, generation);
    updateMac(databaseId, slot, databaseKey, generation);
    return slot;
}

std::optional<crypto::SecureBuffer> openSlotPrivateKey(const QString& databaseId, const UserSlot& slot,
                                                       const crypto::SecureBuffer& password) {
    const crypto::SecureBuffer wrap = wrappingKey(slot, password);
    auto privateKey = crypto::aeadOpen(wrap, slot.sealedPrivateKey, slotBinding(databaseId, slot));
    if (!privateKey || privateKey->size() != crypto::kX25519KeySize) {
        return std::nullopt;
    }
    return privateKey;
}

std::optional<crypto::SecureBuffer> openDatabaseKey(const QString& databaseId, const UserSlot& slot,
                                                    const crypto::SecureBuffer& privateKey, const SealedKey& sealed,
                                                    int generation) {
    auto key = crypto::hpkeOpen(privateKey, sealed.enc, asBytes(kHpkeInfo),
                                generationBinding(databaseId, slot, generation), sealed.ciphertext);
    if (!key || key->size() != 32) {
        return std::nullopt;
    }
    return key;
}

SealedKey sealDatabaseKey(const QString& databaseId, const UserSlot& slot, const crypto::SecureBuffer& databaseKey,
                          int generation) {
    crypto::HpkeSealed sealed = crypto::hpkeSeal(slot.publicKey, asBytes(kHpkeInfo),
                                                 generationBinding(databaseId, slot, generation), databaseKey.bytes());
    return SealedKey{std::move(sealed.enc), std::move(sealed.ciphertext)};
}

SealedKey sealGenerationRoot(const QString& databaseId, const UserSlot& slot, const crypto::SecureBuffer& root) {
    crypto::HpkeSealed sealed =
        crypto::hpkeSeal(slot.publicKey, asBytes(kGenerationRootInfo), slotBinding(databaseId, slot), root.bytes());
    return SealedKey{std::move(sealed.enc), std::move(sealed.ciphertext)};
}

std::optional<crypto::SecureBuffer> openGenerationRoot(const QString& databaseId, const UserSlot& slot,
                                                       const crypto::SecureBuffer& privateKey,
                                                       const SealedKey& sealed) {
    auto root = crypto::hpkeOpen(privateKey, sealed.enc, asBytes(kGenerationRootInfo), slotBinding(databaseId, slot),
                                 sealed.ciphertext);
    if (!root || root->size() != 32) {
        return std::nullopt;
    }
    return root;
}

RecoverySlot createRecoverySlot(const QString& databaseId, const RecoveryCode& code,
                                const crypto::SecureBuffer& databaseKey) {
    RecoverySlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.publicKey = code.slotKeyPair().publicKey;
    slot.createdAt = nowUtc();
    updateMac(databaseId, slot, databaseKey);
    return slot;
}

bool recoveryCodeMatches(const RecoverySlot& slot, const RecoveryCode& code) {
    return crypto::constantTimeEqual(slot.publicKey, code.slotKeyPair().publicKey);
}

void updateMac(const QString& databaseId, UserSlot& slot, const crypto::SecureBuffer& databaseKey, int generation) {
    slot.mac = computeMac(databaseId, macInput(databaseId, slot, generation), databaseKey);
}

void updateMac(const QString& databaseId, RecoverySlot& slot, const crypto::SecureBuffer& databaseKey) {
    slot.mac = computeMac(databaseId, macInput(databaseId, slot), databaseKey);
}

bool verifyMac(const QString& databaseId, const UserSlot& slot, const crypto::SecureBuffer& databaseKey,
               int generation) {
    return crypto::constantTimeEqual(computeMac(databaseId, macInput(databaseId, slot, generation), databaseKey),
                                     slot.mac);
}

bool verifyMac(const QString& databaseId, const RecoverySlot& slot, const crypto::SecureBuffer& databaseKey) {
    return crypto::constantTimeEqual(computeMac(databaseId, macInput(databaseId, slot), databaseKey), slot.mac);
}

} // namespace dc::core::keyring
