// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/Hash.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace dc::core::store {
class Database;
}

// The audit chain (DESIGN.md "Audit and integrity"). Every state change appends one event, in the same
// transaction as the change, hashed onto the previous event:
//   hash = SHA-256(0x00 ‖ "doichieu-audit/v1" ‖ u64be(seq) ‖ previous hash ‖ canonical event bytes)
// where the canonical bytes are the length-prefixed UTF-8 of at, site, actors, action, subject and details, and
// the first event's previous hash is 32 zero bytes. Events name people and rows by UUID and hold no citizen data;
// the content of a logged check is bound by its hash in `details`.
namespace dc::core::audit {

using Hash = crypto::Sha256Digest;

struct Event {
    std::int64_t seq = 0;
    QString at;      // UTC, ISO 8601
    QString site;    // the site's UUID
    QString actors;  // the acting users' UUIDs, comma-separated, in order (a pair: reader first)
    QString action;  // e.g. "check.logged", "user.added"
    QString subject; // the UUID of what changed
    QString details; // compact JSON, stored exactly as hashed
    Hash prevHash{};
    Hash hash{};
};

[[nodiscard]] Hash eventHash(const Event& event);

// Appends an event after the current head. Call inside the transaction that makes the change.
Event append(store::Database& db, const QString& site, const QStringList& actorUuids, const QString& action,
             const QString& subject, const QJsonObject& details, const QDateTime& at);

// The last event, or seq 0 with a zero hash when the chain is empty.
[[nodiscard]] Event head(store::Database& db);

} // namespace dc::core::audit
