// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/audit/AuditLog.h"

#include "core/Bytes.h"
#include "core/Clock.h"
#include "core/store/Database.h"

#include <QJsonDocument>

namespace dc::core::audit {

namespace {
// Domain separation of the chain hash (DESIGN.md): a leading 0x00 byte and the label.
constexpr std::uint8_t kChainPrefix = 0x00;
constexpr std::string_view kChainLabel = "doichieu-audit/v1";

Hash fromBlob(const std::vector<std::uint8_t>& blob) {
    Hash h{};
    if (blob.size() == h.size()) {
        std::copy(blob.begin(), blob.end(), h.begin());
    }
    return h;
}
} // namespace

Hash eventHash(const Event& event) {
    std::vector<std::uint8_t> canonical;
    appendLengthPrefixed(canonical, event.at);
    appendLengthPrefixed(canonical, event.site);
    appendLengthPrefixed(canonical, event.actors);
    appendLengthPrefixed(canonical, event.action);
    appendLengthPrefixed(canonical, event.subject);
    appendLengthPrefixed(canonical, event.details);
    crypto::Sha256 hasher;
    hasher.update(std::span<const std::uint8_t>(&kChainPrefix, 1));
    hasher.update(kChainLabel);
    hasher.updateU64BigEndian(static_cast<std::uint64_t>(event.seq));
    hasher.update(event.prevHash);
    hasher.update(canonical);
    return hasher.finish();
}

Event head(store::Database& db) {
    auto s = db.prepare("SELECT seq, at, site_uuid, actors, action, subject, details, prev_hash, hash "
                        "FROM audit_events ORDER BY seq DESC LIMIT 1");
    Event e;
    if (s.step()) {
        e = Event{s.int64(0), s.text(1), s.text(2),           s.text(3),          s.text(4),
                  s.text(5),  s.text(6), fromBlob(s.blob(7)), fromBlob(s.blob(8))};
    }
    return e;
}

Event append(store::Database& db, const QString& site, const QStringList& actorUuids, const QString& action,
             const QString& subject, const QJsonObject& details, const QDateTime& at) {
    const Event previous = head(db);
    Event e;
    e.seq = previous.seq + 1;
    e.at = toStoredTime(at);
    e.site = site;
    e.actors = actorUuids.join(u',');
    e.action = action;
    e.subject = subject;
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    e.prevHash = previous.hash;
    e.hash = eventHash(e);
    db.prepare("INSERT INTO audit_events (seq, at, site_uuid, actors, action, subject, details, prev_hash, hash) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.site)
        .bind(4, e.actors)
        .bind(5, e.action)
        .bind(6, e.subject)
        .bind(7, e.details)
        .bindBlob(8, e.prevHash)
        .bindBlob(9, e.hash)
        .run();
    return e;
}

} // namespace dc::core::audit
