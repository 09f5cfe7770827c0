// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/ConstantTime.h"

#include <gtest/gtest.h>

#include <vector>

namespace dc::crypto {
namespace {

TEST(ConstantTimeEqual, EqualContentsAreEqual) {
    const std::vector<std::uint8_t> a = {1, 2, 3, 4};
    const std::vector<std::uint8_t> b = {1, 2, 3, 4};
    EXPECT_TRUE(constantTimeEqual(a, b));
    EXPECT_TRUE(constantTimeEqual({}, {}));
}

TEST(ConstantTimeEqual, EveryDifferingBitIsNoticed) {
    const std::vector<std::uint8_t> a(16, 0x5a);
    for (std::size_t bit = 0; bit < a.size() * 8; ++bit) {
        std::vector<std::uint8_t> b = a;
        b[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_FALSE(constantTimeEqual(a, b)) << "bit " << bit;
    }
}

TEST(ConstantTimeEqual, DifferentLengthsAreUnequal) {
    const std::vector<std::uint8_t> a = {1, 2, 3};
    const std::vector<std::uint8_t> prefix = {1, 2};
    EXPECT_FALSE(constantTimeEqual(a, prefix));
    EXPECT_FALSE(constantTimeEqual(prefix, a));
    EXPECT_FALSE(constantTimeEqual(a, {}));
}

TEST(IsAllZero, ZeroAndEmpty) {
    EXPECT_TRUE(isAllZero(std::vector<std::uint8_t>(32, 0)));
    EXPECT_TRUE(isAllZero({}));
}

TEST(IsAllZero, AnySetBitMakesItNonZero) {
    for (std::size_t bit = 0; bit < 32 * 8; ++bit) {
        std::vector<std::uint8_t> bytes(32, 0);
        bytes[bit / 8] = static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_FALSE(isAllZero(bytes)) << "bit " << bit;
    }
    EXPECT_FALSE(isAllZero(std::vector<std::uint8_t>(32, 0xff)));
}

} // namespace
} // namespace dc::crypto
