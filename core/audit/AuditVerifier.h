// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/audit/AuditLog.h"

#include <QString>

#include <functional>
#include <optional>

namespace dc::core::audit {

struct VerifyReport {
    std::int64_t events = 0;
    int checkpoints = 0;
    std::int64_t firstBadSeq = 0; // the first event found wrong (0: none, or the problem is not an event's)
    QString problem;              // English, for people; empty when everything verified
    [[nodiscard]] bool ok() const { return problem.isEmpty(); }
};

// Returns a problem with the row an event describes (its content changed), or nullopt when it matches.
using ContentCheck = std::function<std::optional<QString>(const Event&)>;

// Recomputes the chain from the first event: every seq present and in order, every previous hash the hash
// before it, every hash what the event's bytes give, every event of this site; then every checkpoint's
// signature under the site key and its head against the chain. Stops at the first problem and names it.
[[nodiscard]] VerifyReport verifyChain(store::Database& db, const QString& siteUuid,
                                       const ContentCheck& contentCheck = {});

} // namespace dc::core::audit
