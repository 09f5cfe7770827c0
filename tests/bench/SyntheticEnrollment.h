// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The hub of the benchmarks and the enrollment of synthetic workstations at it (tests/bench/ProvinceGenerator.h).
#pragma once

#include "core/audit/AuditLog.h"
#include "core/services/Session.h"
#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"
#include "crypto/X25519.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace dc::bench {

// A province hub in a folder: made there when the folder holds none, else opened. One province account.
class BenchHub {
public:
    static constexpr const char* kProvince = "tinh";
    static constexpr const char* kProvincePassword = "song-be-chay-qua-thu-dau-mot-13";

    explicit BenchHub(QString dir);
    [[nodiscard]] const QString& dir() const { return m_dir; }
    [[nodiscard]] QString databasePath() const;
    // The province account, signed in (Argon2id at the RFC 9106 floor).
    [[nodiscard]] std::unique_ptr<core::Session> signIn() const;

private:
    QString m_dir;
};

// What a workstation's enrollment request says of it.
struct SyntheticSite {
    QString site;
    QString siteName;
    QString district;
    QString commune;
    const crypto::SecureBuffer* signingSeed = nullptr;
    crypto::Ed25519PublicKey signingPublic{};
    crypto::X25519PublicKey boxPublic{};
    QString keyId;
    std::int64_t headSeq = 0; // the chain head its request's checkpoint signs
    core::audit::Hash headHash{};
    QString createdAt;
};

// Enrolls the site at the hub (a province account) through EnrollmentService::accept, on a request built as
// EnrollmentService::request builds it and signed with the site's key (the files pass through `folder`), and returns
// its epoch. Throws std::runtime_error when refused.
std::int64_t enrollSynthetic(core::Session& hub, const SyntheticSite& site, const QString& folder);

// Enrolls a real workstation (its supervisor signed in, holding the site's keys) at the hub for `district`/`commune`
// of the built-in campaign: EnrollmentService::request, accept and finish, the fingerprints read out.
void enrollWorkstation(core::Session& hub, core::Session& supervisor, const QString& district, const QString& commune);

} // namespace dc::bench
