// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Accounts.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <chrono>
#include <optional>

namespace dc::core {

struct SiteSetupRequest {
    QString databasePath;
    QString siteName;                   // the commune, e.g. "Phường Phú Cường"
    QString adminUserName;              // the first supervisor (at a hub: the first province account)
    QString adminDisplayName;           // defaults to the user name when empty
    crypto::SecureBuffer adminPassword; // UTF-8 as typed
    // nullopt: calibrate on this machine (0.5–1 s per derivation). A value is clamped to the RFC 9106 floor.
    std::optional<crypto::Argon2Params> kdf;
    // A demo site (sample data, its passwords printed on the sign-in page): exempt from the password-strength rule.
    bool demo = false;
    // A training site (issue 18: synthetic books with an answer key, trainees' passwords generated and printed; see
    // TrainingService::createTrainingSite): a commune-kind site, exempt from the password-strength rule like a demo,
    // that never exports, enrolls or wipes. Not both demo and training.
    bool training = false;
    // A commune workstation, or the province hub (docs/HUB.md): the first account is then a province account.
    SiteKind kind = SiteKind::Commune;
    // A hub's campaign file (`init --kind hub --campaign FILE`): checked by campaign::parseCampaign and kept inside the
    // encrypted database (services/SiteCampaign.h). nullopt: the built-in campaign. Refused for a commune
    // workstation.
    std::optional<QByteArray> campaignBytes;
};

struct SiteSetupOutcome {
    QString databaseId;
    crypto::SecureBuffer recoveryCode; // grouped digits, to show once
    crypto::Argon2Params kdf;
    std::chrono::milliseconds kdfMeasured{0}; // 0 when the parameters were given
};

// Creates a new site: the encrypted database (schema, site row, first supervisor), its keyring (the
// supervisor's slot and the recovery slot) and a recovery code. Nothing is left behind when it fails:
// the database is built under a temporary name and renamed into place last; an existing database or keyring
// is never replaced (DatabaseExists).
[[nodiscard]] Result<SiteSetupOutcome> createSite(SiteSetupRequest request);

} // namespace dc::core
