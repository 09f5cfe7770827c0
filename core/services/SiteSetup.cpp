// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SiteSetup.h"

#include "core/Clock.h"
#include "core/Uuid.h"
#include "core/audit/AuditLog.h"
#include "core/audit/Checkpoint.h"
#include "core/gateways/AuditGateway.h"
#include "core/gateways/SettingsGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/keyring/KeyringFile.h"
#include "core/keyring/RecoveryCode.h"
#include "core/keyring/SiteKeys.h"
#include "core/keyring/SlotCrypto.h"
#include "core/platform/Files.h"
#include "core/services/Session.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"
#include "core/store/Migrations.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"
#include "crypto/Random.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUuid>

namespace dc::core {

namespace {

constexpr int kMaxSiteNameLength = 200;

void removeDatabaseFiles(const QString& path) {
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

// Removes what a failed set-up created, on every path out of createSite.
class Cleanup {
public:
    explicit Cleanup(QString temporaryDatabase) : m_temporaryDatabase(std::move(temporaryDatabase)) {}
    ~Cleanup() {
        if (m_done) {
            return;
        }
        removeDatabaseFiles(m_temporaryDatabase);
        if (!m_keyring.isEmpty()) {
            QFile::remove(m_keyring);
        }
    }
    void keyringWritten(const QString& path) { m_keyring = path; }
    void done() { m_done = true; }

private:
    QString m_temporaryDatabase;
    QString m_keyring;
    bool m_done = false;
};

} // namespace

Result<SiteSetupOutcome> createSite(SiteSetupRequest request) {
    return access::guarded([&]() -> Result<SiteSetupOutcome> {
        const QString siteName = request.siteName.normalized(QString::NormalizationForm_C).simplified();
        if (siteName.isEmpty() || siteName.size() > kMaxSiteNameLength) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the site name must be 1-200 characters"));
        }
        auto userName = canonicalUserName(request.adminUserName);
        if (!userName) {
            return userName.error();
        }
        auto displayName =
            normalizedDisplayName(request.adminDisplayName.isEmpty() ? userName.value() : request.adminDisplayName);
        if (!displayName) {
            return displayName.error();
        }
        if (request.demo && request.kind != SiteKind::Commune) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a demo site is a commune"));
        }
        if (request.training && (request.kind != SiteKind::Commune || request.demo)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a training site is a commune, and not a demo"));
        }
        if (request.campaignBytes) {
            if (request.kind != SiteKind::Hub) {
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("a campaign file is given to a hub; a commune workstation receives its "
                                                "geography from the hub at enrollment"));
            }
            // The one loader decides; its detail names the first problem (a field's path), never more of the file.
            if (auto checked = campaign::parseCampaign(*request.campaignBytes); !checked) {
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("the campaign file is refused: ") + checked.error().detail);
            }
        }
        const Role firstRole = keyHolderRole(request.kind); // a supervisor at a commune, a province account at a hub
        auto password =
            acceptablePassword(firstRole, userName.value(), request.adminPassword,
                               PasswordContext{{siteName, displayName.value()}, request.demo || request.training});
        if (!password) {
            return password.error();
        }

        const QFileInfo target(request.databasePath);
        const SitePaths paths = SitePaths::forDatabase(target.absoluteFilePath());
        if (QFileInfo::exists(paths.database) || QFileInfo::exists(paths.keyring)) {
            return makeError(ErrorCode::DatabaseExists,
                             QStringLiteral("a database or keyring already exists at %1").arg(paths.database));
        }
        const QFileInfo folder(target.absolutePath());
        if (!folder.isDir()) {
            return makeError(ErrorCode::IoError, QStringLiteral("folder %1 does not exist").arg(folder.filePath()));
        }
        if (!folder.isWritable()) {
            return makeError(ErrorCode::IoError, QStringLiteral("folder %1 is not writable").arg(folder.filePath()));
        }

        SiteSetupOutcome outcome;
        if (request.kdf) {
            outcome.kdf = crypto::clampArgon2(*request.kdf);
        } else {
            const crypto::Argon2Calibration calibration = crypto::calibrateArgon2();
            outcome.kdf = calibration.params;
            outcome.kdfMeasured = calibration.measured;
        }

        const keyring::RecoveryCode code = keyring::RecoveryCode::generate();
        const crypto::SecureBuffer databaseKey = code.databaseKey();
        const keyring::SiteKeys siteKeys = keyring::generateSiteKeys();
        outcome.databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString now = toStoredTime(QDateTime::currentDateTimeUtc());

        // Built under a temporary name in the same folder, renamed into place only when complete.
        const QString temporary =
            QDir(target.absolutePath())
                .filePath(QStringLiteral(".%1.init-%2.tmp")
                              .arg(target.fileName(), QString::fromStdString(crypto::toHex(crypto::randomBytes(6)))));
        Cleanup cleanup(temporary);
        {
            store::Database database = store::Database::open(temporary, databaseKey, store::Database::Mode::Create);
            store::migrate(database);
            store::Transaction transaction(database);
            gateways::SiteGateway(database).insertSite({outcome.databaseId, siteName, outcome.kdf, now, request.kind});
            UserAccount admin{0, newRowUuid(), userName.value(), displayName.value(), firstRole, true, now};
            gateways::SiteGateway(database).insertUser(outcome.databaseId, admin);
            const QDateTime created = QDateTime::fromString(now, Qt::ISODate);
            // The site's own key pairs: public halves here, with their secrets sealed to the recovery code; the secrets
            // also go to the first account's slot below (a supervisor's, or a province account's at a hub; never to a
            // volunteer's or a district account's: docs/KEYRING.md).
            const keyring::SealedKey forRecovery =
                keyring::sealSiteKeysForRecovery(outcome.databaseId, code.slotKeyPair().publicKey, siteKeys);
            gateways::AuditGateway::SiteKeyRow keyRow{siteKeys.keyId,
                                                      siteKeys.signingPublic,
                                                      siteKeys.boxPublic,
                                                      true,
                                                      forRecovery.enc,
                                                      forRecovery.ciphertext,
                                                      now,
                                                      {}};
            gateways::AuditGateway(database).replaceCurrentSiteKey(keyRow, now);
            gateways::SettingsGateway(database).set(QStringLiteral("site_keys.rotation_due"), QStringLiteral("0"));
            gateways::SettingsGateway(database).set(QString::fromLatin1(access::kSiteKindSetting),
                                                    request.demo       ? QStringLiteral("demo")
                                                    : request.training ? QString::fromLatin1(access::kTrainingKind)
                                                                       : QStringLiteral("commune"));
            if (request.campaignBytes) {
                sitecampaign::store(database, *request.campaignBytes);
            }
            QJsonObject createdDetails{{QStringLiteral("name"), siteName},
                                       {QStringLiteral("kind"), siteKindKey(request.kind)}};
            if (request.campaignBytes) {
                // Which campaign the hub runs, in its audit chain: the file's SHA-256 (never its content).
                createdDetails.insert(QStringLiteral("campaignSha256"),
                                      sitecampaign::sha256Hex(*request.campaignBytes));
            }
            audit::append(database, outcome.databaseId, {admin.uuid}, QStringLiteral("site.created"),
                          outcome.databaseId, createdDetails, created);
            audit::append(database, outcome.databaseId, {admin.uuid}, QStringLiteral("user.added"), admin.uuid,
                          {{QStringLiteral("role"), roleKey(admin.role)}}, created);
            transaction.commit();
            database.close();
        }
        QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        keyring::Keyring ring;
        ring.databaseId = outcome.databaseId;
        ring.siteName = siteName;
        ring.kdf = outcome.kdf;
        ring.recovery = keyring::createRecoverySlot(ring.databaseId, code, databaseKey);
        keyring::UserSlot adminSlot =
            keyring::createUserSlot(ring.databaseId, userName.value(), password.value(), outcome.kdf, databaseKey, 0);
        adminSlot.siteKeys.push_back(keyring::sealSiteKeys(ring.databaseId, adminSlot, siteKeys));
        adminSlot.generationRoot = keyring::sealGenerationRoot(ring.databaseId, adminSlot, code.generationRoot());
        ring.users.push_back(std::move(adminSlot));
        if (auto saved = keyring::saveKeyring(paths.keyring, ring, true); !saved) {
            return saved.error();
        }
        cleanup.keyringWritten(paths.keyring);

        if (QFileInfo::exists(temporary + QStringLiteral("-wal"))) {
            return makeError(ErrorCode::IoError, QStringLiteral("the new database did not close cleanly"));
        }
        if (!QFile::rename(temporary, paths.database)) {
            return makeError(ErrorCode::IoError,
                             QStringLiteral("cannot move the new database to %1").arg(paths.database));
        }
        if (!platform::syncFolder(target.absolutePath())) {
            QFile::remove(paths.database);
            return makeError(ErrorCode::IoError, QStringLiteral("cannot flush folder %1").arg(target.absolutePath()));
        }
        cleanup.done();
        outcome.recoveryCode = code.grouped();
        return outcome;
    });
}

} // namespace dc::core
