// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SignIn.h"

#include "core/audit/AuditLog.h"
#include "core/audit/HighWaterMark.h"
#include "core/gateways/SiteGateway.h"
#include "core/gateways/WorkSessionGateway.h"
#include "core/keyring/KeyringFile.h"
#include "core/keyring/RecoveryCode.h"
#include "core/keyring/SiteKeys.h"
#include "core/keyring/SlotCrypto.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteKeyService.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "crypto/ConstantTime.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace dc::core {

namespace {

// Recovery without a trustworthy keyring tries the code's generations in order: every removal of an account moves
// the site one generation on, so a site that removed a few hundred accounts is still found.
constexpr int kGenerationsTried = 1000;

Result<gateways::SiteRow> siteOf(store::Database& database, const QString& expectedId) {
    return access::guarded([&]() -> Result<gateways::SiteRow> {
        auto site = gateways::SiteGateway(database).site();
        if (!site || (!expectedId.isEmpty() && site->uuid != expectedId)) {
            return makeError(ErrorCode::DatabaseMismatch,
                             QStringLiteral("the database and the keyring belong to different sites"));
        }
        return *site;
    });
}

QString damagedCopyPath(const QString& keyringPath, const QDateTime& now) {
    return keyringPath + QStringLiteral(".damaged-") + now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

Error damagedSlot() {
    // A damaged slot is not a wrong password: it is said so, and never counted toward the lockout.
    return makeError(ErrorCode::KeyringDamaged,
                     QStringLiteral("this account's keyring slot is damaged: a supervisor sets its password again, or "
                                    "use the recovery code"));
}

// The database key of a recovery with the code, and the generation it opened, trying `first` before the others.
struct CodeKey {
    crypto::SecureBuffer key;
    int generation = 0;
    store::Database database;
};
Result<CodeKey> openWithCode(const QString& path, const keyring::RecoveryCode& code, std::optional<int> first) {
    std::vector<int> order;
    if (first) {
        order.push_back(*first);
    }
    for (int g = 0; g < kGenerationsTried; ++g) {
        if (!first || g != *first) {
            order.push_back(g);
        }
    }
    Error last = makeError(ErrorCode::WrongRecoveryCode, QStringLiteral("the code does not open this database"));
    for (const int generation : order) {
        crypto::SecureBuffer key = code.databaseKey(generation);
        auto database = access::openAndMigrate(path, key);
        if (database) {
            return CodeKey{std::move(key), generation, std::move(database).value()};
        }
        if (database.error().code != ErrorCode::DatabaseCorrupt) {
            return database.error(); // not a question of the key: the file is missing, too new, unreadable
        }
    }
    return last;
}

} // namespace

SignIn::SignIn(Clock clock, ThrottlePolicy policy) : m_clock(std::move(clock)), m_policy(policy) {}

Result<std::unique_ptr<Session>> SignIn::signIn(const QString& databasePath, const QString& userName,
                                                const crypto::SecureBuffer& password) {
    return access::guarded([&]() -> Result<std::unique_ptr<Session>> {
        const SitePaths paths = SitePaths::forDatabase(QFileInfo(databasePath).absoluteFilePath());
        if (!QFileInfo(paths.database).isFile()) {
            return makeError(ErrorCode::DatabaseMissing, QStringLiteral("no database at %1").arg(paths.database));
        }
        auto ring = keyring::loadKeyring(paths.keyring);
        if (!ring) {
            return ring.error();
        }
        auto name = canonicalUserName(userName);
        const keyring::UserSlot* slot = name ? ring->findUser(name.value()) : nullptr;
        if (!slot) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no account of that name on this site"));
        }
        if (slot->damaged) {
            return damagedSlot();
        }
        SignInThrottle throttle(paths.signInState, m_clock, m_policy);
        if (const int wait = throttle.secondsUntilAllowed(name.value()); wait > 0) {
            Error error = makeError(ErrorCode::SignInThrottled, QStringLiteral("too many failed sign-ins"));
            error.retryAfterSeconds = wait;
            return error;
        }
        auto normalized = normalizedPassword(password);
        if (!normalized) {
            return normalized.error();
        }
        auto privateKey = keyring::openSlotPrivateKey(ring->databaseId, *slot, normalized.value());
        if (!privateKey) {
            throttle.recordFailure(name.value());
            return makeError(ErrorCode::WrongPassword, QStringLiteral("the password does not open this account"));
        }
        auto databaseKey =
            keyring::openDatabaseKey(ring->databaseId, *slot, *privateKey, slot->databaseKey, ring->generation);
        if (!databaseKey) {
            return makeError(ErrorCode::KeyringDamaged,
                             QStringLiteral("the account's sealed database key cannot be opened"));
        }
        auto database = access::openAndMigrate(paths.database, *databaseKey);
        bool answeredToPending = false;
        if (!database && database.error().code == ErrorCode::DatabaseCorrupt && slot->pendingDatabaseKey) {
            auto pendingKey = keyring::openDatabaseKey(ring->databaseId, *slot, *privateKey, *slot->pendingDatabaseKey,
                                                       ring->pendingGeneration.value_or(ring->generation));
            if (pendingKey) {
                auto rekeyed = access::openAndMigrate(paths.database, *pendingKey);
                if (rekeyed) {
                    database = std::move(rekeyed);
                    databaseKey = std::move(pendingKey);
                    answeredToPending = true;
                }
            }
        }
        if (!database) {
            Error error = database.error();
            if (error.code == ErrorCode::DatabaseCorrupt) {
                error.detail = QStringLiteral("the database cannot be decrypted with the keyring's key: it is damaged "
                                              "or belongs to another keyring (%1)")
                                   .arg(error.detail);
            }
            return error;
        }
        if (ring->hasPendingRekey()) {
            access::settleInterruptedRekey(paths, *databaseKey, answeredToPending);
            if (answeredToPending) {
                // The re-key stopped before it wrote the high-water mark under the new key: check the mark under the
                // old key and write it again under the new one.
                if (auto oldKey = keyring::openDatabaseKey(ring->databaseId, *slot, *privateKey, slot->databaseKey,
                                                           ring->generation)) {
                    const audit::MarkRead mark = audit::readMark(paths.mark, ring->databaseId, *oldKey);
                    if (mark.state == audit::MarkState::Present) {
                        (void)audit::writeMark(paths.mark, ring->databaseId, *databaseKey, mark.mark);
                    }
                }
            }
        }
        auto site = siteOf(database.value(), ring->databaseId);
        if (!site) {
            return site.error();
        }
        auto user = access::activeUser(database.value(), name.value());
        if (!user) {
            return user.error();
        }
        throttle.recordSuccess(name.value());
        auto session = std::make_unique<Session>(paths, site->uuid, site->name, std::move(database).value(),
                                                 std::move(*databaseKey), std::move(user).value(), m_clock);
        session->setSiteKind(site->kind);
        access::opened(*session);
        (void)sitekeys::takeFromSlot(*session, *slot, *privateKey);
        return session;
    });
}

Result<std::unique_ptr<Session>> SignIn::resumePair(const QString& databasePath, const LockedPair& pair,
                                                    const QString& userName, const crypto::SecureBuffer& password) {
    auto name = canonicalUserName(userName);
    if (!name || (name.value() != pair.firstUserName && name.value() != pair.partnerUserName)) {
        return makeError(ErrorCode::NotAPair, QStringLiteral("only a member of the pair unlocks its session"));
    }
    auto session = signIn(databasePath, name.value(), password);
    if (!session) {
        return session.error();
    }
    return access::guarded([&]() -> Result<std::unique_ptr<Session>> {
        Session& s = *session.value();
        const QString otherName = name.value() == pair.firstUserName ? pair.partnerUserName : pair.firstUserName;
        auto other = access::activeUser(s.database(), otherName);
        if (!other) {
            return other.error();
        }
        // The pair is who started the work session, in that order, and it is still running.
        const auto work = gateways::WorkSessionGateway(s.database()).byId(pair.workSessionId);
        if (!work || work->ended) {
            return makeError(ErrorCode::SessionNotStarted, QStringLiteral("the work session has ended"));
        }
        const QSet<qint64> members{work->firstUser, work->secondUser};
        if (members != QSet<qint64>{s.user().id, other->id}) {
            return makeError(ErrorCode::NotAPair, QStringLiteral("the work session belongs to another pair"));
        }
        s.setPartner(std::move(other).value());
        s.setWorkSessionId(pair.workSessionId);
        return std::move(session).value();
    });
}

Result<SignIn::UnlockedKeys> SignIn::unlockKeys(const QString& databasePath, const QString& userName,
                                                const crypto::SecureBuffer& password) {
    return access::guarded([&]() -> Result<UnlockedKeys> {
        const SitePaths paths = SitePaths::forDatabase(QFileInfo(databasePath).absoluteFilePath());
        auto ring = keyring::loadKeyring(paths.keyring);
        if (!ring) {
            return ring.error();
        }
        auto name = canonicalUserName(userName);
        const keyring::UserSlot* slot = name ? ring->findUser(name.value()) : nullptr;
        if (!slot) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no account of that name on this site"));
        }
        if (slot->damaged) {
            return damagedSlot();
        }
        SignInThrottle throttle(paths.signInState, m_clock, m_policy);
        if (const int wait = throttle.secondsUntilAllowed(name.value()); wait > 0) {
            Error error = makeError(ErrorCode::SignInThrottled, QStringLiteral("too many failed sign-ins"));
            error.retryAfterSeconds = wait;
            return error;
        }
        auto normalized = normalizedPassword(password);
        if (!normalized) {
            return normalized.error();
        }
        auto privateKey = keyring::openSlotPrivateKey(ring->databaseId, *slot, normalized.value());
        if (!privateKey) {
            throttle.recordFailure(name.value());
            return makeError(ErrorCode::WrongPassword, QStringLiteral("the password does not open this account"));
        }
        auto current =
            keyring::openDatabaseKey(ring->databaseId, *slot, *privateKey, slot->databaseKey, ring->generation);
        if (!current) {
            return makeError(ErrorCode::KeyringDamaged,
                             QStringLiteral("the account's sealed database key cannot be opened"));
        }
        UnlockedKeys keys{std::move(*current), std::nullopt};
        if (slot->pendingDatabaseKey) {
            keys.pending = keyring::openDatabaseKey(ring->databaseId, *slot, *privateKey, *slot->pendingDatabaseKey,
                                                    ring->pendingGeneration.value_or(ring->generation));
        }
        throttle.recordSuccess(name.value());
        return keys;
    });
}

Result<void> SignIn::addPartner(Session& session, const QString& userName, const crypto::SecureBuffer& password) {
    return access::guarded([&]() -> Result<void> {
        auto name = canonicalUserName(userName);
        if (!name) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no account of that name on this site"));
        }
        if (name.value() == session.user().userName) {
            return makeError(ErrorCode::NotAPair, QStringLiteral("a pair is two different people"));
        }
        // An account a roster package made and nobody activated yet has no slot: say so, so that the pair's sign-in
        // can offer its activation (UserService::activate) inside this session.
        if (const auto waiting = gateways::SiteGateway(session.database()).findUser(name.value());
            waiting && waiting->awaitingActivation) {
            return makeError(ErrorCode::AwaitingActivation, QStringLiteral("the account is awaiting activation"));
        }
        auto ring = keyring::loadKeyring(session.paths().keyring);
        if (!ring) {
            return ring.error();
        }
        const keyring::UserSlot* slot = ring->findUser(name.value());
        if (!slot) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no account of that name on this site"));
        }
        if (slot->damaged) {
            return damagedSlot();
        }
        SignInThrottle throttle(session.paths().signInState, m_clock, m_policy);
        if (const int wait = throttle.secondsUntilAllowed(name.value()); wait > 0) {
            Error error = makeError(ErrorCode::SignInThrottled, QStringLiteral("too many failed sign-ins"));
            error.retryAfterSeconds = wait;
            return error;
        }
        auto normalized = normalizedPassword(password);
        if (!normalized) {
            return normalized.error();
        }
        auto privateKey = keyring::openSlotPrivateKey(ring->databaseId, *slot, normalized.value());
        if (!privateKey) {
            throttle.recordFailure(name.value());
            return makeError(ErrorCode::WrongPassword, QStringLiteral("the password does not open this account"));
        }
        // The partner's own slot must lead to the same database: the pair's two passwords both prove themselves.
        auto key = keyring::openDatabaseKey(ring->databaseId, *slot, *privateKey, slot->databaseKey, ring->generation);
        if (!key || !crypto::constantTimeEqual(key->bytes(), session.databaseKey().bytes())) {
            return makeError(ErrorCode::KeyringDamaged,
                             QStringLiteral("the partner's slot does not hold this database's key"));
        }
        auto partner = access::activeUser(session.database(), name.value());
        if (!partner) {
            return partner.error();
        }
        throttle.recordSuccess(name.value());
        session.setPartner(std::move(partner).value());
        return {};
    });
}

Result<std::unique_ptr<Session>> SignIn::recover(const QString& databasePath, const crypto::SecureBuffer& codeText,
                                                 const QString& userName, const crypto::SecureBuffer& newPassword) {
    return access::guarded([&]() -> Result<std::unique_ptr<Session>> {
        const auto code = keyring::RecoveryCode::parse(codeText.chars());
        if (!code) {
            return makeError(ErrorCode::InvalidRecoveryCode,
                             QStringLiteral("a recovery code is 40 digits (8 groups of 5)"));
        }
        auto name = canonicalUserName(userName);
        if (!name) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("no account of that name on this site"));
        }
        const SitePaths paths = SitePaths::forDatabase(QFileInfo(databasePath).absoluteFilePath());
        if (!QFileInfo(paths.database).isFile()) {
            return makeError(ErrorCode::DatabaseMissing, QStringLiteral("no database at %1").arg(paths.database));
        }
        auto ring = keyring::loadKeyring(paths.keyring);
        const bool haveKeyring = ring.ok();
        if (!haveKeyring && ring.error().code == ErrorCode::IoError) {
            return ring.error();
        }
        // With a sound recovery slot the code is checked against it first: a wrong code is told apart without touching
        // the database. A damaged recovery slot is no dead end: the code is tried on the database itself.
        bool matchesPending = false;
        std::optional<int> generationHint;
        if (haveKeyring && !ring->recovery.damaged) {
            const bool matchesCurrent = keyring::recoveryCodeMatches(ring->recovery, *code);
            matchesPending = ring->pendingRecovery && !ring->pendingRecovery->damaged &&
                             keyring::recoveryCodeMatches(*ring->pendingRecovery, *code);
            if (!matchesCurrent && !matchesPending) {
                return makeError(ErrorCode::WrongRecoveryCode, QStringLiteral("the code is not this site's"));
            }
            generationHint = matchesPending ? ring->pendingGeneration.value_or(0) : ring->generation;
        } else if (haveKeyring) {
            generationHint = ring->generation;
        }
        auto opened = openWithCode(paths.database, *code, generationHint);
        if (!opened) {
            return opened.error();
        }
        crypto::SecureBuffer databaseKey = std::move(opened->key);
        const int generation = opened->generation;
        auto site = siteOf(opened->database, haveKeyring ? ring->databaseId : QString());
        if (!site) {
            return site.error();
        }
        auto user = access::activeUser(opened->database, name.value());
        if (!user) {
            return user.error();
        }
        auto password = acceptablePassword(user->role, name.value(), newPassword,
                                           access::passwordContext(opened->database, site->name, user->displayName));
        if (!password) {
            return password.error();
        }

        if (haveKeyring && ring->hasPendingRekey()) {
            access::settleInterruptedRekey(paths, databaseKey, matchesPending);
        }
        auto lock = keyring::KeyringLock::acquire(paths.keyring);
        if (!lock) {
            return lock.error();
        }
        auto current = keyring::loadKeyring(paths.keyring);
        keyring::Keyring rebuilt;
        bool replaceExisting = false;
        if (current && current->generation == generation) {
            rebuilt = std::move(current).value();
            std::erase_if(rebuilt.users, [&](const keyring::UserSlot& s) { return s.userName == name.value(); });
            if (rebuilt.recovery.damaged) {
                rebuilt.recovery = keyring::createRecoverySlot(site->uuid, *code, databaseKey);
            }
            replaceExisting = true;
        } else {
            if (current || current.error().code == ErrorCode::KeyringDamaged) {
                // Damaged, or of another generation (older than the database): kept aside, never overwritten.
                const QString aside = damagedCopyPath(paths.keyring, m_clock());
                if (!QFile::rename(paths.keyring, aside)) {
                    return makeError(ErrorCode::IoError, QStringLiteral("cannot move the damaged keyring aside"));
                }
            } else if (current.error().code != ErrorCode::KeyringMissing) {
                return current.error();
            }
            rebuilt.databaseId = site->uuid;
            rebuilt.siteName = site->name;
            rebuilt.kdf = crypto::clampArgon2(site->kdf);
            rebuilt.generation = generation;
            rebuilt.recovery = keyring::createRecoverySlot(site->uuid, *code, databaseKey);
        }
        auto session = std::make_unique<Session>(paths, site->uuid, site->name, std::move(opened->database),
                                                 databaseKey.clone(), std::move(user).value(), m_clock);
        session->setSiteKind(site->kind);
        // A supervisor recovering takes the site's keys from the database's copy sealed to the code, and the
        // generation root from the code; both are sealed to the new slot below.
        sitekeys::takeWithCode(*session, code->generationRoot(), *code);
        rebuilt.users.push_back(keyring::createUserSlot(rebuilt.databaseId, name.value(), password.value(), rebuilt.kdf,
                                                        databaseKey, rebuilt.generation));
        (void)sitekeys::distribute(*session, rebuilt);
        if (auto saved = keyring::saveKeyring(paths.keyring, rebuilt, !replaceExisting); !saved) {
            return saved.error();
        }
        SignInThrottle(paths.signInState, m_clock, m_policy).recordSuccess(name.value());
        access::opened(*session);
        // The recovery is part of the site's history; the keyring change it records is already on disk.
        store::Transaction transaction(session->database());
        audit::append(session->database(), session->databaseId(), {session->user().uuid},
                      QStringLiteral("user.recovered"), session->user().uuid,
                      QJsonObject{{QStringLiteral("keyringRebuilt"), !replaceExisting}}, m_clock());
        transaction.commit();
        return session;
    });
}

} // namespace dc::core
