// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/SecureBuffer.h"

#include "TestHex.h"

#include <gtest/gtest.h>

#include <type_traits>

namespace dc::crypto {
namespace {

using test::asBytes;
using test::hexOf;

static_assert(!std::is_copy_constructible_v<SecureBuffer>, "copies must be explicit (clone)");
static_assert(!std::is_copy_assignable_v<SecureBuffer>, "copies must be explicit (clone)");
static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);
static_assert(std::is_nothrow_move_assignable_v<SecureBuffer>);

TEST(SecureBuffer, SizedConstructorZeroFills) {
    const SecureBuffer buffer(40);
    ASSERT_EQ(buffer.size(), 40u);
    for (const std::uint8_t byte : buffer.bytes()) {
        EXPECT_EQ(byte, 0);
    }
    EXPECT_TRUE(SecureBuffer().empty());
}

TEST(SecureBuffer, CopyOfBytesAndText) {
    const std::vector<std::uint8_t> bytes = {1, 2, 3};
    EXPECT_EQ(hexOf(SecureBuffer::copyOf(bytes).bytes()), "010203");
    const SecureBuffer password = SecureBuffer::copyOf(std::string_view("mật khẩu")); // UTF-8 bytes kept as is
    EXPECT_EQ(password.chars(), "mật khẩu");
    EXPECT_EQ(password.size(), std::string_view("mật khẩu").size());
}

TEST(SecureBuffer, MoveConstructionLeavesTheSourceEmpty) {
    SecureBuffer source = SecureBuffer::copyOf(asBytes("secret"));
    SecureBuffer target(std::move(source));
    EXPECT_EQ(target.chars(), "secret");
    EXPECT_TRUE(source.empty()); // NOLINT(bugprone-use-after-move): the documented state
    EXPECT_EQ(source.size(), 0u);
}

TEST(SecureBuffer, MoveAssignmentLeavesTheSourceEmptyAndReplacesTheTarget) {
    SecureBuffer source = SecureBuffer::copyOf(asBytes("new"));
    SecureBuffer target = SecureBuffer::copyOf(asBytes("old contents"));
    target = std::move(source);
    EXPECT_EQ(target.chars(), "new");
    EXPECT_TRUE(source.empty()); // NOLINT(bugprone-use-after-move)
}

TEST(SecureBuffer, SelfMoveAssignmentKeepsTheContents) {
    SecureBuffer buffer = SecureBuffer::copyOf(asBytes("same"));
    SecureBuffer& alias = buffer;
    buffer = std::move(alias);
    EXPECT_EQ(buffer.chars(), "same");
}

TEST(SecureBuffer, CloneIsEqualAndIndependent) {
    SecureBuffer original = SecureBuffer::copyOf(asBytes("key material"));
    SecureBuffer copy = original.clone();
    EXPECT_EQ(hexOf(copy.bytes()), hexOf(original.bytes()));
    EXPECT_NE(copy.data(), original.data());
    copy.data()[0] = 'K';
    EXPECT_EQ(original.chars(), "key material");
}

TEST(SecureBuffer, AppendGrowsAndKeepsOrder) {
    SecureBuffer buffer;
    buffer.append(asBytes("ab"));
    buffer.append(std::string_view("cd"));
    buffer.append(std::span<const std::uint8_t>{});
    for (int i = 0; i < 100; ++i) {
        buffer.append(std::string_view("x"));
    }
    EXPECT_EQ(buffer.chars(), "abcd" + std::string(100, 'x'));
}

TEST(SecureBuffer, AppendingItselfDoublesTheContents) {
    SecureBuffer buffer = SecureBuffer::copyOf(asBytes("abc"));
    buffer.append(buffer.bytes()); // reallocates while reading from the old block
    EXPECT_EQ(buffer.chars(), "abcabc");
    buffer.append(buffer.bytes().first(2));
    EXPECT_EQ(buffer.chars(), "abcabcab");
}

TEST(SecureBuffer, ClearEmptiesTheBuffer) {
    SecureBuffer buffer = SecureBuffer::copyOf(asBytes("to be wiped"));
    buffer.clear();
    EXPECT_TRUE(buffer.empty());
    buffer.clear(); // idempotent
    EXPECT_TRUE(buffer.empty());
    buffer.append(std::string_view("reused"));
    EXPECT_EQ(buffer.chars(), "reused");
}

TEST(SecureBuffer, SecureWipeZeroesMemory) {
    std::vector<std::uint8_t> bytes(64, 0xa5);
    secureWipe(bytes.data(), bytes.size());
    for (const std::uint8_t byte : bytes) {
        EXPECT_EQ(byte, 0);
    }
    secureWipe(nullptr, 0); // harmless
}

TEST(SecureAllocator, BacksAStandardContainer) {
    std::vector<std::uint64_t, SecureAllocator<std::uint64_t>> words(1000, 7);
    words.push_back(8);
    EXPECT_EQ(words.size(), 1001u);
    EXPECT_EQ(words.front(), 7u);
    EXPECT_EQ(words.back(), 8u);
    EXPECT_TRUE(SecureAllocator<int>() == SecureAllocator<char>());
}

} // namespace
} // namespace dc::crypto
