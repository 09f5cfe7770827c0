// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SiteAccess.h"

#include "core/audit/AuditLog.h"
#include "core/audit/HighWaterMark.h"
#include "core/gateways/AuditGateway.h"
#include "core/gateways/SettingsGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/gateways/TrainingGateway.h"
#include "core/keyring/KeyringFile.h"
#include "core/keyring/SlotCrypto.h"
#include "core/services/SiteKeyService.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/StoreError.h"

#include <new>
#include <stdexcept>

namespace dc::core::access {

Error errorFromException(std::exception_ptr exception) {
    try {
        std::rethrow_exception(exception);
    } catch (const store::SchemaTooNewError& e) {
        return makeError(ErrorCode::DatabaseTooNew, QString::fromStdString(e.what()));
    } catch (const store::StoreError& e) {
        if (e.isUnreadable()) {
            return makeError(ErrorCode::DatabaseCorrupt, QString::fromStdString(e.what()));
        }
        // SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN...: the disk or the file system.
        return makeError(ErrorCode::IoError, QString::fromStdString(e.what()));
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::Internal, QStringLiteral("out of memory"));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal, QString::fromStdString(e.what()));
    } catch (...) {
        return makeError(ErrorCode::Internal, QStringLiteral("unknown exception"));
    }
}

namespace {

// The signed-in account as the database says now, not as at its sign-in: an account removed (by a second supervisor,
// or from another program while this one is open) or given another role loses what it could do at once, as a pair's
// logging already does (pairStillActive). Reading the account's row changes nothing the session holds.
Result<Role> currentRole(const Session& session) {
    return guarded([&]() -> Result<Role> {
        auto& database = const_cast<Session&>(session).database();
        const auto fresh = gateways::SiteGateway(database).userById(session.user().id);
        if (!fresh || !fresh->active) {
            return makeError(ErrorCode::AccountDisabled, QStringLiteral("the account was removed while signed in"));
        }
        return fresh->role;
    });
}

} // namespace

Result<void> requireActive(const Session& session) {
    if (auto current = currentRole(session); !current) {
        return current.error();
    }
    return {};
}

Result<void> requireRole(const Session& session, Role role, const char* what) {
    auto current = currentRole(session);
    if (!current) {
        return current.error();
    }
    if (current.value() != role) {
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("only a %1 can %2").arg(roleKey(role), QString::fromLatin1(what)));
    }
    return {};
}

Result<void> requireSiteKind(const Session& session, SiteKind kind, const char* what) {
    if (auto active = requireActive(session); !active) {
        return active.error();
    }
    if (session.siteKind() != kind) {
        return makeError(ErrorCode::WrongSiteKind,
                         QStringLiteral("only a %1 site can %2").arg(siteKindKey(kind), QString::fromLatin1(what)));
    }
    return {};
}

Result<void> requireSiteAdmin(const Session& session, const char* what) {
    return requireRole(session, keyHolderRole(session.siteKind()), what);
}

Result<store::Database> openAndMigrate(const QString& path, const crypto::SecureBuffer& key) {
    return guarded([&]() -> Result<store::Database> {
        store::Database database = store::Database::open(path, key);
        store::migrate(database);
        return database;
    });
}

void settleInterruptedRekey(const SitePaths& paths, const crypto::SecureBuffer& databaseKey,
                            bool databaseAnswersToPending) {
    auto lock = keyring::KeyringLock::acquire(paths.keyring);
    if (!lock) {
        return;
    }
    auto loaded = keyring::loadKeyring(paths.keyring);
    if (!loaded || !loaded->hasPendingRekey()) {
        return;
    }
    keyring::Keyring& ring = loaded.value();
    if (databaseAnswersToPending) {
        // The database was re-encrypted before the crash: the pending seals become the current ones.
        const int generation = ring.pendingGeneration.value_or(ring.generation);
        std::vector<keyring::UserSlot> kept;
        for (keyring::UserSlot& slot : ring.users) {
            if (!slot.pendingDatabaseKey) {
                continue; // cannot open the re-keyed database; the account's password must be reset
            }
            slot.databaseKey = std::move(*slot.pendingDatabaseKey);
            slot.pendingDatabaseKey.reset();
            if (slot.pendingGenerationRoot) {
                slot.generationRoot = std::move(slot.pendingGenerationRoot);
                slot.pendingGenerationRoot.reset();
            }
            keyring::updateMac(ring.databaseId, slot, databaseKey, generation);
            kept.push_back(std::move(slot));
        }
        ring.users = std::move(kept);
        ring.generation = generation;
        ring.pendingGeneration.reset();
        if (ring.pendingRecovery) {
            ring.recovery = std::move(*ring.pendingRecovery);
        } else if (!ring.recovery.damaged) {
            keyring::updateMac(ring.databaseId, ring.recovery, databaseKey); // the same code, the new key's MAC
        }
        ring.pendingRecovery.reset();
    } else {
        // The re-key never reached the database: forget the new key.
        for (keyring::UserSlot& slot : ring.users) {
            slot.pendingDatabaseKey.reset();
            slot.pendingGenerationRoot.reset();
        }
        ring.pendingGeneration.reset();
        ring.pendingRecovery.reset();
    }
    (void)keyring::saveKeyring(paths.keyring, ring);
}

void record(Session& session, const QString& action, const QString& subject, const QJsonObject& details) {
    QStringList actors{session.user().uuid};
    if (session.partner()) {
        actors.append(session.partner()->uuid);
    }
    audit::append(session.database(), session.databaseId(), actors, action, subject, details, session.now());
}

void opened(Session& session) {
    (void)sitekeys::rotateIfDue(session); // a failure leaves it due: the next sign-in tries again
    try {
        const audit::MarkRead mark = audit::readMark(session.paths().mark, session.databaseId(), session.databaseKey());
        switch (audit::compareChain(session.database(), mark)) {
        case audit::ChainAgainstMark::NoMark:
            session.setChainState(Session::ChainState::NoMark);
            break;
        case audit::ChainAgainstMark::Reaches:
            session.setChainState(Session::ChainState::Sound);
            session.setMarked(mark.mark.seq, QDateTime());
            break;
        case audit::ChainAgainstMark::Behind:
            session.setChainState(Session::ChainState::Behind);
            break;
        case audit::ChainAgainstMark::MarkDamaged:
            session.setChainState(Session::ChainState::MarkDamaged);
            break;
        }
    } catch (...) {
        session.setChainState(Session::ChainState::MarkDamaged);
    }
}

void raiseMark(Session& session, bool force) {
    constexpr qint64 kMinIntervalMs = 1000;
    const auto state = session.chainState();
    if (state == Session::ChainState::Behind || state == Session::ChainState::MarkDamaged) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!force && session.markedAt().isValid() && session.markedAt().msecsTo(now) < kMinIntervalMs) {
        return;
    }
    try {
        const audit::Event head = gateways::AuditGateway(session.database()).head();
        if (head.seq <= session.markedSeq()) {
            return;
        }
        if (audit::writeMark(session.paths().mark, session.databaseId(), session.databaseKey(),
                             {head.seq, head.hash})) {
            session.setMarked(head.seq, now);
            session.setChainState(Session::ChainState::Sound);
        }
    } catch (...) {
        // The next call writes it; the mark only ever trails the chain.
    }
}

PasswordContext passwordContext(store::Database& database, const QString& siteName, const QString& displayName) {
    const auto kind = gateways::SettingsGateway(database).value(QString::fromLatin1(kSiteKindSetting));
    return PasswordContext{{siteName, displayName},
                           kind == QLatin1String("demo") || kind == QLatin1String(kTrainingKind)};
}

bool isTrainingSite(Session& session) {
    return gateways::SettingsGateway(session.database()).value(QString::fromLatin1(kSiteKindSetting)) ==
           QLatin1String(kTrainingKind);
}

Result<void> requireRealSite(Session& session, const char* what) {
    if (auto active = requireActive(session); !active) {
        return active.error();
    }
    if (isTrainingSite(session)) {
        return makeError(ErrorCode::WrongSiteKind,
                         QStringLiteral("a training site cannot %1: training data never mixes with real work")
                             .arg(QString::fromLatin1(what)));
    }
    return {};
}

Result<void> requireOwnTrainingBook(Session& session, qint64 bookId) {
    gateways::TrainingGateway training(session.database());
    const auto pairNumber = training.pairOfBook(bookId);
    if (!pairNumber) {
        return {};
    }
    const auto pair = training.pair(*pairNumber);
    const auto inPair = [&](qint64 id) { return pair && (pair->memberA == id || pair->memberB == id); };
    if (!inPair(session.user().id) || !session.partner() || !inPair(session.partner()->id)) {
        return makeError(ErrorCode::NotPermitted, QStringLiteral("a trainee pair logs only its own training books"));
    }
    return {};
}

bool picksBook(Session& session, qint64 bookId) {
    if (session.user().role != Role::Volunteer) {
        return true;
    }
    gateways::TrainingGateway training(session.database());
    const auto pairNumber = training.pairOfBook(bookId);
    if (!pairNumber) {
        return true; // not a training book
    }
    const auto own = training.pairOf(session.user().id);
    return own && own->number == *pairNumber;
}

Result<UserAccount> activeUser(store::Database& database, const QString& userName) {
    return guarded([&]() -> Result<UserAccount> {
        auto user = gateways::SiteGateway(database).findUser(userName);
        if (!user) {
            return makeError(ErrorCode::UnknownUser, QStringLiteral("the keyring has a slot for an account the "
                                                                    "database does not know"));
        }
        if (user->awaitingActivation) {
            return makeError(ErrorCode::AwaitingActivation, QStringLiteral("the account is awaiting activation"));
        }
        if (!user->active) {
            return makeError(ErrorCode::AccountDisabled, QStringLiteral("the account was removed"));
        }
        return *user;
    });
}

bool pairStillActive(Session& session) {
    if (!session.partner()) {
        return false;
    }
    gateways::SiteGateway people(session.database());
    for (const UserAccount* member : {&session.user(), &*session.partner()}) {
        const auto fresh = people.findUser(member->userName);
        if (!fresh || !fresh->active || fresh->role != Role::Volunteer) {
            return false;
        }
    }
    return true;
}

} // namespace dc::core::access
