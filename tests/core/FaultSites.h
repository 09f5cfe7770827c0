// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/keyring/SiteKeys.h"
#include "core/services/Session.h"
#include "core/store/Database.h"
#include "crypto/SecureBuffer.h"
#include "tests/support/TestSite.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <memory>

namespace dc::test::faults {

// What the fault tests need around a real site (issue 17 part 1): a site prepared once and copied into a fresh folder
// for every trial, sessions opened without Argon2id (a few hundred trials would otherwise spend minutes in it), and a
// digest of every table to tell "exactly as before" from "changed".

// Copies every file and folder under `from` into `to` (created).
void copyTree(const QString& from, const QString& to);

// One SHA-256 per table (its rows in a canonical order, every value quoted), for every table of the database.
using Digest = QMap<QString, QByteArray>;
[[nodiscard]] Digest digestOf(core::store::Database& database);
// The tables whose digests differ, for a failure message.
[[nodiscard]] QString differences(const Digest& a, const Digest& b);

// The database key of generation 0 of a grouped recovery code.
[[nodiscard]] crypto::SecureBuffer keyOfCode(const crypto::SecureBuffer& grouped);
// A copy of the site's key pairs, for sessions opened without a sign-in.
[[nodiscard]] std::unique_ptr<core::keyring::SiteKeys> copyOf(const core::keyring::SiteKeys& keys);

// Opens the site at `databasePath` with `key` as `userName` (and `partner`, with a work session started, when not
// empty), as FaultAgent does: no password, no Argon2id; `keys` (optional) are the site's key pairs.
[[nodiscard]] std::unique_ptr<core::Session> openSession(const QString& databasePath, const crypto::SecureBuffer& key,
                                                         const QString& userName, const QString& partner = {},
                                                         const core::keyring::SiteKeys* keys = nullptr);

// How many steps a sweep tries per fault: DOICHIEU_FAULT_STEPS ("all" for every step until the operation completes
// without reaching the fault, the `long` run), or `shortRun` in the default run.
[[nodiscard]] int sweepSteps(int shortRun);

// A commune enrolled with a hub, through the real files (EnrollmentService), both TestSites.
[[nodiscard]] bool enroll(const TestSite& commune, const TestSite& hub, const QString& folder, const QString& place);

} // namespace dc::test::faults
