// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/audit/AuditLog.h"
#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of the audit chain: `audit_events` (appended, never changed), `checkpoints` (signed heads) and
// `site_keys` (the site's signing key).
class AuditGateway {
public:
    explicit AuditGateway(store::Database& db) : m_db(db) {}

    // The last event, or seq 0 with a zero hash when the chain is empty.
    [[nodiscard]] audit::Event head();
    void append(const audit::Event& event);
    // Every event in sequence order; `visit` returns false to stop. `hashesValid` is false when a stored hash is not
    // 32 bytes long (the event's hashes are then zero).
    void forEach(const std::function<bool(const audit::Event& event, bool hashesValid)>& visit);

    struct Checkpoint {
        std::int64_t size = 0;
        QString at;
        QByteArray note;
    };
    void addCheckpoint(const Checkpoint& checkpoint);
    // In the order they were written.
    [[nodiscard]] std::vector<Checkpoint> checkpoints();

    void insertSiteKey(const crypto::SecureBuffer& seed, const crypto::Ed25519PublicKey& publicKey, const QString& at);
    [[nodiscard]] std::optional<crypto::Ed25519PublicKey> sitePublicKey();
    // Empty when there is none.
    [[nodiscard]] crypto::SecureBuffer siteSeed();

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
