// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/keyring/SiteKeys.h"

#include "core/Bytes.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/Hpke.h"

#include <algorithm>

namespace dc::core::keyring {

namespace {

// RFC 9180 `info` of the seals: what the context is for, so a sealed site key cannot pass for anything else.
constexpr std::string_view kSlotInfo = "doichieu-keyring/v2 site-keys";
constexpr std::string_view kRecoveryInfo = "doichieu-recovery/v2 site-keys";
constexpr std::string_view kKeyIdLabel = "doichieu-site-key/v1";
constexpr std::size_t kKeyIdBytes = 8;
constexpr std::size_t kFingerprintBytes = 16;

crypto::SecureBuffer secretsOf(const SiteKeys& keys) {
    crypto::SecureBuffer out(64);
    std::copy(keys.signingSeed.bytes().begin(), keys.signingSeed.bytes().end(), out.data());
    std::copy(keys.boxPrivate.bytes().begin(), keys.boxPrivate.bytes().end(), out.data() + 32);
    return out;
}

std::optional<SiteKeys> fromSecrets(const crypto::SecureBuffer& secrets, const QString& expectedKeyId) {
    if (secrets.size() != 64) {
        return std::nullopt;
    }
    SiteKeys keys;
    keys.signingSeed = crypto::SecureBuffer::copyOf(secrets.bytes().subspan(0, 32));
    keys.boxPrivate = crypto::SecureBuffer::copyOf(secrets.bytes().subspan(32, 32));
    keys.signingPublic = crypto::ed25519PublicKey(keys.signingSeed);
    keys.boxPublic = crypto::x25519PublicKey(keys.boxPrivate);
    keys.keyId = keyIdOf(keys.signingPublic, keys.boxPublic);
    if (keys.keyId != expectedKeyId) {
        return std::nullopt;
    }
    return keys;
}

std::vector<std::uint8_t> recoveryAad(const QString& databaseId, const QString& keyId) {
    std::vector<std::uint8_t> aad;
    appendLengthPrefixed(aad, QString::fromLatin1(kRecoveryInfo.data(), static_cast<qsizetype>(kRecoveryInfo.size())));
    appendLengthPrefixed(aad, databaseId);
    appendLengthPrefixed(aad, keyId);
    return aad;
}

std::vector<std::uint8_t> slotAad(const QString& databaseId, const UserSlot& slot, const QString& keyId) {
    std::vector<std::uint8_t> aad = slotBinding(databaseId, slot);
    appendLengthPrefixed(aad, keyId);
    return aad;
}

} // namespace

SiteKeys generateSiteKeys() {
    crypto::Ed25519KeyPair signing = crypto::generateEd25519();
    crypto::X25519KeyPair box = crypto::generateX25519();
    SiteKeys keys;
    keys.signingSeed = std::move(signing.seed);
    keys.signingPublic = signing.publicKey;
    keys.boxPrivate = std::move(box.privateKey);
    keys.boxPublic = box.publicKey;
    keys.keyId = keyIdOf(keys.signingPublic, keys.boxPublic);
    return keys;
}

QString keyIdOf(const crypto::Ed25519PublicKey& signingPublic, const crypto::X25519PublicKey& boxPublic) {
    crypto::Sha256 hash;
    hash.update(kKeyIdLabel);
    hash.update(signingPublic);
    hash.update(boxPublic);
    const crypto::Sha256Digest digest = hash.finish();
    return QString::fromStdString(crypto::toHex(std::span<const std::uint8_t>(digest.data(), kKeyIdBytes)));
}

QString fingerprintOf(const crypto::Ed25519PublicKey& signingPublic) {
    const crypto::Sha256Digest digest = crypto::sha256(signingPublic);
    const QString hex =
        QString::fromStdString(crypto::toHex(std::span<const std::uint8_t>(digest.data(), kFingerprintBytes)));
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups.append(hex.mid(i, 4));
    }
    return groups.join(u' ');
}

SealedSiteKeys sealSiteKeys(const QString& databaseId, const UserSlot& slot, const SiteKeys& keys) {
    const crypto::SecureBuffer secrets = secretsOf(keys);
    crypto::HpkeSealed sealed =
        crypto::hpkeSeal(slot.publicKey, asBytes(kSlotInfo), slotAad(databaseId, slot, keys.keyId), secrets.bytes());
    return SealedSiteKeys{keys.keyId, SealedKey{std::move(sealed.enc), std::move(sealed.ciphertext)}};
}

std::optional<SiteKeys> openSiteKeys(const QString& databaseId, const UserSlot& slot,
                                     const crypto::SecureBuffer& slotPrivateKey, const SealedSiteKeys& sealed) {
    auto secrets = crypto::hpkeOpen(slotPrivateKey, sealed.sealed.enc, asBytes(kSlotInfo),
                                    slotAad(databaseId, slot, sealed.keyId), sealed.sealed.ciphertext);
    if (!secrets) {
        return std::nullopt;
    }
    return fromSecrets(*secrets, sealed.keyId);
}

SealedKey sealSiteKeysForRecovery(const QString& databaseId, const crypto::X25519PublicKey& recoveryPublic,
                                  const SiteKeys& keys) {
    const crypto::SecureBuffer secrets = secretsOf(keys);
    crypto::HpkeSealed sealed =
        crypto::hpkeSeal(recoveryPublic, asBytes(kRecoveryInfo), recoveryAad(databaseId, keys.keyId), secrets.bytes());
    return SealedKey{std::move(sealed.enc), std::move(sealed.ciphertext)};
}

std::optional<SiteKeys> openSiteKeysWithCode(const QString& databaseId, const RecoveryCode& code, const QString& keyId,
                                             const SealedKey& sealed) {
    const crypto::X25519KeyPair pair = code.slotKeyPair();
    auto secrets = crypto::hpkeOpen(pair.privateKey, sealed.enc, asBytes(kRecoveryInfo), recoveryAad(databaseId, keyId),
                                    sealed.ciphertext);
    if (!secrets) {
        return std::nullopt;
    }
    return fromSecrets(*secrets, keyId);
}

} // namespace dc::core::keyring
