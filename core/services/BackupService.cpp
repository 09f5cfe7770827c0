// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/BackupService.h"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerifier.h"
#include "core/keyring/KeyringFile.h"
#include "core/platform/Files.h"
#include "core/services/SignIn.h"
#include "core/services/SiteAccess.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dc::core {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Copies a file and flushes it to the disk; the copy is the owner's alone.
Result<void> copyDurably(const QString& from, const QString& to) {
    if (!QFile::copy(from, to)) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot copy %1 to %2").arg(from, to));
    }
    QFile::setPermissions(to, kOwnerOnly);
    QFile copy(to);
    if (!copy.open(QIODevice::ReadWrite) || !platform::syncFile(copy)) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot flush %1").arg(to));
    }
    return {};
}

// The database file of a backup folder: the one `*.db` with its keyring beside it.
Result<QString> backupDatabase(const QString& folder) {
    const QDir dir(folder);
    if (!dir.exists()) {
        return makeError(ErrorCode::DatabaseMissing, QStringLiteral("no folder %1").arg(folder));
    }
    const QStringList databases = dir.entryList({QStringLiteral("*.db")}, QDir::Files);
    if (databases.size() != 1 || !dir.exists(databases.first() + QStringLiteral(".keyring"))) {
        return makeError(
            ErrorCode::DatabaseMissing,
            QStringLiteral("%1 does not hold one site's backup (a .db file and its .keyring)").arg(folder));
    }
    return dir.filePath(databases.first());
}

// Opens a copy with its key, checks its pages and its chain, and says how long the chain is.
Result<std::int64_t> verifyCopy(const QString& path, const crypto::SecureBuffer& key, const QString& siteUuid) {
    return access::guarded([&]() -> Result<std::int64_t> {
        store::Database copy = store::Database::open(path, key);
        const store::IntegrityReport report = copy.checkIntegrity();
        if (!report.ok()) {
            return makeError(ErrorCode::DatabaseCorrupt,
                             QStringLiteral("the copy fails its integrity check: %1")
                                 .arg((report.cipherProblems + report.structureProblems).join(QStringLiteral("; "))));
        }
        const audit::VerifyReport chain = audit::verifyChain(copy, siteUuid);
        if (!chain.ok()) {
            return makeError(ErrorCode::DatabaseCorrupt, QStringLiteral("the copy's chain: %1").arg(chain.problem));
        }
        copy.close();
        return chain.events;
    });
}

} // namespace

Result<BackupDone> BackupService::backup(Session& session, const QString& folder) {
    return access::guarded([&]() -> Result<BackupDone> {
        if (auto allowed = access::requireSiteAdmin(session, "back up the site"); !allowed) {
            return allowed.error();
        }
        if (!QDir().mkpath(folder)) {
            return makeError(ErrorCode::IoError, QStringLiteral("cannot create the folder %1").arg(folder));
        }
        const QDir dir(folder);
        const QString name = QFileInfo(session.paths().database).fileName();
        BackupDone done;
        done.folder = dir.absolutePath();
        done.databaseFile = dir.filePath(name);
        const SitePaths target = SitePaths::forDatabase(done.databaseFile);
        for (const QString& path : {target.database, target.keyring, target.mark}) {
            if (QFileInfo::exists(path)) {
                return makeError(
                    ErrorCode::IoError,
                    QStringLiteral("%1 already holds a backup of this site; choose another folder").arg(done.folder));
            }
        }
        // Recorded first, so the copy holds its own event; the mark raised, so the copy's mark is the chain's head.
        {
            store::Transaction transaction(session.database());
            access::record(session, QStringLiteral("site.backed_up"), session.databaseId());
            transaction.commit();
        }
        access::raiseMark(session, true);
        const QString temporary = target.database + QStringLiteral(".part");
        QFile::remove(temporary);
        session.database().backupTo(temporary, session.databaseKey());
        QFile::setPermissions(temporary, kOwnerOnly);
        auto verified = verifyCopy(temporary, session.databaseKey(), session.databaseId());
        if (!verified) {
            QFile::remove(temporary);
            return verified.error();
        }
        done.events = verified.value();
        if (auto moved = platform::replaceFile(temporary, target.database); !moved) {
            return moved.error();
        }
        {
            auto lock = keyring::KeyringLock::acquire(session.paths().keyring);
            if (!lock) {
                return lock.error();
            }
            if (auto copied = copyDurably(session.paths().keyring, target.keyring); !copied) {
                return copied.error();
            }
        }
        if (QFileInfo::exists(session.paths().mark)) {
            if (auto copied = copyDurably(session.paths().mark, target.mark); !copied) {
                return copied.error();
            }
        }
        (void)platform::syncFolder(done.folder);
        return done;
    });
}

Result<std::unique_ptr<Session>> BackupService::restore(const QString& folder, const QString& databasePath,
                                                        const QString& userName, const crypto::SecureBuffer& password) {
    auto source = backupDatabase(folder);
    if (!source) {
        return source.error();
    }
    const SitePaths from = SitePaths::forDatabase(source.value());
    const SitePaths to = SitePaths::forDatabase(QFileInfo(databasePath).absoluteFilePath());
    // Everything about the backup is checked before anything at the target is touched.
    auto keys = SignIn().unlockKeys(from.database, userName, password);
    if (!keys) {
        return keys.error();
    }
    auto ring = keyring::loadKeyring(from.keyring);
    if (!ring) {
        return ring.error();
    }
    auto events = verifyCopy(from.database, keys->current, ring->databaseId);
    if (!events) {
        return events.error();
    }
    auto moved = access::guarded([&]() -> Result<void> {
        // The files at the target are kept aside, never deleted: a restore over the wrong site is undone by hand.
        const QString aside = QStringLiteral(".before-restore-") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        for (const QString& path : {to.database, to.keyring, to.mark, to.database + QStringLiteral("-wal"),
                                    to.database + QStringLiteral("-shm")}) {
            if (QFileInfo::exists(path) && !QFile::rename(path, path + aside)) {
                return makeError(ErrorCode::IoError,
                                 QStringLiteral("cannot move %1 aside; close every program using the site").arg(path));
            }
        }
        for (const auto& [a, b] : {std::pair{from.database, to.database}, std::pair{from.keyring, to.keyring}}) {
            if (auto copied = copyDurably(a, b); !copied) {
                return copied.error();
            }
        }
        if (QFileInfo::exists(from.mark)) {
            if (auto copied = copyDurably(from.mark, to.mark); !copied) {
                return copied.error();
            }
        }
        (void)platform::syncFolder(QFileInfo(to.database).absolutePath());
        return {};
    });
    if (!moved) {
        return moved.error();
    }
    auto session = SignIn().signIn(to.database, userName, password);
    if (!session) {
        return session.error();
    }
    auto recorded = access::guarded([&]() -> Result<void> {
        Session& s = *session.value();
        store::Transaction transaction(s.database());
        access::record(s, QStringLiteral("site.restored"), s.databaseId(),
                       {{QStringLiteral("backupEvents"), static_cast<qint64>(events.value())}});
        transaction.commit();
        return {};
    });
    if (!recorded) {
        return recorded.error();
    }
    return session;
}

} // namespace dc::core
