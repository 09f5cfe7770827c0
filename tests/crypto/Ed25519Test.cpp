// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Ed25519.h"

#include "TestHex.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dc::crypto {
namespace {

using test::asBytes;
using test::hexBytes;
using test::hexOf;
using test::hexSecret;

using Bytes = std::vector<std::uint8_t>;

// L = 2^252 + 27742317777372353535851937790883648493 (RFC 8032 section 5.1), little-endian.
const Bytes kGroupOrder = hexBytes("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");

// Big-integer addition on 32 little-endian bytes: S + L for the malleability tests (no overflow for S < 2^255).
Bytes addLittleEndian(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) {
    Bytes sum(32);
    unsigned carry = 0;
    for (std::size_t i = 0; i < 32; ++i) {
        const unsigned total = unsigned{a[i]} + unsigned{b[i]} + carry;
        sum[i] = static_cast<std::uint8_t>(total);
        carry = total >> 8;
    }
    EXPECT_EQ(carry, 0u);
    return sum;
}

Bytes withScalar(std::span<const std::uint8_t> signature, std::span<const std::uint8_t> s) {
    Bytes out(64);
    std::copy_n(signature.begin(), 32, out.begin());
    std::copy_n(s.begin(), 32, out.begin() + 32);
    return out;
}

struct Ed25519Vector {
    const char* name;
    const char* seed;
    const char* publicKey;
    const char* message;
    const char* signature;
};

// RFC 8032 section 7.1, TEST 1024: the 1023-byte message, as printed in the RFC.
const char* const kTest1024Message =
    "08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98fa6e264bf09efe12ee50f8f54e9f77b1e355f6c5"
    "0544e23fb1433ddf73be84d879de7c0046dc4996d9e773f4bc9efe5738829adb26c81b37c93a1b270b20329d658675fc6ea534e0"
    "810a4432826bf58c941efb65d57a338bbd2e26640f89ffbc1a858efcb8550ee3a5e1998bd177e93a7363c344fe6b199ee5d02e82"
    "d522c4feba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e06203b33890cc9b832f79ef80560ccb9"
    "a39ce767967ed628c6ad573cb116dbefefd75499da96bd68a8a97b928a8bbc103b6621fcde2beca1231d206be6cd9ec7aff6f6c9"
    "4fcd7204ed3455c68c83f4a41da4af2b74ef5c53f1d8ac70bdcb7ed185ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5"
    "d0532ed8a5aa3fb2d17ba70eb6248e594e1a2297acbbb39d502f1a8c6eb6f1ce22b3de1a1f40cc24554119a831a9aad6079cad88"
    "425de6bde1a9187ebb6092cf67bf2b13fd65f27088d78b7e883c8759d2c4f5c65adb7553878ad575f9fad878e80a0c9ba63bcbcc"
    "2732e69485bbc9c90bfbd62481d9089beccf80cfe2df16a2cf65bd92dd597b0707e0917af48bbb75fed413d238f5555a7a569d80"
    "c3414a8d0859dc65a46128bab27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51addd3b75a2b1ae078"
    "4504df543af8969be3ea7082ff7fc9888c144da2af58429ec96031dbcad3dad9af0dcbaaaf268cb8fcffead94f3c7ca495e056a9"
    "b47acdb751fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301651339e22904cc8c42f58c30c04aafdb038dda0847dd988d"
    "cda6f3bfd15c4b4c4525004aa06eeff8ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34dff7310fdc"
    "82aebfd904b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08d78ff4ef5d63653a65040cf9bfd4aca7984a74d371459867"
    "80fc0b16ac451649de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a3ca8e1b939ae49e488acba6b965610b5480109c8"
    "b17b80e1b7b750dfc7598d5d5011fd2dcc5600a32ef5b52a1ecc820e308aa342721aac0943bf6686b64b2579376504ccc493d97e"
    "6aed3fb0f9cd71a43dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5fb93246f6b1116398a346f1a641f3b041e989f791"
    "4f90cc2c7fff357876e506b50d334ba77c225bc307ba537152f3f1610e4eafe595f6d9d90d11faa933a15ef1369546868a7f3a45"
    "a96768d40fd9d03412c091c6315cf4fde7cb68606937380db2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac"
    "86aba41c0618983f8741c5ef68d3a101e8a3b8cac60c905c15fc910840b94c00a0b9d0";

class Ed25519KnownAnswer : public ::testing::TestWithParam<Ed25519Vector> {};

TEST_P(Ed25519KnownAnswer, PublicKeyFromSeed) {
    EXPECT_EQ(hexOf(ed25519PublicKey(hexSecret(GetParam().seed))), GetParam().publicKey);
}

TEST_P(Ed25519KnownAnswer, SignatureMatches) {
    EXPECT_EQ(hexOf(ed25519Sign(hexSecret(GetParam().seed), hexBytes(GetParam().message))), GetParam().signature);
}

TEST_P(Ed25519KnownAnswer, Verifies) {
    EXPECT_TRUE(
        ed25519Verify(hexBytes(GetParam().publicKey), hexBytes(GetParam().message), hexBytes(GetParam().signature)));
}

TEST_P(Ed25519KnownAnswer, SPlusLIsRefusedWhileTheOriginalVerifies) {
    // Botan 2.19 alone accepts S + L (same point equation mod L): the wrapper's S < L check must refuse it.
    const Bytes signature = hexBytes(GetParam().signature);
    const Bytes malleated = withScalar(signature, addLittleEndian(std::span(signature).subspan(32), kGroupOrder));
    ASSERT_NE(hexOf(malleated), hexOf(signature));
    EXPECT_FALSE(ed25519Verify(hexBytes(GetParam().publicKey), hexBytes(GetParam().message), malleated));
    EXPECT_TRUE(ed25519Verify(hexBytes(GetParam().publicKey), hexBytes(GetParam().message), signature));
}

INSTANTIATE_TEST_SUITE_P(
    Rfc8032Section7_1, Ed25519KnownAnswer,
    ::testing::Values(
        Ed25519Vector{"Test1", "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
                      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
                      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b4"
                      "6bd25bf5f0595bbe24655141438e7a100b"},
        Ed25519Vector{"Test2", "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
                      "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
                      "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d"
                      "8c387b2eaeb4302aeeb00d291612bb0c00"},
        Ed25519Vector{"Test3", "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
                      "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
                      "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6"
                      "594a7c15e9716ed28dc027beceea1ec40a"},
        Ed25519Vector{"Test1024", "f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5",
                      "278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e", kTest1024Message,
                      "0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350aa5371b1508f9f4528ecea23c436d9"
                      "4b5e8fcd4f681e30a6ac00a9704a188a03"},
        // TEST SHA(abc): the message is SHA-512("abc").
        Ed25519Vector{"TestShaAbc", "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
                      "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
                      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feeb"
                      "bd454d4423643ce80e2a9ac94fa54ca49f",
                      "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0"
                      "303dca179c138ac17ad9bef1177331a704"}),
    [](const ::testing::TestParamInfo<Ed25519Vector>& info) { return std::string(info.param.name); });

TEST(Ed25519, Test1024MessageIs1023Bytes) {
    EXPECT_EQ(hexBytes(kTest1024Message).size(), 1023u);
}

class Ed25519Tampering : public ::testing::Test {
protected:
    // RFC 8032 TEST 3's key and message.
    const SecureBuffer m_seed = hexSecret("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7");
    const Bytes m_publicKey = hexBytes("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025");
    const Bytes m_message = hexBytes("af82");
    const Bytes m_signature = [this] {
        const Ed25519Signature signature = ed25519Sign(m_seed, m_message);
        return Bytes(signature.begin(), signature.end());
    }();
};

TEST_F(Ed25519Tampering, EveryFlippedSignatureBitIsRefused) {
    ASSERT_TRUE(ed25519Verify(m_publicKey, m_message, m_signature));
    for (std::size_t bit = 0; bit < m_signature.size() * 8; ++bit) {
        Bytes tampered = m_signature;
        tampered[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_FALSE(ed25519Verify(m_publicKey, m_message, tampered)) << "bit " << bit;
    }
}

TEST_F(Ed25519Tampering, EveryFlippedMessageBitIsRefused) {
    for (std::size_t bit = 0; bit < m_message.size() * 8; ++bit) {
        Bytes tampered = m_message;
        tampered[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_FALSE(ed25519Verify(m_publicKey, tampered, m_signature)) << "bit " << bit;
    }
    EXPECT_FALSE(ed25519Verify(m_publicKey, {}, m_signature));
    Bytes longer = m_message;
    longer.push_back(0);
    EXPECT_FALSE(ed25519Verify(m_publicKey, longer, m_signature));
}

TEST_F(Ed25519Tampering, EveryFlippedPublicKeyBitIsRefused) {
    for (std::size_t bit = 0; bit < m_publicKey.size() * 8; ++bit) {
        Bytes tampered = m_publicKey;
        tampered[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_FALSE(ed25519Verify(tampered, m_message, m_signature)) << "bit " << bit;
    }
}

TEST_F(Ed25519Tampering, NonCanonicalScalarsAreRefused) {
    // S = L exactly, S = L + 1 and S with the top bits set: all >= L (RFC 8032 section 5.1.7 step 1).
    EXPECT_FALSE(ed25519Verify(m_publicKey, m_message, withScalar(m_signature, kGroupOrder)));
    Bytes lPlusOne = kGroupOrder;
    lPlusOne[0] += 1;
    EXPECT_FALSE(ed25519Verify(m_publicKey, m_message, withScalar(m_signature, lPlusOne)));
    EXPECT_FALSE(ed25519Verify(m_publicKey, m_message, withScalar(m_signature, Bytes(32, 0xff))));
}

TEST_F(Ed25519Tampering, WrongSizesAreFalseNotExceptions) {
    Bytes shortKey(m_publicKey.begin(), m_publicKey.end() - 1);
    Bytes longKey = m_publicKey;
    longKey.push_back(0);
    Bytes shortSignature(m_signature.begin(), m_signature.end() - 1);
    Bytes longSignature = m_signature;
    longSignature.push_back(0);
    EXPECT_FALSE(ed25519Verify(shortKey, m_message, m_signature));
    EXPECT_FALSE(ed25519Verify(longKey, m_message, m_signature));
    EXPECT_FALSE(ed25519Verify(m_publicKey, m_message, shortSignature));
    EXPECT_FALSE(ed25519Verify(m_publicKey, m_message, longSignature));
    EXPECT_FALSE(ed25519Verify({}, m_message, {}));
}

TEST(Ed25519, WrongSeedSizeIsAProgrammingError) {
    EXPECT_THROW((void)ed25519PublicKey(SecureBuffer(31)), std::invalid_argument);
    EXPECT_THROW((void)ed25519Sign(SecureBuffer(33), asBytes("x")), std::invalid_argument);
    EXPECT_THROW((void)ed25519Sign(SecureBuffer(64), asBytes("x")), std::invalid_argument); // not the expanded key
}

TEST(Ed25519, GeneratedKeysSignAndVerify) {
    const Ed25519KeyPair pair = generateEd25519();
    ASSERT_EQ(pair.seed.size(), kEd25519SeedSize);
    EXPECT_EQ(pair.publicKey, ed25519PublicKey(pair.seed));
    const Ed25519Signature signature = ed25519Sign(pair.seed, asBytes("Sổ hộ tịch 1995, trang 12"));
    EXPECT_TRUE(ed25519Verify(pair.publicKey, asBytes("Sổ hộ tịch 1995, trang 12"), signature));
    EXPECT_FALSE(ed25519Verify(generateEd25519().publicKey, asBytes("Sổ hộ tịch 1995, trang 12"), signature));
}

} // namespace
} // namespace dc::crypto
