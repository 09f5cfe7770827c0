// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"
#include "crypto/X25519.h"

#include <optional>
#include <string_view>

namespace dc::core::keyring {

// The site's recovery code: 40 random decimal digits (log2(10^40) ≈ 132.9 bits, above the 128 the project
// requires), printed and read as 8 groups of 5. Digits, not letters, because they read aloud the same in
// Vietnamese and English and cannot be confused on paper (0/O, 1/l).
//
// The database key is derived from the code (HKDF-SHA256), so the code alone reopens the database even
// when the keyring file is lost; a re-key therefore issues a new code. docs/KEYRING.md explains the choice.
class RecoveryCode {
public:
    static constexpr int kDigits = 40;
    static constexpr int kGroupSize = 5;

    [[nodiscard]] static RecoveryCode generate();
    // Accepts the digits with any spaces, dashes or dots between them; anything else → nullopt.
    [[nodiscard]] static std::optional<RecoveryCode> parse(std::string_view typed);

    // "12345-67890-…", for printing once.
    [[nodiscard]] crypto::SecureBuffer grouped() const;
    // The database key of generation `generation`. Generation 0 is HKDF(code, "database-key") as it always was;
    // generation g > 0 is derived from generationRoot() and g, so a supervisor whose slot holds the root can move the
    // site to the next generation (removing an account) without the code, and the code alone still reaches every
    // generation (recovery with a lost keyring tries 0, 1, 2, …).
    [[nodiscard]] crypto::SecureBuffer databaseKey(int generation = 0) const;
    [[nodiscard]] crypto::SecureBuffer generationRoot() const;
    [[nodiscard]] static crypto::SecureBuffer databaseKeyFromRoot(const crypto::SecureBuffer& generationRoot,
                                                                  int generation);
    // The key pair whose public half is stored in the keyring's recovery slot.
    [[nodiscard]] crypto::X25519KeyPair slotKeyPair() const;

private:
    explicit RecoveryCode(crypto::SecureBuffer digits) : m_digits(std::move(digits)) {}
    [[nodiscard]] crypto::SecureBuffer expand(std::string_view label) const;

    crypto::SecureBuffer m_digits; // 40 ASCII digits
};

} // namespace dc::core::keyring
