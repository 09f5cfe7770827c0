// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dc::core {

// What `bundle import` says of one file (issue 13, item 4).
struct ImportedFile {
    QString file;
    QString status;  // "imported", "already-imported", "held", "refused"
    QString reason;  // for "refused": bad-signature, unknown-sender, retired-sender, wrong-recipient, damaged,
                     // truncated, fork, rollback, too-large
    QString message; // English, for a person
    qint64 checks = 0;
    QString receipt; // the receipt written after an import (its path)
};

struct HubAlarm {
    QString kind; // fork, rollback, held, conflict
    QString bundle;
    QString message;
    QString at;
};

// The commune's workstation wiped itself at the end of the campaign (issue 17 part 6; WipeService::recordStatement).
struct HubWipe {
    QString wipedAt;     // stored UTC, as the statement says
    QString recordedAt;  // when the hub recorded it
    qint64 sequence = 0; // the newest bundle acknowledged before the wipe
    qint64 files = 0;
    qint64 bytes = 0;
    QString statement; // the statement's file id
};

// One row of `hub status`: a commune's current enrollment and what the hub holds of it.
struct HubCommune {
    QString district;
    QString commune;
    QString site;
    qint64 epoch = 0;
    qint64 sequence = 0;       // the newest bundle applied
    qint64 checkpointSize = 0; // the newest accepted checkpoint's size
    qint64 entries = 0;        // entries checked (current versions)
    qint64 corrections = 0;    // real corrections of current versions (writing differences apart)
    qint64 writingDifferences = 0;
    qint64 escalationsOpen = 0;
    QString lastImport;           // the creation time of the newest bundle applied (stored UTC), empty before any
    std::vector<HubAlarm> alarms; // open ones
    std::optional<HubWipe> wiped; // the newest wipe recorded of the site
};

// The hub's side of the exchange (docs/HUB.md "Import at the hub", "Receipts", "Summary tables").
class ImportService {
public:
    // Imports the files in order (hub site, province account): each its own transaction, nothing written for a refused
    // or held file; held files are kept in `quarantine/` beside the hub database and retried after each import of
    // their site; after each import a receipt into `receipts/` beside it.
    [[nodiscard]] static Result<std::vector<ImportedFile>> importFiles(Session& session, const QStringList& paths);

    // Every enrolled commune (a district account: its district's), by district then commune.
    [[nodiscard]] static Result<std::vector<HubCommune>> status(Session& session);

    // A district account's decision on an entry its commune flagged ("approve" or "reject"); carried in that commune's
    // next receipt.
    [[nodiscard]] static Result<void> decide(Session& session, const QString& checkUuid, const QString& decision,
                                             const QString& note);
};

} // namespace dc::core
