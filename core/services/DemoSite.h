// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Accounts.h"

#include <QString>

#include <span>

namespace dc::core {

// The demo site behind `doichieu --demo`: a commune of the 2022 Bình Dương campaign with a supervisor, two
// volunteers and a few register books. Its passwords are printed on the sign-in screen, so it must never
// hold real data; the window says DEMO throughout.
struct DemoAccount {
    const char* userName;
    const char* displayName;
    Role role;
    const char* password;
};

[[nodiscard]] std::span<const DemoAccount> demoAccounts();

// Creates the demo site at `databasePath` unless a site is already there. Uses the RFC 9106 floor for
// Argon2id so that a demo starts at once.
[[nodiscard]] Result<void> ensureDemoSite(const QString& databasePath);

} // namespace dc::core
