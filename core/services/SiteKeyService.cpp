// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SiteKeyService.h"

#include "core/Clock.h"
#include "core/gateways/AuditGateway.h"
#include "core/gateways/SettingsGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/keyring/KeyringFile.h"
#include "core/keyring/SiteKeys.h"
#include "core/keyring/SlotCrypto.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"

#include <QSet>

namespace dc::core::sitekeys {

namespace {

const QString kRotationDue = QStringLiteral("site_keys.rotation_due");

std::optional<QString> currentKeyId(Session& session) {
    const auto current = gateways::AuditGateway(session.database()).currentSiteKey();
    return current ? std::optional(current->keyId) : std::nullopt;
}

// A new pair: sealed to every active supervisor's slot (beside their copies of the old one, until the database has
// committed) and to the recovery code; the keyring saved; then, in one transaction, the old pair retired, the new one
// current, the due flag cleared and the audit event written. A crash between the two leaves the old pair current and
// an unused copy in the slots, dropped at the next supervisor's sign-in.
Result<void> makeNewPair(Session& session, const QString& reason) {
    auto lock = keyring::KeyringLock::acquire(session.paths().keyring);
    if (!lock) {
        return lock.error();
    }
    auto loaded = keyring::loadKeyring(session.paths().keyring);
    if (!loaded) {
        return loaded.error();
    }
    keyring::Keyring ring = std::move(loaded).value();
    if (ring.recovery.damaged) {
        return makeError(ErrorCode::KeyringDamaged,
                         QStringLiteral("the recovery slot is damaged: the site's keys cannot be sealed to the code"));
    }
    keyring::SiteKeys keys = keyring::generateSiteKeys();
    const QSet<QString> holders = keyHolderNames(session);
    const auto current = currentKeyId(session);
    for (keyring::UserSlot& slot : ring.users) {
        if (!slot.damaged && holders.contains(slot.userName)) {
            // Only the current pair's copy stays beside the new one: copies of pairs already retired would pile up over
            // rotations made in one session (several supervisors removed) until the slot no longer reads as a keyring.
            std::erase_if(slot.siteKeys,
                          [&](const keyring::SealedSiteKeys& k) { return !current || k.keyId != *current; });
            slot.siteKeys.push_back(keyring::sealSiteKeys(ring.databaseId, slot, keys));
        }
    }
    if (auto saved = keyring::saveKeyring(session.paths().keyring, ring); !saved) {
        return saved.error();
    }
    const keyring::SealedKey forRecovery =
        keyring::sealSiteKeysForRecovery(ring.databaseId, ring.recovery.publicKey, keys);
    gateways::AuditGateway::SiteKeyRow row;
    row.keyId = keys.keyId;
    row.signingPublic = keys.signingPublic;
    row.boxPublic = keys.boxPublic;
    row.current = true;
    row.recoveryEnc = forRecovery.enc;
    row.recoverySealed = forRecovery.ciphertext;
    store::Transaction transaction(session.database());
    gateways::AuditGateway(session.database()).replaceCurrentSiteKey(row, toStoredTime(session.now()));
    gateways::SettingsGateway(session.database()).set(kRotationDue, QStringLiteral("0"));
    access::record(session, QStringLiteral("site.keys_rotated"), session.databaseId(),
                   {{QStringLiteral("keyId"), keys.keyId},
                    {QStringLiteral("fingerprint"), keyring::fingerprintOf(keys.signingPublic)},
                    {QStringLiteral("reason"), reason}});
    transaction.commit();
    if (session.user().role == keyHolderRole(session.siteKind()) && holders.contains(session.user().userName)) {
        session.setSiteKeys(std::make_unique<keyring::SiteKeys>(std::move(keys)));
    }
    return {};
}

} // namespace

QSet<QString> keyHolderNames(Session& session) {
    QSet<QString> names;
    for (const UserAccount& user : gateways::SiteGateway(session.database()).users()) {
        if (user.active && user.role == keyHolderRole(session.siteKind())) {
            names.insert(user.userName);
        }
    }
    return names;
}

bool rotationDue(Session& session) {
    return gateways::SettingsGateway(session.database()).value(kRotationDue) == QLatin1String("1");
}

Result<void> rotateIfDue(Session& session) {
    return access::guarded([&]() -> Result<void> {
        if (!rotationDue(session)) {
            return {};
        }
        return makeNewPair(session, QStringLiteral("first"));
    });
}

Result<void> rotate(Session& session, const QString& reason) {
    return access::guarded([&]() -> Result<void> {
        if (auto allowed = access::requireSiteAdmin(session, "rotate the site's keys"); !allowed) {
            return allowed.error();
        }
        return makeNewPair(session, reason);
    });
}

Anchor takeFromSlot(Session& session, const keyring::UserSlot& slot, const crypto::SecureBuffer& slotPrivateKey) {
    if (session.user().role != keyHolderRole(session.siteKind())) {
        return Anchor::NotHeld;
    }
    const auto ring = keyring::loadKeyring(session.paths().keyring);
    const QString databaseId = ring ? ring->databaseId : session.databaseId();
    if (slot.generationRoot) {
        if (auto root = keyring::openGenerationRoot(databaseId, slot, slotPrivateKey, *slot.generationRoot)) {
            session.setGenerationRoot(std::move(*root));
        }
    }
    const auto current = currentKeyId(session);
    Anchor anchor = slot.siteKeys.empty() ? Anchor::NotHeld : Anchor::Mismatch;
    for (const keyring::SealedSiteKeys& sealed : slot.siteKeys) {
        if (current && sealed.keyId == *current) {
            if (auto keys = keyring::openSiteKeys(databaseId, slot, slotPrivateKey, sealed)) {
                // The database names the key by id; its stored public halves must be what the secrets give.
                const auto row = gateways::AuditGateway(session.database()).currentSiteKey();
                if (row && row->signingPublic == keys->signingPublic && row->boxPublic == keys->boxPublic) {
                    session.setSiteKeys(std::make_unique<keyring::SiteKeys>(std::move(*keys)));
                    anchor = Anchor::Anchored;
                }
            }
        }
    }
    session.setSiteKeyMismatch(anchor == Anchor::Mismatch);
    // Share what this session holds with the other supervisors, and forget copies of retired keys.
    if (session.siteKeys() || !session.generationRoot().empty()) {
        if (auto lock = keyring::KeyringLock::acquire(session.paths().keyring)) {
            if (auto fresh = keyring::loadKeyring(session.paths().keyring)) {
                keyring::Keyring updated = std::move(fresh).value();
                if (distribute(session, updated)) {
                    (void)keyring::saveKeyring(session.paths().keyring, updated);
                }
            }
        }
    }
    return anchor;
}

void takeWithCode(Session& session, const crypto::SecureBuffer& generationRoot, const keyring::RecoveryCode& code) {
    if (session.user().role != keyHolderRole(session.siteKind())) {
        return;
    }
    session.setGenerationRoot(generationRoot.clone());
    const auto row = gateways::AuditGateway(session.database()).currentSiteKey();
    if (!row) {
        return;
    }
    const keyring::SealedKey sealed{row->recoveryEnc, row->recoverySealed};
    if (auto keys = keyring::openSiteKeysWithCode(session.databaseId(), code, row->keyId, sealed)) {
        if (keys->signingPublic == row->signingPublic) {
            session.setSiteKeys(std::make_unique<keyring::SiteKeys>(std::move(*keys)));
        }
    }
}

bool distribute(Session& session, keyring::Keyring& ring) {
    const QSet<QString> holders = keyHolderNames(session);
    const auto current = currentKeyId(session);
    bool changed = false;
    for (keyring::UserSlot& slot : ring.users) {
        if (slot.damaged) {
            continue;
        }
        if (!holders.contains(slot.userName)) {
            // Never a volunteer's or a district account's: a slot whose account no longer holds the keys loses them.
            changed = changed || !slot.siteKeys.empty() || slot.generationRoot.has_value();
            slot.siteKeys.clear();
            slot.generationRoot.reset();
            continue;
        }
        const auto before = slot.siteKeys.size();
        std::erase_if(slot.siteKeys, [&](const keyring::SealedSiteKeys& k) { return !current || k.keyId != *current; });
        changed = changed || slot.siteKeys.size() != before;
        if (session.siteKeys() && current && session.siteKeys()->keyId == *current && slot.siteKeys.empty()) {
            slot.siteKeys.push_back(keyring::sealSiteKeys(ring.databaseId, slot, *session.siteKeys()));
            changed = true;
        }
        if (!session.generationRoot().empty() && !slot.generationRoot) {
            slot.generationRoot = keyring::sealGenerationRoot(ring.databaseId, slot, session.generationRoot());
            changed = true;
        }
    }
    return changed;
}

} // namespace dc::core::sitekeys
