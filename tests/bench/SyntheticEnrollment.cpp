// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/bench/SyntheticEnrollment.h"

#include "core/Clock.h"
#include "core/exchange/Fingerprint.h"
#include "core/keyring/SiteKeys.h"
#include "core/services/SignIn.h"
#include "core/services/SiteSetup.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QDir>
#include <QFileInfo>

#include <stdexcept>

namespace dc::bench {

BenchHub::BenchHub(QString dir) : m_dir(std::move(dir)) {
    if (QFileInfo::exists(databasePath())) {
        return;
    }
    if (!QDir().mkpath(m_dir)) {
        throw std::runtime_error("cannot make the hub's folder");
    }
    core::SiteSetupRequest request;
    request.databasePath = databasePath();
    request.siteName = QStringLiteral("Sở Tư pháp Bình Dương");
    request.adminUserName = QString::fromLatin1(kProvince);
    request.adminDisplayName = QStringLiteral("Phạm Thị Tỉnh");
    request.adminPassword = crypto::SecureBuffer::copyOf(std::string_view(kProvincePassword));
    request.kdf = crypto::kArgon2Floor;
    request.kind = core::SiteKind::Hub;
    auto made = core::createSite(std::move(request));
    if (!made) {
        throw std::runtime_error("cannot create the hub: " + made.error().detail.toStdString());
    }
}

QString BenchHub::databasePath() const {
    return QDir(m_dir).filePath(QStringLiteral("hub.db"));
}

std::unique_ptr<core::Session> BenchHub::signIn() const {
    auto session = core::SignIn().signIn(databasePath(), QString::fromLatin1(kProvince),
                                         crypto::SecureBuffer::copyOf(std::string_view(kProvincePassword)));
    if (!session) {
        throw std::runtime_error("cannot sign in at the hub: " + session.error().detail.toStdString());
    }
    return std::move(session).value();
}

std::int64_t enrollSynthetic(core::Session& hub, const SyntheticSite& site) {
    // TEMPORARY until i13-exchange's EnrollmentService lands: the keys are pinned directly, as `enroll accept` would.
    const QString fingerprint = core::exchange::enrollmentFingerprint(site.site, site.signingPublic, site.boxPublic);
    auto insert = hub.database().prepare(
        "INSERT INTO hub_sites (site_uuid, epoch, district, commune, site_name, signing_public, box_public, key_id, "
        "fingerprint, base_size, base_head, status, enrolled_by, enrolled_at) VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, "
        "?8, ?9, ?10, 'current', ?11, ?12)");
    insert.bind(1, site.site)
        .bind(2, site.district)
        .bind(3, site.commune)
        .bind(4, site.siteName)
        .bindBlob(5, site.signingPublic)
        .bindBlob(6, site.boxPublic)
        .bind(7, site.keyId)
        .bind(8, fingerprint)
        .bindInt64(9, site.headSeq)
        .bindBlob(10, site.headHash)
        .bind(11, hub.user().uuid)
        .bind(12, site.createdAt);
    insert.run();
    return 1;
}

void enrollWorkstation(core::Session& hub, core::Session& supervisor, const QString& district, const QString& commune) {
    const core::keyring::SiteKeys* keys = supervisor.siteKeys();
    const core::keyring::SiteKeys* hubKeys = hub.siteKeys();
    if (!keys || !hubKeys) {
        throw std::runtime_error("enrollment needs both sites' keys");
    }
    const core::audit::Event head = core::audit::head(supervisor.database());
    const QString now = core::toStoredTime(QDateTime::currentDateTimeUtc());
    (void)enrollSynthetic(hub, {supervisor.databaseId(), supervisor.siteName(), district, commune, &keys->signingSeed,
                                keys->signingPublic, keys->boxPublic, keys->keyId, head.seq, head.hash, now});
    // TEMPORARY until i13-exchange's EnrollmentService lands: the hub's keys pinned at the workstation directly, as
    // `enroll finish` would.
    auto insert = supervisor.database().prepare(
        "INSERT INTO enrollment (epoch, hub_site, hub_name, hub_signing, hub_box, district, commune, key_id, welcome, "
        "enrolled_at) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, x'00', ?8)");
    insert.bind(1, hub.databaseId())
        .bind(2, hub.siteName())
        .bindBlob(3, hubKeys->signingPublic)
        .bindBlob(4, hubKeys->boxPublic)
        .bind(5, district)
        .bind(6, commune)
        .bind(7, keys->keyId) // the workstation's own key id, as the hub pinned it
        .bind(8, now);
    insert.run();
}

} // namespace dc::bench
