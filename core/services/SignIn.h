// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/services/Session.h"
#include "core/services/SignInThrottle.h"
#include "crypto/SecureBuffer.h"

#include <memory>

namespace dc::core {

// Opening a site. The password check *is* the unwrap of the account's keyring slot (one Argon2id run);
// there is no other password hash anywhere. A wrong password touches neither the database nor the keyring.
class SignIn {
public:
    explicit SignIn(Clock clock = systemClock(), ThrottlePolicy policy = {});

    // UnknownUser, WrongPassword, SignInThrottled (with retryAfterSeconds), AccountDisabled, KeyringMissing,
    // KeyringDamaged, DatabaseMissing, DatabaseCorrupt, DatabaseTooNew, DatabaseMismatch.
    [[nodiscard]] Result<std::unique_ptr<Session>> signIn(const QString& databasePath, const QString& userName,
                                                          const crypto::SecureBuffer& password);

    // The password check alone: the account's slot unwrapped (throttled like a sign-in) and the database key it
    // holds, without opening the database — for checking a database that may be too damaged to open normally.
    // The pending key of an interrupted re-key comes second, when there is one.
    struct UnlockedKeys {
        crypto::SecureBuffer current;
        std::optional<crypto::SecureBuffer> pending;
    };
    [[nodiscard]] Result<UnlockedKeys> unlockKeys(const QString& databasePath, const QString& userName,
                                                  const crypto::SecureBuffer& password);

    // The second member of a pair signs in to an open session with their own password (their own slot is
    // unwrapped: the same check as signIn, throttled the same way). NotAPair when it is the same person.
    [[nodiscard]] Result<void> addPartner(Session& session, const QString& userName,
                                          const crypto::SecureBuffer& password);

    // After an idle lock (the session was closed and its key wiped), one member of the pair signs in again with
    // their password and the pair's work session goes on: `userName` must be one of the pair, the other is taken
    // back from the database (still an active account), and the work session must be theirs and not ended.
    struct LockedPair {
        QString firstUserName;
        QString partnerUserName;
        qint64 workSessionId = 0;
    };
    [[nodiscard]] Result<std::unique_ptr<Session>> resumePair(const QString& databasePath, const LockedPair& pair,
                                                              const QString& userName,
                                                              const crypto::SecureBuffer& password);

    // Sets a new password for `userName` with the recovery code and signs in. Works without a keyring (lost
    // or damaged): the database key is derived from the code, and a new keyring is written with the recovery
    // slot and this account's slot (the damaged file is kept beside it as .damaged-<time>). Other accounts
    // then need a supervisor to set their passwords again.
    [[nodiscard]] Result<std::unique_ptr<Session>> recover(const QString& databasePath,
                                                           const crypto::SecureBuffer& code, const QString& userName,
                                                           const crypto::SecureBuffer& newPassword);

private:
    Clock m_clock;
    ThrottlePolicy m_policy;
};

} // namespace dc::core
