// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/common/ErrorText.h"

#include <QCoreApplication>

namespace dc::app {

bool errorTextSaysDetail(core::ErrorCode code) {
    using core::ErrorCode;
    return code == ErrorCode::IoError || code == ErrorCode::QueueNotEmpty || code == ErrorCode::FileRefused ||
           code == ErrorCode::Internal;
}

// Every sentence is spelled QCoreApplication::translate("ErrorText", ...) so that lupdate files it under the
// context the program looks up.
QString errorText(const core::Error& error) {
    using core::ErrorCode;
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return QCoreApplication::translate("ErrorText", "The input is not valid.");
    case ErrorCode::NotPermitted:
        return QCoreApplication::translate("ErrorText", "Your account is not allowed to do this.");
    case ErrorCode::UnknownUser:
        return QCoreApplication::translate("ErrorText", "There is no account with that user name on this site.");
    case ErrorCode::WrongPassword:
        return QCoreApplication::translate("ErrorText", "Wrong password.");
    case ErrorCode::SignInThrottled:
        return QCoreApplication::translate("ErrorText", "Too many failed sign-ins. Try again in %n second(s).", nullptr,
                                           error.retryAfterSeconds);
    case ErrorCode::AccountDisabled:
        return QCoreApplication::translate("ErrorText", "This account has been removed from the site.");
    case ErrorCode::InvalidUserName:
        return QCoreApplication::translate(
            "ErrorText", "A user name has 3 to 32 characters: letters a-z without tone marks, digits, '.', '_' or '-', "
                         "starting with a letter.");
    case ErrorCode::PasswordTooShort:
        return QCoreApplication::translate(
            "ErrorText", "The password is too short: volunteers need at least 8 characters, supervisors at least 10.");
    case ErrorCode::PasswordIsUserName:
        return QCoreApplication::translate("ErrorText", "The password must not be the user name.");
    case ErrorCode::PasswordTooWeak:
        return QCoreApplication::translate(
            "ErrorText", "This password is too easy to guess. Use a longer one that is not a name, a date or a common "
                         "password, for example four unrelated words with a number.");
    case ErrorCode::UserExists:
        return QCoreApplication::translate("ErrorText", "That user name is already taken.");
    case ErrorCode::LastSupervisor:
        return QCoreApplication::translate("ErrorText", "The site must keep at least one supervisor.");
    case ErrorCode::DatabaseMissing:
        return QCoreApplication::translate("ErrorText", "The site database file was not found.");
    case ErrorCode::DatabaseExists:
        return QCoreApplication::translate("ErrorText", "A site database already exists there; it was not changed.");
    case ErrorCode::DatabaseCorrupt:
        return QCoreApplication::translate(
            "ErrorText",
            "The site database is damaged or does not belong to this keyring. Nothing was changed; restore "
            "a backup or ask the district office.");
    case ErrorCode::DatabaseTooNew:
        return QCoreApplication::translate(
            "ErrorText", "The site database was written by a newer version of Đối Chiếu. Install the newer version to "
                         "open it.");
    case ErrorCode::DatabaseMismatch:
        return QCoreApplication::translate("ErrorText", "The keyring beside the database belongs to another site.");
    case ErrorCode::KeyringMissing:
        return QCoreApplication::translate(
            "ErrorText", "The keyring file beside the database is missing. Use the recovery code to make a new one.");
    case ErrorCode::KeyringDamaged:
        return QCoreApplication::translate("ErrorText",
                                           "The keyring file is damaged. Use the recovery code to make a new one.");
    case ErrorCode::WrongRecoveryCode:
        return QCoreApplication::translate("ErrorText", "That recovery code does not belong to this site.");
    case ErrorCode::InvalidRecoveryCode:
        return QCoreApplication::translate("ErrorText", "A recovery code has 40 digits in 8 groups of 5.");
    case ErrorCode::IoError:
        return QCoreApplication::translate("ErrorText", "A file could not be read or written: %1").arg(error.detail);
    case ErrorCode::SiteInUse:
        return QCoreApplication::translate("ErrorText",
                                           "The site is open in another program. Close it there and try again.");
    case ErrorCode::NotAPair:
        return QCoreApplication::translate(
            "ErrorText", "Logging needs a pair: two different volunteers, each signed in with their own password.");
    case ErrorCode::SessionNotStarted:
        return QCoreApplication::translate("ErrorText", "No work session is running. Sign in as a pair first.");
    case ErrorCode::SessionPaused:
        return QCoreApplication::translate("ErrorText", "The work session is paused. Resume it first.");
    case ErrorCode::BookClosed:
        return QCoreApplication::translate("ErrorText", "This book is closed: it takes no new entries.");
    case ErrorCode::EntryAlreadyLogged:
        return QCoreApplication::translate("ErrorText", "This entry is already logged. Amend it instead.");
    case ErrorCode::NotCurrent:
        return QCoreApplication::translate("ErrorText",
                                           "This check was already amended or voided. Act on its latest version.");
    case ErrorCode::QueueNotEmpty:
        return QCoreApplication::translate("ErrorText", "Entries still wait for review. Review them, or defer them "
                                                        "explicitly, before closing the day: %1")
            .arg(error.detail);
    case ErrorCode::InvalidEntry:
        return QCoreApplication::translate("ErrorText",
                                           "The entry cannot be saved: see the messages beside the fields.");
    case ErrorCode::ChainBehindMark:
        return QCoreApplication::translate(
            "ErrorText", "The site's history is shorter than it was: an older copy of the database was restored, or "
                         "saved work was lost. Nothing more can be logged until a supervisor has looked and confirmed "
                         "it (audit acknowledge).");
    case ErrorCode::SiteKeyUnavailable:
        return QCoreApplication::translate(
            "ErrorText", "This account holds no copy of the site's signing key. Another supervisor signs in once to "
                         "share it, or use the recovery code.");
    case ErrorCode::SiteKeyDamaged:
        return QCoreApplication::translate(
            "ErrorText", "The site's signing key is missing or was changed: the site's history cannot be trusted. "
                         "Ask the district office.");
    case ErrorCode::RekeyPending:
        return QCoreApplication::translate(
            "ErrorText", "An account was removed while the site was open elsewhere: close the other programs so "
                         "the site's key can be changed, then close the day.");
    case ErrorCode::SelfTestFailed:
        return QCoreApplication::translate(
            "ErrorText", "The encryption self-test failed; the program will not run on this machine.");
    case ErrorCode::WrongSiteKind:
        return QCoreApplication::translate(
            "ErrorText", "This is not done on this kind of site (a commune workstation or the province office).");
    case ErrorCode::NotEnrolled:
        return QCoreApplication::translate(
            "ErrorText", "This workstation is not enrolled with the province office yet, or the office does not "
                         "know it.");
    case ErrorCode::FingerprintMismatch:
        return QCoreApplication::translate(
            "ErrorText", "The fingerprint read out does not match the file. Nothing was saved: call back and read "
                         "it again.");
    case ErrorCode::FileRefused:
        return QCoreApplication::translate("ErrorText", "The file was refused: %1").arg(error.detail);
    case ErrorCode::AwaitingActivation:
        return QCoreApplication::translate(
            "ErrorText", "This account is not activated yet: activate it with the code on the roster sheet.");
    case ErrorCode::WrongActivationCode:
        return QCoreApplication::translate("ErrorText", "The activation code is not right for this account.");
    case ErrorCode::ActivationExpired:
        return QCoreApplication::translate(
            "ErrorText", "The activation code has expired. Ask the province office for a new roster package.");
    case ErrorCode::Internal:
        return QCoreApplication::translate("ErrorText", "An internal error occurred: %1").arg(error.detail);
    }
    return QCoreApplication::translate("ErrorText", "An internal error occurred: %1").arg(error.detail);
}

} // namespace dc::app
