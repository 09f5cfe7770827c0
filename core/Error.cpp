// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/Error.h"

namespace dc::core {

const char* errorCodeName(ErrorCode code) noexcept {
    switch (code) {
    case ErrorCode::InvalidInput:
        return "invalid-input";
    case ErrorCode::NotPermitted:
        return "not-permitted";
    case ErrorCode::UnknownUser:
        return "unknown-user";
    case ErrorCode::WrongPassword:
        return "wrong-password";
    case ErrorCode::SignInThrottled:
        return "sign-in-throttled";
    case ErrorCode::AccountDisabled:
        return "account-disabled";
    case ErrorCode::InvalidUserName:
        return "invalid-user-name";
    case ErrorCode::PasswordTooShort:
        return "password-too-short";
    case ErrorCode::PasswordIsUserName:
        return "password-is-user-name";
    case ErrorCode::PasswordTooWeak:
        return "password-too-weak";
    case ErrorCode::UserExists:
        return "user-exists";
    case ErrorCode::LastSupervisor:
        return "last-supervisor";
    case ErrorCode::DatabaseMissing:
        return "database-missing";
    case ErrorCode::DatabaseExists:
        return "database-exists";
    case ErrorCode::DatabaseCorrupt:
        return "database-corrupt";
    case ErrorCode::DatabaseTooNew:
        return "database-too-new";
    case ErrorCode::DatabaseMismatch:
        return "database-mismatch";
    case ErrorCode::KeyringMissing:
        return "keyring-missing";
    case ErrorCode::KeyringDamaged:
        return "keyring-damaged";
    case ErrorCode::WrongRecoveryCode:
        return "wrong-recovery-code";
    case ErrorCode::InvalidRecoveryCode:
        return "invalid-recovery-code";
    case ErrorCode::IoError:
        return "io-error";
    case ErrorCode::SiteInUse:
        return "site-in-use";
    case ErrorCode::NotAPair:
        return "not-a-pair";
    case ErrorCode::SessionNotStarted:
        return "session-not-started";
    case ErrorCode::SessionPaused:
        return "session-paused";
    case ErrorCode::BookClosed:
        return "book-closed";
    case ErrorCode::EntryAlreadyLogged:
        return "entry-already-logged";
    case ErrorCode::NotCurrent:
        return "not-current";
    case ErrorCode::QueueNotEmpty:
        return "queue-not-empty";
    case ErrorCode::InvalidEntry:
        return "invalid-entry";
    case ErrorCode::ChainBehindMark:
        return "chain-behind-mark";
    case ErrorCode::SiteKeyUnavailable:
        return "site-key-unavailable";
    case ErrorCode::SiteKeyDamaged:
        return "site-key-damaged";
    case ErrorCode::RekeyPending:
        return "rekey-pending";
    case ErrorCode::SelfTestFailed:
        return "self-test-failed";
    case ErrorCode::WrongSiteKind:
        return "wrong-site-kind";
    case ErrorCode::NotEnrolled:
        return "not-enrolled";
    case ErrorCode::FingerprintMismatch:
        return "fingerprint-mismatch";
    case ErrorCode::FileRefused:
        return "file-refused";
    case ErrorCode::AwaitingActivation:
        return "awaiting-activation";
    case ErrorCode::WrongActivationCode:
        return "wrong-activation-code";
    case ErrorCode::ActivationExpired:
        return "activation-expired";
    case ErrorCode::Internal:
        return "internal";
    }
    return "internal";
}

} // namespace dc::core
