// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SiteCheck.h"

#include "core/gateways/SiteGateway.h"
#include "core/keyring/KeyringFile.h"
#include "core/keyring/SlotCrypto.h"
#include "core/services/SignIn.h"
#include "core/services/SiteAccess.h"
#include "core/store/Migrations.h"
#include "core/store/StoreError.h"

#include <QFileInfo>
#include <QSet>

namespace dc::core {

namespace {
Result<void> requireSupervisor(const Session& session) {
    return access::requireSiteAdmin(session, "inspect the site");
}

QStringList chainProblems(const Session& session) {
    switch (session.chainState()) {
    case Session::ChainState::Behind:
        return {QStringLiteral("the audit chain is behind its high-water mark: an older copy of the database was "
                               "restored, or saved work was lost (a supervisor runs audit acknowledge after looking)")};
    case Session::ChainState::MarkDamaged:
        return {QStringLiteral("the high-water mark beside the database is damaged")};
    case Session::ChainState::Sound:
    case Session::ChainState::NoMark:
        break;
    }
    return {};
}
} // namespace

Result<SiteInfo> siteInfo(Session& session) {
    return access::guarded([&]() -> Result<SiteInfo> {
        if (auto allowed = requireSupervisor(session); !allowed) {
            return allowed.error();
        }
        auto ring = keyring::loadKeyring(session.paths().keyring);
        if (!ring) {
            return ring.error();
        }
        SiteInfo info;
        info.siteName = session.siteName();
        info.databaseId = session.databaseId();
        info.databasePath = session.paths().database;
        info.keyringPath = session.paths().keyring;
        info.schemaVersion = session.database().userVersion();
        info.programSchemaVersion = store::latestSchemaVersion();
        info.cipher = session.database().cipherSettings();
        info.kdf = ring->kdf;
        info.slots.push_back({ring->recovery.id,
                              QStringLiteral("recovery"),
                              QString(),
                              {},
                              ring->recovery.createdAt,
                              ring->pendingRecovery.has_value()});
        for (const keyring::UserSlot& slot : ring->users) {
            info.slots.push_back({slot.id, QStringLiteral("user"), slot.userName, slot.kdf, slot.createdAt,
                                  slot.pendingDatabaseKey.has_value()});
        }
        return info;
    });
}

Result<SiteCheckReport> checkSite(Session& session) {
    return access::guarded([&]() -> Result<SiteCheckReport> {
        if (auto allowed = requireSupervisor(session); !allowed) {
            return allowed.error();
        }
        SiteCheckReport report;
        report.database = session.database().checkIntegrity();
        auto ring = keyring::loadKeyring(session.paths().keyring);
        if (!ring) {
            report.keyringProblems.append(ring.error().detail);
            return report;
        }
        const crypto::SecureBuffer& key = session.databaseKey();
        if (ring->databaseId != session.databaseId()) {
            report.keyringProblems.append(QStringLiteral("the keyring belongs to another site"));
            return report;
        }
        if (ring->recovery.damaged) {
            report.keyringProblems.append(QStringLiteral("recovery slot: damaged (checksum mismatch)"));
        } else if (!keyring::verifyMac(ring->databaseId, ring->recovery, key)) {
            report.keyringProblems.append(QStringLiteral("recovery slot: damaged (MAC mismatch)"));
        }
        QSet<QString> withSlot;
        for (const keyring::UserSlot& slot : ring->users) {
            withSlot.insert(slot.userName);
            if (slot.damaged) {
                report.keyringProblems.append(
                    QStringLiteral("slot of '%1': damaged (checksum mismatch)").arg(slot.userName));
                continue;
            }
            if (!keyring::verifyMac(ring->databaseId, slot, key, ring->generation)) {
                report.keyringProblems.append(
                    QStringLiteral("slot of '%1': damaged (MAC mismatch)").arg(slot.userName));
            }
            if (slot.pendingDatabaseKey || ring->pendingRecovery) {
                report.keyringProblems.append(QStringLiteral("slot of '%1': an unfinished re-key").arg(slot.userName));
            }
            const auto user = gateways::SiteGateway(session.database()).findUser(slot.userName);
            if (!user || !user->active) {
                report.keyringProblems.append(
                    QStringLiteral("slot of '%1': no active account of that name").arg(slot.userName));
            }
        }
        for (const UserAccount& user : gateways::SiteGateway(session.database()).users()) {
            if (user.active && !withSlot.contains(user.userName)) {
                report.keyringProblems.append(
                    QStringLiteral("account '%1' has no slot: a supervisor must set its password").arg(user.userName));
            }
        }
        report.chainProblems = chainProblems(session);
        return report;
    });
}

Result<QStringList> keyringDamage(const QString& databasePath) {
    return access::guarded([&]() -> Result<QStringList> {
        const SitePaths paths = SitePaths::forDatabase(QFileInfo(databasePath).absoluteFilePath());
        auto ring = keyring::loadKeyring(paths.keyring);
        if (!ring) {
            return ring.error();
        }
        QStringList problems;
        if (ring->recovery.damaged) {
            problems.append(QStringLiteral("recovery slot: damaged (checksum mismatch)"));
        }
        for (const keyring::UserSlot& slot : ring->users) {
            if (slot.damaged) {
                problems.append(QStringLiteral("slot of '%1': damaged (checksum mismatch)").arg(slot.userName));
            }
        }
        return problems;
    });
}

Result<SiteCheckReport> checkSiteFiles(const QString& databasePath, const QString& userName,
                                       const crypto::SecureBuffer& password) {
    SignIn signIn;
    auto keys = signIn.unlockKeys(databasePath, userName, password);
    if (!keys) {
        return keys.error();
    }
    return access::guarded([&]() -> Result<SiteCheckReport> {
        SiteCheckReport report;
        // Page by page, without migrating or reading any table first.
        const auto examine = [&](const crypto::SecureBuffer& key) -> bool {
            try {
                store::Database db = store::Database::open(databasePath, key);
                report.database = db.checkIntegrity();
                return true;
            } catch (const store::StoreError& e) {
                if (!e.isUnreadable()) {
                    throw;
                }
                return false;
            }
        };
        if (!examine(keys->current) && !(keys->pending && examine(*keys->pending))) {
            report.database.cipherProblems.append(QStringLiteral(
                "page 1 cannot be decrypted with the keyring's key: the file is damaged or not this site's"));
            return report;
        }
        // The keyring against the accounts needs a signed-in supervisor and a database sound enough to sign in to.
        auto session = signIn.signIn(databasePath, userName, password);
        if (!session) {
            report.keyringProblems.append(QStringLiteral("the slots were not compared with the accounts: %1")
                                              .arg(QString::fromLatin1(errorCodeName(session.error().code))));
            return report;
        }
        report.chainProblems = chainProblems(*session.value());
        auto full = checkSite(*session.value());
        if (!full) {
            if (full.error().code == ErrorCode::NotPermitted) {
                return report; // the page check and the chain's mark are everyone's; the slots a supervisor's
            }
            return full.error();
        }
        report.keyringProblems = full->keyringProblems;
        return report;
    });
}

} // namespace dc::core
