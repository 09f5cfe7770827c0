// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/UserService.h"

#include "core/Clock.h"
#include "core/gateways/DraftGateway.h"
#include "core/gateways/SettingsGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/keyring/KeyringFile.h"
#include "core/keyring/SlotCrypto.h"
#include "core/services/RekeyService.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteKeyService.h"
#include "core/store/Transaction.h"

#include <QUuid>

namespace dc::core {

namespace {

Result<void> requireSupervisor(const Session& session) {
    return access::requireRole(session, Role::Supervisor, "manage accounts");
}

// Loads the keyring for a change, refusing while a re-key is unfinished.
Result<keyring::Keyring> keyringForChange(const Session& session) {
    auto ring = keyring::loadKeyring(session.paths().keyring);
    if (!ring) {
        return ring.error();
    }
    if (ring->databaseId != session.databaseId()) {
        return makeError(ErrorCode::DatabaseMismatch, QStringLiteral("the keyring belongs to another site"));
    }
    if (ring->hasPendingRekey()) {
        return makeError(ErrorCode::KeyringDamaged,
                         QStringLiteral("a re-key was interrupted; sign in again to finish it first"));
    }
    return ring;
}

// Moves the site's database key to the next generation after an account left (or a password may have been seen).
// When another program has the site open the move waits for the next day close (AuditService::closeDay).
Result<UserService::KeyChange> nextGeneration(Session& session) {
    UserService::KeyChange change;
    auto advanced = advanceGeneration(session);
    if (advanced) {
        change.rekeyed = true;
        change.generation = advanced.value();
        return change;
    }
    if (advanced.error().code == ErrorCode::SiteInUse) {
        store::Transaction transaction(session.database());
        gateways::SettingsGateway(session.database()).set(QStringLiteral("keys.generation_due"), QStringLiteral("1"));
        access::record(session, QStringLiteral("site.rekey_deferred"), session.databaseId());
        transaction.commit();
        auto ring = keyring::loadKeyring(session.paths().keyring);
        change.generation = ring ? ring->generation : 0;
        return change;
    }
    if (advanced.error().code == ErrorCode::SiteKeyUnavailable && session.siteKeys()) {
        // A site older than key generations: its supervisors hold no generation root, so the only way to a key the
        // removed person cannot derive is a new recovery code.
        auto code = rekeySite(session);
        if (!code) {
            return code.error();
        }
        change.rekeyed = true;
        change.recoveryCode = std::move(code).value();
        return change;
    }
    return advanced.error();
}

} // namespace

Result<UserAccount> UserService::addUser(Session& session, const NewAccount& account) {
    return access::guarded([&]() -> Result<UserAccount> {
        if (auto allowed = requireSupervisor(session); !allowed) {
            return allowed.error();
        }
        if (account.role != Role::Volunteer && account.role != Role::Supervisor) {
            return makeError(ErrorCode::NotPermitted,
                             QStringLiteral("district and province accounts are created by the office"));
        }
        auto name = canonicalUserName(account.userName);
        if (!name) {
            return name.error();
        }
        auto displayName = normalizedDisplayName(account.displayName.isEmpty() ? name.value() : account.displayName);
        if (!displayName) {
            return displayName.error();
        }
        auto password =
            acceptablePassword(account.role, name.value(), account.password,
                               access::passwordContext(session.database(), session.siteName(), displayName.value()));
        if (!password) {
            return password.error();
        }
        auto lock = keyring::KeyringLock::acquire(session.paths().keyring);
        if (!lock) {
            return lock.error();
        }
        auto ring = keyringForChange(session);
        if (!ring) {
            return ring.error();
        }
        store::Database& db = session.database();
        if (gateways::SiteGateway(db).findUser(name.value())) {
            return makeError(ErrorCode::UserExists, QStringLiteral("that user name is taken"));
        }
        UserAccount user{0,
                         QUuid::createUuid().toString(QUuid::WithoutBraces),
                         name.value(),
                         displayName.value(),
                         account.role,
                         true,
                         toStoredTime(session.now())};
        store::Transaction transaction(db);
        gateways::SiteGateway(db).insertUser(session.databaseId(), user);
        access::record(session, QStringLiteral("user.added"), user.uuid,
                       {{QStringLiteral("role"), roleKey(user.role)}});
        // A slot left behind by an interrupted earlier attempt (no database row) is replaced.
        std::erase_if(ring->users, [&](const keyring::UserSlot& s) { return s.userName == user.userName; });
        ring->users.push_back(keyring::createUserSlot(ring->databaseId, user.userName, password.value(), ring->kdf,
                                                      session.databaseKey(), ring->generation));
        (void)sitekeys::distribute(session, ring.value()); // a new supervisor gets the site's keys at once
        if (auto saved = keyring::saveKeyring(session.paths().keyring, ring.value()); !saved) {
            return saved.error(); // the transaction rolls back: no row without a slot
        }
        transaction.commit();
        return user;
    });
}

Result<UserService::KeyChange> UserService::removeUser(Session& session, const QString& userName) {
    return access::guarded([&]() -> Result<KeyChange> {
        if (auto allowed = requireSupervisor(session); !allowed) {
            return allowed.error();
        }
        auto name = canonicalUserName(userName);
        if (!name) {
            return name.error();
        }
        if (name.value() == session.user().userName) {
            return makeError(ErrorCode::NotPermitted, QStringLiteral("another supervisor must remove this account"));
        }
        store::Database& db = session.database();
        auto user = gateways::SiteGateway(db).findUser(name.value());
        if (!user || !user->active) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no active account of that name"));
        }
        if (user->role == Role::Supervisor && gateways::SiteGateway(db).countActiveSupervisors() <= 1) {
            return makeError(ErrorCode::LastSupervisor, QStringLiteral("the site needs an active supervisor"));
        }
        auto lock = keyring::KeyringLock::acquire(session.paths().keyring);
        if (!lock) {
            return lock.error();
        }
        auto ring = keyringForChange(session);
        if (!ring) {
            return ring.error();
        }
        store::Transaction transaction(db);
        gateways::SiteGateway(db).deactivateUser(user->id, toStoredTime(session.now()));
        gateways::DraftGateway(db).removeForUser(user->id); // a half-typed entry nobody will come back for
        access::record(session, QStringLiteral("user.removed"), user->uuid);
        std::erase_if(ring->users, [&](const keyring::UserSlot& s) { return s.userName == user->userName; });
        if (auto saved = keyring::saveKeyring(session.paths().keyring, ring.value()); !saved) {
            return saved.error();
        }
        transaction.commit();
        lock.value().reset(); // the key changes below take the lock themselves
        if (user->role == Role::Supervisor) {
            if (auto rotated = sitekeys::rotate(session, QStringLiteral("supervisor removed")); !rotated) {
                return rotated.error();
            }
        }
        return nextGeneration(session);
    });
}

Result<UserService::KeyChange> UserService::setPassword(Session& session, const QString& userName,
                                                        const crypto::SecureBuffer& newPassword, bool compromised) {
    return access::guarded([&]() -> Result<KeyChange> {
        auto name = canonicalUserName(userName);
        if (!name) {
            return name.error();
        }
        const bool own = name.value() == session.user().userName;
        if (!own || compromised) { // declaring a password compromised re-keys the site: a supervisor's call
            if (auto allowed = requireSupervisor(session); !allowed) {
                return allowed.error();
            }
        }
        auto user = gateways::SiteGateway(session.database()).findUser(name.value());
        if (!user || !user->active) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no active account of that name"));
        }
        auto password =
            acceptablePassword(user->role, name.value(), newPassword,
                               access::passwordContext(session.database(), session.siteName(), user->displayName));
        if (!password) {
            return password.error();
        }
        auto lock = keyring::KeyringLock::acquire(session.paths().keyring);
        if (!lock) {
            return lock.error();
        }
        auto ring = keyringForChange(session);
        if (!ring) {
            return ring.error();
        }
        std::erase_if(ring->users, [&](const keyring::UserSlot& s) { return s.userName == user->userName; });
        ring->users.push_back(keyring::createUserSlot(ring->databaseId, user->userName, password.value(), ring->kdf,
                                                      session.databaseKey(), ring->generation));
        (void)sitekeys::distribute(session, ring.value()); // a supervisor's new slot gets the site's keys
        store::Transaction transaction(session.database());
        access::record(session, QStringLiteral("user.password_set"), user->uuid,
                       {{QStringLiteral("own"), own}, {QStringLiteral("compromised"), compromised}});
        if (auto saved = keyring::saveKeyring(session.paths().keyring, ring.value()); !saved) {
            return saved.error();
        }
        transaction.commit();
        if (!compromised) {
            KeyChange unchanged;
            unchanged.generation = ring->generation;
            return unchanged;
        }
        lock.value().reset();
        return nextGeneration(session);
    });
}

Result<std::vector<UserAccount>> UserService::listUsers(Session& session) {
    return access::guarded([&]() -> Result<std::vector<UserAccount>> {
        if (auto allowed = requireSupervisor(session); !allowed) {
            return allowed.error();
        }
        return gateways::SiteGateway(session.database()).users();
    });
}

} // namespace dc::core
