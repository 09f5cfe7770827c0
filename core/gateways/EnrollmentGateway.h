// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// A workstation's enrollment with its hub, one row per epoch (table `enrollment`); the newest epoch is current.
struct EnrollmentRow {
    std::int64_t epoch = 0;
    QString hubSite; // the hub's site UUID
    QString hubName;
    crypto::Ed25519PublicKey hubSigning{};
    crypto::X25519PublicKey hubBox{};
    QString district;
    QString commune;
    QString keyId;      // this workstation's own key id, as the hub pinned it (`enrollment.key_id`)
    QByteArray welcome; // the welcome package as received, signed
    QString enrolledAt;
};

// A site the hub enrolled, one row per site and epoch (table `hub_sites`).
struct HubSiteRow {
    std::int64_t id = 0;
    QString siteUuid;
    std::int64_t epoch = 0;
    QString district;
    QString commune;
    QString siteName;
    crypto::Ed25519PublicKey signingPublic{};
    crypto::X25519PublicKey boxPublic{};
    QString keyId;
    QString fingerprint;
    std::int64_t baseSize = 0;
    std::optional<crypto::Sha256Digest> baseHead;
    bool current = true; // status 'current' or 'retired'
    QString enrolledBy;  // the province account's UUID
    QString enrolledAt;
    std::optional<QString> retiredAt;
};

// The only SQL of `enrollment` (workstation) and `hub_sites` (hub). Callers hold the transaction; functions throw
// store::StoreError.
class EnrollmentGateway {
public:
    explicit EnrollmentGateway(store::Database& db) : m_db(db) {}

    // Workstation.
    void insertEnrollment(const EnrollmentRow& row);
    [[nodiscard]] std::optional<EnrollmentRow> currentEnrollment(); // the highest epoch

    // Hub.
    [[nodiscard]] std::int64_t maxEpoch(const QString& siteUuid); // 0 when the site was never enrolled
    void retireSite(const QString& siteUuid, const QString& at);  // its current row, if any, becomes retired
    void insertHubSite(HubSiteRow& row);                          // fills row.id
    [[nodiscard]] std::optional<HubSiteRow> hubSite(const QString& siteUuid, std::int64_t epoch);
    [[nodiscard]] std::optional<HubSiteRow> currentSite(const QString& siteUuid);
    [[nodiscard]] std::optional<HubSiteRow> currentSiteByCommune(const QString& district, const QString& commune);
    // Every current site, by district, commune.
    [[nodiscard]] std::vector<HubSiteRow> currentSites();

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
