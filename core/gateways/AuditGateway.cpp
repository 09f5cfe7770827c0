// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/AuditGateway.h"

#include "core/store/Database.h"

#include <algorithm>

namespace dc::core::gateways {

namespace {

audit::Hash toHash(const std::vector<std::uint8_t>& blob, bool& ok) {
    audit::Hash h{};
    ok = blob.size() == h.size();
    if (ok) {
        std::copy(blob.begin(), blob.end(), h.begin());
    }
    return h;
}

// Columns: seq, at, site_uuid, actors, action, subject, details, prev_hash, hash.
audit::Event readEvent(const store::Statement& s, bool& hashesValid) {
    audit::Event e{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), {}, {}};
    bool prevOk = false;
    bool hashOk = false;
    e.prevHash = toHash(s.blob(7), prevOk);
    e.hash = toHash(s.blob(8), hashOk);
    hashesValid = prevOk && hashOk;
    return e;
}

} // namespace

audit::Event AuditGateway::head() {
    auto s = m_db.cached("SELECT seq, at, site_uuid, actors, action, subject, details, prev_hash, hash "
                         "FROM audit_events ORDER BY seq DESC LIMIT 1");
    bool valid = false;
    return s->step() ? readEvent(*s, valid) : audit::Event{};
}

void AuditGateway::append(const audit::Event& e) {
    m_db.cached("INSERT INTO audit_events (seq, at, site_uuid, actors, action, subject, details, prev_hash, hash) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        ->bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.site)
        .bind(4, e.actors)
        .bind(5, e.action)
        .bind(6, e.subject)
        .bind(7, e.details)
        .bindBlob(8, e.prevHash)
        .bindBlob(9, e.hash)
        .run();
}

void AuditGateway::forEach(const std::function<bool(const audit::Event&, bool)>& visit) {
    auto s = m_db.prepare("SELECT seq, at, site_uuid, actors, action, subject, details, prev_hash, hash "
                          "FROM audit_events ORDER BY seq");
    while (s.step()) {
        bool valid = false;
        const audit::Event e = readEvent(s, valid);
        if (!visit(e, valid)) {
            return;
        }
    }
}

void AuditGateway::addCheckpoint(const Checkpoint& checkpoint) {
    m_db.prepare("INSERT INTO checkpoints (size, at, note) VALUES (?1, ?2, ?3)")
        .bind(1, checkpoint.size)
        .bind(2, checkpoint.at)
        .bind(3, QString::fromUtf8(checkpoint.note))
        .run();
}

std::vector<AuditGateway::Checkpoint> AuditGateway::checkpoints() {
    auto s = m_db.prepare("SELECT size, at, note FROM checkpoints ORDER BY id");
    std::vector<Checkpoint> out;
    while (s.step()) {
        out.push_back({s.int64(0), s.text(1), s.text(2).toUtf8()});
    }
    return out;
}

void AuditGateway::insertSiteKey(const crypto::SecureBuffer& seed, const crypto::Ed25519PublicKey& publicKey,
                                 const QString& at) {
    m_db.prepare("INSERT INTO site_keys (id, seed, public_key, created_at) VALUES (1, ?1, ?2, ?3)")
        .bindBlob(1, seed.bytes())
        .bindBlob(2, publicKey)
        .bind(3, at)
        .run();
}

std::optional<crypto::Ed25519PublicKey> AuditGateway::sitePublicKey() {
    auto s = m_db.prepare("SELECT public_key FROM site_keys WHERE id = 1");
    if (!s.step()) {
        return std::nullopt;
    }
    const auto blob = s.blob(0);
    crypto::Ed25519PublicKey key{};
    if (blob.size() != key.size()) {
        return std::nullopt;
    }
    std::copy(blob.begin(), blob.end(), key.begin());
    return key;
}

crypto::SecureBuffer AuditGateway::siteSeed() {
    auto s = m_db.prepare("SELECT seed FROM site_keys WHERE id = 1");
    if (!s.step()) {
        return {};
    }
    std::vector<std::uint8_t> blob = s.blob(0);
    crypto::SecureBuffer seed = crypto::SecureBuffer::copyOf(blob);
    crypto::secureWipe(blob.data(), blob.size());
    return seed;
}

} // namespace dc::core::gateways
