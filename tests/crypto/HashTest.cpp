// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Hash.h"

#include "TestHex.h"

#include <gtest/gtest.h>

#include <future>
#include <string>

namespace dc::crypto {
namespace {

using test::asBytes;
using test::hexBytes;
using test::hexOf;

struct Sha256Vector {
    const char* name;
    std::string message;
    const char* digest;
};

class Sha256KnownAnswer : public ::testing::TestWithParam<Sha256Vector> {};

TEST_P(Sha256KnownAnswer, OneShotMatches) {
    EXPECT_EQ(hexOf(sha256(asBytes(GetParam().message))), GetParam().digest);
}

TEST_P(Sha256KnownAnswer, IncrementalMatchesForEverySplit) {
    const std::string& message = GetParam().message;
    // A million-byte message is hashed once; shorter ones at every split point.
    const std::size_t step = message.size() > 1000 ? message.size() / 7 : 1;
    for (std::size_t split = 0; split <= message.size(); split += step) {
        Sha256 hash;
        hash.update(std::string_view(message).substr(0, split)).update(std::string_view(message).substr(split));
        EXPECT_EQ(hexOf(hash.finish()), GetParam().digest) << "split at " << split;
    }
}

// FIPS 180-2 appendix B.1, B.2 and B.3 (the one-block, the two-block and the million-'a' messages), and the
// empty message (NIST CAVS SHA256ShortMsg, Len = 0).
INSTANTIATE_TEST_SUITE_P(
    Fips180, Sha256KnownAnswer,
    ::testing::Values(Sha256Vector{"Empty", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
                      Sha256Vector{"B1_abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
                      Sha256Vector{"B2_TwoBlocks", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                                   "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
                      Sha256Vector{"B3_MillionA", std::string(1000000, 'a'),
                                   "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"}),
    [](const ::testing::TestParamInfo<Sha256Vector>& info) { return std::string(info.param.name); });

// Each sha256() call starts from the empty message whatever the call before it hashed, on this thread and on two at
// once (the hub hashes on its importing thread and on a worker).
TEST(Sha256, OneShotCallsShareNothingWithinOrAcrossThreads) {
    const auto hashMany = [] {
        int wrong = 0;
        for (int i = 0; i < 2000; ++i) {
            const std::string message(static_cast<std::size_t>(i % 130), 'x'); // every tail length of a block
            (void)sha256(asBytes(message));
            wrong += hexOf(sha256(asBytes(std::string("abc")))) !=
                     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        }
        return wrong;
    };
    auto other = std::async(std::launch::async, hashMany);
    EXPECT_EQ(hashMany(), 0);
    EXPECT_EQ(other.get(), 0);
}

TEST(Sha256, FinishResetsForReuse) {
    Sha256 hash;
    hash.update(std::string_view("something else"));
    (void)hash.finish();
    hash.update(std::string_view("abc"));
    EXPECT_EQ(hexOf(hash.finish()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, U64IsEightBigEndianBytes) {
    Sha256 viaInteger;
    viaInteger.updateU64BigEndian(0x0102030405060708ull);
    EXPECT_EQ(viaInteger.finish(), sha256(hexBytes("0102030405060708")));
}

TEST(Sha256, MoveKeepsTheStateAndTheSourceIsReusable) {
    Sha256 first;
    first.update(std::string_view("ab"));
    Sha256 second(std::move(first));
    second.update(std::string_view("c"));
    EXPECT_EQ(hexOf(second.finish()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    first.update(std::string_view("abc")); // NOLINT(bugprone-use-after-move): documented as usable
    EXPECT_EQ(hexOf(first.finish()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

struct HmacVector {
    const char* name;
    std::vector<std::uint8_t> key;
    std::string data;
    const char* mac;
};

class HmacSha256KnownAnswer : public ::testing::TestWithParam<HmacVector> {};

TEST_P(HmacSha256KnownAnswer, Matches) {
    EXPECT_EQ(hexOf(hmacSha256(GetParam().key, asBytes(GetParam().data))), GetParam().mac);
}

// RFC 4231 section 4.2 (test case 1), 4.3 (2), 4.4 (3) and 4.7 (6, a key longer than the block).
INSTANTIATE_TEST_SUITE_P(
    Rfc4231, HmacSha256KnownAnswer,
    ::testing::Values(HmacVector{"TestCase1", std::vector<std::uint8_t>(20, 0x0b), "Hi There",
                                 "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
                      HmacVector{"TestCase2",
                                 {'J', 'e', 'f', 'e'},
                                 "what do ya want for nothing?",
                                 "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
                      HmacVector{"TestCase3", std::vector<std::uint8_t>(20, 0xaa), std::string(50, '\xdd'),
                                 "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"},
                      HmacVector{"TestCase6", std::vector<std::uint8_t>(131, 0xaa),
                                 "Test Using Larger Than Block-Size Key - Hash Key First",
                                 "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"}),
    [](const ::testing::TestParamInfo<HmacVector>& info) { return std::string(info.param.name); });

TEST(HmacSha256, EmptyKeyAndMessageAreAllowed) {
    // HMAC pads the key with zeros, so the empty key equals 64 zero bytes (RFC 2104 section 2).
    EXPECT_EQ(hmacSha256({}, {}), hmacSha256(std::vector<std::uint8_t>(64, 0), {}));
}

struct HkdfVector {
    const char* name;
    const char* ikm;
    const char* salt;
    const char* info;
    std::size_t length;
    const char* prk;
    const char* okm;
};

class HkdfKnownAnswer : public ::testing::TestWithParam<HkdfVector> {};

TEST_P(HkdfKnownAnswer, ExtractGivesPrk) {
    const HkdfVector& v = GetParam();
    EXPECT_EQ(hexOf(hkdfExtract(hexBytes(v.salt), hexBytes(v.ikm)).bytes()), v.prk);
}

TEST_P(HkdfKnownAnswer, ExpandGivesOkm) {
    const HkdfVector& v = GetParam();
    EXPECT_EQ(hexOf(hkdfExpand(hexBytes(v.prk), hexBytes(v.info), v.length).bytes()), v.okm);
}

// RFC 5869 appendix A, test cases 1, 2 and 3 (the SHA-256 ones).
INSTANTIATE_TEST_SUITE_P(
    Rfc5869, HkdfKnownAnswer,
    ::testing::Values(
        HkdfVector{"A1_Basic", "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "000102030405060708090a0b0c",
                   "f0f1f2f3f4f5f6f7f8f9", 42, "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
                   "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"},
        HkdfVector{"A2_LongInputs",
                   "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
                   "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"
                   "404142434445464748494a4b4c4d4e4f",
                   "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
                   "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"
                   "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
                   "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecf"
                   "d0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeef"
                   "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
                   82, "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
                   "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                   "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                   "cc30c58179ec3e87c14c01d5c1f3434f1d87"},
        HkdfVector{"A3_EmptySaltAndInfo", "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "", "", 42,
                   "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
                   "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"}),
    [](const ::testing::TestParamInfo<HkdfVector>& info) { return std::string(info.param.name); });

TEST(Hkdf, AbsentSaltEqualsHashLenZeros) {
    // RFC 5869 section 2.2: "if not provided, [salt] is set to a string of HashLen zeros".
    const auto ikm = hexBytes("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    EXPECT_EQ(hexOf(hkdfExtract({}, ikm).bytes()), hexOf(hkdfExtract(std::vector<std::uint8_t>(32, 0), ikm).bytes()));
}

TEST(Hkdf, SaltLongerThanABlockIsHashedLikeHmacDoes) {
    // RFC 2104 section 2: a key longer than the block is replaced by its hash; 5000 bytes is past Botan's own
    // HMAC key limit, which must not surface as an exception.
    const std::vector<std::uint8_t> longSalt(5000, 0x5a);
    const Sha256Digest hashedSalt = sha256(longSalt);
    const auto ikm = asBytes("input keying material");
    EXPECT_EQ(hexOf(hkdfExtract(longSalt, ikm).bytes()), hexOf(hkdfExtract(hashedSalt, ikm).bytes()));
}

TEST(Hkdf, ExpandAllowsUpTo255BlocksAndRefusesMore) {
    const std::vector<std::uint8_t> prk(32, 0x11);
    const SecureBuffer longest = hkdfExpand(prk, asBytes("info"), 255 * 32);
    EXPECT_EQ(longest.size(), 255u * 32u);
    // Prefix property: a shorter output is the beginning of the longer one.
    EXPECT_EQ(hexOf(hkdfExpand(prk, asBytes("info"), 100).bytes()), hexOf(longest.bytes().first(100)));
    EXPECT_THROW((void)hkdfExpand(prk, asBytes("info"), 255 * 32 + 1), std::invalid_argument);
}

TEST(Hkdf, ExpandOfZeroBytesIsEmpty) {
    EXPECT_TRUE(hkdfExpand(std::vector<std::uint8_t>(32, 1), {}, 0).empty());
}

TEST(Hkdf, ExpandRefusesAPrkShorterThanHashLen) {
    EXPECT_THROW((void)hkdfExpand(std::vector<std::uint8_t>(31, 1), {}, 32), std::invalid_argument);
}

} // namespace
} // namespace dc::crypto
