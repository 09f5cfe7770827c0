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

std::optional<audit::Hash> AuditGateway::hashAt(std::int64_t seq) {
    auto s = m_db.cached("SELECT hash FROM audit_events WHERE seq = ?1");
    s->bind(1, seq);
    if (!s->step()) {
        return std::nullopt;
    }
    bool ok = false;
    const audit::Hash hash = toHash(s->blob(0), ok);
    return ok ? std::optional(hash) : std::nullopt;
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

std::int64_t AuditGateway::countAfterExcept(std::int64_t seq, const QString& action) {
    auto s = m_db.prepare("SELECT count(*) FROM audit_events WHERE seq > ?1 AND action <> ?2");
    s.bind(1, seq).bind(2, action);
    (void)s.step();
    return s.int64(0);
}

std::vector<audit::Event> AuditGateway::between(std::int64_t first, std::int64_t last) {
    auto s = m_db.prepare("SELECT seq, at, site_uuid, actors, action, subject, details, prev_hash, hash "
                          "FROM audit_events WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq");
    s.bind(1, first).bind(2, last);
    std::vector<audit::Event> events;
    while (s.step()) {
        bool valid = false;
        events.push_back(readEvent(s, valid));
    }
    return events;
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

namespace {

// Columns: key_id, signing_public, box_public, status, recovery_enc, recovery_sealed, created_at, retired_at.
AuditGateway::SiteKeyRow readKey(const store::Statement& s) {
    AuditGateway::SiteKeyRow row;
    row.keyId = s.text(0);
    const auto signing = s.blob(1);
    if (signing.size() == row.signingPublic.size()) {
        std::copy(signing.begin(), signing.end(), row.signingPublic.begin());
    }
    if (!s.isNull(2)) {
        const auto box = s.blob(2);
        crypto::X25519PublicKey key{};
        if (box.size() == key.size()) {
            std::copy(box.begin(), box.end(), key.begin());
            row.boxPublic = key;
        }
    }
    row.current = s.text(3) == QLatin1String("current");
    row.recoveryEnc = s.blob(4);
    row.recoverySealed = s.blob(5);
    row.createdAt = s.text(6);
    row.retiredAt = s.isNull(7) ? QString() : s.text(7);
    return row;
}

} // namespace

void AuditGateway::replaceCurrentSiteKey(const SiteKeyRow& row, const QString& at) {
    m_db.prepare("UPDATE site_key_pairs SET status = 'retired', retired_at = ?1, recovery_enc = NULL, "
                 "recovery_sealed = NULL WHERE status = 'current'")
        .bind(1, at)
        .run();
    auto insert = m_db.prepare("INSERT INTO site_key_pairs (key_id, signing_public, box_public, status, recovery_enc, "
                               "recovery_sealed, created_at) VALUES (?1, ?2, ?3, 'current', ?4, ?5, ?6)");
    insert.bind(1, row.keyId)
        .bindBlob(2, row.signingPublic)
        .bindBlob(4, row.recoveryEnc)
        .bindBlob(5, row.recoverySealed);
    insert.bind(6, at);
    row.boxPublic ? insert.bindBlob(3, *row.boxPublic) : insert.bindNull(3);
    insert.run();
}

void AuditGateway::resealCurrentForRecovery(const std::vector<std::uint8_t>& enc,
                                            const std::vector<std::uint8_t>& sealed) {
    m_db.prepare("UPDATE site_key_pairs SET recovery_enc = ?1, recovery_sealed = ?2 WHERE status = 'current'")
        .bindBlob(1, enc)
        .bindBlob(2, sealed)
        .run();
}

std::optional<AuditGateway::SiteKeyRow> AuditGateway::currentSiteKey() {
    auto s = m_db.cached("SELECT key_id, signing_public, box_public, status, recovery_enc, recovery_sealed, "
                         "created_at, retired_at FROM site_key_pairs WHERE status = 'current'");
    if (!s->step()) {
        return std::nullopt;
    }
    return readKey(*s);
}

std::vector<AuditGateway::SiteKeyRow> AuditGateway::siteKeys() {
    auto s = m_db.prepare("SELECT key_id, signing_public, box_public, status, recovery_enc, recovery_sealed, "
                          "created_at, retired_at FROM site_key_pairs ORDER BY id");
    std::vector<SiteKeyRow> out;
    while (s.step()) {
        out.push_back(readKey(s));
    }
    return out;
}

} // namespace dc::core::gateways
