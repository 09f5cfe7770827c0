// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Clock.h"

#include <QString>

namespace dc::core {

// Slows down password guessing at the workstation: after `freeAttempts` consecutive failures for one
// account, each further attempt must wait `firstDelaySeconds`, doubling per failure up to `maxDelaySeconds`.
// A success resets the count. The counts live in `<database>.signin` beside the database (no secrets, no
// citizen data: user names, counts, times), so restarting the program does not reset them, and the GUI and
// doichieu-admin share them. Every read-modify-write of that file holds `<database>.signin.lock`, so parallel
// attempts each count. This is a guard at the keyboard; against a stolen keyring file the defence is Argon2id's cost.
struct ThrottlePolicy {
    int freeAttempts = 5;
    int firstDelaySeconds = 30;
    int maxDelaySeconds = 15 * 60;
};

class SignInThrottle {
public:
    SignInThrottle(QString statePath, Clock clock, ThrottlePolicy policy = {});

    // 0 when the account may try now, otherwise the seconds to wait.
    [[nodiscard]] int secondsUntilAllowed(const QString& userName);
    void recordFailure(const QString& userName);
    void recordSuccess(const QString& userName);
    [[nodiscard]] int failures(const QString& userName) const;

private:
    struct Entry {
        int failures = 0;
        QDateTime lastFailure;
    };
    [[nodiscard]] Entry load(const QString& userName) const;
    void store(const QString& userName, const Entry& entry);

    QString m_statePath;
    Clock m_clock;
    ThrottlePolicy m_policy;
};

} // namespace dc::core
