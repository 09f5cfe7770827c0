// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"
#include "core/store/Database.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBuffer.h"

#include <QStringList>

#include <vector>

namespace dc::core {

struct SlotSummary {
    QString id;
    QString kind;     // "user" or "recovery"
    QString userName; // empty for the recovery slot
    crypto::Argon2Params kdf;
    QString createdAt;
    bool pendingRekey = false;
};

// What `doichieu-admin info` shows: no secrets.
struct SiteInfo {
    QString siteName;
    QString databaseId;
    QString databasePath;
    QString keyringPath;
    int schemaVersion = 0;
    int programSchemaVersion = 0;
    store::CipherSettings cipher;
    crypto::Argon2Params kdf;
    std::vector<SlotSummary> slots;
};

struct SiteCheckReport {
    store::IntegrityReport database;
    QStringList keyringProblems; // damaged slots (checksum or MAC), slots without an account, accounts without a slot
    // The audit chain against its high-water mark: shorter than it (a restored older copy, lost writes) or a damaged
    // mark (audit/HighWaterMark.h).
    QStringList chainProblems;
    [[nodiscard]] bool ok() const { return database.ok() && keyringProblems.isEmpty() && chainProblems.isEmpty(); }
};

// Both for supervisors only.
[[nodiscard]] Result<SiteInfo> siteInfo(Session& session);

// `doichieu-admin check`: the integrity of the database file first, with the key any account's password unwraps
// (so a database too damaged to sign in to is still examined page by page), then — when a supervisor can sign in —
// the keyring's slots against the accounts. Errors only for a wrong password or a keyring that cannot be read;
// damage is reported in the report.
[[nodiscard]] Result<SiteCheckReport> checkSiteFiles(const QString& databasePath, const QString& userName,
                                                     const crypto::SecureBuffer& password);
// What can be said of the keyring without any password: whether it can be read at all (the error), and which slots
// are damaged (their checksums fail). An empty list: nothing found.
[[nodiscard]] Result<QStringList> keyringDamage(const QString& databasePath);
// cipher_integrity_check + quick_check of the database, and every keyring slot: format (parse), MAC under the
// database key, and agreement with the accounts in the database.
[[nodiscard]] Result<SiteCheckReport> checkSite(Session& session);

} // namespace dc::core
