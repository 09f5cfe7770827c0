// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/audit/AuditLog.h"
#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"
#include "crypto/X25519.h"

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
// `site_key_pairs` (the public halves of the site's key pairs, current and retired, and the current pair's secrets
// sealed to the recovery code).
class AuditGateway {
public:
    explicit AuditGateway(store::Database& db) : m_db(db) {}

    // The last event, or seq 0 with a zero hash when the chain is empty.
    [[nodiscard]] audit::Event head();
    void append(const audit::Event& event);
    // The stored hash of event `seq`, if the chain has it.
    [[nodiscard]] std::optional<audit::Hash> hashAt(std::int64_t seq);
    // Every event in sequence order; `visit` returns false to stop. `hashesValid` is false when a stored hash is not
    // 32 bytes long (the event's hashes are then zero).
    void forEach(const std::function<bool(const audit::Event& event, bool hashesValid)>& visit);
    // The events first..last (inclusive), in sequence order: a bundle's range.
    [[nodiscard]] std::vector<audit::Event> between(std::int64_t first, std::int64_t last);
    // How many events after `seq` have an action other than `action` (the end of the campaign: what the hub has not
    // acknowledged beyond the recording of its receipts).
    [[nodiscard]] std::int64_t countAfterExcept(std::int64_t seq, const QString& action);

    struct Checkpoint {
        std::int64_t size = 0;
        QString at;
        QByteArray note;
    };
    void addCheckpoint(const Checkpoint& checkpoint);
    // In the order they were written.
    [[nodiscard]] std::vector<Checkpoint> checkpoints();

    struct SiteKeyRow {
        QString keyId;
        crypto::Ed25519PublicKey signingPublic{};
        std::optional<crypto::X25519PublicKey> boxPublic; // none for the key pairs before version 5
        bool current = false;
        std::vector<std::uint8_t> recoveryEnc; // the current pair's secrets sealed to the recovery code
        std::vector<std::uint8_t> recoverySealed;
        QString createdAt;
        QString retiredAt;
    };
    // Retires the current pair (if any) at `at` and makes `row` the current one.
    void replaceCurrentSiteKey(const SiteKeyRow& row, const QString& at);
    // The current pair's recovery copy, sealed again (a new recovery code).
    void resealCurrentForRecovery(const std::vector<std::uint8_t>& enc, const std::vector<std::uint8_t>& sealed);
    [[nodiscard]] std::optional<SiteKeyRow> currentSiteKey();
    // Every pair, current and retired, oldest first: the keys that may have signed a stored checkpoint.
    [[nodiscard]] std::vector<SiteKeyRow> siteKeys();

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
