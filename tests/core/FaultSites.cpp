// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/core/FaultSites.h"

#include "core/gateways/SiteGateway.h"
#include "core/keyring/RecoveryCode.h"
#include "core/services/EnrollmentService.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <climits>

namespace dc::test::faults {

void copyTree(const QString& from, const QString& to) {
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            QDir().mkpath(target);
        } else {
            QFile::copy(path, target);
        }
    }
}

Digest digestOf(core::store::Database& database) {
    QStringList tables;
    {
        auto s = database.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "ORDER BY name");
        while (s.step()) {
            tables.append(s.text(0));
        }
    }
    Digest digest;
    for (const QString& table : tables) {
        QStringList columns;
        {
            auto s =
                database.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table).toStdString());
            while (s.step()) {
                columns.append(QStringLiteral("quote(\"%1\")").arg(s.text(0)));
            }
        }
        // Test code: the names come from the database's own schema, never from data.
        const QString sql = QStringLiteral("SELECT row FROM (SELECT %1 AS row FROM \"%2\") ORDER BY row")
                                .arg(columns.join(QStringLiteral(" || '|' || ")), table);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        auto s = database.prepare(sql.toStdString());
        while (s.step()) {
            hash.addData(s.text(0).toUtf8());
            hash.addData(QByteArrayView("\n"));
        }
        digest.insert(table, hash.result());
    }
    return digest;
}

QString differences(const Digest& a, const Digest& b) {
    QStringList out;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (b.value(it.key()) != it.value()) {
            out.append(it.key());
        }
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key())) {
            out.append(it.key());
        }
    }
    return out.join(QStringLiteral(", "));
}

crypto::SecureBuffer keyOfCode(const crypto::SecureBuffer& grouped) {
    const auto code = core::keyring::RecoveryCode::parse(
        std::string_view(reinterpret_cast<const char*>(grouped.data()), grouped.size()));
    return code ? code->databaseKey() : crypto::SecureBuffer{};
}

std::unique_ptr<core::keyring::SiteKeys> copyOf(const core::keyring::SiteKeys& keys) {
    auto out = std::make_unique<core::keyring::SiteKeys>();
    out->signingSeed = crypto::SecureBuffer::copyOf(std::span(keys.signingSeed.data(), keys.signingSeed.size()));
    out->boxPrivate = crypto::SecureBuffer::copyOf(std::span(keys.boxPrivate.data(), keys.boxPrivate.size()));
    out->signingPublic = keys.signingPublic;
    out->boxPublic = keys.boxPublic;
    out->keyId = keys.keyId;
    return out;
}

std::unique_ptr<core::Session> openSession(const QString& databasePath, const crypto::SecureBuffer& key,
                                           const QString& userName, const QString& partner,
                                           const core::keyring::SiteKeys* keys) {
    const core::SitePaths paths = core::SitePaths::forDatabase(databasePath);
    auto database = core::store::Database::open(paths.database, key);
    core::store::migrate(database);
    core::gateways::SiteGateway people(database);
    const auto site = people.site();
    auto user = people.findUser(userName);
    if (!site || !user) {
        return nullptr;
    }
    std::optional<core::UserAccount> other;
    if (!partner.isEmpty()) {
        other = people.findUser(partner);
        if (!other) {
            return nullptr;
        }
    }
    auto session =
        std::make_unique<core::Session>(paths, site->uuid, site->name, std::move(database),
                                        crypto::SecureBuffer::copyOf(std::span(key.data(), key.size())), *user);
    session->setSiteKind(site->kind);
    if (keys != nullptr) {
        session->setSiteKeys(copyOf(*keys));
    }
    if (other) {
        session->setPartner(*other);
        if (!core::WorkSessionService::start(*session, user->id)) {
            return nullptr;
        }
    }
    return session;
}

int sweepSteps(int shortRun) {
    const QByteArray steps = qgetenv("DOICHIEU_FAULT_STEPS");
    if (steps == "all") {
        return INT_MAX;
    }
    return steps.isEmpty() ? shortRun : std::max(1, steps.toInt());
}

bool enroll(const TestSite& commune, const TestSite& hub, const QString& folder, const QString& place) {
    auto supervisor = commune.signInSupervisor();
    auto province = hub.signInSupervisor();
    if (!supervisor || !province) {
        return false;
    }
    const QString request = QDir(folder).filePath(QStringLiteral("commune.enroll"));
    const QString welcome = QDir(folder).filePath(QStringLiteral("commune.welcome"));
    auto written = core::EnrollmentService::request(*supervisor, request);
    if (!written) {
        return false;
    }
    auto accepted = core::EnrollmentService::accept(*province, request, written->fingerprint, place, welcome);
    return accepted && core::EnrollmentService::finish(*supervisor, welcome, accepted->hubFingerprint).ok();
}

} // namespace dc::test::faults
