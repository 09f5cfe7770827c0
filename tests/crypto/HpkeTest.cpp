// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Hpke.h"

#include "TestHex.h"

#include <gtest/gtest.h>

namespace dc::crypto {
namespace {

using test::asBytes;
using test::hexBytes;
using test::hexOf;
using test::hexSecret;

using Bytes = std::vector<std::uint8_t>;

// RFC 9180 appendix A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305, Base setup information,
// and its first encryption (sequence number 0).
namespace a21 {
constexpr const char* kInfo = "4f6465206f6e2061204772656369616e2055726e"; // "Ode on a Grecian Urn"
constexpr const char* kIkmE = "909a9b35d3dc4713a5e72a4da274b55d3d3821a37e5d099e74a647db583a904b";
constexpr const char* kPkEm = "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a";
// The RFC prints skEm as DeriveKeyPair's raw output; erratum 7121 notes that a clamped serialisation would read
// f0ec...40. Ours is the raw 32 bytes, as X25519 clamps on use.
constexpr const char* kSkEm = "f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600";
constexpr const char* kIkmR = "1ac01f181fdf9f352797655161c58b75c656a6cc2716dcb66372da835542e1df";
constexpr const char* kPkRm = "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a";
constexpr const char* kSkRm = "8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb";
constexpr const char* kEnc = "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a";
constexpr const char* kSharedSecret = "0bbe78490412b4bbea4812666f7916932b828bba79942424abb65244930d69a7";
constexpr const char* kKey = "ad2744de8e17f4ebba575b3f5f5a8fa1f69c2a07f6e7500bc60ca6e3e3ec1c91";
constexpr const char* kBaseNonce = "5c4d98150661b848853b547f";
constexpr const char* kExporterSecret = "a3b010d4994890e2c6968a36f64470d3c824c8f5029942feb11e7a74b2921922";
constexpr const char* kPt = "4265617574792069732074727574682c20747275746820626561757479"; // "Beauty is truth, ..."
constexpr const char* kAad0 = "436f756e742d30";                                           // "Count-0"
constexpr const char* kCt0 =
    "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28";
} // namespace a21

TEST(HpkeRfc9180A21, DeriveKeyPairGivesTheEphemeralKeys) {
    const X25519KeyPair ephemeral = hpkeDeriveKeyPair(hexBytes(a21::kIkmE));
    EXPECT_EQ(hexOf(ephemeral.privateKey.bytes()), a21::kSkEm);
    EXPECT_EQ(hexOf(ephemeral.publicKey), a21::kPkEm);
}

TEST(HpkeRfc9180A21, DeriveKeyPairGivesTheRecipientKeys) {
    const X25519KeyPair recipient = hpkeDeriveKeyPair(hexBytes(a21::kIkmR));
    EXPECT_EQ(hexOf(recipient.privateKey.bytes()), a21::kSkRm);
    EXPECT_EQ(hexOf(recipient.publicKey), a21::kPkRm);
}

TEST(HpkeRfc9180A21, KeyScheduleOutputs) {
    const std::optional<detail::HpkeContextForTest> context = detail::hpkeSetupBaseForTest(
        hpkeDeriveKeyPair(hexBytes(a21::kIkmE)), hexBytes(a21::kPkRm), hexBytes(a21::kInfo));
    ASSERT_TRUE(context.has_value());
    EXPECT_EQ(hexOf(context->sharedSecret), a21::kSharedSecret);
    EXPECT_EQ(hexOf(context->key), a21::kKey);
    EXPECT_EQ(hexOf(context->baseNonce), a21::kBaseNonce);
    EXPECT_EQ(hexOf(context->exporterSecret), a21::kExporterSecret);
}

TEST(HpkeRfc9180A21, SealOfSequenceZero) {
    const HpkeSealed sealed =
        detail::hpkeSealWithEphemeral(hpkeDeriveKeyPair(hexBytes(a21::kIkmE)), hexBytes(a21::kPkRm),
                                      hexBytes(a21::kInfo), hexBytes(a21::kAad0), hexBytes(a21::kPt));
    EXPECT_EQ(hexOf(sealed.enc), a21::kEnc);
    EXPECT_EQ(hexOf(sealed.ciphertext), a21::kCt0);
}

TEST(HpkeRfc9180A21, OpenOfSequenceZeroWithSkRm) {
    const std::optional<SecureBuffer> plaintext = hpkeOpen(
        hexSecret(a21::kSkRm), hexBytes(a21::kEnc), hexBytes(a21::kInfo), hexBytes(a21::kAad0), hexBytes(a21::kCt0));
    ASSERT_TRUE(plaintext.has_value());
    EXPECT_EQ(hexOf(plaintext->bytes()), a21::kPt);
}

class HpkeSealedToRecipient : public ::testing::Test {
protected:
    const X25519KeyPair m_recipient = generateX25519();
    const Bytes m_info = Bytes(asBytes("doichieu-bundle/v1").begin(), asBytes("doichieu-bundle/v1").end());
    const Bytes m_aad = Bytes(asBytes("site=CX-0042;events=1-37").begin(), asBytes("site=CX-0042;events=1-37").end());
    const Bytes m_plaintext = Bytes(asBytes("Khai sinh").begin(), asBytes("Khai sinh").end());
    const HpkeSealed m_sealed = hpkeSeal(m_recipient.publicKey, m_info, m_aad, m_plaintext);

    [[nodiscard]] std::optional<SecureBuffer> open(std::span<const std::uint8_t> enc,
                                                   std::span<const std::uint8_t> info,
                                                   std::span<const std::uint8_t> aad,
                                                   std::span<const std::uint8_t> ciphertext) const {
        return hpkeOpen(m_recipient.privateKey, enc, info, aad, ciphertext);
    }
};

TEST_F(HpkeSealedToRecipient, RoundTrips) {
    ASSERT_EQ(m_sealed.enc.size(), kHpkeEncSize);
    ASSERT_EQ(m_sealed.ciphertext.size(), m_plaintext.size() + 16);
    const std::optional<SecureBuffer> opened = open(m_sealed.enc, m_info, m_aad, m_sealed.ciphertext);
    ASSERT_TRUE(opened.has_value());
    EXPECT_EQ(hexOf(opened->bytes()), hexOf(m_plaintext));
}

TEST_F(HpkeSealedToRecipient, EachSealUsesAFreshEphemeralKey) {
    const HpkeSealed again = hpkeSeal(m_recipient.publicKey, m_info, m_aad, m_plaintext);
    EXPECT_NE(again.enc, m_sealed.enc);
    EXPECT_NE(again.ciphertext, m_sealed.ciphertext);
}

TEST_F(HpkeSealedToRecipient, WrongRecipientKeyIsRefused) {
    EXPECT_EQ(hpkeOpen(generateX25519().privateKey, m_sealed.enc, m_info, m_aad, m_sealed.ciphertext), std::nullopt);
}

TEST_F(HpkeSealedToRecipient, EveryFlippedEncBitIsRefused) {
    // Includes bit 255, which X25519 ignores: enc is still bound through kem_context.
    for (std::size_t bit = 0; bit < m_sealed.enc.size() * 8; ++bit) {
        Bytes enc = m_sealed.enc;
        enc[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_EQ(open(enc, m_info, m_aad, m_sealed.ciphertext), std::nullopt) << "bit " << bit;
    }
}

TEST_F(HpkeSealedToRecipient, EveryFlippedCiphertextBitIsRefused) {
    for (std::size_t bit = 0; bit < m_sealed.ciphertext.size() * 8; ++bit) {
        Bytes ciphertext = m_sealed.ciphertext;
        ciphertext[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_EQ(open(m_sealed.enc, m_info, m_aad, ciphertext), std::nullopt) << "bit " << bit;
    }
}

TEST_F(HpkeSealedToRecipient, EveryFlippedAadBitIsRefused) {
    for (std::size_t bit = 0; bit < m_aad.size() * 8; ++bit) {
        Bytes aad = m_aad;
        aad[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_EQ(open(m_sealed.enc, m_info, aad, m_sealed.ciphertext), std::nullopt) << "bit " << bit;
    }
}

TEST_F(HpkeSealedToRecipient, EveryFlippedInfoBitIsRefused) {
    for (std::size_t bit = 0; bit < m_info.size() * 8; ++bit) {
        Bytes info = m_info;
        info[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_EQ(open(m_sealed.enc, info, m_aad, m_sealed.ciphertext), std::nullopt) << "bit " << bit;
    }
}

TEST_F(HpkeSealedToRecipient, TruncatedOrExtendedCiphertextIsRefused) {
    for (std::size_t length = 0; length < m_sealed.ciphertext.size(); ++length) {
        EXPECT_EQ(open(m_sealed.enc, m_info, m_aad, std::span(m_sealed.ciphertext).first(length)), std::nullopt)
            << "length " << length;
    }
    Bytes extended = m_sealed.ciphertext;
    extended.push_back(0);
    EXPECT_EQ(open(m_sealed.enc, m_info, m_aad, extended), std::nullopt);
}

TEST_F(HpkeSealedToRecipient, LowOrderEncIsRefused) {
    // RFC 9180 section 7.1.4: DH giving the all-zero value must fail. A sender can choose enc freely.
    for (const char* point : {"0000000000000000000000000000000000000000000000000000000000000000",
                              "0100000000000000000000000000000000000000000000000000000000000000",
                              "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
                              "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
                              "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"}) {
        EXPECT_EQ(open(hexBytes(point), m_info, m_aad, m_sealed.ciphertext), std::nullopt) << point;
    }
}

TEST_F(HpkeSealedToRecipient, WrongSizesAreRefused) {
    EXPECT_EQ(open(Bytes(m_sealed.enc.begin(), m_sealed.enc.end() - 1), m_info, m_aad, m_sealed.ciphertext),
              std::nullopt);
    Bytes longEnc = m_sealed.enc;
    longEnc.push_back(0);
    EXPECT_EQ(open(longEnc, m_info, m_aad, m_sealed.ciphertext), std::nullopt);
    EXPECT_EQ(hpkeOpen(SecureBuffer(31), m_sealed.enc, m_info, m_aad, m_sealed.ciphertext), std::nullopt);
    EXPECT_EQ(hpkeOpen(SecureBuffer(), m_sealed.enc, m_info, m_aad, m_sealed.ciphertext), std::nullopt);
}

TEST(Hpke, SealToALowOrderOrMisSizedRecipientKeyIsRefused) {
    EXPECT_THROW((void)hpkeSeal(Bytes(32, 0), {}, {}, asBytes("x")), std::invalid_argument);
    EXPECT_THROW((void)hpkeSeal(hexBytes("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"), {}, {},
                                asBytes("x")),
                 std::invalid_argument);
    EXPECT_THROW((void)hpkeSeal(Bytes(31, 9), {}, {}, asBytes("x")), std::invalid_argument);
    EXPECT_EQ(detail::hpkeSetupBaseForTest(generateX25519(), Bytes(32, 0), {}), std::nullopt);
}

TEST(Hpke, AnInconsistentEphemeralPairIsRefused) {
    X25519KeyPair ephemeral = generateX25519();
    ephemeral.publicKey[0] ^= 1;
    EXPECT_THROW((void)detail::hpkeSealWithEphemeral(ephemeral, generateX25519().publicKey, {}, {}, asBytes("x")),
                 std::invalid_argument);
}

TEST(Hpke, EmptyPlaintextInfoAndAad) {
    const X25519KeyPair recipient = generateX25519();
    const HpkeSealed sealed = hpkeSeal(recipient.publicKey, {}, {}, {});
    const std::optional<SecureBuffer> opened = hpkeOpen(recipient.privateKey, sealed.enc, {}, {}, sealed.ciphertext);
    ASSERT_TRUE(opened.has_value());
    EXPECT_TRUE(opened->empty());
}

TEST(Hpke, DeriveKeyPairRefusesShortIkm) {
    EXPECT_THROW((void)hpkeDeriveKeyPair(Bytes(31, 1)), std::invalid_argument);
    EXPECT_NO_THROW((void)hpkeDeriveKeyPair(Bytes(32, 1)));
}

} // namespace
} // namespace dc::crypto
