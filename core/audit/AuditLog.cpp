// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/audit/AuditLog.h"

#include "core/Bytes.h"
#include "core/Clock.h"
#include "core/gateways/AuditGateway.h"
#include "crypto/Encoding.h"

#include <QJsonDocument>

namespace dc::core::audit {

namespace {
// Domain separation of the chain hash (DESIGN.md): a leading 0x00 byte and the label.
constexpr std::uint8_t kChainPrefix = 0x00;
constexpr std::string_view kChainLabel = "doichieu-audit/v1";

} // namespace

Hash eventHash(const Event& event) {
    // prefix || label || u64be(seq) || prev_hash || the length-prefixed fields, hashed as one buffer.
    std::vector<std::uint8_t> bytes;
    bytes.reserve(static_cast<std::size_t>(event.at.size() + event.site.size() + event.actors.size() +
                                           event.action.size() + event.subject.size() + event.details.size()) *
                      3 +
                  1 + kChainLabel.size() + 8 + event.prevHash.size() + 24);
    bytes.push_back(kChainPrefix);
    bytes.insert(bytes.end(), kChainLabel.begin(), kChainLabel.end());
    crypto::appendU64BigEndian(bytes, static_cast<std::uint64_t>(event.seq));
    bytes.insert(bytes.end(), event.prevHash.begin(), event.prevHash.end());
    appendLengthPrefixed(bytes, event.at);
    appendLengthPrefixed(bytes, event.site);
    appendLengthPrefixed(bytes, event.actors);
    appendLengthPrefixed(bytes, event.action);
    appendLengthPrefixed(bytes, event.subject);
    appendLengthPrefixed(bytes, event.details);
    return crypto::sha256(bytes);
}

Event head(store::Database& db) {
    return gateways::AuditGateway(db).head();
}

Event append(store::Database& db, const QString& site, const QStringList& actorUuids, const QString& action,
             const QString& subject, const QJsonObject& details, const QDateTime& at) {
    const Event previous = gateways::AuditGateway(db).head();
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
    gateways::AuditGateway(db).append(e);
    return e;
}

} // namespace dc::core::audit
