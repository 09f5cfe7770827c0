// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/RekeyService.h"

#include "core/keyring/KeyringFile.h"
#include "core/keyring/RecoveryCode.h"
#include "core/keyring/SlotCrypto.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"

namespace dc::core {

namespace {

Result<store::Database> reopenVerified(const QString& path, const crypto::SecureBuffer& key) {
    auto database = access::openAndMigrate(path, key);
    if (!database) {
        return database.error();
    }
    const store::IntegrityReport report = database->checkIntegrity();
    if (!report.ok()) {
        return makeError(ErrorCode::DatabaseCorrupt,
                         QStringLiteral("integrity check after re-key failed: %1")
                             .arg((report.cipherProblems + report.structureProblems).join(QStringLiteral("; "))));
    }
    return database;
}

} // namespace

Result<crypto::SecureBuffer> rekeySite(Session& session, const RekeyHook& hook) {
    const auto step = [&](RekeyStep s) {
        if (hook) {
            hook(s);
        }
    };
    return access::guarded([&]() -> Result<crypto::SecureBuffer> {
        if (auto allowed = access::requireRole(session, Role::Supervisor, "re-key the site"); !allowed) {
            return allowed.error();
        }
        const SitePaths& paths = session.paths();
        auto lock = keyring::KeyringLock::acquire(paths.keyring);
        if (!lock) {
            return lock.error();
        }
        auto loaded = keyring::loadKeyring(paths.keyring);
        if (!loaded) {
            return loaded.error();
        }
        keyring::Keyring ring = std::move(loaded).value();
        if (ring.databaseId != session.databaseId() || ring.hasPendingRekey()) {
            return makeError(ErrorCode::KeyringDamaged,
                             QStringLiteral("the keyring is not in a state to re-key; sign in again first"));
        }

        // Nobody else may read under the old key while the pages are rewritten (the GUI open beside the CLI).
        if (!session.database().takeExclusiveJournal()) {
            return makeError(ErrorCode::SiteInUse,
                             QStringLiteral("the site is open in another program; close it and try again"));
        }

        step(RekeyStep::SealPending);
        const keyring::RecoveryCode newCode = keyring::RecoveryCode::generate();
        crypto::SecureBuffer newKey = newCode.databaseKey();
        for (keyring::UserSlot& slot : ring.users) {
            slot.pendingDatabaseKey = keyring::sealDatabaseKey(ring.databaseId, slot, newKey);
        }
        ring.pendingRecovery = keyring::createRecoverySlot(ring.databaseId, newCode, newKey);

        step(RekeyStep::WritePendingKeyring);
        if (auto saved = keyring::saveKeyring(paths.keyring, ring); !saved) {
            return saved.error(); // nothing changed anywhere
        }

        step(RekeyStep::RekeyDatabase);
        session.database().rekey(newKey);

        step(RekeyStep::VerifyDatabase);
        session.database().close();
        auto verified = reopenVerified(paths.database, newKey);
        if (!verified) {
            // SQLCipher may report success for a rewrite that did not happen. If the old key still opens the
            // database, nothing was lost: forget the pending key and carry on with the old one.
            auto old = access::openAndMigrate(paths.database, session.databaseKey());
            if (!old) {
                // Neither key gives a sound database right now; the keyring holds both, and the next sign-in tries
                // them again. This session cannot go on.
                return makeError(ErrorCode::DatabaseCorrupt,
                                 QStringLiteral("after the re-key neither key verifies the database: %1; sign in again")
                                     .arg(verified.error().detail));
            }
            if (old) {
                session.replaceDatabase(std::move(old).value(), session.databaseKey().clone());
                for (keyring::UserSlot& slot : ring.users) {
                    slot.pendingDatabaseKey.reset();
                }
                ring.pendingRecovery.reset();
                (void)keyring::saveKeyring(paths.keyring, ring);
            }
            return verified.error();
        }

        step(RekeyStep::PromoteKeyring);
        for (keyring::UserSlot& slot : ring.users) {
            slot.databaseKey = std::move(*slot.pendingDatabaseKey);
            slot.pendingDatabaseKey.reset();
            keyring::updateMac(ring.databaseId, slot, newKey);
        }
        ring.recovery = std::move(*ring.pendingRecovery);
        ring.pendingRecovery.reset();
        // If this save fails, the database already answers to the new key and the keyring still holds it as
        // pending: the next sign-in promotes it. The re-key has happened either way.
        (void)keyring::saveKeyring(paths.keyring, ring);
        session.replaceDatabase(std::move(verified).value(), std::move(newKey));
        store::Transaction transaction(session.database());
        access::record(session, QStringLiteral("site.rekeyed"), session.databaseId());
        transaction.commit();
        return newCode.grouped();
    });
}

} // namespace dc::core
