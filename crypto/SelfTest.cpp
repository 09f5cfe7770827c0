// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/SelfTest.h"

#include "crypto/Aead.h"
#include "crypto/Argon2id.h"
#include "crypto/ConstantTime.h"
#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/Hpke.h"
#include "crypto/X25519.h"

#include <span>
#include <string_view>
#include <vector>

namespace dc::crypto {

namespace {

using Bytes = std::vector<std::uint8_t>;

// Throws (std::bad_optional_access) on a malformed literal, which the runner reports as a failed check.
Bytes hex(std::string_view text) {
    return fromHex(text).value();
}

bool equal(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) {
    return constantTimeEqual(a, b);
}

// FIPS 180-2 appendix B.1: SHA-256("abc").
bool checkSha256() {
    static constexpr std::string_view kAbc = "abc";
    const Sha256Digest digest = sha256({reinterpret_cast<const std::uint8_t*>(kAbc.data()), kAbc.size()});
    return equal(digest, hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

// RFC 5869 appendix A.1 (test case 1).
bool checkHkdf() {
    const SecureBuffer prk = hkdfExtract(hex("000102030405060708090a0b0c"), Bytes(22, 0x0b));
    const SecureBuffer okm = hkdfExpand(prk.bytes(), hex("f0f1f2f3f4f5f6f7f8f9"), 42);
    return equal(prk.bytes(), hex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5")) &&
           equal(okm.bytes(),
                 hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
}

// RFC 8439 section 2.8.2: seal, then open what was sealed.
bool checkChaCha20Poly1305() {
    static constexpr std::string_view kPlaintext =
        "Ladies and Gentlemen of the class of '99: If I could offer you only "
        "one tip for the future, sunscreen would be it.";
    const std::span<const std::uint8_t> plaintext(reinterpret_cast<const std::uint8_t*>(kPlaintext.data()),
                                                  kPlaintext.size());
    const Bytes key = hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    const Bytes nonce = hex("070000004041424344454647");
    const Bytes aad = hex("50515253c0c1c2c3c4c5c6c7");
    const Bytes expected = hex("d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
                               "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
                               "92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
                               "3ff4def08e4b7a9de576d26586cec64b6116"
                               "1ae10b594f09e26a7e902ecbd0600691");
    if (!equal(chacha20Poly1305Encrypt(key, nonce, plaintext, aad), expected)) {
        return false;
    }
    const std::optional<SecureBuffer> opened = chacha20Poly1305Decrypt(key, nonce, expected, aad);
    return opened && equal(opened->bytes(), plaintext);
}

// RFC 9106 section 5.3: Argon2id, m = 32 KiB, t = 3, p = 4, with secret and associated data.
bool checkArgon2id() {
    const SecureBuffer tag =
        argon2idRaw(Bytes(32, 0x01), Bytes(16, 0x02), Bytes(8, 0x03), Bytes(12, 0x04), Argon2Params{32, 3, 4}, 32);
    return equal(tag.bytes(), hex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"));
}

// RFC 8032 section 7.1, TEST 1 (empty message).
const std::string_view kEd25519Test1Seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const std::string_view kEd25519Test1Public = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const std::string_view kEd25519Test1Signature = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                                "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

bool checkEd25519() {
    const SecureBuffer seed = SecureBuffer::copyOf(hex(kEd25519Test1Seed));
    const Bytes expectedPublic = hex(kEd25519Test1Public);
    const Bytes expectedSignature = hex(kEd25519Test1Signature);
    const Ed25519Signature signature = ed25519Sign(seed, {});
    return equal(ed25519PublicKey(seed), expectedPublic) && equal(signature, expectedSignature) &&
           ed25519Verify(expectedPublic, {}, signature);
}

// The TEST 1 signature with S replaced by S + L (RFC 8032 section 5.1.7 step 1 must refuse it; Botan 2.19 alone
// would accept it). S + L < 2^256, so the little-endian byte addition cannot overflow 32 bytes.
bool checkEd25519RefusesMalleatedSignature() {
    // L = 2^252 + 27742317777372353535851937790883648493 (RFC 8032 section 5.1), little-endian.
    const Bytes groupOrder = hex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
    Bytes signature = hex(kEd25519Test1Signature);
    unsigned carry = 0;
    for (std::size_t i = 0; i < 32; ++i) {
        const unsigned sum = signature[32 + i] + groupOrder[i] + carry;
        signature[32 + i] = static_cast<std::uint8_t>(sum);
        carry = sum >> 8;
    }
    return carry == 0 && !ed25519Verify(hex(kEd25519Test1Public), {}, signature);
}

// RFC 7748 section 5.2, first vector.
bool checkX25519() {
    const std::optional<SecureBuffer> out =
        x25519(hex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"),
               hex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c"));
    return out && equal(out->bytes(), hex("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"));
}

// RFC 7748 section 6.1: the all-zero output for u = 0 and for a point of order 8 must be refused.
bool checkX25519RefusesLowOrderPoints() {
    const Bytes scalar = hex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4");
    return !x25519(scalar, Bytes(32, 0)) &&
           !x25519(scalar, hex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"));
}

// RFC 9180 appendix A.2.1 (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305, base mode): the first
// encryption (sequence number 0), and its opening with skRm.
bool checkHpke() {
    const X25519KeyPair ephemeral =
        hpkeDeriveKeyPair(hex("909a9b35d3dc4713a5e72a4da274b55d3d3821a37e5d099e74a647db583a904b"));
    const Bytes recipientPublic = hex("4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a");
    const Bytes info = hex("4f6465206f6e2061204772656369616e2055726e");
    const Bytes aad = hex("436f756e742d30");
    const Bytes plaintext = hex("4265617574792069732074727574682c20747275746820626561757479");
    const HpkeSealed sealed = detail::hpkeSealWithEphemeral(ephemeral, recipientPublic, info, aad, plaintext);
    if (!equal(sealed.enc, hex("1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a")) ||
        !equal(sealed.ciphertext, hex("1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db"
                                      "21993c62ce81883d2dd1b51a28"))) {
        return false;
    }
    const SecureBuffer recipientPrivate =
        SecureBuffer::copyOf(hex("8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb"));
    const std::optional<SecureBuffer> opened = hpkeOpen(recipientPrivate, sealed.enc, info, aad, sealed.ciphertext);
    return opened && equal(opened->bytes(), plaintext);
}

struct Check {
    std::string_view name;
    bool (*run)();
};

constexpr Check kChecks[] = {
    {"sha256", checkSha256},
    {"hkdf-sha256", checkHkdf},
    {"chacha20poly1305", checkChaCha20Poly1305},
    {"argon2id", checkArgon2id},
    {"ed25519", checkEd25519},
    {"ed25519-refuses-s-plus-l", checkEd25519RefusesMalleatedSignature},
    {"x25519", checkX25519},
    {"x25519-refuses-low-order", checkX25519RefusesLowOrderPoints},
    {"hpke", checkHpke},
};

} // namespace

std::string runSelfTest() {
    for (const Check& check : kChecks) {
        bool passed = false;
        try {
            passed = check.run();
        } catch (...) {
            // A primitive that throws on its own known answer is as broken as one that answers wrongly.
            passed = false;
        }
        if (!passed) {
            return std::string(check.name);
        }
    }
    return {};
}

} // namespace dc::crypto
