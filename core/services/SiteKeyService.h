// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/keyring/Keyring.h"
#include "core/keyring/RecoveryCode.h"
#include "core/services/Session.h"
#include "crypto/SecureBuffer.h"

#include <QSet>
#include <QString>

// The site's key pairs and where their secrets live (core/keyring/SiteKeys.h, docs/KEYRING.md "The site's keys").
// Internal to core/services: called by sign-in, recovery, set-up, account changes, re-key and day close.
namespace dc::core::sitekeys {

// What a sign-in found of the site's keys in the account's own slot.
enum class Anchor {
    NotHeld,  // a volunteer, or a supervisor whose slot holds no copy yet
    Anchored, // the slot's sealed copy gives the public key the database holds
    Mismatch, // the slot holds copies, but none for the key the database names: the database's key was changed
};

// For a supervisor just signed in with the slot's private key: opens the site's keys and the generation root from the
// slot and keeps them in the session; then seals both to every active supervisor's slot that lacks them and drops
// copies of retired keys (the keyring is saved only when something changed). Volunteers: nothing.
[[nodiscard]] Anchor takeFromSlot(Session& session, const keyring::UserSlot& slot,
                                  const crypto::SecureBuffer& slotPrivateKey);
// The same, for a supervisor recovering with the code: the keys come from the database's copy sealed to the code.
void takeWithCode(Session& session, const crypto::SecureBuffer& generationRoot, const keyring::RecoveryCode& code);

// Makes the site's first key pair when the database says it is due (migration 5, a new site). Any account's sign-in
// may do it: it needs only public keys (the supervisors' slots, the recovery slot), and the program forgets the
// secrets once they are sealed. The keyring is saved before the database commits.
[[nodiscard]] Result<void> rotateIfDue(Session& session);
// A new key pair now, the current one retired (its public key stays, to verify the checkpoints it signed): when a
// supervisor leaves. `reason` is recorded in the audit event. The site's admin only (access::requireSiteAdmin).
[[nodiscard]] Result<void> rotate(Session& session, const QString& reason);

// Seals what the session holds (site keys, generation root) to every active supervisor's slot of `ring` that lacks
// it, and drops copies of other key ids. Returns whether anything changed (the caller saves the keyring).
[[nodiscard]] bool distribute(Session& session, keyring::Keyring& ring);

// Whether the database says the site's key pair is still to be made (migration 5, before the first sign-in after it).
[[nodiscard]] bool rotationDue(Session& session);
// The user names of the accounts that hold the site's secrets: its active key holders (keyHolderRole: supervisors at a
// commune, province accounts at a hub).
[[nodiscard]] QSet<QString> keyHolderNames(Session& session);

} // namespace dc::core::sitekeys
