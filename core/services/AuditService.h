// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/audit/AuditVerifier.h"
#include "core/services/Session.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace dc::core {

struct DayClosed {
    std::int64_t size = 0; // the chain length the checkpoint covers
    QByteArray checkpoint; // the signed note (C2SP tlog-checkpoint)
};

// What `audit verify` found: the chain (events, checkpoints, the first bad event), and beside it the site's key,
// the high-water mark, and a checkpoint kept elsewhere when one was given. `problem` names the first thing wrong;
// `notices` are true statements that are not problems ("key not anchored").
struct AuditReport : audit::VerifyReport {
    enum class Key {
        Anchored,    // a supervisor's own sealed copy gives the key the database names
        NotAnchored, // this account holds no copy (a volunteer): the key is shown by its fingerprint
        Due,         // the site has no key pair yet (made at the next sign-in after migration 5)
    };
    Key key = Key::NotAnchored;
    QString keyFingerprint; // the current signing key's (keyring::fingerprintOf)
    enum class Mark { Missing, Reaches, Behind, Damaged };
    Mark mark = Mark::Missing;
    std::optional<bool> checkpointMatches; // only when a checkpoint kept elsewhere was given
    QStringList notices;
};

class AuditService {
public:
    // Anyone signed in. Recomputes the chain and every checkpoint signature (under the current and the retired keys),
    // and checks that each logged check still matches the content hash its event recorded (a check row changed in the
    // database is found too). Then: the site's key anchored against the supervisor's sealed copy (a volunteer gets the
    // notice "key not anchored" and the fingerprint — not a problem); the chain against its high-water mark (behind it
    // or a damaged mark is a problem); and, given `externalCheckpoint` (a checkpoint note saved elsewhere, e.g. on a
    // USB stick at a day close), the chain against it: shorter than it, or different at its size, is a problem.
    [[nodiscard]] static Result<AuditReport> verify(Session& session,
                                                    const std::optional<QByteArray>& externalCheckpoint = {});
    // Supervisors only. Refused while the database fails its integrity check (DatabaseCorrupt), while the chain is
    // behind its high-water mark (ChainBehindMark), and until the re-key of a removal made while the site was in use
    // has run (RekeyPending; it runs here first when it can). The review queue must be empty, or its remaining items
    // explicitly deferred (`deferQueue`, recorded in the event): QueueNotEmpty otherwise. Appends "day.closed" and
    // signs a checkpoint of the chain head with the site's key, which only a supervisor's session holds
    // (SiteKeyUnavailable otherwise; SiteKeyDamaged when the database's key is missing or changed).
    [[nodiscard]] static Result<DayClosed> closeDay(Session& session, bool deferQueue = false);
    // Writes a checkpoint note to a file (a USB stick), atomically: kept away from the site, it is what catches a
    // restore of every file of the site together (`audit verify --checkpoint FILE`).
    [[nodiscard]] static Result<void> saveCheckpoint(const QByteArray& checkpoint, const QString& path);
    // Supervisors only: after looking at why the chain is behind its high-water mark (a restored copy, lost writes) or
    // the mark is damaged, records "audit.acknowledged" (the hub treats it as a new epoch) and moves the mark to the
    // chain's head; logging is allowed again. InvalidInput when there is nothing to acknowledge.
    [[nodiscard]] static Result<void> acknowledgeMark(Session& session);
};

} // namespace dc::core
