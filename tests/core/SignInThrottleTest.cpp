// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The throttle's counts under parallel attempts: every failure counted (the state file's read-modify-write holds a
// lock), a lock left by a crashed process taken over.
#include "core/services/SignInThrottle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <latch>
#include <thread>
#include <vector>

using dc::core::SignInThrottle;
using dc::core::systemClock;
using dc::core::ThrottlePolicy;

namespace {

class SignInThrottleTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString state = dir.filePath(QStringLiteral("xa.db.signin"));
    // No delay at any count: only the counting is tested here.
    ThrottlePolicy policy{1000, 30, 15 * 60};
};

// 20 parallel sign-ins with a wrong password, each from its own throttle object as each sign-in makes one, and each
// failing 5 times; two accounts, so one's count cannot be written over the other's either.
TEST_F(SignInThrottleTest, TwentyParallelFailuresAreAllCounted) {
    constexpr int kThreads = 20;
    constexpr int kFailuresEach = 5;
    std::latch start(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            SignInThrottle throttle(state, systemClock(), policy);
            const QString user = t % 2 == 0 ? QStringLiteral("lan") : QStringLiteral("minh");
            start.arrive_and_wait();
            for (int i = 0; i < kFailuresEach; ++i) {
                throttle.recordFailure(user);
            }
        });
    }
    for (std::thread& t : threads) {
        t.join();
    }
    SignInThrottle throttle(state, systemClock(), policy);
    EXPECT_EQ(throttle.failures(QStringLiteral("lan")), kThreads / 2 * kFailuresEach);
    EXPECT_EQ(throttle.failures(QStringLiteral("minh")), kThreads / 2 * kFailuresEach);
    EXPECT_FALSE(QFile::exists(state + QStringLiteral(".lock"))) << "the lock is released";
}

// A success in parallel with failures of another account resets only its own account.
TEST_F(SignInThrottleTest, ASuccessInParallelKeepsTheOtherAccountsFailures) {
    constexpr int kThreads = 10;
    std::latch start(kThreads * 2);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            SignInThrottle throttle(state, systemClock(), policy);
            start.arrive_and_wait();
            throttle.recordFailure(QStringLiteral("lan"));
        });
        threads.emplace_back([&] {
            SignInThrottle throttle(state, systemClock(), policy);
            start.arrive_and_wait();
            throttle.recordSuccess(QStringLiteral("minh"));
        });
    }
    for (std::thread& t : threads) {
        t.join();
    }
    EXPECT_EQ(SignInThrottle(state, systemClock(), policy).failures(QStringLiteral("lan")), kThreads);
}

// A process that crashed while holding the lock leaves its lock file; the next attempt takes it over at once.
TEST_F(SignInThrottleTest, ALockLeftByACrashedProcessIsTakenOver) {
    const QString lockPath = state + QStringLiteral(".lock");
    QByteArray contents;
    {
        QLockFile lock(lockPath);
        ASSERT_TRUE(lock.tryLock(0));
        QFile file(lockPath);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        contents = file.readAll();
        lock.unlock();
    }
    // The same lock, as written by a process that has ended since.
    QProcess ended;
    ended.start(QStringLiteral("true"));
    ASSERT_TRUE(ended.waitForStarted(10000));
    const qint64 deadPid = ended.processId();
    ASSERT_TRUE(ended.waitForFinished(10000));
    const QList<QByteArray> lines = contents.split('\n');
    ASSERT_GE(lines.size(), 3);
    QByteArray stale = QByteArray::number(deadPid) + '\n' + contents.mid(lines.at(0).size() + 1);
    {
        QFile file(lockPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(stale);
    }
    QElapsedTimer timer;
    timer.start();
    SignInThrottle throttle(state, systemClock(), policy);
    throttle.recordFailure(QStringLiteral("lan"));
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_EQ(throttle.failures(QStringLiteral("lan")), 1);
    EXPECT_FALSE(QFile::exists(lockPath));
}

} // namespace
