// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/keyring/Keyring.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace dc::core::keyring {

// Reads and writes the keyring file. Writes are atomic (platform::writeFileAtomically). Every
// read-modify-write holds a KeyringLock, so the GUI and doichieu-admin never overwrite each other's change.

// KeyringMissing when there is no file, KeyringDamaged when it cannot be read or parsed, IoError when the
// file exists but cannot be opened.
[[nodiscard]] Result<Keyring> loadKeyring(const QString& path);
[[nodiscard]] Result<void> saveKeyring(const QString& path, const Keyring& keyring, bool mustNotExist = false);

class KeyringLock {
public:
    // Waits up to `timeoutMs` for other writers; a lock left by a crashed process is taken over.
    static Result<std::unique_ptr<KeyringLock>> acquire(const QString& keyringPath, int timeoutMs = 10000);
    ~KeyringLock();

private:
    explicit KeyringLock(const QString& lockPath);
    QLockFile m_lock;
};

} // namespace dc::core::keyring
