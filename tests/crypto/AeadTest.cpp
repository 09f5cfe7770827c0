// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Aead.h"

#include "crypto/Random.h"

#include "TestHex.h"

#include <gtest/gtest.h>

namespace dc::crypto {
namespace {

using test::asBytes;
using test::hexBytes;
using test::hexOf;
using test::toVector;

struct AeadVector {
    const char* name;
    const char* key;
    const char* nonce;
    const char* aad;
    const char* plaintext;
    const char* ciphertextAndTag;
};

class ChaCha20Poly1305KnownAnswer : public ::testing::TestWithParam<AeadVector> {};

TEST_P(ChaCha20Poly1305KnownAnswer, Encrypts) {
    const AeadVector& v = GetParam();
    EXPECT_EQ(
        hexOf(chacha20Poly1305Encrypt(hexBytes(v.key), hexBytes(v.nonce), hexBytes(v.plaintext), hexBytes(v.aad))),
        v.ciphertextAndTag);
}

TEST_P(ChaCha20Poly1305KnownAnswer, Decrypts) {
    const AeadVector& v = GetParam();
    const std::optional<SecureBuffer> plaintext =
        chacha20Poly1305Decrypt(hexBytes(v.key), hexBytes(v.nonce), hexBytes(v.ciphertextAndTag), hexBytes(v.aad));
    ASSERT_TRUE(plaintext.has_value());
    EXPECT_EQ(hexOf(plaintext->bytes()), v.plaintext);
}

INSTANTIATE_TEST_SUITE_P(
    Rfc8439, ChaCha20Poly1305KnownAnswer,
    ::testing::Values(
        // RFC 8439 section 2.8.2, "Example and Test Vector for AEAD_CHACHA20_POLY1305" (the sunscreen text).
        AeadVector{"Section2_8_2", "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f",
                   "070000004041424344454647", "50515253c0c1c2c3c4c5c6c7",
                   "4c616469657320616e642047656e746c656d656e206f662074686520636c6173"
                   "73206f66202739393a204966204920636f756c64206f6666657220796f75206f"
                   "6e6c79206f6e652074697020666f7220746865206675747572652c2073756e73"
                   "637265656e20776f756c642062652069742e",
                   "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
                   "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
                   "92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
                   "3ff4def08e4b7a9de576d26586cec64b6116"
                   "1ae10b594f09e26a7e902ecbd0600691"},
        // RFC 8439 appendix A.5, "ChaCha20-Poly1305 AEAD Decryption" (the Internet-Drafts text).
        AeadVector{"AppendixA5", "1c9240a5eb55d38af333888604f6b5f0473917c1402b80099dca5cbc207075c0",
                   "000000000102030405060708", "f33388860000000000004e91",
                   "496e7465726e65742d4472616674732061726520647261667420646f63756d65"
                   "6e74732076616c696420666f722061206d6178696d756d206f6620736978206d"
                   "6f6e74687320616e64206d617920626520757064617465642c207265706c6163"
                   "65642c206f72206f62736f6c65746564206279206f7468657220646f63756d65"
                   "6e747320617420616e792074696d652e20497420697320696e617070726f7072"
                   "6961746520746f2075736520496e7465726e65742d4472616674732061732072"
                   "65666572656e6365206d6174657269616c206f7220746f206369746520746865"
                   "6d206f74686572207468616e206173202fe2809c776f726b20696e2070726f67"
                   "726573732e2fe2809d",
                   "64a0861575861af460f062c79be643bd5e805cfd345cf389f108670ac76c8cb2"
                   "4c6cfc18755d43eea09ee94e382d26b0bdb7b73c321b0100d4f03b7f355894cf"
                   "332f830e710b97ce98c8a84abd0b948114ad176e008d33bd60f982b1ff37c855"
                   "9797a06ef4f0ef61c186324e2b3506383606907b6a7c02b0f9f6157b53c867e4"
                   "b9166c767b804d46a59b5216cde7a4e99040c5a40433225ee282a1b0a06c523e"
                   "af4534d7f83fa1155b0047718cbc546a0d072b04b3564eea1b422273f548271a"
                   "0bb2316053fa76991955ebd63159434ecebb4e466dae5a1073a6727627097a10"
                   "49e617d91d361094fa68f0ff77987130305beaba2eda04df997b714d6c6f2c29"
                   "a6ad5cb4022b02709b"
                   "eead9d67890cbb22392336fea1851f38"}),
    [](const ::testing::TestParamInfo<AeadVector>& info) { return std::string(info.param.name); });

class AeadSealed : public ::testing::Test {
protected:
    // Short on purpose: every bit of nonce, ciphertext and tag is flipped in turn.
    const std::vector<std::uint8_t> m_plaintext = toVector(asBytes("Nam"));
    const std::vector<std::uint8_t> m_associatedData = toVector(asBytes("slot:1|user:42"));
    const SecureBuffer m_key = randomSecret(kAeadKeySize);
    const std::vector<std::uint8_t> m_sealed = aeadSeal(m_key, m_plaintext, m_associatedData);
};

TEST_F(AeadSealed, RoundTrips) {
    ASSERT_EQ(m_sealed.size(), m_plaintext.size() + kAeadOverhead);
    const std::optional<SecureBuffer> opened = aeadOpen(m_key, m_sealed, m_associatedData);
    ASSERT_TRUE(opened.has_value());
    EXPECT_EQ(hexOf(opened->bytes()), hexOf(m_plaintext));
}

TEST_F(AeadSealed, EachSealUsesAFreshNonce) {
    const std::vector<std::uint8_t> again = aeadSeal(m_key, m_plaintext, m_associatedData);
    EXPECT_NE(hexOf(std::span(again).first(kAeadNonceSize)), hexOf(std::span(m_sealed).first(kAeadNonceSize)));
    EXPECT_NE(again, m_sealed);
}

TEST_F(AeadSealed, WrongKeyIsRefused) {
    EXPECT_EQ(aeadOpen(randomSecret(kAeadKeySize), m_sealed, m_associatedData), std::nullopt);
    SecureBuffer nearlyTheKey = m_key.clone();
    nearlyTheKey.data()[31] ^= 0x80;
    EXPECT_EQ(aeadOpen(nearlyTheKey, m_sealed, m_associatedData), std::nullopt);
}

TEST_F(AeadSealed, EverySingleBitFlipInNonceCiphertextOrTagIsRefused) {
    // Layout: nonce (bytes 0..11) || ciphertext || tag (last 16 bytes); all of them are covered.
    for (std::size_t bit = 0; bit < m_sealed.size() * 8; ++bit) {
        std::vector<std::uint8_t> tampered = m_sealed;
        tampered[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_EQ(aeadOpen(m_key, tampered, m_associatedData), std::nullopt) << "bit " << bit;
    }
}

TEST_F(AeadSealed, EverySingleBitFlipInAssociatedDataIsRefused) {
    for (std::size_t bit = 0; bit < m_associatedData.size() * 8; ++bit) {
        std::vector<std::uint8_t> tampered = m_associatedData;
        tampered[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_EQ(aeadOpen(m_key, m_sealed, tampered), std::nullopt) << "bit " << bit;
    }
}

TEST_F(AeadSealed, OtherAssociatedDataIsRefused) {
    EXPECT_EQ(aeadOpen(m_key, m_sealed, {}), std::nullopt);
    std::vector<std::uint8_t> longer = m_associatedData;
    longer.push_back(0);
    EXPECT_EQ(aeadOpen(m_key, m_sealed, longer), std::nullopt);
}

TEST_F(AeadSealed, TruncatedOrExtendedInputIsRefused) {
    for (std::size_t length = 0; length < m_sealed.size(); ++length) {
        EXPECT_EQ(aeadOpen(m_key, std::span(m_sealed).first(length), m_associatedData), std::nullopt)
            << "length " << length;
    }
    std::vector<std::uint8_t> extended = m_sealed;
    extended.push_back(0);
    EXPECT_EQ(aeadOpen(m_key, extended, m_associatedData), std::nullopt);
}

TEST(Aead, EmptyPlaintextAndEmptyAssociatedData) {
    const SecureBuffer key = randomSecret(kAeadKeySize);
    const std::vector<std::uint8_t> sealed = aeadSeal(key, {}, {});
    ASSERT_EQ(sealed.size(), kAeadOverhead);
    const std::optional<SecureBuffer> opened = aeadOpen(key, sealed, {});
    ASSERT_TRUE(opened.has_value());
    EXPECT_TRUE(opened->empty());
}

TEST(Aead, KeyOfTheWrongSizeIsAProgrammingError) {
    const std::vector<std::uint8_t> nonce(kAeadNonceSize, 0);
    EXPECT_THROW((void)aeadSeal(randomSecret(16), asBytes("x"), {}), std::invalid_argument);
    EXPECT_THROW((void)aeadOpen(randomSecret(33), std::vector<std::uint8_t>(64, 0), {}), std::invalid_argument);
    EXPECT_THROW((void)chacha20Poly1305Encrypt(std::vector<std::uint8_t>(31, 0), nonce, {}, {}), std::invalid_argument);
}

TEST(Aead, NonceOfTheWrongSizeIsAProgrammingError) {
    const std::vector<std::uint8_t> key(kAeadKeySize, 0);
    // 8 (original ChaCha20) and 24 (XChaCha20) are what Botan would otherwise accept.
    for (const std::size_t size : {0, 8, 11, 13, 24}) {
        const std::vector<std::uint8_t> nonce(size, 0);
        EXPECT_THROW((void)chacha20Poly1305Encrypt(key, nonce, {}, {}), std::invalid_argument) << size;
        EXPECT_THROW((void)chacha20Poly1305Decrypt(key, nonce, std::vector<std::uint8_t>(16, 0), {}),
                     std::invalid_argument)
            << size;
    }
}

TEST(Aead, DecryptOfLessThanATagIsRefused) {
    const std::vector<std::uint8_t> key(kAeadKeySize, 1);
    const std::vector<std::uint8_t> nonce(kAeadNonceSize, 2);
    for (std::size_t length = 0; length < kAeadTagSize; ++length) {
        EXPECT_EQ(chacha20Poly1305Decrypt(key, nonce, std::vector<std::uint8_t>(length, 0), {}), std::nullopt);
    }
}

} // namespace
} // namespace dc::crypto
