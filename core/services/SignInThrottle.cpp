// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SignInThrottle.h"

#include "core/platform/Files.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace dc::core {

namespace {
constexpr qint64 kMaxStateBytes = 1024 * 1024;
// A read-modify-write of the state file takes milliseconds; a holder that takes longer is stuck, and sign-in must not
// wait on it for ever.
constexpr int kLockWaitMs = 10000;
constexpr int kLockRetryMaxMs = 8;

// Held across each load-modify-store of `<database>.signin`, so parallel attempts — threads, the GUI and several
// doichieu-admin processes — never write a count over another's (20 parallel wrong passwords are 20 failures).
// `<database>.signin.lock`, a QLockFile as the keyring's writer lock: one left by a crashed process is taken over.
// QLockFile::tryLock(timeout) sleeps between tries in steps doubling to seconds, so it is asked without waiting
// and retried every few milliseconds here. When no lock can be had (read-only media, a stuck holder) the update
// goes ahead unlocked: counting is best effort there, as writing the file is.
class StateLock {
public:
    explicit StateLock(const QString& statePath) : m_lock(statePath + QStringLiteral(".lock")) {
        const QDeadlineTimer deadline(kLockWaitMs);
        while (!(m_locked = m_lock.tryLock(0))) {
            if (m_lock.error() != QLockFile::LockFailedError || deadline.hasExpired()) {
                return;
            }
            QThread::msleep(1 + QRandomGenerator::global()->bounded(kLockRetryMaxMs));
        }
    }
    ~StateLock() {
        if (m_locked) {
            m_lock.unlock();
        }
    }
    StateLock(const StateLock&) = delete;
    StateLock& operator=(const StateLock&) = delete;

private:
    QLockFile m_lock;
    bool m_locked = false;
};

QJsonObject readState(const QString& path) {
    const platform::ReadResult read = platform::readSmallFile(path, kMaxStateBytes);
    if (read.failure) {
        return {};
    }
    // A damaged state file counts as empty: it holds no data worth keeping, and refusing every sign-in
    // because of it would lock the commune out.
    return QJsonDocument::fromJson(read.contents).object();
}
} // namespace

SignInThrottle::SignInThrottle(QString statePath, Clock clock, ThrottlePolicy policy)
    : m_statePath(std::move(statePath)), m_clock(std::move(clock)), m_policy(policy) {}

SignInThrottle::Entry SignInThrottle::load(const QString& userName) const {
    const QJsonObject user =
        readState(m_statePath).value(QStringLiteral("users")).toObject().value(userName).toObject();
    Entry entry;
    entry.failures = std::max(0, user.value(QStringLiteral("failures")).toInt());
    entry.lastFailure = QDateTime::fromString(user.value(QStringLiteral("lastFailure")).toString(), Qt::ISODate);
    return entry;
}

void SignInThrottle::store(const QString& userName, const Entry& entry) {
    QJsonObject root = readState(m_statePath);
    QJsonObject users = root.value(QStringLiteral("users")).toObject();
    if (entry.failures == 0) {
        if (!users.contains(userName)) {
            return;
        }
        users.remove(userName);
    } else {
        users.insert(userName, QJsonObject{{QStringLiteral("failures"), entry.failures},
                                           {QStringLiteral("lastFailure"), toStoredTime(entry.lastFailure)}});
    }
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("users"), users);
    // Best effort: on read-only media the count is simply not kept; sign-in must not fail because this
    // file cannot be written.
    (void)platform::writeFileAtomically(m_statePath, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

int SignInThrottle::secondsUntilAllowed(const QString& userName) {
    Entry entry = load(userName);
    if (entry.failures < m_policy.freeAttempts || !entry.lastFailure.isValid()) {
        return 0;
    }
    const int doublings = std::min(entry.failures - m_policy.freeAttempts, 20);
    const qint64 delay =
        std::min<qint64>(static_cast<qint64>(m_policy.firstDelaySeconds) << doublings, m_policy.maxDelaySeconds);
    const QDateTime now = m_clock();
    qint64 elapsed = entry.lastFailure.secsTo(now);
    if (elapsed < 0) {
        // The clock was set backwards: count the wait from now, or the account would stay locked until the
        // clock caught up again. Read again under the lock: a failure counted meanwhile stays counted.
        const StateLock lock(m_statePath);
        Entry current = load(userName);
        if (current.lastFailure.isValid() && current.lastFailure > now) {
            current.lastFailure = now;
            store(userName, current);
        }
        elapsed = 0;
    }
    const qint64 remaining = delay - elapsed;
    return static_cast<int>(std::max<qint64>(0, remaining));
}

void SignInThrottle::recordFailure(const QString& userName) {
    const StateLock lock(m_statePath);
    Entry entry = load(userName);
    entry.failures += 1;
    entry.lastFailure = m_clock();
    store(userName, entry);
}

void SignInThrottle::recordSuccess(const QString& userName) {
    const StateLock lock(m_statePath);
    store(userName, Entry{});
}

int SignInThrottle::failures(const QString& userName) const {
    return load(userName).failures;
}

} // namespace dc::core
