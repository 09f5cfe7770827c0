// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>
#include <QStringList>

namespace dc::core::domain {

// The weakest password guards the whole site against an offline attack on copied files: a copied keyring is tried
// at Argon2id's pace, so a password's strength is how many guesses it takes. Below about 10^10 guesses
// (log2 10^10 ≈ 33.2 bits) a few machines find it within days.
inline constexpr double kMinPasswordBits = 33.0;

// zxcvbn's estimate (Debian's libzxcvbn: English dictionaries, keyboard patterns, dates, repeats, l33t), with the
// site's own words and a shipped list of common Vietnamese passwords (resources/common-passwords-vi.txt) as words an
// attacker tries first. `utf8` is the password as the key derivation sees it (NFC).
[[nodiscard]] double passwordBits(const crypto::SecureBuffer& utf8, const QStringList& userWords);

// The words a password must not lean on, from names (the site, the commune, the person, the user name): folded (no
// tone marks, lower case, đ → d), split into words and joined, so "Nguyễn Thị Lan" gives nguyen, thi, lan and
// nguyenthilan.
[[nodiscard]] QStringList passwordUserWords(const QStringList& names);

// The common Vietnamese passwords shipped with the program.
[[nodiscard]] const QStringList& commonVietnamesePasswords();

} // namespace dc::core::domain
