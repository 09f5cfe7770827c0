// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <memory>

namespace dc::core {

// A backup of a site: the three files that make it — the database (copied with SQLite's online backup, encrypted as
// it is), its keyring and the audit chain's high-water mark — in a folder of their own (a USB stick). Written with
// owner-only permissions and verified after writing: the copy opens with the key, passes its integrity checks and
// holds the chain as it was.
struct BackupDone {
    QString folder;
    QString databaseFile;
    std::int64_t events = 0; // the chain's length in the copy
};

class BackupService {
public:
    // Supervisors only (the copy holds every citizen's record of the site). The backup is an audit event, recorded
    // before the copy is taken, so the copy holds it too. IoError when the folder cannot be written or already holds a
    // backup of this site (nothing is overwritten); DatabaseCorrupt when the copy does not verify (it is removed).
    [[nodiscard]] static Result<BackupDone> backup(Session& session, const QString& folder);

    // Puts a backup in place of the site at `databasePath` and signs in there with an account of the backup.
    // Everything is checked on the backup first: the account's password opens it, it passes its integrity checks,
    // its chain verifies; nothing is touched before. The files that were at the target are kept beside it
    // (`<name>.before-restore-<time>`), never deleted. The restore is recorded ("site.restored", with the chain's
    // length when it was backed up): the hub treats it as a new epoch of the site's history.
    [[nodiscard]] static Result<std::unique_ptr<Session>> restore(const QString& folder, const QString& databasePath,
                                                                  const QString& userName,
                                                                  const crypto::SecureBuffer& password);
};

} // namespace dc::core
