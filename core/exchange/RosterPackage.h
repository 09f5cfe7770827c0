// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/exchange/Envelope.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

// The roster package's plaintext (issue 14 item 5; docs/HUB.md "Roster packages") and the one-time activation codes it
// carries the hashes of. Pure format over crypto/: no SQL, no session. Every field is parsed strictly (exactly the
// keys below, each of its type and within its bounds); a hostile file is refused whole, never half read.
//
//   {"format": "doichieu-roster-payload/1", "campaign": "...", "district": "...", "commune": "...", "sequence": n,
//    "kdf": {"memoryKiB": m, "iterations": t, "parallelism": p},
//    "volunteers": [{"person": UUID, "fullName": "...", "userName": "...", "days": ["2022-12-01", ...],
//                    "activation": {"salt": hex(16), "hash": hex(32), "expiresAt": "2023-01-15T17:00:00Z"}}]}
namespace dc::core::exchange {

inline constexpr int kMaxRosterVolunteers = 1000; // a commune has a few dozen; the province 600
inline constexpr int kMaxRosterDays = 366;
inline constexpr int kMaxRosterTextChars = 200; // campaign, district and commune names
inline constexpr std::size_t kActivationHashSize = 32;
// The activation hash's Argon2id cost as read from a package: at least the project's floor (RFC 9106's second
// option), at most 1 GiB, 10 passes and 8 lanes, so that a package cannot make the workstation allocate without bound.
inline constexpr crypto::Argon2Params kActivationKdfCeiling{1024u * 1024u, 10u, 8u};

// The Argon2id hash of one volunteer's activation code, as the package carries it and `users` keeps it until used.
struct ActivationHash {
    std::vector<std::uint8_t> salt; // kArgon2SaltSize bytes
    std::vector<std::uint8_t> hash; // kActivationHashSize bytes
    crypto::Argon2Params params;
    QString expiresAt; // stored UTC time (toStoredTime)
};

struct RosterVolunteer {
    QString person;          // the person's UUID, issued at the hub
    QString fullName;        // NFC, as normalizedDisplayName leaves it
    QString userName;        // canonical (canonicalUserName), chosen by the hub
    std::vector<QDate> days; // strictly increasing
    ActivationHash activation;
};

struct RosterPayload {
    QString campaign;
    QString district;
    QString commune;
    qint64 sequence = 0; // ≥ 1, per commune at the hub
    std::vector<RosterVolunteer> volunteers;
};

// Compact JSON; the caller has checked the content (the builder's rules are RosterService::buildPackage's).
[[nodiscard]] QByteArray serializeRoster(const RosterPayload& payload);
// Strict: damaged for anything else than the shape above — a missing, extra or mistyped key, a number that is not an
// integer in range, a UUID, user name, full name or date that is not canonical, days out of order, duplicate people
// or user names, salt or hash of the wrong length, Argon2 parameters outside [floor, kActivationKdfCeiling], an
// expiry that is not a UTC time; too-large for more than kMaxRosterVolunteers volunteers or kMaxRosterDays days.
[[nodiscard]] Checked<RosterPayload> parseRoster(std::span<const std::uint8_t> plain);

// One-time activation codes: 10 decimal digits from the system RNG (log2(10^10) ≈ 33 bits), printed as two groups of
// five ("12345-67890"). Enough because the code never protects a key: it is typed only inside a session that already
// holds the database key, checked against an Argon2id hash (the project's floor: 64 MiB, 3 passes — about 0.2 s a
// guess), throttled like a sign-in (5 free attempts, then waits doubling to 15 minutes: fewer than 100 guesses a day,
// a chance below 10^-6 over the code's lifetime), single use and expiring. docs/HUB.md "Roster packages".
inline constexpr int kActivationCodeDigits = 10;
[[nodiscard]] crypto::SecureBuffer generateActivationCode();                                // 10 ASCII digits
[[nodiscard]] crypto::SecureBuffer groupActivationCode(const crypto::SecureBuffer& digits); // "12345-67890"
// The digits of a typed code (spaces, '-' and '.' between them forgiven); nullopt for anything else.
[[nodiscard]] std::optional<crypto::SecureBuffer> parseActivationCode(std::string_view typed);
// A fresh salt and the hash of `digits` under `params` (clamped to the floor), with the expiry given.
[[nodiscard]] ActivationHash hashActivationCode(const crypto::SecureBuffer& digits, crypto::Argon2Params params,
                                                const QString& expiresAt);
// Recomputes the hash of `digits` with the stored salt and parameters; compares in constant time.
[[nodiscard]] bool activationCodeMatches(const crypto::SecureBuffer& digits, const ActivationHash& stored);
// Within [floor, kActivationKdfCeiling].
[[nodiscard]] bool activationKdfAcceptable(const crypto::Argon2Params& params) noexcept;

} // namespace dc::core::exchange
