// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Accounts.h"
#include "core/services/Session.h"
#include "crypto/SecureBuffer.h"

#include <optional>
#include <vector>

namespace dc::core {

struct NewAccount {
    QString userName;
    QString displayName; // defaults to the user name
    Role role = Role::Volunteer;
    crypto::SecureBuffer password; // UTF-8 as typed
    QString district;              // a district account's: one of the campaign's districts (case and spaces forgiven)
};

// Accounts of a site. Each account lives twice: a row in the database (name, role, active) and a slot in
// the keyring (the way in). Every change holds the keyring lock and keeps the database transaction open
// until the keyring is saved, so a failure leaves both as they were.
class UserService {
public:
    // The site's key holders only (supervisors at a commune, province accounts at a hub: keyHolderRole). A commune has
    // volunteer and supervisor accounts, a hub district and province ones (NotPermitted otherwise); a district account
    // names its district, one of the campaign's (InvalidInput otherwise). UserExists, InvalidUserName,
    // PasswordTooShort, PasswordIsUserName.
    [[nodiscard]] static Result<UserAccount> addUser(Session& session, const NewAccount& account);
    // What a removal (or a compromised password) did to the site's key.
    struct KeyChange {
        bool rekeyed = false; // the database moved to a new key now; false: it happens at the next day close
        int generation = 0;   // the database key's generation afterwards
        // Only for a site older than key generations, whose supervisors hold no generation root: the re-key had to
        // issue a new recovery code (print it; the old sheet no longer works). Otherwise empty: the sheet stays good.
        std::optional<crypto::SecureBuffer> recoveryCode;
    };

    // Supervisors only. The row stays (history names its people) but is marked inactive, and the slot is
    // removed. LastSupervisor when it would leave no active supervisor; NotPermitted for one's own account.
    // Then the site moves to the next generation of its database key (RekeyService::advanceGeneration), so that a
    // copy of the keyring the removed person kept no longer opens the database; when another program has the site
    // open, the account is disabled at once and the re-key runs at the next day close. Removing a supervisor also
    // makes the site a new key pair (the old one retired): the removed supervisor knew its secret.
    [[nodiscard]] static Result<KeyChange> removeUser(Session& session, const QString& userName);
    // Anyone for their own account; supervisors for any account (a forgotten password, or a slot lost with a
    // rebuilt keyring). The slot gets a fresh salt and key pair. `compromised` (the old password may have been seen)
    // also moves the site to the next generation of its key, as a removal does; otherwise nothing changes beyond the
    // slot.
    [[nodiscard]] static Result<KeyChange> setPassword(Session& session, const QString& userName,
                                                       const crypto::SecureBuffer& newPassword,
                                                       bool compromised = false);
    // Activation of an account a roster package made (issue 14; docs/HUB.md "Roster packages"): inside a session
    // that already holds the database key — the supervisor's, or a volunteer's whose partner is activating at pair
    // sign-in — at a commune (WrongSiteKind at a hub). The volunteer types the one-time code from the roster sheet and
    // chooses a password under the rules (checked first: a refused password neither spends nor tests the code). The
    // code is checked against its Argon2id hash in constant time: WrongActivationCode (counted and throttled like a
    // sign-in: SignInThrottled), ActivationExpired after its expiry, InvalidInput for an account not awaiting
    // activation (an activated one: the code was single-use), UnknownUser. Success gives the account its keyring slot
    // (the session's database key sealed under the new password), makes it active and clears the code, atomically
    // with the keyring. The code never protects a key.
    [[nodiscard]] static Result<UserAccount> activate(Session& session, const QString& userName,
                                                      const crypto::SecureBuffer& code,
                                                      const crypto::SecureBuffer& newPassword);
    // Supervisors only. All accounts, removed ones included, by user name.
    [[nodiscard]] static Result<std::vector<UserAccount>> listUsers(Session& session);
};

} // namespace dc::core
