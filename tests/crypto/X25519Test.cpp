// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/X25519.h"

#include "TestHex.h"

#include <gtest/gtest.h>

namespace dc::crypto {
namespace {

using test::hexBytes;
using test::hexOf;
using test::hexSecret;

using Bytes = std::vector<std::uint8_t>;

struct X25519Vector {
    const char* name;
    const char* scalar;
    const char* u;
    const char* output;
};

class X25519KnownAnswer : public ::testing::TestWithParam<X25519Vector> {};

TEST_P(X25519KnownAnswer, ScalarMultiplication) {
    const std::optional<SecureBuffer> out = x25519(hexBytes(GetParam().scalar), hexBytes(GetParam().u));
    ASSERT_TRUE(out.has_value());
    EXPECT_EQ(hexOf(out->bytes()), GetParam().output);
}

// RFC 7748 section 5.2, the two single-shot vectors. The second u has its top bit set (0x93), which X25519 must
// mask (section 5), and its scalar is not clamped in the vector (clamping happens inside).
INSTANTIATE_TEST_SUITE_P(
    Rfc7748Section5_2, X25519KnownAnswer,
    ::testing::Values(X25519Vector{"Vector1", "a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
                                   "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
                                   "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"},
                      X25519Vector{"Vector2", "4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
                                   "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
                                   "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957"}),
    [](const ::testing::TestParamInfo<X25519Vector>& info) { return std::string(info.param.name); });

// RFC 7748 section 5.2, the iterated test: k = u = 9; then k, u = X25519(k, u), k. Checked after 1 and 1,000
// iterations (the 1,000,000-iteration value is skipped: it takes minutes).
TEST(X25519, Rfc7748IteratedOneAndOneThousand) {
    Bytes k = hexBytes("0900000000000000000000000000000000000000000000000000000000000000");
    Bytes u = k;
    for (int iteration = 1; iteration <= 1000; ++iteration) {
        const std::optional<SecureBuffer> next = x25519(k, u);
        ASSERT_TRUE(next.has_value()) << "iteration " << iteration;
        u = k;
        k.assign(next->data(), next->data() + next->size());
        if (iteration == 1) {
            EXPECT_EQ(hexOf(k), "422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079");
        }
    }
    EXPECT_EQ(hexOf(k), "684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51");
}

// RFC 7748 section 6.1: Alice's and Bob's key pairs and their shared secret.
TEST(X25519, Rfc7748Section6_1DiffieHellman) {
    const SecureBuffer alicePrivate = hexSecret("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    const SecureBuffer bobPrivate = hexSecret("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
    const X25519PublicKey alicePublic = x25519PublicKey(alicePrivate);
    const X25519PublicKey bobPublic = x25519PublicKey(bobPrivate);
    EXPECT_EQ(hexOf(alicePublic), "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    EXPECT_EQ(hexOf(bobPublic), "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    const std::optional<SecureBuffer> aliceShared = x25519(alicePrivate.bytes(), bobPublic);
    const std::optional<SecureBuffer> bobShared = x25519(bobPrivate.bytes(), alicePublic);
    ASSERT_TRUE(aliceShared.has_value());
    ASSERT_TRUE(bobShared.has_value());
    EXPECT_EQ(hexOf(aliceShared->bytes()), "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    EXPECT_EQ(hexOf(bobShared->bytes()), "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
}

// The u-coordinates of points of small order (1, 2, 4, 8) on Curve25519 and its twist, as the blocklists of
// libsodium and others list them: 0, 1, the two order-8 points, p - 1, and the non-canonical p and p + 1 (which
// reduce to 0 and 1). Each also with bit 255 set, which RFC 7748 section 5 masks off. DH with any of them gives the
// all-zero output that RFC 7748 section 6.1 tells us to refuse.
class X25519LowOrder : public ::testing::TestWithParam<const char*> {};

TEST_P(X25519LowOrder, IsRefusedForAnyScalar) {
    Bytes point = hexBytes(GetParam());
    Bytes pointWithTopBit = point;
    pointWithTopBit[31] |= 0x80;
    for (int i = 0; i < 4; ++i) {
        const SecureBuffer scalar = generateX25519().privateKey;
        EXPECT_EQ(x25519(scalar.bytes(), point), std::nullopt);
        EXPECT_EQ(x25519(scalar.bytes(), pointWithTopBit), std::nullopt);
    }
    EXPECT_EQ(x25519(hexBytes("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"), point),
              std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(SmallOrderPoints, X25519LowOrder,
                         ::testing::Values("0000000000000000000000000000000000000000000000000000000000000000",
                                           "0100000000000000000000000000000000000000000000000000000000000000",
                                           "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
                                           "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
                                           "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
                                           "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
                                           "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"));

TEST(X25519, WrongSizesGiveNullopt) {
    const Bytes key(32, 0x42);
    const Bytes peer = hexBytes("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c");
    EXPECT_EQ(x25519(Bytes(31, 0x42), peer), std::nullopt);
    EXPECT_EQ(x25519(Bytes(33, 0x42), peer), std::nullopt);
    EXPECT_EQ(x25519(key, Bytes(peer.begin(), peer.end() - 1)), std::nullopt);
    EXPECT_EQ(x25519(key, Bytes(33, 9)), std::nullopt);
    EXPECT_EQ(x25519({}, {}), std::nullopt);
}

TEST(X25519, WrongPrivateKeySizeIsAProgrammingError) {
    EXPECT_THROW((void)x25519PublicKey(SecureBuffer(31)), std::invalid_argument);
    EXPECT_THROW((void)x25519PublicKey(SecureBuffer(64)), std::invalid_argument);
}

TEST(X25519, GeneratedPairsAgree) {
    const X25519KeyPair alice = generateX25519();
    const X25519KeyPair bob = generateX25519();
    ASSERT_EQ(alice.privateKey.size(), kX25519KeySize);
    EXPECT_EQ(alice.publicKey, x25519PublicKey(alice.privateKey));
    EXPECT_NE(alice.publicKey, bob.publicKey);
    const std::optional<SecureBuffer> ab = x25519(alice.privateKey.bytes(), bob.publicKey);
    const std::optional<SecureBuffer> ba = x25519(bob.privateKey.bytes(), alice.publicKey);
    ASSERT_TRUE(ab.has_value());
    ASSERT_TRUE(ba.has_value());
    EXPECT_EQ(hexOf(ab->bytes()), hexOf(ba->bytes()));
}

} // namespace
} // namespace dc::crypto
