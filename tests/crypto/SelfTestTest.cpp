// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/SelfTest.h"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

namespace dc::crypto {
namespace {

TEST(SelfTest, AllKnownAnswersAndRefusalsPass) {
    EXPECT_EQ(runSelfTest(), "");
}

TEST(SelfTest, IsCheapEnoughForEveryStartUp) {
    const auto start = std::chrono::steady_clock::now();
    const std::string failed = runSelfTest();
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    std::cout << "runSelfTest took " << elapsed.count() << " ms\n";
    EXPECT_EQ(failed, "");
    // The budget is 50 ms; the bound here is looser so that a loaded CI machine does not fail it spuriously.
    EXPECT_LT(elapsed.count(), 250);
}

} // namespace
} // namespace dc::crypto
