// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/audit/AuditLog.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace dc::core::store {
class Database;
}

// The high-water mark of the audit chain: the highest (sequence, head hash) the site is known to have reached, kept
// OUTSIDE the database in a small file beside it (`<database>.mark`). A chain shorter than the mark — an older copy of
// the database restored, a write-ahead log that lost committed frames to damage (SQLite drops the frames after a bad
// checksum, silently) — is then noticed at the next sign-in, by `check` and by `audit verify`.
//
// The mark is raised only after a commit is durable (never ahead of the chain), replaced atomically (a kill never
// leaves a torn mark) and authenticated with an HMAC keyed from the database key (renewed at every re-key). The
// threat model is bad luck, not an account holder: anyone who can open the database can also write a mark, and
// someone who restores every file of a site together is caught only by a copy held elsewhere — the hub's pinned
// checkpoints, or a checkpoint saved on a USB stick (docs/KEYRING.md).
namespace dc::core::audit {

struct Mark {
    std::int64_t seq = 0;
    Hash head{};
};

enum class MarkState {
    Missing, // no mark file (a new site, or one that never wrote it): nothing to compare
    Damaged, // unreadable, for another site, or its MAC fails
    Present,
};

struct MarkRead {
    MarkState state = MarkState::Missing;
    Mark mark;
    QString detail; // why it is damaged, for people (no secrets)
};

[[nodiscard]] MarkRead readMark(const QString& path, const QString& databaseId,
                                const crypto::SecureBuffer& databaseKey);
[[nodiscard]] Result<void> writeMark(const QString& path, const QString& databaseId,
                                     const crypto::SecureBuffer& databaseKey, const Mark& mark);

// Where the chain stands against a mark that was read.
enum class ChainAgainstMark {
    NoMark,      // nothing to compare
    MarkDamaged, // the mark itself cannot be trusted
    Reaches,     // the chain holds the marked event with the marked hash (and maybe more)
    Behind,      // the chain is shorter than the mark, or its event at the mark's sequence differs
};
[[nodiscard]] ChainAgainstMark compareChain(store::Database& db, const MarkRead& mark);

} // namespace dc::core::audit
