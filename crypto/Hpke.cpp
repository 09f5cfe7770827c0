// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Hpke.h"

#include "crypto/Aead.h"
#include "crypto/Hash.h"

#include <stdexcept>
#include <string_view>

namespace dc::crypto {

namespace {

// RFC 9180 section 7: identifiers of the one suite we implement.
constexpr std::uint16_t kKemId = 0x0020;  // DHKEM(X25519, HKDF-SHA256), section 7.1
constexpr std::uint16_t kKdfId = 0x0001;  // HKDF-SHA256, section 7.2
constexpr std::uint16_t kAeadId = 0x0003; // ChaCha20Poly1305, section 7.3
// RFC 9180 section 7.1: Nsecret = 32, Nsk = 32 for DHKEM(X25519, HKDF-SHA256).
constexpr std::size_t kNsecret = 32;
constexpr std::size_t kNsk = 32;
// RFC 9180 section 7.2 and 7.3: Nh = 32 (SHA-256), Nk = 32 and Nn = 12 (ChaCha20Poly1305).
constexpr std::size_t kNh = 32;
constexpr std::size_t kNk = 32;
constexpr std::size_t kNn = 12;
// RFC 9180 section 5: mode_base.
constexpr std::uint8_t kModeBase = 0x00;
// RFC 9180 section 4: the version label prefixed to every labeled KDF input.
constexpr std::string_view kVersionLabel = "HPKE-v1";

using Bytes = std::vector<std::uint8_t>;
using ByteSpan = std::span<const std::uint8_t>;

ByteSpan asBytes(std::string_view text) noexcept {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

void appendU16(Bytes& out, std::uint16_t value) {
    out.push_back(static_cast<std::uint8_t>(value >> 8));
    out.push_back(static_cast<std::uint8_t>(value & 0xffu));
}

void appendBytes(Bytes& out, ByteSpan bytes) {
    out.insert(out.end(), bytes.begin(), bytes.end());
}

// RFC 9180 section 4.1: suite_id = concat("KEM", I2OSP(kem_id, 2)) inside the KEM.
Bytes kemSuiteId() {
    Bytes id;
    appendBytes(id, asBytes("KEM"));
    appendU16(id, kKemId);
    return id;
}

// RFC 9180 section 5.1: suite_id = concat("HPKE", I2OSP(kem_id, 2), I2OSP(kdf_id, 2), I2OSP(aead_id, 2)).
Bytes hpkeSuiteId() {
    Bytes id;
    appendBytes(id, asBytes("HPKE"));
    appendU16(id, kKemId);
    appendU16(id, kKdfId);
    appendU16(id, kAeadId);
    return id;
}

// RFC 9180 section 4: LabeledExtract(salt, label, ikm) = Extract(salt, "HPKE-v1" || suite_id || label || ikm).
SecureBuffer labeledExtract(ByteSpan suiteId, ByteSpan salt, std::string_view label, ByteSpan ikm) {
    SecureBuffer labeledIkm; // ikm is secret (a DH output, a shared secret): keep the concatenation wipeable
    labeledIkm.append(kVersionLabel);
    labeledIkm.append(suiteId);
    labeledIkm.append(label);
    labeledIkm.append(ikm);
    return hkdfExtract(salt, labeledIkm.bytes());
}

// RFC 9180 section 4: LabeledExpand(prk, label, info, L) =
//   Expand(prk, I2OSP(L, 2) || "HPKE-v1" || suite_id || label || info, L).
SecureBuffer labeledExpand(ByteSpan suiteId, ByteSpan prk, std::string_view label, ByteSpan info, std::size_t length) {
    if (length > 0xffff) {
        throw std::invalid_argument("HPKE LabeledExpand: L does not fit I2OSP(L, 2)");
    }
    Bytes labeledInfo;
    labeledInfo.reserve(2 + kVersionLabel.size() + suiteId.size() + label.size() + info.size());
    appendU16(labeledInfo, static_cast<std::uint16_t>(length));
    appendBytes(labeledInfo, asBytes(kVersionLabel));
    appendBytes(labeledInfo, suiteId);
    appendBytes(labeledInfo, asBytes(label));
    appendBytes(labeledInfo, info);
    return hkdfExpand(prk, labeledInfo, length);
}

// RFC 9180 section 4.1: ExtractAndExpand(dh, kem_context).
SecureBuffer extractAndExpand(ByteSpan dh, ByteSpan kemContext) {
    const Bytes suiteId = kemSuiteId();
    const SecureBuffer eaePrk = labeledExtract(suiteId, {}, "eae_prk", dh);
    return labeledExpand(suiteId, eaePrk.bytes(), "shared_secret", kemContext, kNsecret);
}

// kem_context = enc || pkRm (RFC 9180 section 4.1, Encap and Decap).
Bytes kemContext(ByteSpan enc, ByteSpan recipientPublicKey) {
    Bytes context;
    context.reserve(enc.size() + recipientPublicKey.size());
    appendBytes(context, enc);
    appendBytes(context, recipientPublicKey);
    return context;
}

struct KeySchedule {
    SecureBuffer key;
    SecureBuffer baseNonce;
    SecureBuffer exporterSecret;
};

// RFC 9180 section 5.1, KeySchedule for mode_base: psk and psk_id are empty (default_psk, default_psk_id), so
// VerifyPSKInputs passes by construction.
KeySchedule keyScheduleBase(ByteSpan sharedSecret, ByteSpan info) {
    const Bytes suiteId = hpkeSuiteId();
    const SecureBuffer pskIdHash = labeledExtract(suiteId, {}, "psk_id_hash", {});
    const SecureBuffer infoHash = labeledExtract(suiteId, {}, "info_hash", info);
    Bytes context;
    context.reserve(1 + pskIdHash.size() + infoHash.size());
    context.push_back(kModeBase);
    appendBytes(context, pskIdHash.bytes());
    appendBytes(context, infoHash.bytes());
    const SecureBuffer secret = labeledExtract(suiteId, sharedSecret, "secret", {});
    return {labeledExpand(suiteId, secret.bytes(), "key", context, kNk),
            labeledExpand(suiteId, secret.bytes(), "base_nonce", context, kNn),
            labeledExpand(suiteId, secret.bytes(), "exp", context, kNh)};
}

struct Encapsulation {
    Bytes enc;
    SecureBuffer sharedSecret;
};

// RFC 9180 section 4.1, Encap(pkR) with the ephemeral key given. nullopt when DH gives the all-zero value
// (a low-order recipient key, section 7.1.4) or on wrong sizes.
std::optional<Encapsulation> encap(const X25519KeyPair& ephemeral, ByteSpan recipientPublicKey) {
    if (ephemeral.privateKey.size() != kNsk || recipientPublicKey.size() != kX25519KeySize) {
        return std::nullopt;
    }
    // enc is computed from the private key rather than trusted from the pair's publicKey field.
    const X25519PublicKey ephemeralPublic = x25519PublicKey(ephemeral.privateKey);
    if (ephemeralPublic != ephemeral.publicKey) {
        return std::nullopt;
    }
    const std::optional<SecureBuffer> dh = x25519(ephemeral.privateKey.bytes(), recipientPublicKey);
    if (!dh) {
        return std::nullopt;
    }
    Bytes enc(ephemeralPublic.begin(), ephemeralPublic.end());
    SecureBuffer sharedSecret = extractAndExpand(dh->bytes(), kemContext(enc, recipientPublicKey));
    return Encapsulation{std::move(enc), std::move(sharedSecret)};
}

} // namespace

X25519KeyPair hpkeDeriveKeyPair(std::span<const std::uint8_t> ikm) {
    // RFC 9180 section 4: ikm SHOULD have at least Nsk bytes of entropy; a shorter input cannot, so it is refused.
    if (ikm.size() < kNsk) {
        throw std::invalid_argument("hpkeDeriveKeyPair: ikm must be at least 32 bytes");
    }
    // RFC 9180 section 7.1.3 for X25519: sk = LabeledExpand(LabeledExtract("", "dkp_prk", ikm), "sk", "", Nsk).
    // The expanded bytes are the private key as they are; X25519 clamps when it uses them.
    const Bytes suiteId = kemSuiteId();
    const SecureBuffer dkpPrk = labeledExtract(suiteId, {}, "dkp_prk", ikm);
    X25519KeyPair pair;
    pair.privateKey = labeledExpand(suiteId, dkpPrk.bytes(), "sk", {}, kNsk);
    pair.publicKey = x25519PublicKey(pair.privateKey);
    return pair;
}

HpkeSealed hpkeSeal(std::span<const std::uint8_t> recipientPublicKey, std::span<const std::uint8_t> info,
                    std::span<const std::uint8_t> aad, std::span<const std::uint8_t> plaintext) {
    if (recipientPublicKey.size() != kX25519KeySize) {
        throw std::invalid_argument("hpkeSeal: recipient public key must be 32 bytes");
    }
    return detail::hpkeSealWithEphemeral(generateX25519(), recipientPublicKey, info, aad, plaintext);
}

std::optional<SecureBuffer> hpkeOpen(const SecureBuffer& recipientPrivateKey, std::span<const std::uint8_t> enc,
                                     std::span<const std::uint8_t> info, std::span<const std::uint8_t> aad,
                                     std::span<const std::uint8_t> ciphertext) {
    if (recipientPrivateKey.size() != kNsk || enc.size() != kHpkeEncSize || ciphertext.size() < kAeadTagSize) {
        return std::nullopt;
    }
    // RFC 9180 section 4.1, Decap(enc, skR): dh = DH(skR, pkE), kem_context = enc || pkRm.
    const std::optional<SecureBuffer> dh = x25519(recipientPrivateKey.bytes(), enc);
    if (!dh) {
        return std::nullopt; // low-order enc (section 7.1.4)
    }
    const X25519PublicKey recipientPublic = x25519PublicKey(recipientPrivateKey);
    const SecureBuffer sharedSecret = extractAndExpand(dh->bytes(), kemContext(enc, recipientPublic));
    const KeySchedule schedule = keyScheduleBase(sharedSecret.bytes(), info);
    // RFC 9180 section 5.2: the nonce for sequence number 0 is base_nonce XOR I2OSP(0, Nn) = base_nonce.
    return chacha20Poly1305Decrypt(schedule.key.bytes(), schedule.baseNonce.bytes(), ciphertext, aad);
}

namespace detail {

HpkeSealed hpkeSealWithEphemeral(const X25519KeyPair& ephemeral, std::span<const std::uint8_t> recipientPublicKey,
                                 std::span<const std::uint8_t> info, std::span<const std::uint8_t> aad,
                                 std::span<const std::uint8_t> plaintext) {
    std::optional<Encapsulation> encapsulation = encap(ephemeral, recipientPublicKey);
    if (!encapsulation) {
        throw std::invalid_argument(
            "HPKE seal: invalid recipient public key (wrong size or low order) or ephemeral key");
    }
    const KeySchedule schedule = keyScheduleBase(encapsulation->sharedSecret.bytes(), info);
    // Sequence number 0: nonce = base_nonce (RFC 9180 section 5.2).
    HpkeSealed sealed;
    sealed.ciphertext = chacha20Poly1305Encrypt(schedule.key.bytes(), schedule.baseNonce.bytes(), plaintext, aad);
    sealed.enc = std::move(encapsulation->enc);
    return sealed;
}

std::optional<HpkeContextForTest> hpkeSetupBaseForTest(const X25519KeyPair& ephemeral,
                                                       std::span<const std::uint8_t> recipientPublicKey,
                                                       std::span<const std::uint8_t> info) {
    std::optional<Encapsulation> encapsulation = encap(ephemeral, recipientPublicKey);
    if (!encapsulation) {
        return std::nullopt;
    }
    const KeySchedule schedule = keyScheduleBase(encapsulation->sharedSecret.bytes(), info);
    const auto copy = [](const SecureBuffer& buffer) { return Bytes(buffer.data(), buffer.data() + buffer.size()); };
    return HpkeContextForTest{copy(encapsulation->sharedSecret), copy(schedule.key), copy(schedule.baseNonce),
                              copy(schedule.exporterSecret)};
}

} // namespace detail

} // namespace dc::crypto
