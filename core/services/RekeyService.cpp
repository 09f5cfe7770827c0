// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/RekeyService.h"

#include "core/audit/HighWaterMark.h"
#include "core/gateways/AuditGateway.h"
#include "core/keyring/KeyringFile.h"
#include "core/keyring/RecoveryCode.h"
#include "core/keyring/SiteKeys.h"
#include "core/keyring/SlotCrypto.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteKeyService.h"
#include "core/store/Database.h"
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

// What changes with the key: a new code (and its generation 0), or the next generation of the same code.
struct NewKey {
    crypto::SecureBuffer key;
    int generation = 0;
    std::optional<keyring::RecoveryCode> code; // a new code only
};

// The pending seals of a re-key that did not happen, forgotten.
void discardPending(keyring::Keyring& ring) {
    for (keyring::UserSlot& slot : ring.users) {
        slot.pendingDatabaseKey.reset();
        slot.pendingGenerationRoot.reset();
    }
    ring.pendingGeneration.reset();
    ring.pendingRecovery.reset();
}

// The database's record of a re-key, in one transaction under the new key: the copy of the site's keys sealed to the
// new code's recovery key (a new code only), and the audit event.
Result<void> recordRekey(Session& session, const NewKey& next, const keyring::Keyring& ring) {
    return access::guarded([&]() -> Result<void> {
        store::Transaction transaction(session.database());
        gateways::AuditGateway audit(session.database());
        if (next.code && session.siteKeys() && ring.pendingRecovery) {
            const keyring::SealedKey sealed =
                keyring::sealSiteKeysForRecovery(ring.databaseId, ring.pendingRecovery->publicKey, *session.siteKeys());
            audit.resealCurrentForRecovery(sealed.enc, sealed.ciphertext);
        }
        access::record(session, next.code ? QStringLiteral("site.rekeyed") : QStringLiteral("site.generation"),
                       session.databaseId(), {{QStringLiteral("generation"), next.generation}});
        transaction.commit();
        return {};
    });
}

// Rewrites the database under `oldKey` again and checks it; true when it answers to the old key afterwards (the
// session then holds it), false when it still answers to the new one.
bool undoRekey(Session& session, const crypto::SecureBuffer& oldKey) {
    const QString path = session.paths().database;
    try {
        session.database().rekey(oldKey);
    } catch (...) {
        // checked below: SQLCipher may have rewritten the pages or not
    }
    session.database().close();
    auto old = reopenVerified(path, oldKey);
    if (old) {
        session.replaceDatabase(std::move(old).value(), oldKey.clone());
        return true;
    }
    auto current = access::openAndMigrate(path, session.databaseKey());
    if (current) {
        session.replaceDatabase(std::move(current).value(), session.databaseKey().clone());
    }
    return false;
}

// The crash-safe steps shared by both kinds of re-key (docs/KEYRING.md "Re-key, step by step").
Result<void> rekeyWith(Session& session, NewKey next, const RekeyHook& hook) {
    const auto step = [&](RekeyStep s) {
        if (hook) {
            hook(s);
        }
    };
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
    const QSet<QString> supervisors = sitekeys::keyHolderNames(session);
    for (keyring::UserSlot& slot : ring.users) {
        if (slot.damaged) {
            continue; // dropped when the keyring is saved: the account needs its password set again
        }
        slot.pendingDatabaseKey = keyring::sealDatabaseKey(ring.databaseId, slot, next.key, next.generation);
        if (next.code && supervisors.contains(slot.userName)) { // supervisors hold the new code's generation root
            slot.pendingGenerationRoot =
                keyring::sealGenerationRoot(ring.databaseId, slot, next.code->generationRoot());
        }
    }
    ring.pendingGeneration = next.generation;
    if (next.code) {
        ring.pendingRecovery = keyring::createRecoverySlot(ring.databaseId, *next.code, next.key);
    }

    step(RekeyStep::WritePendingKeyring);
    if (auto saved = keyring::saveKeyring(paths.keyring, ring); !saved) {
        return saved.error(); // nothing changed anywhere
    }

    step(RekeyStep::RekeyDatabase);
    session.database().rekey(next.key);

    step(RekeyStep::VerifyDatabase);
    session.database().close();
    auto verified = reopenVerified(paths.database, next.key);
    if (!verified) {
        // SQLCipher may report success for a rewrite that did not happen. If the old key still opens the
        // database, nothing was lost: forget the pending key and carry on with the old one.
        auto old = access::openAndMigrate(paths.database, session.databaseKey());
        if (old) {
            session.replaceDatabase(std::move(old).value(), session.databaseKey().clone());
            discardPending(ring);
            (void)keyring::saveKeyring(paths.keyring, ring);
            return verified.error();
        }
        // The old key no longer opens it, so the check under the new key may have failed on a read error while the
        // database answers to it: giving up now would let the next sign-in promote the new key with its recovery code
        // never shown. Check once more (found by the fault sweeps of issue 17).
        verified = reopenVerified(paths.database, next.key);
        if (!verified) {
            // Neither key gives a sound database right now; the keyring holds both, and the next sign-in tries
            // them again. This session cannot go on.
            return makeError(ErrorCode::DatabaseCorrupt,
                             QStringLiteral("after the re-key neither key verifies the database: %1; sign in again")
                                 .arg(verified.error().detail));
        }
    }

    // The high-water mark's MAC key comes from the database key: write the mark under the new key before the keyring
    // forgets the old one. A crash between promoting the keyring and the mark written after the audit event would
    // otherwise leave a mark no key can read — a false alarm at every sign-in (found by the keyring fault test).
    {
        const audit::Event head = gateways::AuditGateway(verified.value()).head();
        (void)audit::writeMark(paths.mark, session.databaseId(), next.key, {head.seq, head.hash});
    }

    // What the database records of the re-key, under the new key and before the keyring forgets the old one: the
    // database's copy of the site's keys follows the new code, and the audit event. Once the keyring is promoted
    // nothing may fail any more, or the caller would get an error for a re-key that happened, its new code never shown
    // (found by the write-error sweep of issue 17). When this transaction fails, the database goes back to the old key.
    crypto::SecureBuffer oldKey = session.databaseKey().clone();
    session.replaceDatabase(std::move(verified).value(), next.key.clone());
    auto recorded = access::guarded([&]() -> Result<void> {
        step(RekeyStep::RecordRekey);
        return recordRekey(session, next, ring);
    });
    if (!recorded) {
        if (undoRekey(session, oldKey)) {
            discardPending(ring);
            (void)keyring::saveKeyring(paths.keyring, ring);
            const audit::Event head = gateways::AuditGateway(session.database()).head();
            (void)audit::writeMark(paths.mark, session.databaseId(), session.databaseKey(), {head.seq, head.hash});
            return recorded.error();
        }
        // The old key does not open it again: the re-key stands. One more try at the record; should that fail too, the
        // re-key is finished without its audit event rather than losing the new code.
        (void)recordRekey(session, next, ring);
    }

    step(RekeyStep::PromoteKeyring);
    std::erase_if(ring.users, [](const keyring::UserSlot& slot) { return slot.damaged; });
    for (keyring::UserSlot& slot : ring.users) {
        slot.databaseKey = std::move(*slot.pendingDatabaseKey);
        slot.pendingDatabaseKey.reset();
        if (slot.pendingGenerationRoot) {
            slot.generationRoot = std::move(slot.pendingGenerationRoot);
            slot.pendingGenerationRoot.reset();
        }
        keyring::updateMac(ring.databaseId, slot, next.key, next.generation);
    }
    ring.generation = next.generation;
    ring.pendingGeneration.reset();
    if (ring.pendingRecovery) {
        ring.recovery = std::move(*ring.pendingRecovery);
        ring.pendingRecovery.reset();
    } else if (!ring.recovery.damaged) {
        keyring::updateMac(ring.databaseId, ring.recovery, next.key); // the same code; its MAC follows the new key
    }
    // If this save fails, the database already answers to the new key and the keyring still holds it as
    // pending: the next sign-in promotes it. The re-key has happened either way.
    (void)keyring::saveKeyring(paths.keyring, ring);
    if (next.code) {
        session.setGenerationRoot(next.code->generationRoot());
    }
    // The high-water mark's MAC key comes from the database key: write it again under the new one, at the new head.
    try {
        const audit::Event head = gateways::AuditGateway(session.database()).head();
        (void)audit::writeMark(paths.mark, session.databaseId(), session.databaseKey(), {head.seq, head.hash});
        session.setMarked(head.seq, session.now());
    } catch (...) {
        // the mark is raised again at the next write or sign-in
    }
    return {};
}

} // namespace

Result<crypto::SecureBuffer> rekeySite(Session& session, const RekeyHook& hook) {
    return access::guarded([&]() -> Result<crypto::SecureBuffer> {
        if (auto allowed = access::requireSiteAdmin(session, "re-key the site"); !allowed) {
            return allowed.error();
        }
        if (!session.siteKeys()) {
            // Without the site's keys the new code could not reach them: they would be lost with the old code.
            return makeError(ErrorCode::SiteKeyUnavailable,
                             QStringLiteral("this account holds no copy of the site's keys; re-key as another "
                                            "supervisor"));
        }
        keyring::RecoveryCode code = keyring::RecoveryCode::generate();
        crypto::SecureBuffer key = code.databaseKey(0);
        crypto::SecureBuffer grouped = code.grouped();
        if (auto done = rekeyWith(session, NewKey{std::move(key), 0, std::move(code)}, hook); !done) {
            return done.error();
        }
        return grouped;
    });
}

Result<int> advanceGeneration(Session& session, const RekeyHook& hook) {
    return access::guarded([&]() -> Result<int> {
        if (auto allowed = access::requireSiteAdmin(session, "re-key the site"); !allowed) {
            return allowed.error();
        }
        if (session.generationRoot().empty()) {
            return makeError(ErrorCode::SiteKeyUnavailable,
                             QStringLiteral("this account holds no generation root (a site older than key "
                                            "generations): run rekey instead, which issues a new recovery code"));
        }
        auto ring = keyring::loadKeyring(session.paths().keyring);
        if (!ring) {
            return ring.error();
        }
        const int generation = ring->generation + 1;
        crypto::SecureBuffer key = keyring::RecoveryCode::databaseKeyFromRoot(session.generationRoot(), generation);
        if (auto done = rekeyWith(session, NewKey{std::move(key), generation, std::nullopt}, hook); !done) {
            return done.error();
        }
        return generation;
    });
}

} // namespace dc::core
