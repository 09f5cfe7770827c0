// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/keyring/KeyringFile.h"

#include "core/platform/Files.h"

namespace dc::core::keyring {

Result<Keyring> loadKeyring(const QString& path) {
    const platform::ReadResult read = platform::readSmallFile(path, kMaxKeyringBytes);
    if (read.failure) {
        switch (*read.failure) {
        case platform::ReadFailure::Missing:
            return makeError(ErrorCode::KeyringMissing, QStringLiteral("no keyring at %1").arg(path));
        case platform::ReadFailure::Unreadable:
            return makeError(ErrorCode::IoError, QStringLiteral("cannot read keyring %1: %2").arg(path, read.detail));
        case platform::ReadFailure::TooLarge:
            return makeError(ErrorCode::KeyringDamaged, QStringLiteral("keyring %1 is implausibly large").arg(path));
        }
    }
    return parse(read.contents);
}

Result<void> saveKeyring(const QString& path, const Keyring& keyring, bool mustNotExist) {
    return platform::writeFileAtomically(path, serialize(keyring), mustNotExist);
}

KeyringLock::KeyringLock(const QString& lockPath) : m_lock(lockPath) {}

KeyringLock::~KeyringLock() {
    m_lock.unlock();
}

Result<std::unique_ptr<KeyringLock>> KeyringLock::acquire(const QString& keyringPath, int timeoutMs) {
    std::unique_ptr<KeyringLock> lock(new KeyringLock(keyringPath + QStringLiteral(".lock")));
    if (!lock->m_lock.tryLock(timeoutMs)) {
        const auto error = lock->m_lock.error();
        return makeError(ErrorCode::IoError,
                         error == QLockFile::LockFailedError
                             ? QStringLiteral("the keyring is being changed by another program; try again")
                             : QStringLiteral("cannot create the keyring lock file beside %1").arg(keyringPath));
    }
    return lock;
}

} // namespace dc::core::keyring
