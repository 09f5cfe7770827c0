// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/ConstantTime.h"

#include <botan/mem_ops.h>

namespace dc::crypto {

bool constantTimeEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) noexcept {
    // Lengths are public (they are visible on the wire anyway); only the contents are protected.
    if (a.size() != b.size()) {
        return false;
    }
    if (a.empty()) {
        return true;
    }
    return Botan::constant_time_compare(a.data(), b.data(), a.size());
}

bool isAllZero(std::span<const std::uint8_t> bytes) noexcept {
    // OR every byte together (no early exit), then turn "accumulator == 0" into a bit without a branch:
    // for acc in [0, 255], (acc - 1) >> 8 is all ones only when acc == 0.
    unsigned accumulator = 0;
    for (const std::uint8_t byte : bytes) {
        accumulator |= byte;
    }
    return ((accumulator - 1u) >> 8) & 1u;
}

} // namespace dc::crypto
