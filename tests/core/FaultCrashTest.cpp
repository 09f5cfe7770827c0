// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Faults that end the process (issue 17 part 1), each in a child process (tests/support/FaultAgent.cpp) so that the
// test inspects what a real crash leaves on disk:
// - a torn page: half a page written, then the process dies (FaultVfs's TornPage), at every write of logging one
//   check, a review decision, a re-key and a bundle import;
// - SIGKILL at a random moment of a bundle import and of a re-key (logging has CrashSafetyTest);
// - the keyring's atomic write dying between its write and its rename, and a full disk under it.
// After each: the operation happened whole (and if it was acknowledged, it is there) or not at all; the supervisor
// signs in with the password; the database passes the site check and the audit verification.
// A few runs each in the default run; DOICHIEU_FAULT_STEPS=all and DOICHIEU_KILL_RUNS=N in the `long` run.
#include "core/keyring/KeyringFile.h"
#include "core/services/AuditService.h"
#include "core/services/BundleService.h"
#include "core/services/ImportService.h"
#include "core/services/LogService.h"
#include "core/services/ReviewService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteCheck.h"
#include "tests/core/FaultSites.h"
#include "tests/support/FaultVfs.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>
#include <string>

using namespace dc::core;
using dc::test::TestSite;
namespace faults = dc::test::faults;

namespace {

constexpr int kCrashed = 42;

QString codeText(const dc::crypto::SecureBuffer& code) {
    return QString::fromLatin1(reinterpret_cast<const char*>(code.data()), static_cast<qsizetype>(code.size()));
}

// One run of the agent: its exit code (-1 when killed or it did not finish), its output.
struct AgentRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] bool acknowledged() const { return out.contains("ACK"); }
};

AgentRun runAgent(const QStringList& arguments, const QProcessEnvironment& environment = {}) {
    QProcess agent;
    if (!environment.isEmpty()) {
        agent.setProcessEnvironment(environment);
    }
    agent.start(QStringLiteral(DOICHIEU_FAULT_AGENT), arguments);
    AgentRun run;
    if (!agent.waitForFinished(120000)) {
        agent.kill();
        agent.waitForFinished();
        ADD_FAILURE() << "the agent hung: " << arguments.join(u' ').toStdString();
        return run;
    }
    run.exitCode = agent.exitStatus() == QProcess::NormalExit ? agent.exitCode() : -1;
    run.out = agent.readAllStandardOutput();
    run.err = agent.readAllStandardError();
    return run;
}

// The supervisor signs in with the password (finishing or forgetting an interrupted re-key); nullptr when refused.
std::unique_ptr<Session> signInSupervisor(const QString& database) {
    auto session = SignIn().signIn(database, QString::fromLatin1(TestSite::kSupervisor),
                                   dc::test::secret(TestSite::kSupervisorPassword));
    EXPECT_TRUE(session.ok()) << (session.ok() ? "" : session.error().detail.toStdString());
    return session ? std::move(session).value() : nullptr;
}

void expectSound(Session& session, const QString& what) {
    auto check = checkSite(session);
    ASSERT_TRUE(check.ok()) << what.toStdString() << ": " << check.error().detail.toStdString();
    EXPECT_TRUE(check->ok()) << what.toStdString() << ": "
                             << (check->database.cipherProblems + check->database.structureProblems +
                                 check->keyringProblems + check->chainProblems)
                                    .join(u';')
                                    .toStdString();
    auto audit = AuditService::verify(session);
    ASSERT_TRUE(audit.ok()) << what.toStdString() << ": " << audit.error().detail.toStdString();
    EXPECT_TRUE(audit->ok()) << what.toStdString() << ": " << audit->problem.toStdString();
}

CheckInput entry(qint64 book, int number) {
    CheckInput input;
    input.bookId = book;
    input.entryNumber = number;
    input.registrationDate = QStringLiteral("14/04/1998");
    input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    input.outcome = Outcome::Match;
    input.secondsSpent = 40;
    return input;
}

// A commune with a book, the pair lan + minh and two checks logged (the second corrected); closed.
struct Commune {
    TestSite site;
    qint64 book = 0;
    dc::crypto::SecureBuffer key;

    Commune() {
        site.addUser(QStringLiteral("lan"), TestSite::kLanPassword);
        site.addUser(QStringLiteral("minh"), TestSite::kMinhPassword);
        book = site.addBook(1, 500);
        key = faults::keyOfCode(site.recoveryCode());
        auto pair = faults::openSession(site.paths().database, key, QStringLiteral("lan"), QStringLiteral("minh"));
        EXPECT_TRUE(pair);
        EXPECT_TRUE(LogService::logCheck(*pair, entry(book, 1)).ok());
        CheckInput corrected = entry(book, 2);
        corrected.outcome = Outcome::Corrected;
        corrected.corrections = {{QStringLiteral("subject.full_name"), QStringLiteral("Nguyen Thi Hong"),
                                  QStringLiteral("Nguyễn Thị Hồng")}};
        EXPECT_TRUE(LogService::logCheck(*pair, corrected).ok());
    }
    [[nodiscard]] std::unique_ptr<Session> supervisor(const QString& database) const {
        return faults::openSession(database, key, QString::fromLatin1(TestSite::kSupervisor));
    }
    [[nodiscard]] int logged(Session& s) const {
        auto progress = LogService::progress(s, book);
        EXPECT_TRUE(progress.ok());
        EXPECT_EQ(progress.ok() ? progress->gapCount : -1, 0);
        return progress.ok() ? progress->logged : -1;
    }
};

// A hub with the commune enrolled and the commune's first bundle (its two checks), not yet imported.
struct HubAndBundle {
    TestSite hub{SiteKind::Hub};
    Commune commune;
    QTemporaryDir exchange;
    QString bundle;

    HubAndBundle() {
        EXPECT_TRUE(faults::enroll(commune.site, hub, exchange.path(), QStringLiteral("Dầu Tiếng/Thanh An")));
        auto supervisor = commune.site.signInSupervisor();
        EXPECT_TRUE(supervisor);
        auto written = BundleService::exportBundle(*supervisor, exchange.path());
        EXPECT_TRUE(written.ok() && written->size() == 1u);
        bundle = written.ok() && !written->empty() ? written->front().file : QString();
    }
    // Entries the hub holds of the commune.
    [[nodiscard]] static qint64 entries(Session& s) {
        auto status = ImportService::status(s);
        EXPECT_TRUE(status.ok());
        return status.ok() && !status->empty() ? status->front().entries : 0;
    }
};

// A fresh copy of a closed site for one run; `database` is the copy's database.
struct Copy {
    QTemporaryDir dir;
    QString database;
    Copy(const QString& templateDatabase) {
        faults::copyTree(QFileInfo(templateDatabase).absolutePath(), dir.path());
        database = QDir(dir.path()).filePath(QFileInfo(templateDatabase).fileName());
    }
};

// Tears the nth write for n = 1, 2, … until the agent finishes without reaching it (at most `maxSteps`); `check`
// inspects the copy after each run. Returns how many runs were torn.
int tearEveryWrite(const QString& templateDatabase, const std::function<QStringList(const QString&)>& arguments,
                   const std::function<void(const QString& database, const AgentRun& run)>& check, int maxSteps) {
    int torn = 0;
    for (int n = 1; n <= maxSteps; ++n) {
        SCOPED_TRACE("torn page at write " + std::to_string(n));
        Copy copy(templateDatabase);
        const AgentRun run = runAgent(arguments(copy.database) << QStringLiteral("--fault")
                                                               << QStringLiteral("torn-page") << QString::number(n));
        EXPECT_TRUE(run.exitCode == 0 || run.exitCode == kCrashed)
            << "torn page at write " << n << ": exit " << run.exitCode << " " << run.err.toStdString();
        check(copy.database, run);
        if (run.exitCode != kCrashed || ::testing::Test::HasFailure()) {
            break;
        }
        ++torn;
    }
    return torn;
}

TEST(FaultTornPageTest, LoggingOneCheck) {
    Commune commune;
    const QString code = codeText(commune.site.recoveryCode());
    const int torn = tearEveryWrite(
        commune.site.paths().database,
        [&](const QString& db) {
            return QStringList{QStringLiteral("log-one"), db, code, QString::number(commune.book), QStringLiteral("3")};
        },
        [&](const QString& db, const AgentRun& run) {
            auto s = commune.supervisor(db);
            ASSERT_TRUE(s);
            const int logged = commune.logged(*s);
            EXPECT_TRUE(logged == 2 || logged == 3) << logged;
            if (run.acknowledged()) {
                EXPECT_EQ(logged, 3);
            }
            expectSound(*s, QStringLiteral("logging"));
        },
        faults::sweepSteps(2));
    EXPECT_GT(torn, 0);
}

TEST(FaultTornPageTest, AReviewDecision) {
    Commune commune;
    const QString code = codeText(commune.site.recoveryCode());
    qint64 corrected = 0;
    faults::Digest before;
    {
        auto s = commune.supervisor(commune.site.paths().database);
        auto queue = ReviewService::queue(*s, ReviewFilter{});
        ASSERT_TRUE(queue.ok() && !queue->items.empty());
        corrected = queue->items.front().check.id;
        before = faults::digestOf(s->database());
    }
    const int torn = tearEveryWrite(
        commune.site.paths().database,
        [&](const QString& db) {
            return QStringList{QStringLiteral("review"), db, code, QString::number(corrected)};
        },
        [&](const QString& db, const AgentRun& run) {
            auto s = commune.supervisor(db);
            ASSERT_TRUE(s);
            ReviewFilter returned;
            returned.state = ReviewState::Returned;
            auto queue = ReviewService::queue(*s, returned);
            ASSERT_TRUE(queue.ok());
            if (run.acknowledged() || !queue->items.empty()) {
                ASSERT_EQ(queue->items.size(), 1u);
                EXPECT_EQ(queue->items.front().check.id, corrected);
            } else {
                const faults::Digest now = faults::digestOf(s->database());
                EXPECT_TRUE(now == before) << "changed: " << faults::differences(before, now).toStdString();
            }
            expectSound(*s, QStringLiteral("review"));
        },
        faults::sweepSteps(2));
    EXPECT_GT(torn, 0);
}

TEST(FaultTornPageTest, ARekey) {
    Commune commune;
    const int torn = tearEveryWrite(
        commune.site.paths().database,
        [&](const QString& db) {
            return QStringList{QStringLiteral("rekey"), db, QString::fromLatin1(TestSite::kSupervisor),
                               QString::fromLatin1(TestSite::kSupervisorPassword), QStringLiteral("none")};
        },
        [&](const QString& db, const AgentRun& run) {
            if (run.acknowledged()) {
                const QByteArray line = run.out.mid(run.out.indexOf("ACK ") + 4).trimmed();
                EXPECT_NO_THROW((void)store::Database::open(
                    db, faults::keyOfCode(dc::crypto::SecureBuffer::copyOf(line.toStdString()))));
            }
            auto s = signInSupervisor(db);
            ASSERT_TRUE(s);
            EXPECT_EQ(commune.logged(*s), 2);
            expectSound(*s, QStringLiteral("re-key"));
        },
        faults::sweepSteps(1));
    EXPECT_GT(torn, 0);
}

TEST(FaultTornPageTest, ImportingABundle) {
    HubAndBundle exchange;
    ASSERT_FALSE(exchange.bundle.isEmpty());
    const dc::crypto::SecureBuffer hubKey = faults::keyOfCode(exchange.hub.recoveryCode());
    const int torn = tearEveryWrite(
        exchange.hub.paths().database,
        [&](const QString& db) {
            return QStringList{QStringLiteral("import"), db, QString::fromLatin1(TestSite::kSupervisor),
                               QString::fromLatin1(TestSite::kSupervisorPassword), exchange.bundle};
        },
        [&](const QString& db, const AgentRun& run) {
            auto s = faults::openSession(db, hubKey, QString::fromLatin1(TestSite::kSupervisor));
            ASSERT_TRUE(s);
            const qint64 entries = HubAndBundle::entries(*s);
            EXPECT_TRUE(entries == 0 || entries == 2) << entries;
            if (run.acknowledged()) {
                EXPECT_EQ(entries, 2);
            }
            expectSound(*s, QStringLiteral("import"));
        },
        faults::sweepSteps(2));
    EXPECT_GT(torn, 0);
}

// SIGKILL at a random moment after the agent said READY (signed in), within the time an undisturbed run takes.
int killRuns(int shortRun) {
    return qEnvironmentVariableIsSet("DOICHIEU_KILL_RUNS")
               ? std::max(1, qEnvironmentVariableIntValue("DOICHIEU_KILL_RUNS"))
               : shortRun;
}

// Runs the agent with `arguments` and kills it `delayMs` after READY (never, when negative); returns the run and how
// long it worked after READY.
AgentRun killAfterReady(const QStringList& arguments, int delayMs, qint64* workedMs = nullptr) {
    QProcess agent;
    agent.start(QStringLiteral(DOICHIEU_FAULT_AGENT), arguments);
    AgentRun run;
    EXPECT_TRUE(agent.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("READY\n") && agent.state() == QProcess::Running) {
        agent.waitForReadyRead(100);
        out += agent.readAllStandardOutput();
    }
    QElapsedTimer timer;
    timer.start();
    if (delayMs >= 0) {
        QThread::msleep(static_cast<unsigned long>(delayMs));
        agent.kill();
    }
    if (!agent.waitForFinished(120000)) {
        agent.kill();
        agent.waitForFinished();
        ADD_FAILURE() << "the agent hung";
    }
    if (workedMs != nullptr) {
        *workedMs = timer.elapsed();
    }
    run.exitCode = agent.exitStatus() == QProcess::NormalExit ? agent.exitCode() : -1;
    run.out = out + agent.readAllStandardOutput();
    run.err = agent.readAllStandardError();
    return run;
}

void killTrials(const QString& templateDatabase, const std::function<QStringList(const QString&)>& arguments,
                const std::function<void(const QString& database, const AgentRun& run)>& check, int runs) {
    qint64 worked = 0;
    {
        Copy copy(templateDatabase);
        const AgentRun clean = killAfterReady(arguments(copy.database), -1, &worked);
        ASSERT_EQ(clean.exitCode, 0) << clean.err.toStdString();
        check(copy.database, clean);
    }
    QRandomGenerator random(20261203); // a fixed seed: a failure can be replayed
    int killedWhileWorking = 0;
    for (int run = 0; run < runs && !::testing::Test::HasFailure(); ++run) {
        SCOPED_TRACE("kill " + std::to_string(run));
        Copy copy(templateDatabase);
        const int delay = static_cast<int>(random.bounded(static_cast<quint32>(std::max<qint64>(1, worked))));
        const AgentRun killed = killAfterReady(arguments(copy.database), delay);
        EXPECT_TRUE(killed.err.isEmpty()) << "run " << run << ": " << killed.err.toStdString();
        killedWhileWorking += killed.exitCode == -1 && !killed.acknowledged() ? 1 : 0;
        check(copy.database, killed);
    }
    // The delays are fractions of one clean run's time, and a busy machine (the suite runs two tests at once) can make
    // that run slow and the next ones fast, so every kill may land after the work. Then kill sooner, halving the delay
    // down to 1 ms, until one lands while it works; the check below still requires one.
    for (qint64 delay = worked / 2; killedWhileWorking == 0 && delay > 0 && !::testing::Test::HasFailure();
         delay /= 2) {
        SCOPED_TRACE("kill after " + std::to_string(delay) + " ms");
        Copy copy(templateDatabase);
        const AgentRun killed = killAfterReady(arguments(copy.database), static_cast<int>(delay));
        EXPECT_TRUE(killed.err.isEmpty()) << killed.err.toStdString();
        killedWhileWorking += killed.exitCode == -1 && !killed.acknowledged() ? 1 : 0;
        check(copy.database, killed);
    }
    EXPECT_GT(killedWhileWorking, 0) << "no run was killed while it worked";
}

TEST(FaultKillTest, ImportingABundle) {
    HubAndBundle exchange;
    ASSERT_FALSE(exchange.bundle.isEmpty());
    const dc::crypto::SecureBuffer hubKey = faults::keyOfCode(exchange.hub.recoveryCode());
    killTrials(
        exchange.hub.paths().database,
        [&](const QString& db) {
            return QStringList{QStringLiteral("import"), db, QString::fromLatin1(TestSite::kSupervisor),
                               QString::fromLatin1(TestSite::kSupervisorPassword), exchange.bundle};
        },
        [&](const QString& db, const AgentRun& run) {
            auto s = faults::openSession(db, hubKey, QString::fromLatin1(TestSite::kSupervisor));
            ASSERT_TRUE(s);
            const qint64 entries = HubAndBundle::entries(*s);
            EXPECT_TRUE(entries == 0 || entries == 2) << entries;
            if (run.acknowledged()) {
                EXPECT_EQ(entries, 2);
            }
            expectSound(*s, QStringLiteral("import"));
        },
        killRuns(3));
}

TEST(FaultKillTest, ARekey) {
    Commune commune;
    killTrials(
        commune.site.paths().database,
        [&](const QString& db) {
            return QStringList{QStringLiteral("rekey"), db, QString::fromLatin1(TestSite::kSupervisor),
                               QString::fromLatin1(TestSite::kSupervisorPassword), QStringLiteral("none")};
        },
        [&](const QString& db, const AgentRun& run) {
            if (run.acknowledged()) {
                const QByteArray line = run.out.mid(run.out.indexOf("ACK ") + 4).trimmed();
                EXPECT_NO_THROW((void)store::Database::open(
                    db, faults::keyOfCode(dc::crypto::SecureBuffer::copyOf(line.toStdString()))));
            }
            auto s = signInSupervisor(db);
            ASSERT_TRUE(s);
            EXPECT_EQ(commune.logged(*s), 2);
            expectSound(*s, QStringLiteral("re-key"));
        },
        killRuns(2)); // each run signs in twice (Argon2id): the default run keeps to two
}

// The keyring's atomic write dies between writing its temporary file and renaming it over the keyring, at each rename
// of a re-key (the pending keyring, the promoted one, the high-water mark): the keyring left is whole — the old one or
// the new one — and the supervisor signs in.
TEST(KeyringFaultTest, CrashBetweenWriteAndRename) {
    Commune commune;
    int crashed = 0;
    for (int n = 1; n <= 10; ++n) {
        Copy copy(commune.site.paths().database);
        const QString keyring = SitePaths::forDatabase(copy.database).keyring;
        const QByteArray old = dc::test::readAll(keyring);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOICHIEU_CRASH_AT_RENAME"), QString::number(n));
        const AgentRun run =
            runAgent({QStringLiteral("rekey"), copy.database, QString::fromLatin1(TestSite::kSupervisor),
                      QString::fromLatin1(TestSite::kSupervisorPassword), QStringLiteral("none")},
                     environment);
        ASSERT_TRUE(run.exitCode == 0 || run.exitCode == kCrashed) << run.exitCode << " " << run.err.toStdString();
        if (run.exitCode == kCrashed && n == 1) {
            EXPECT_EQ(dc::test::readAll(keyring), old) << "the keyring changed before its rename";
        }
        EXPECT_TRUE(keyring::loadKeyring(keyring).ok()) << "rename " << n << ": a half keyring";
        auto s = signInSupervisor(copy.database);
        ASSERT_TRUE(s) << "rename " << n;
        EXPECT_EQ(commune.logged(*s), 2);
        expectSound(*s, QStringLiteral("rename %1").arg(n));
        if (run.exitCode == 0) {
            break;
        }
        ++crashed;
    }
    EXPECT_GE(crashed, 2) << "the re-key saves the keyring twice";
}

// The disk fills up while the keyring is written (a file-size limit below the keyring's size, in the agent): the
// re-key fails with a clear error, the keyring is byte for byte the old one, and the supervisor signs in.
TEST(KeyringFaultTest, FullDiskWhileWritingTheKeyring) {
    Commune commune;
    const qint64 size = QFileInfo(commune.site.paths().keyring).size();
    ASSERT_GT(size, 100);
    for (const qint64 limit : {qint64{1}, size - 1}) {
        Copy copy(commune.site.paths().database);
        const QString keyring = SitePaths::forDatabase(copy.database).keyring;
        const QByteArray old = dc::test::readAll(keyring);
        const AgentRun run = runAgent(
            {QStringLiteral("rekey"), copy.database, QString::fromLatin1(TestSite::kSupervisor),
             QString::fromLatin1(TestSite::kSupervisorPassword), QStringLiteral("none"), QString::number(limit)});
        EXPECT_EQ(run.exitCode, 3) << "limit " << limit << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith("io-error")) << run.err.toStdString();
        EXPECT_EQ(dc::test::readAll(keyring), old) << "limit " << limit;
        const QStringList left = QDir(copy.dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString& name : left) {
            EXPECT_FALSE(name.contains(QStringLiteral(".keyring.")) && !name.endsWith(QStringLiteral(".lock")))
                << "a temporary keyring was left: " << name.toStdString();
        }
        auto s = signInSupervisor(copy.database);
        ASSERT_TRUE(s);
        expectSound(*s, QStringLiteral("limit %1").arg(limit));
    }
}

} // namespace
