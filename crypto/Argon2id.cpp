// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/Argon2id.h"

#include <botan/argon2.h>
#include <botan/exceptn.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace dc::crypto {

namespace {

// RFC 9106 section 3.1: type y = 2 is Argon2id.
constexpr std::uint8_t kArgon2idType = 2;
// RFC 9106 section 3.1: the tag length T is at least 4 bytes; the reference implementation refuses salts shorter
// than 8 bytes (ARGON2_MIN_SALT_LENGTH), and so do we.
constexpr std::size_t kMinOutputLength = 4;
constexpr std::size_t kMinSaltLength = 8;
// RFC 9106 section 3.1: memory m is at least 8 * p KiB (two blocks per segment, four segments per lane).
constexpr std::uint32_t kBlocksPerLaneMinimum = 8;
// Calibration never asks for more than 1 GiB: the keyring is opened on modest office PCs, and RFC 9106
// section 4's first option (2 GiB) is for dedicated machines.
constexpr std::uint32_t kCalibrationMemoryCapKiB = 1024u * 1024u;
// Each measurement costs up to ~1 s; the first is at the floor, the rest adjust towards the target.
constexpr int kMaxCalibrationMeasurements = 4;

std::uint32_t clampField(std::uint32_t value, std::uint32_t low, std::uint32_t high) noexcept {
    return std::clamp(value, low, high);
}

void checkParams(const Argon2Params& params) {
    if (params.parallelism == 0 || params.iterations == 0) {
        throw std::invalid_argument("Argon2id: iterations and parallelism must be at least 1");
    }
    if (params.memoryKiB / kBlocksPerLaneMinimum < params.parallelism) {
        throw std::invalid_argument("Argon2id: memory must be at least 8 * parallelism KiB");
    }
}

void runArgon2id(SecureBuffer& out, const char* password, std::size_t passwordLength,
                 std::span<const std::uint8_t> salt, std::span<const std::uint8_t> secret,
                 std::span<const std::uint8_t> associated, const Argon2Params& params) {
    checkParams(params);
    if (out.size() < kMinOutputLength || out.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw std::invalid_argument("Argon2id: output length must be between 4 and 2^32 - 1 bytes");
    }
    if (salt.size() < kMinSaltLength) {
        throw std::invalid_argument("Argon2id: salt must be at least 8 bytes");
    }
    // Botan 2.19's argument order is (..., y, p, M, t): parallelism, memory in KiB, passes. Getting two of them
    // swapped still "works", so the order is pinned by a known-answer test at 64 MiB in Argon2idTest.
    try {
        Botan::argon2(out.data(), out.size(), password, passwordLength, salt.data(), salt.size(), secret.data(),
                      secret.size(), associated.data(), associated.size(), kArgon2idType, params.parallelism,
                      params.memoryKiB, params.iterations);
    } catch (const Botan::Exception& error) {
        // Botan's own limits (e.g. at most 128 lanes) reached through argon2idRaw; no Botan type leaves this folder.
        throw std::invalid_argument(std::string("Argon2id: ") + error.what());
    }
}

std::chrono::milliseconds measure(const Argon2Params& params) {
    static constexpr std::uint8_t kSalt[kArgon2SaltSize] = {};
    SecureBuffer out(32);
    const auto start = std::chrono::steady_clock::now();
    runArgon2id(out, "calibration", 11, kSalt, {}, {}, params);
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
}

bool within(std::chrono::milliseconds value, std::chrono::milliseconds low, std::chrono::milliseconds high) {
    return value >= low && value <= high;
}

// Distance of a measurement from the window, for picking the best candidate when none landed inside it.
std::chrono::milliseconds distance(std::chrono::milliseconds value, std::chrono::milliseconds low,
                                   std::chrono::milliseconds high) {
    if (value < low) {
        return low - value;
    }
    return value > high ? value - high : std::chrono::milliseconds(0);
}

// Parameters for `work` (KiB x passes), assuming time grows linearly with memory x passes: memory first, at the
// floor's pass count, up to the cap; the rest as extra passes. Never below the floor.
Argon2Params paramsForWork(double work) {
    const std::uint32_t lanes = kArgon2Floor.parallelism;
    // Whole MiB: readable in a slot, and a multiple of 8 * p KiB for every p up to the ceiling (8 * 16 = 128).
    constexpr std::uint32_t granule = 1024;
    static_assert(granule % (kBlocksPerLaneMinimum * kArgon2Ceiling.parallelism) == 0);
    const double wantedMemory = work / kArgon2Floor.iterations;
    const double cappedMemory =
        std::clamp(wantedMemory, double(kArgon2Floor.memoryKiB), double(kCalibrationMemoryCapKiB));
    std::uint32_t memory = static_cast<std::uint32_t>(cappedMemory) / granule * granule;
    memory = std::max(memory, kArgon2Floor.memoryKiB);
    const double wantedPasses = std::round(work / memory);
    const std::uint32_t passes = static_cast<std::uint32_t>(
        std::clamp(wantedPasses, double(kArgon2Floor.iterations), double(kArgon2Ceiling.iterations)));
    return {memory, passes, lanes};
}

} // namespace

Argon2Params clampArgon2(Argon2Params params) noexcept {
    return {clampField(params.memoryKiB, kArgon2Floor.memoryKiB, kArgon2Ceiling.memoryKiB),
            clampField(params.iterations, kArgon2Floor.iterations, kArgon2Ceiling.iterations),
            clampField(params.parallelism, kArgon2Floor.parallelism, kArgon2Ceiling.parallelism)};
}

bool isWithinBounds(Argon2Params params) noexcept {
    return clampArgon2(params) == params;
}

SecureBuffer deriveArgon2id(std::string_view password, std::span<const std::uint8_t> salt, Argon2Params params,
                            std::size_t outputLength) {
    // Clamped here, not only when a slot is read: no caller can derive below the floor or above the ceiling.
    // The floor's memory (64 MiB) is far above 8 * p for every allowed p, so the clamped set is always valid.
    const Argon2Params clamped = clampArgon2(params);
    SecureBuffer out(outputLength);
    runArgon2id(out, password.data(), password.size(), salt, {}, {}, clamped);
    return out;
}

SecureBuffer argon2idRaw(std::span<const std::uint8_t> password, std::span<const std::uint8_t> salt,
                         std::span<const std::uint8_t> secret, std::span<const std::uint8_t> associated,
                         Argon2Params params, std::size_t outputLength) {
    SecureBuffer out(outputLength);
    runArgon2id(out, reinterpret_cast<const char*>(password.data()), password.size(), salt, secret, associated, params);
    return out;
}

Argon2Calibration calibrateArgon2(std::chrono::milliseconds low, std::chrono::milliseconds high) {
    if (low.count() <= 0 || high < low) {
        throw std::invalid_argument("calibrateArgon2: need 0 < low <= high");
    }
    const double target = double((low + high).count()) / 2.0;

    Argon2Calibration best{kArgon2Floor, measure(kArgon2Floor)};
    if (best.measured >= low) {
        // In the window already, or slower than wanted: the floor is the floor.
        return best;
    }
    Argon2Calibration current = best;
    for (int measurements = 1; measurements < kMaxCalibrationMeasurements; ++measurements) {
        // Scale the work by target / measured; a 0 ms reading (coarse clock) counts as 1 ms.
        const double measuredMs = std::max<double>(1.0, double(current.measured.count()));
        const double work = double(current.params.memoryKiB) * current.params.iterations * (target / measuredMs);
        const Argon2Params next = paramsForWork(work);
        if (next == current.params) {
            break; // at the cap (or the floor): nothing left to adjust
        }
        current = {next, measure(next)};
        if (within(current.measured, low, high)) {
            return current;
        }
        if (distance(current.measured, low, high) < distance(best.measured, low, high)) {
            best = current;
        }
    }
    return best;
}

} // namespace dc::crypto
