// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Accounts.h"
#include "core/services/Session.h"
#include "crypto/SecureBuffer.h"

#include <vector>

namespace dc::core {

struct NewAccount {
    QString userName;
    QString displayName; // defaults to the user name
    Role role = Role::Volunteer;
    crypto::SecureBuffer password; // UTF-8 as typed
};

// Accounts of a site. Each account lives twice: a row in the database (name, role, active) and a slot in
// the keyring (the way in). Every change holds the keyring lock and keeps the database transaction open
// until the keyring is saved, so a failure leaves both as they were.
class UserService {
public:
    // Supervisors only; volunteer and supervisor accounts (district and province accounts come with the
    // office's roster packages). UserExists, InvalidUserName, PasswordTooShort, PasswordIsUserName.
    [[nodiscard]] static Result<UserAccount> addUser(Session& session, const NewAccount& account);
    // Supervisors only. The row stays (history names its people) but is marked inactive, and the slot is
    // removed. LastSupervisor when it would leave no active supervisor; NotPermitted for one's own account.
    [[nodiscard]] static Result<void> removeUser(Session& session, const QString& userName);
    // Anyone for their own account; supervisors for any account (a forgotten password, or a slot lost with a
    // rebuilt keyring). The slot gets a fresh salt and key pair.
    [[nodiscard]] static Result<void> setPassword(Session& session, const QString& userName,
                                                  const crypto::SecureBuffer& newPassword);
    // Supervisors only. All accounts, removed ones included, by user name.
    [[nodiscard]] static Result<std::vector<UserAccount>> listUsers(Session& session);
};

} // namespace dc::core
