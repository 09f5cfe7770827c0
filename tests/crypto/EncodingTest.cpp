// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Encoding.h"

#include "crypto/Random.h"

#include "TestHex.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace dc::crypto {
namespace {

using test::asBytes;
using test::toVector;

TEST(Hex, EncodesLowerCase) {
    const std::vector<std::uint8_t> bytes = {0x00, 0x01, 0x7f, 0x80, 0xab, 0xcd, 0xef, 0xff};
    EXPECT_EQ(toHex(bytes), "00017f80abcdefff");
    EXPECT_EQ(toHex({}), "");
}

TEST(Hex, DecodesBothCases) {
    const std::vector<std::uint8_t> expected = {0xab, 0xcd, 0xef, 0x09};
    EXPECT_EQ(fromHex("abcdef09"), expected);
    EXPECT_EQ(fromHex("ABCDEF09"), expected);
    EXPECT_EQ(fromHex("aBcDeF09"), expected);
    EXPECT_EQ(fromHex(""), std::vector<std::uint8_t>{});
}

class HexRefuses : public ::testing::TestWithParam<std::string> {};

TEST_P(HexRefuses, ReturnsNullopt) {
    EXPECT_EQ(fromHex(GetParam()), std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(BadInput, HexRefuses,
                         ::testing::Values("0", "abc", "0g", "g0", "zz", " 00", "00 ", "0 0", "00\n", "\t00", "0x00",
                                           "+0", "-1", "00:11",
                                           std::string("00\0"
                                                       "0",
                                                       4),
                                           "\xc3\xa9\xc3\xa9"));

TEST_P(HexRefuses, IntoCallerMemoryToo) {
    std::vector<std::uint8_t> out(GetParam().size() / 2);
    EXPECT_FALSE(fromHexInto(GetParam(), out));
}

TEST(Hex, FromHexIntoDecodesExactlyItsSize) {
    std::array<std::uint8_t, 4> out{};
    ASSERT_TRUE(fromHexInto("aBcDeF09", out));
    EXPECT_EQ(out, (std::array<std::uint8_t, 4>{0xab, 0xcd, 0xef, 0x09}));
    EXPECT_FALSE(fromHexInto("abcdef", out));     // too short for the output
    EXPECT_FALSE(fromHexInto("abcdef0901", out)); // too long for it
    EXPECT_TRUE(fromHexInto("", std::span<std::uint8_t>()));
}

TEST(Hex, ToHexIntoWritesIntoCallerMemory) {
    const std::vector<std::uint8_t> bytes = {0xde, 0xad, 0xbe, 0xef};
    std::string out(8, '?');
    toHexInto(bytes, out);
    EXPECT_EQ(out, "deadbeef");
}

TEST(Hex, ToHexIntoNeverWritesPastTheOutput) {
    const std::vector<std::uint8_t> bytes = {0x12, 0x34, 0x56};
    std::string out(5, '?'); // too short by one: only two whole bytes fit
    toHexInto(bytes, std::span<char>(out.data(), 4));
    EXPECT_EQ(out, "1234?");
}

TEST(Hex, EveryByteValueRoundTrips) {
    std::vector<std::uint8_t> all(256);
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i] = static_cast<std::uint8_t>(i);
    }
    const std::string hex = toHex(all);
    EXPECT_EQ(hex.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_EQ(fromHex(hex), all);
}

struct Base64Vector {
    std::string decoded;
    std::string encoded;
};

class Base64KnownAnswer : public ::testing::TestWithParam<Base64Vector> {};

TEST_P(Base64KnownAnswer, Encodes) {
    EXPECT_EQ(toBase64(asBytes(GetParam().decoded)), GetParam().encoded);
}

TEST_P(Base64KnownAnswer, Decodes) {
    EXPECT_EQ(fromBase64(GetParam().encoded), toVector(asBytes(GetParam().decoded)));
}

// RFC 4648 section 10 test vectors.
INSTANTIATE_TEST_SUITE_P(Rfc4648, Base64KnownAnswer,
                         ::testing::Values(Base64Vector{"", ""}, Base64Vector{"f", "Zg=="}, Base64Vector{"fo", "Zm8="},
                                           Base64Vector{"foo", "Zm9v"}, Base64Vector{"foob", "Zm9vYg=="},
                                           Base64Vector{"fooba", "Zm9vYmE="}, Base64Vector{"foobar", "Zm9vYmFy"}));

class Base64Refuses : public ::testing::TestWithParam<std::string> {};

TEST_P(Base64Refuses, ReturnsNullopt) {
    EXPECT_EQ(fromBase64(GetParam()), std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(BadInput, Base64Refuses,
                         ::testing::Values("Zg", "Zg=", "Zm9", "Z", "Zm9vY", // missing padding / partial group
                                           "Zg===", "Z===", "====", "=Zm9", "Zm=v", "Zg==Zg==", "Zm9vYg=a",
                                           "Zh==", "Zm9=", // non-zero bits after the last byte
                                           " Zm9v", "Zm9v ", "Zm 9v", "Zm9v\n", "Zm9v\r\n", "\tZm9v", // whitespace
                                           "Zm-v", "Zm_v", // the URL-safe alphabet is not ours
                                           "Zm9*", "Zm9.", std::string("Zm\0v", 4), "Zm9v\xc3\xa9"));

TEST(Base64, EveryLengthRoundTrips) {
    for (std::size_t length = 0; length <= 64; ++length) {
        const std::vector<std::uint8_t> bytes = randomBytes(length);
        const std::string text = toBase64(bytes);
        EXPECT_EQ(text.size(), (length + 2) / 3 * 4);
        EXPECT_EQ(fromBase64(text), bytes) << "length " << length;
    }
}

TEST(BigEndian, AppendsMostSignificantByteFirst) {
    std::vector<std::uint8_t> out = {0xaa};
    appendU32BigEndian(out, 0x01020304u);
    appendU64BigEndian(out, 0x05060708090a0b0cull);
    EXPECT_EQ(out, (std::vector<std::uint8_t>{0xaa, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
}

TEST(BigEndian, ExtremeValues) {
    std::vector<std::uint8_t> out;
    appendU32BigEndian(out, 0);
    appendU32BigEndian(out, 0xffffffffu);
    appendU64BigEndian(out, 0xffffffffffffffffull);
    EXPECT_EQ(toHex(out), "00000000ffffffffffffffffffffffff");
}

} // namespace
} // namespace dc::crypto
