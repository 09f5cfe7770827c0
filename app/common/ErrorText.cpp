// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/common/ErrorText.h"

#include <QCoreApplication>

namespace dc::app {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("ErrorText", text); }
} // namespace

QString errorText(const core::Error& error) {
    using core::ErrorCode;
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return tr("The input is not valid.");
    case ErrorCode::NotPermitted:
        return tr("Your account is not allowed to do this.");
    case ErrorCode::UnknownUser:
        return tr("There is no account with that user name on this site.");
    case ErrorCode::WrongPassword:
        return tr("Wrong password.");
    case ErrorCode::SignInThrottled:
        return QCoreApplication::translate("ErrorText", "Too many failed sign-ins. Try again in %n second(s).", nullptr,
                                           error.retryAfterSeconds);
    case ErrorCode::AccountDisabled:
        return tr("This account has been removed from the site.");
    case ErrorCode::InvalidUserName:
        return tr("A user name has 3 to 32 characters: letters a-z without tone marks, digits, '.', '_' or '-', "
                  "starting with a letter.");
    case ErrorCode::PasswordTooShort:
        return tr("The password is too short: volunteers need at least 8 characters, supervisors at least 10.");
    case ErrorCode::PasswordIsUserName:
        return tr("The password must not be the user name.");
    case ErrorCode::UserExists:
        return tr("That user name is already taken.");
    case ErrorCode::LastSupervisor:
        return tr("The site must keep at least one supervisor.");
    case ErrorCode::DatabaseMissing:
        return tr("The site database file was not found.");
    case ErrorCode::DatabaseExists:
        return tr("A site database already exists there; it was not changed.");
    case ErrorCode::DatabaseCorrupt:
        return tr("The site database is damaged or does not belong to this keyring. Nothing was changed; restore "
                  "a backup or ask the district office.");
    case ErrorCode::DatabaseTooNew:
        return tr("The site database was written by a newer version of Đối Chiếu. Install the newer version to "
                  "open it.");
    case ErrorCode::DatabaseMismatch:
        return tr("The keyring beside the database belongs to another site.");
    case ErrorCode::KeyringMissing:
        return tr("The keyring file beside the database is missing. Use the recovery code to make a new one.");
    case ErrorCode::KeyringDamaged:
        return tr("The keyring file is damaged. Use the recovery code to make a new one.");
    case ErrorCode::WrongRecoveryCode:
        return tr("That recovery code does not belong to this site.");
    case ErrorCode::InvalidRecoveryCode:
        return tr("A recovery code has 40 digits in 8 groups of 5.");
    case ErrorCode::IoError:
        return tr("A file could not be read or written: %1").arg(error.detail);
    case ErrorCode::SiteInUse:
        return tr("The site is open in another program. Close it there and try again.");
    case ErrorCode::NotAPair:
        return tr("Logging needs a pair: two different volunteers, each signed in with their own password.");
    case ErrorCode::SessionNotStarted:
        return tr("No work session is running. Sign in as a pair first.");
    case ErrorCode::SessionPaused:
        return tr("The work session is paused. Resume it first.");
    case ErrorCode::BookClosed:
        return tr("This book is closed: it takes no new entries.");
    case ErrorCode::EntryAlreadyLogged:
        return tr("This entry is already logged. Amend it instead.");
    case ErrorCode::NotCurrent:
        return tr("This check was already amended or voided. Act on its latest version.");
    case ErrorCode::InvalidEntry:
        return tr("The entry cannot be saved: see the messages beside the fields.");
    case ErrorCode::SelfTestFailed:
        return tr("The encryption self-test failed; the program will not run on this machine.");
    case ErrorCode::Internal:
        return tr("An internal error occurred: %1").arg(error.detail);
    }
    return tr("An internal error occurred: %1").arg(error.detail);
}

} // namespace dc::app
