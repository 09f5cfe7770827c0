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
    PromoteKeyring,      // the pending seals become the current ones; the old key is forgotten
};

// Called before each step; tests make it throw or _exit to fail a step. Production passes nothing.
using RekeyHook = std::function<void(RekeyStep)>;

// Supervisors only. Re-encrypts the database under a new key derived from a new recovery code, reseals it
// for every account (no one's password is needed: slots are sealed to their public keys) and returns the
// new recovery code, grouped, to show once. The old recovery code stops working.
[[nodiscard]] Result<crypto::SecureBuffer> rekeySite(Session& session, const RekeyHook& hook = {});

} // namespace dc::core
