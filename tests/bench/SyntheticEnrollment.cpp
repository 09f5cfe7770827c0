// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/bench/SyntheticEnrollment.h"

#include "core/Clock.h"
#include "core/audit/Checkpoint.h"
#include "core/campaign/Campaign.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Fingerprint.h"
#include "core/services/EnrollmentService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteSetup.h"
#include "crypto/Encoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

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

std::int64_t enrollSynthetic(core::Session& hub, const SyntheticSite& site, const QString& folder) {
    // The workstation's request, as EnrollmentService::request writes it, signed with the synthetic site's key.
    const QJsonObject header{
        {QStringLiteral("format"), QStringLiteral("doichieu-enroll-request/1")},
        {QStringLiteral("site"), site.site},
        {QStringLiteral("siteName"), site.siteName},
        {QStringLiteral("commune"), site.siteName},
        {QStringLiteral("signing"), QString::fromStdString(crypto::toBase64(site.signingPublic))},
        {QStringLiteral("box"), QString::fromStdString(crypto::toBase64(site.boxPublic))},
        {QStringLiteral("keyId"), site.keyId},
        {QStringLiteral("checkpoint"),
         QString::fromUtf8(core::audit::signCheckpoint(site.site, site.headSeq, site.headHash, *site.signingSeed))},
        {QStringLiteral("createdAt"), site.createdAt},
    };
    auto request = core::exchange::buildEnvelope(core::exchange::FileKind::EnrollmentRequest, header, std::nullopt,
                                                 std::nullopt, *site.signingSeed);
    if (!request) {
        throw std::runtime_error("a synthetic enrollment request does not build");
    }
    const QString requestPath = QDir(folder).filePath(site.site + QStringLiteral(".request"));
    const QString welcomePath = QDir(folder).filePath(site.site + QStringLiteral(".welcome"));
    QFile file(requestPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(request.value()) != request->size()) {
        throw std::runtime_error("cannot write a synthetic enrollment request");
    }
    file.close();
    // The office reads the fingerprint out and accepts it for the commune.
    const QString fingerprint = core::exchange::enrollmentFingerprint(site.site, site.signingPublic, site.boxPublic);
    auto accepted = core::EnrollmentService::accept(
        hub, requestPath, fingerprint, core::campaign::communePath(site.district, site.commune), welcomePath);
    QFile::remove(requestPath);
    QFile::remove(welcomePath);
    if (!accepted) {
        throw std::runtime_error("the hub refused a synthetic enrollment: " + accepted.error().detail.toStdString());
    }
    return accepted->epoch;
}

void enrollWorkstation(core::Session& hub, core::Session& supervisor, const QString& district, const QString& commune) {
    QTemporaryDir folder;
    const QString requestPath = folder.filePath(QStringLiteral("site.request"));
    const QString welcomePath = folder.filePath(QStringLiteral("site.welcome"));
    auto request = core::EnrollmentService::request(supervisor, requestPath);
    if (!request) {
        throw std::runtime_error("enroll request failed: " + request.error().detail.toStdString());
    }
    auto accepted = core::EnrollmentService::accept(hub, requestPath, request->fingerprint,
                                                    core::campaign::communePath(district, commune), welcomePath);
    if (!accepted) {
        throw std::runtime_error("enroll accept failed: " + accepted.error().detail.toStdString());
    }
    auto finished = core::EnrollmentService::finish(supervisor, welcomePath, accepted->hubFingerprint);
    if (!finished) {
        throw std::runtime_error("enroll finish failed: " + finished.error().detail.toStdString());
    }
}

} // namespace dc::bench
