// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/audit/AuditVerifier.h"
#include "core/services/Session.h"

#include <QByteArray>

namespace dc::core {

struct DayClosed {
    std::int64_t size = 0; // the chain length the checkpoint covers
    QByteArray checkpoint; // the signed note (C2SP tlog-checkpoint)
};

class AuditService {
public:
    // Anyone signed in. Recomputes the chain and every checkpoint signature, and checks that each logged check
    // still matches the content hash its event recorded (a check row changed in the database is found too).
    [[nodiscard]] static Result<audit::VerifyReport> verify(Session& session);
    // Supervisors only. The review queue must be empty, or its remaining items explicitly deferred (`deferQueue`,
    // recorded in the event): QueueNotEmpty otherwise, with the count in the detail. Appends "day.closed" and signs
    // a checkpoint of the chain head with the site key.
    [[nodiscard]] static Result<DayClosed> closeDay(Session& session, bool deferQueue = false);
};

} // namespace dc::core
