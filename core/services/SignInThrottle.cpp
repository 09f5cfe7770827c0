// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SignInThrottle.h"

#include "core/platform/Files.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dc::core {

namespace {
constexpr qint64 kMaxStateBytes = 1024 * 1024;

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
        // clock caught up again.
        entry.lastFailure = now;
        store(userName, entry);
        elapsed = 0;
    }
    const qint64 remaining = delay - elapsed;
    return static_cast<int>(std::max<qint64>(0, remaining));
}

void SignInThrottle::recordFailure(const QString& userName) {
    Entry entry = load(userName);
    entry.failures += 1;
    entry.lastFailure = m_clock();
    store(userName, entry);
}

void SignInThrottle::recordSuccess(const QString& userName) {
    store(userName, Entry{});
}

int SignInThrottle::failures(const QString& userName) const {
    return load(userName).failures;
}

} // namespace dc::core
