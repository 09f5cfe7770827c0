// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace dc::core {

// What the commune supervisor asks for at the end of the campaign (docs/HUB.md "The end of the campaign").
struct WipeRequest {
    QString confirm;           // "District/Commune", exactly as the workstation's enrollment names it
    QStringList exportFolders; // folders of exports, backups and bundles: every regular file directly in them goes
    QString statementPath;     // where the signed statement is written; must not exist yet
};

// One file the wipe removed. `kind`: database, journal (its -wal, -shm or -journal), keyring, mark, sign-in (the
// sign-in counts), bundle (a bundle this site exported, left beside the database) or export (a file of an export
// folder). `name` is the file's name without its folder.
struct WipedFile {
    QString kind;
    QString name;
    QString path;
    qint64 bytes = 0;
};

struct WipeDone {
    QString statement;   // the statement's path
    QString statementId; // its file id, as the hub records it
    qint64 lastSequence = 0;
    qint64 lastEvent = 0;
    std::vector<WipedFile> files;
    qint64 bytes = 0;
};

struct RecordedWipe {
    QString site;
    qint64 epoch = 0;
    QString district;
    QString commune;
    qint64 lastSequence = 0;
    qint64 files = 0;
    qint64 bytes = 0;
    QString wipedAt;
    QString statementId;
    bool alreadyRecorded = false;
};

// The end of the campaign (issue 17 part 6): a workstation wipes itself once the hub acknowledged everything, and
// the hub records the statement it signed.
class WipeService {
public:
    // Commune supervisor holding the site's keys, enrolled. Refused (InvalidInput, nothing removed) unless `confirm`
    // names the enrolled commune and the hub's newest receipt acknowledges every event of the chain but the recording
    // of receipts; IoError for a missing export folder or a statement path that exists or cannot be written. Then the
    // session is closed (it is consumed: the database must be closed to be wiped) and every file — the export folders'
    // regular files, bundles this site exported left beside the database, the sign-in counts, the mark, the keyring
    // (and copies of a damaged one), the database's journals and the database — is overwritten with zeros, flushed,
    // removed, its folder flushed and its absence checked (platform::overwriteAndRemove), the site's own files last.
    // The statement, signed with the site's key before the first file is touched, is written only when every file
    // is gone. A failure part-way says which file (IoError) and writes no statement.
    [[nodiscard]] static Result<WipeDone> wipe(std::unique_ptr<Session> session, const WipeRequest& request);

    // Hub, province account: verifies a statement against the keys pinned for its site and epoch (a current one)
    // and that the hub holds the chain it says was acknowledged, and records it (schema 23) with an audit event
    // `site.wiped`. FileRefused with the reason (bad-signature, unknown-sender, retired-sender, wrong-recipient,
    // damaged, rollback) otherwise; the same statement twice is recorded once.
    [[nodiscard]] static Result<RecordedWipe> recordStatement(Session& session, const QString& path);
};

} // namespace dc::core
