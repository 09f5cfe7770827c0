// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"
#include "crypto/SecureBuffer.h"

#include <functional>

namespace dc::core {

// The steps of a re-key, in order. The order is what keeps a crash at any point from losing the database:
// the new key is sealed for every account (as "pending") and saved in the keyring *before* the database is
// re-encrypted, so whichever key the database answers to afterwards, every account can still open it, and
// the next sign-in finishes or forgets the re-key (SignIn, access::settleInterruptedRekey).
enum class RekeyStep {
    SealPending,         // new recovery code and database key; seal the key to every slot
    WritePendingKeyring, // save the keyring with the pending seals (atomic)
    RekeyDatabase,       // PRAGMA rekey: re-encrypt every page under the new key
    VerifyDatabase,      // close, reopen with the new key, cipher_integrity_check + quick_check
    RecordRekey, // the database records it under the new key (the site keys' recovery copy, the audit event); if that
                 // fails the database is re-keyed back to the old key
    PromoteKeyring, // the pending seals become the current ones; the old key is forgotten
};

// Called before each step; tests make it throw or _exit to fail a step. Production passes nothing.
using RekeyHook = std::function<void(RekeyStep)>;

// Supervisors only. Re-encrypts the database under a new key derived from a new recovery code (generation 0 of
// it), reseals it for every account (no one's password is needed: slots are sealed to their public keys) and
// returns the new recovery code, grouped, to show once. The old recovery code stops working. The site's keys are
// sealed to the new code; the supervisors' generation root is the new code's.
[[nodiscard]] Result<crypto::SecureBuffer> rekeySite(Session& session, const RekeyHook& hook = {});

// Supervisors only, and only a supervisor whose slot holds the generation root (every supervisor of a site made or
// re-keyed since key generations exist): moves the database to the next generation's key, derived from the same
// recovery code — after an account is removed, or a password may have been seen — so that a copy of the keyring
// made before no longer opens the database, while the printed code still does. The same crash-safe steps as
// rekeySite; nothing to print. Returns the new generation. SiteInUse when another program has the site open;
// SiteKeyUnavailable when the session holds no generation root.
[[nodiscard]] Result<int> advanceGeneration(Session& session, const RekeyHook& hook = {});

} // namespace dc::core
