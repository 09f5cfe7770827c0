// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/keyring/Keyring.h"
#include "core/services/Session.h"
#include "core/store/Database.h"

#include <QJsonObject>

#include <exception>

// Shared steps of the services that open a site (sign-in, recovery, check). Internal to core/services.
namespace dc::core::access {

// Turns an exception thrown inside a service into the Error the caller sees. Store errors keep their
// SQLite message (no values in it); anything else is Internal.
[[nodiscard]] Error errorFromException(std::exception_ptr exception);

// Runs `work` and converts any exception into an Error, so no exception leaves a service.
template <typename Work> auto guarded(Work&& work) -> decltype(work()) {
    try {
        return work();
    } catch (...) {
        return errorFromException(std::current_exception());
    }
}

// AccountDisabled when the session's account was removed since it signed in (as the database says now): every service
// that reads or acts for the account calls it, directly or through the checks below.
[[nodiscard]] Result<void> requireActive(const Session& session);
// AccountDisabled as requireActive; NotPermitted unless it has `role` (both as
// the database says now, not as at its sign-in); `what` says what was refused, for the detail.
[[nodiscard]] Result<void> requireRole(const Session& session, Role role, const char* what);
// AccountDisabled as requireRole; WrongSiteKind unless the session's site is of `kind` (logging at a hub, importing at
// a commune: docs/HUB.md).
[[nodiscard]] Result<void> requireSiteKind(const Session& session, SiteKind kind, const char* what = "do this");
// NotPermitted unless the account runs the site: keyHolderRole of the site's kind (a supervisor at a commune, a
// province account at a hub).
[[nodiscard]] Result<void> requireSiteAdmin(const Session& session, const char* what);

// Opens the database with `key` and migrates it: DatabaseCorrupt when it cannot be decrypted,
// DatabaseTooNew when a newer program wrote it.
[[nodiscard]] Result<store::Database> openAndMigrate(const QString& path, const crypto::SecureBuffer& key);

// Completes a re-key interrupted by a crash, once we know which key the database answers to:
// `databaseAnswersToPending` promotes the pending seals, otherwise they are discarded. Reloads the keyring
// under its lock first. Failing to write the keyring is not fatal to sign-in (the next one retries).
void settleInterruptedRekey(const SitePaths& paths, const crypto::SecureBuffer& databaseKey,
                            bool databaseAnswersToPending);

// Appends an audit event for a change made in the current transaction by the people signed in to `session`
// (the account, then its partner if any).
void record(Session& session, const QString& action, const QString& subject, const QJsonObject& details = {});

// What every opening of a site does once the account is known: the site's first key pair when one is due
// (sitekeys::rotateIfDue), and where the audit chain stands against its high-water mark (Session::chainState).
void opened(Session& session);

// Raises the high-water mark to the chain's head, when the chain is sound (never while it is behind the mark or the
// mark is damaged: that would hide what a supervisor must acknowledge). Rate-limited to once a second unless `force`
// (a WAL checkpoint, day close, the end of a session). Never fails: a mark that cannot be written now is written at the
// next call.
void raiseMark(Session& session, bool force);

// The site's kind, kept in its settings: "commune" (a workstation), "demo" (sample data, passwords printed),
// "training" (issue 18: synthetic books with an answer key, trainees' passwords printed).
inline constexpr const char* kSiteKindSetting = "site.kind";
inline constexpr const char* kTrainingKind = "training";
// Whether the session's site is a training site (its settings say so).
[[nodiscard]] bool isTrainingSite(Session& session);
// AccountDisabled as requireActive; WrongSiteKind at a training site: training data never mixes with real work (issue
// 18 part 4), so a training site exports no bundle, makes or finishes no enrollment, applies no roster package and does
// not wipe. `what` says what was refused.
[[nodiscard]] Result<void> requireRealSite(Session& session, const char* what);
// What a new password of this site is judged against (Accounts.h): its name and the person's, and whether the site is
// exempt (a demo or a training site).
[[nodiscard]] PasswordContext passwordContext(store::Database& database, const QString& siteName,
                                              const QString& displayName);

// NotPermitted when `bookId` is a training book of another pair than the session's two people (issue 18: a trainee pair
// logs only its own books, so that its score is its own). Any other book passes: one look-up, on every save.
[[nodiscard]] Result<void> requireOwnTrainingBook(Session& session, qint64 bookId);
// Whether the book is one the account picks from: every book, but a trainee (a volunteer at a training site) sees only
// its own pair's training books — the twelve pairs' thirty-six books in every trainee's picker, any of which but its
// own three refused on saving (requireOwnTrainingBook), was clutter that cost the training day its first minutes.
[[nodiscard]] bool picksBook(Session& session, qint64 bookId);

// The signed-in account, or AccountDisabled / UnknownUser.
[[nodiscard]] Result<UserAccount> activeUser(store::Database& database, const QString& userName);

// Both members of the session's pair are, as the database says now (not as at their sign-in), active volunteers.
[[nodiscard]] bool pairStillActive(Session& session);

} // namespace dc::core::access
