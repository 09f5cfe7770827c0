// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/UserService.h"

#include "core/Clock.h"
#include "core/Uuid.h"
#include "core/campaign/Campaign.h"
#include "core/exchange/RosterPackage.h"
#include "core/gateways/DraftGateway.h"
#include "core/gateways/SettingsGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/keyring/KeyringFile.h"
#include "core/keyring/SlotCrypto.h"
#include "core/services/RekeyService.h"
#include "core/services/SignInThrottle.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"
#include "core/services/SiteKeyService.h"
#include "core/store/Transaction.h"

#include <QJsonObject>

namespace dc::core {

namespace {

// A supervisor at a commune, a province account at a hub (keyHolderRole).
Result<void> requireSupervisor(const Session& session) {
    return access::requireSiteAdmin(session, "manage accounts");
}

// The district of a new account: the campaign's spelling for a district account (required), empty for the others.
Result<QString> accountDistrict(const Session& session, const NewAccount& account) {
    if (account.role != Role::District) {
        if (!account.district.trimmed().isEmpty()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("only a district account has a district"));
        }
        return QString();
    }
    if (account.district.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a district account needs its district"));
    }
    const auto district = campaign::canonicalDistrict(campaignOf(session), account.district);
    if (!district) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the district is not one of the campaign's"));
    }
    return *district;
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
        if (!roleBelongsTo(session.siteKind(), account.role)) {
            return makeError(ErrorCode::NotPermitted,
                             session.siteKind() == SiteKind::Hub
                                 ? QStringLiteral("a hub has district and province accounts only")
                                 : QStringLiteral("district and province accounts are made at the province hub"));
        }
        auto district = accountDistrict(session, account);
        if (!district) {
            return district.error();
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
                         newRowUuid(),
                         name.value(),
                         displayName.value(),
                         account.role,
                         true,
                         toStoredTime(session.now()),
                         district.value()};
        store::Transaction transaction(db);
        gateways::SiteGateway(db).insertUser(session.databaseId(), user);
        QJsonObject details{{QStringLiteral("role"), roleKey(user.role)}};
        if (!user.district.isEmpty()) {
            details.insert(QStringLiteral("district"), user.district);
        }
        access::record(session, QStringLiteral("user.added"), user.uuid, details);
        // A slot left behind by an interrupted earlier attempt (no database row) is replaced.
        std::erase_if(ring->users, [&](const keyring::UserSlot& s) { return s.userName == user.userName; });
        ring->users.push_back(keyring::createUserSlot(ring->databaseId, user.userName, password.value(), ring->kdf,
                                                      session.databaseKey(), ring->generation));
        (void)sitekeys::distribute(session, ring.value()); // a new key holder gets the site's keys at once
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
        if (user && user->awaitingActivation) {
            // A roster's account never activated: it holds no slot and never knew a key, so nothing is re-keyed; its
            // code stops working and a later roster package leaves it removed.
            store::Transaction transaction(db);
            gateways::SiteGateway(db).withdrawActivation(user->id, toStoredTime(session.now()));
            access::record(session, QStringLiteral("user.removed"), user->uuid,
                           {{QStringLiteral("awaitingActivation"), true}});
            transaction.commit();
            return KeyChange{};
        }
        if (!user || !user->active) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no active account of that name"));
        }
        const Role keyHolder = keyHolderRole(session.siteKind());
        if (user->role == keyHolder && gateways::SiteGateway(db).countActive(keyHolder) <= 1) {
            return makeError(ErrorCode::LastSupervisor,
                             QStringLiteral("the site needs an active %1").arg(roleKey(keyHolder)));
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
        if (user->role == keyHolder) {
            if (auto rotated = sitekeys::rotate(session, roleKey(keyHolder) + QStringLiteral(" removed")); !rotated) {
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

Result<UserAccount> UserService::activate(Session& session, const QString& userName, const crypto::SecureBuffer& code,
                                          const crypto::SecureBuffer& newPassword) {
    return access::guarded([&]() -> Result<UserAccount> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "activate an account"); !kind) {
            return kind.error();
        }
        auto name = canonicalUserName(userName);
        if (!name) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no account of that name on this site"));
        }
        store::Database& db = session.database();
        gateways::SiteGateway people(db);
        auto user = people.findUser(name.value());
        if (!user) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no account of that name on this site"));
        }
        const std::optional<exchange::ActivationHash> stored =
            user->awaitingActivation ? people.activation(user->id) : std::optional<exchange::ActivationHash>();
        if (!stored) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the account is not awaiting activation"));
        }
        SignInThrottle throttle(session.paths().signInState, [&session] { return session.now(); });
        if (const int wait = throttle.secondsUntilAllowed(name.value()); wait > 0) {
            Error error = makeError(ErrorCode::SignInThrottled, QStringLiteral("too many wrong activation codes"));
            error.retryAfterSeconds = wait;
            return error;
        }
        auto password = acceptablePassword(user->role, name.value(), newPassword,
                                           access::passwordContext(db, session.siteName(), user->displayName));
        if (!password) {
            return password.error();
        }
        const QDateTime expires = QDateTime::fromString(stored->expiresAt, Qt::ISODate);
        if (!expires.isValid() || session.now() >= expires) {
            return makeError(ErrorCode::ActivationExpired, QStringLiteral("the activation code has expired"));
        }
        const auto digits = exchange::parseActivationCode(code.chars());
        if (!digits || !exchange::activationCodeMatches(*digits, *stored)) {
            throttle.recordFailure(name.value());
            return makeError(ErrorCode::WrongActivationCode, QStringLiteral("the activation code does not match"));
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
        // Read again under the lock: a second activation of the same code (another program) finds it spent.
        if (!people.activation(user->id)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the account is not awaiting activation"));
        }
        people.completeActivation(user->id);
        access::record(session, QStringLiteral("user.activated"), user->uuid,
                       {{QStringLiteral("role"), roleKey(user->role)}});
        std::erase_if(ring->users, [&](const keyring::UserSlot& s) { return s.userName == user->userName; });
        ring->users.push_back(keyring::createUserSlot(ring->databaseId, user->userName, password.value(), ring->kdf,
                                                      session.databaseKey(), ring->generation));
        if (auto saved = keyring::saveKeyring(session.paths().keyring, ring.value()); !saved) {
            return saved.error(); // the transaction rolls back: the account stays awaiting, the code unspent
        }
        transaction.commit();
        throttle.recordSuccess(name.value());
        auto activated = people.findUser(name.value());
        if (!activated) {
            return makeError(ErrorCode::Internal, QStringLiteral("the activated account vanished"));
        }
        return *activated;
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
