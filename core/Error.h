// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/Finding.h"

#include <QString>

namespace dc::core {

// What went wrong, as a stable code. The GUI turns codes into Vietnamese (or English) sentences and the
// CLI into English messages and exit codes; core never produces user-facing text itself.
enum class ErrorCode {
    InvalidInput,        // a value the caller passed breaks a rule (detail names the rule, never the value)
    NotPermitted,        // the acting user's role does not allow this
    UnknownUser,         // no account of that name on this site
    WrongPassword,       // the password did not open the user's keyring slot
    SignInThrottled,     // too many failed sign-ins; retryAfterSeconds says how long to wait
    AccountDisabled,     // the account was removed
    InvalidUserName,     // user names: 3–32 of a–z, 0–9, '.', '_', '-', starting with a letter
    PasswordTooShort,    // below the role's minimum length
    PasswordIsUserName,  // the password equals the user name (ignoring case and tone marks)
    PasswordTooWeak,     // the password is too easy to guess (below about 10^10 guesses by zxcvbn's estimate)
    UserExists,          // that user name is taken
    LastSupervisor,      // the last active supervisor cannot be removed or demoted
    DatabaseMissing,     // no database file at the path
    DatabaseExists,      // init would overwrite an existing site
    DatabaseCorrupt,     // the database cannot be decrypted or fails its integrity check
    DatabaseTooNew,      // created by a newer program: refused, never opened read-write
    DatabaseMismatch,    // the database and the keyring belong to different sites
    KeyringMissing,      // no keyring beside the database (the recovery code can rebuild it)
    KeyringDamaged,      // the keyring cannot be read, or a slot is malformed
    WrongRecoveryCode,   // the recovery code is not this site's
    InvalidRecoveryCode, // the code is not 40 digits in 8 groups
    IoError,             // a file could not be read or written (detail says which and why)
    SiteInUse,           // another program has the site open (a re-key needs it alone)
    NotAPair,            // logging needs two different active volunteers signed in together
    SessionNotStarted,   // no work session is running for this pair
    SessionPaused,       // the work session is paused (resume first)
    BookClosed,          // the book is closed: it takes no new entries
    EntryAlreadyLogged,  // that entry of the book is already logged: amend it instead
    NotCurrent,          // the check was already amended or voided: act on its latest version
    QueueNotEmpty,       // the day cannot close while items wait for review (unless deferred explicitly)
    InvalidEntry,        // the values break domain rules: `findings` says which (errors block saving)
    ChainBehindMark,     // the audit chain is shorter than its high-water mark (or the mark is damaged): a restored
                         // copy or lost writes; logging waits until a supervisor acknowledges (audit acknowledge)
    SiteKeyUnavailable,  // this account holds no copy of the site's signing key (only supervisors do)
    SiteKeyDamaged,      // the site's key is missing from the database or not the one sealed to the supervisors
    RekeyPending,        // an account was removed while the site was in use: the re-key must run before the day closes
    SelfTestFailed,      // the cryptographic self-test failed: the program refuses to run
    WrongSiteKind,       // the site's kind (commune workstation or province hub) does not do this (docs/HUB.md)
    NotEnrolled,         // the workstation has no hub yet, or the hub does not know the site (enroll first)
    FingerprintMismatch, // the fingerprint read out does not match the keys in the file: nothing was pinned
    FileRefused, // a travelling file (request, welcome, bundle, receipt, roster) was refused; detail gives the reason
    AwaitingActivation,  // the account came with a roster package and is not activated yet: it cannot sign in
    WrongActivationCode, // the one-time activation code is not this account's (counted like a wrong password)
    ActivationExpired,   // the activation code expired: the hub issues a new roster package
    Internal,            // a bug: an invariant did not hold
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    // For developers and logs, in English. Never holds citizen data, passwords or keys.
    QString detail;
    // Only for SignInThrottled.
    int retryAfterSeconds = 0;
    // Only for InvalidEntry: what the domain found, field by field.
    domain::Findings findings;
};

[[nodiscard]] const char* errorCodeName(ErrorCode code) noexcept;

} // namespace dc::core
