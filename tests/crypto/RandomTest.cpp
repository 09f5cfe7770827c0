// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Random.h"

#include "crypto/ConstantTime.h"

#include <gtest/gtest.h>

#include <array>
#include <stdexcept>

namespace dc::crypto {
namespace {

TEST(Random, BytesHaveTheRequestedSizeAndDiffer) {
    const std::vector<std::uint8_t> a = randomBytes(32);
    const std::vector<std::uint8_t> b = randomBytes(32);
    ASSERT_EQ(a.size(), 32u);
    ASSERT_EQ(b.size(), 32u);
    // 2^-256 chance of a false failure.
    EXPECT_NE(a, b);
    EXPECT_FALSE(isAllZero(a));
    EXPECT_TRUE(randomBytes(0).empty());
}

TEST(Random, SecretHasTheRequestedSize) {
    const SecureBuffer secret = randomSecret(48);
    EXPECT_EQ(secret.size(), 48u);
    EXPECT_FALSE(isAllZero(secret.bytes()));
}

TEST(Random, FillOfNothingIsFine) {
    std::span<std::uint8_t> nothing;
    EXPECT_NO_THROW(fillRandom(nothing));
}

TEST(RandomBelow, BoundOneAlwaysGivesZero) {
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(randomBelow(1), 0u);
    }
}

TEST(RandomBelow, ZeroBoundIsRefused) {
    EXPECT_THROW((void)randomBelow(0), std::invalid_argument);
}

TEST(RandomBelow, StaysInRangeAndReachesEveryValue) {
    std::array<int, 10> seen{};
    for (int i = 0; i < 2000; ++i) {
        const std::uint32_t value = randomBelow(10);
        ASSERT_LT(value, 10u);
        ++seen[value];
    }
    // Each value expects 200 hits; below 100 would be a > 7 sigma event.
    for (std::size_t value = 0; value < seen.size(); ++value) {
        EXPECT_GT(seen[value], 100) << "value " << value;
    }
}

TEST(RandomBelow, LargeBoundsStayInRange) {
    // 2^31 + 1 rejects almost half the 32-bit range: the loop must still terminate and stay below the bound.
    const std::uint32_t bound = 0x80000001u;
    for (int i = 0; i < 200; ++i) {
        EXPECT_LT(randomBelow(bound), bound);
    }
    EXPECT_LT(randomBelow(0xffffffffu), 0xffffffffu);
}

} // namespace
} // namespace dc::crypto
