// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// I/O faults, not only kills (issue 17 part 1): each operation — logging one check, a review decision, a re-key, a
// bundle import at a hub — runs under each fault of the test VFS (tests/support/FaultVfs.h) armed at step n = 1, 2, …
// until it completes without reaching the fault. After every run: either the service answered with an error (a clear
// code, no exception escaping) and the database is exactly as before — through the connection the program keeps and
// after reopening it —, or it succeeded and the change is there after reopening. Either way the database passes the
// site check (cipher_integrity_check, quick_check, the keyring, the chain against its mark) and the audit
// verification. A few steps per fault in the default run; every step with DOICHIEU_FAULT_STEPS=all (the `long` run).
// The torn page, which ends the process, is swept in FaultTornPageTest through the fault agent.
#include "core/keyring/KeyringFile.h"
#include "core/services/AuditService.h"
#include "core/services/BundleService.h"
#include "core/services/ImportService.h"
#include "core/services/LogService.h"
#include "core/services/RekeyService.h"
#include "core/services/ReviewService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteCheck.h"
#include "core/store/Database.h"
#include "tests/core/FaultSites.h"
#include "tests/support/FaultVfs.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <climits>
#include <cstdio>
#include <functional>

using namespace dc::core;
using dc::test::Fault;
using dc::test::FaultVfs;
using dc::test::TestSite;
namespace faults = dc::test::faults;

namespace {

struct Operation {
    // A closed site, copied for every run.
    QString templateDatabase;
    // Opens the copy as the operation's user (before the fault is armed).
    std::function<std::unique_ptr<Session>(const QString& database)> open;
    std::function<Result<void>(Session&)> run;
    // Opens the copy again after the run (the operation's session closed) as a supervisor; `succeeded` is what the
    // operation answered.
    std::function<std::unique_ptr<Session>(const QString& database, bool succeeded)> reopen;
    // After a success: the change is there.
    std::function<void(Session&)> durable;
    // Short runs sweep steps 1..shortSteps of each fault.
    int shortSteps = 2;
};

CheckInput entry(qint64 book, int number, Outcome outcome = Outcome::Match) {
    CheckInput input;
    input.bookId = book;
    input.entryNumber = number;
    input.registrationDate = QStringLiteral("14/04/1998");
    input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    input.outcome = outcome;
    input.secondsSpent = 40;
    if (outcome == Outcome::Corrected) {
        input.corrections = {{QStringLiteral("subject.full_name"), QStringLiteral("Nguyen Thi Hong"),
                              QStringLiteral("Nguyễn Thị Hồng")}};
    }
    return input;
}

void expectSound(Session& session, const QString& what) {
    auto check = checkSite(session);
    ASSERT_TRUE(check.ok()) << what.toStdString() << ": " << check.error().detail.toStdString();
    EXPECT_TRUE(check->database.ok())
        << what.toStdString() << ": "
        << (check->database.cipherProblems + check->database.structureProblems).join(u';').toStdString();
    EXPECT_TRUE(check->keyringProblems.isEmpty())
        << what.toStdString() << ": " << check->keyringProblems.join(u';').toStdString();
    EXPECT_TRUE(check->chainProblems.isEmpty())
        << what.toStdString() << ": " << check->chainProblems.join(u';').toStdString();
    auto audit = AuditService::verify(session);
    ASSERT_TRUE(audit.ok()) << what.toStdString() << ": " << audit.error().detail.toStdString();
    EXPECT_TRUE(audit->ok()) << what.toStdString() << ": " << audit->problem.toStdString();
}

// Runs `op` under `fault` at steps 1, 2, … (at most `maxSteps`); returns how many runs reached the fault.
int sweep(const Operation& op, Fault fault, int maxSteps) {
    int reached = 0;
    int failed = 0;
    // DOICHIEU_FAULT_FIRST starts later, to replay one failing step.
    int n = std::max(1, qEnvironmentVariableIntValue("DOICHIEU_FAULT_FIRST"));
    const auto report = qScopeGuard([&] {
        std::printf("[  sweep   ] %s: %d runs, %d reached the fault, %d answered an error\n",
                    dc::test::faultName(fault), std::min(n, maxSteps), reached, failed);
    });
    for (; n <= maxSteps; ++n) {
        const QString what = QStringLiteral("%1 at step %2").arg(QLatin1String(dc::test::faultName(fault))).arg(n);
        QTemporaryDir dir;
        faults::copyTree(QFileInfo(op.templateDatabase).absolutePath(), dir.path());
        const QString database = QDir(dir.path()).filePath(QFileInfo(op.templateDatabase).fileName());
        auto session = op.open(database);
        EXPECT_TRUE(session) << what.toStdString();
        if (!session) {
            return reached;
        }
        const faults::Digest before = faults::digestOf(session->database());
        FaultVfs::arm(fault, n);
        const Result<void> result = op.run(*session); // an exception escaping fails the test here
        const bool fired = FaultVfs::fired();
        FaultVfs::disarm();
        reached += fired ? 1 : 0;
        failed += result ? 0 : 1;
        if (!result && qEnvironmentVariableIsSet("DOICHIEU_FAULT_FIRST")) {
            std::printf("[  sweep   ] %s: %s\n", errorCodeName(result.error().code), qPrintable(result.error().detail));
        }
        if (!result) {
            EXPECT_TRUE(fired) << what.toStdString()
                               << ": failed without a fault: " << errorCodeName(result.error().code) << " "
                               << result.error().detail.toStdString();
            EXPECT_TRUE(result.error().code == ErrorCode::IoError || result.error().code == ErrorCode::DatabaseCorrupt)
                << what.toStdString() << ": " << errorCodeName(result.error().code) << " "
                << result.error().detail.toStdString();
            // The program carries on after the error: what it reads now is what was there before.
            if (session->database().handle() != nullptr) {
                try {
                    const faults::Digest now = faults::digestOf(session->database());
                    EXPECT_TRUE(now == before)
                        << what.toStdString()
                        << ": changed in the open connection: " << faults::differences(before, now).toStdString();
                } catch (const std::exception& e) {
                    ADD_FAILURE() << what.toStdString() << ": the open connection cannot be read: " << e.what();
                }
            }
        }
        session.reset();
        auto after = op.reopen(database, result.ok());
        EXPECT_TRUE(after) << what.toStdString() << ": cannot be opened again";
        if (!after) {
            return reached;
        }
        const faults::Digest now = faults::digestOf(after->database());
        if (result) {
            op.durable(*after);
        } else {
            EXPECT_TRUE(now == before) << what.toStdString()
                                       << ": changed on disk: " << faults::differences(before, now).toStdString();
        }
        expectSound(*after, what);
        if (::testing::Test::HasFailure() || !fired) {
            break; // the first failure says enough; a run that never reached the fault ends the sweep
        }
    }
    return reached;
}

class FaultSweepTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { FaultVfs::install(); }

    // Every survivable fault, each swept; every one must be reached at least once.
    static void sweepAll(const Operation& op) {
        // DOICHIEU_FAULT_KIND (a faultName) sweeps that fault only, to replay one step with DOICHIEU_FAULT_FIRST.
        const QByteArray only = qgetenv("DOICHIEU_FAULT_KIND");
        for (const Fault fault : dc::test::kSurvivableFaults) {
            if (!only.isEmpty() && only != dc::test::faultName(fault)) {
                continue;
            }
            const int reached = sweep(op, fault, faults::sweepSteps(op.shortSteps));
            EXPECT_GT(reached, 0) << dc::test::faultName(fault) << " never reached";
            if (HasFailure()) {
                return;
            }
        }
    }
};

// A commune with a book, the pair lan + minh and two checks logged; closed.
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
        EXPECT_TRUE(LogService::logCheck(*pair, entry(book, 2, Outcome::Corrected)).ok());
    }
    [[nodiscard]] std::unique_ptr<Session> supervisor(const QString& database) const {
        return faults::openSession(database, key, QString::fromLatin1(TestSite::kSupervisor));
    }
};

TEST_F(FaultSweepTest, LoggingOneCheck) {
    Commune commune;
    Operation op;
    op.templateDatabase = commune.site.paths().database;
    op.open = [&](const QString& db) {
        return faults::openSession(db, commune.key, QStringLiteral("lan"), QStringLiteral("minh"));
    };
    op.run = [&](Session& s) -> Result<void> {
        auto logged = LogService::logCheck(s, entry(commune.book, 3, Outcome::Corrected));
        if (!logged) {
            return logged.error();
        }
        return {};
    };
    op.reopen = [&](const QString& db, bool) { return commune.supervisor(db); };
    op.durable = [&](Session& s) {
        auto progress = LogService::progress(s, commune.book);
        ASSERT_TRUE(progress.ok());
        EXPECT_EQ(progress->logged, 3);
        EXPECT_EQ(progress->nextEntryNumber, 4);
    };
    sweepAll(op);
}

TEST_F(FaultSweepTest, AReviewDecision) {
    Commune commune;
    qint64 corrected = 0;
    {
        auto supervisor = commune.supervisor(commune.site.paths().database);
        auto queue = ReviewService::queue(*supervisor, ReviewFilter{});
        ASSERT_TRUE(queue.ok());
        ASSERT_FALSE(queue->items.empty());
        corrected = queue->items.front().check.id;
    }
    Operation op;
    op.templateDatabase = commune.site.paths().database;
    op.open = [&](const QString& db) { return commune.supervisor(db); };
    op.run = [&](Session& s) -> Result<void> {
        auto decided = ReviewService::decide(s, corrected, ReviewDecision::Return, QStringLiteral("đọc lại họ tên"));
        if (!decided) {
            return decided.error();
        }
        return {};
    };
    op.reopen = [&](const QString& db, bool) { return commune.supervisor(db); };
    op.durable = [&](Session& s) {
        ReviewFilter returned;
        returned.state = ReviewState::Returned;
        auto queue = ReviewService::queue(s, returned);
        ASSERT_TRUE(queue.ok());
        ASSERT_EQ(queue->items.size(), 1u);
        EXPECT_EQ(queue->items.front().check.id, corrected);
    };
    sweepAll(op);
}

TEST_F(FaultSweepTest, ARekey) {
    Commune commune;
    std::unique_ptr<keyring::SiteKeys> keys;
    {
        auto supervisor = commune.site.signInSupervisor(); // the one Argon2id sign-in: the site's keys
        ASSERT_TRUE(supervisor && supervisor->siteKeys());
        keys = faults::copyOf(*supervisor->siteKeys());
    }
    QString newCode;
    Operation op;
    op.shortSteps = 1; // each run ends with a sign-in (Argon2id): the default run keeps to one step per fault
    op.templateDatabase = commune.site.paths().database;
    op.open = [&](const QString& db) {
        return faults::openSession(db, commune.key, QString::fromLatin1(TestSite::kSupervisor), {}, keys.get());
    };
    op.run = [&](Session& s) -> Result<void> {
        auto code = rekeySite(s);
        if (!code) {
            return code.error();
        }
        newCode =
            QString::fromLatin1(reinterpret_cast<const char*>(code->data()), static_cast<qsizetype>(code->size()));
        return {};
    };
    // Whatever happened, the supervisor signs in with the password (which finishes or forgets an interrupted re-key);
    // after a failure the old recovery code still opens the database, after a success the new one does.
    op.reopen = [&](const QString& db, bool succeeded) -> std::unique_ptr<Session> {
        const dc::crypto::SecureBuffer key =
            succeeded ? faults::keyOfCode(dc::crypto::SecureBuffer::copyOf(newCode.toStdString()))
                      : dc::crypto::SecureBuffer::copyOf(std::span(commune.key.data(), commune.key.size()));
        try {
            (void)store::Database::open(db, key);
        } catch (const std::exception& e) {
            ADD_FAILURE() << (succeeded ? "the new" : "the old")
                          << " recovery code does not open the database: " << e.what();
        }
        auto signedIn = dc::core::SignIn().signIn(db, QString::fromLatin1(TestSite::kSupervisor),
                                                  dc::test::secret(TestSite::kSupervisorPassword));
        EXPECT_TRUE(signedIn.ok()) << (signedIn.ok() ? "" : signedIn.error().detail.toStdString());
        return signedIn ? std::move(signedIn).value() : nullptr;
    };
    op.durable = [&](Session& s) {
        auto events = s.database().prepare("SELECT count(*) FROM audit_events WHERE action = 'site.rekeyed'");
        ASSERT_TRUE(events.step());
        EXPECT_EQ(events.integer(0), 1);
    };
    sweepAll(op);
}

// Regression (found by the read-eio sweep of ARekey): a read error in the check under the new key, after the pages were
// re-encrypted, gave up with DatabaseCorrupt; the next sign-in then promoted the new key, whose recovery code was never
// shown, and the old code no longer opened the database. The re-key now checks once more and shows the new code.
TEST_F(FaultSweepTest, AReadErrorWhileCheckingTheNewKeyDoesNotLoseTheNewCode) {
    Commune commune;
    auto supervisor = commune.site.signInSupervisor();
    ASSERT_TRUE(supervisor);
    auto code = rekeySite(*supervisor, [](RekeyStep step) {
        if (step == RekeyStep::VerifyDatabase) {
            FaultVfs::arm(Fault::ReadError, 1); // the first read of the reopened database
        }
    });
    const bool fired = FaultVfs::fired();
    FaultVfs::disarm();
    EXPECT_TRUE(fired);
    ASSERT_TRUE(code.ok()) << errorCodeName(code.error().code) << " " << code.error().detail.toStdString();
    supervisor.reset();
    const dc::crypto::SecureBuffer key = faults::keyOfCode(code.value());
    EXPECT_ANY_THROW((void)commune.supervisor(commune.site.paths().database)) << "the old code still opens it";
    auto after = faults::openSession(commune.site.paths().database, key, QString::fromLatin1(TestSite::kSupervisor));
    ASSERT_TRUE(after);
    expectSound(*after, QStringLiteral("after the re-key"));
}

// Regression (found by the long write-eio sweep of ARekey): a write error in the audit event written after the keyring
// was promoted returned an error while the database already answered to the new key, its recovery code never shown.
// The record is now written before the promotion, and when it fails the database goes back to the old key.
TEST_F(FaultSweepTest, AWriteErrorWhileRecordingTheRekeyKeepsTheOldCode) {
    Commune commune;
    auto supervisor = commune.site.signInSupervisor();
    ASSERT_TRUE(supervisor);
    const faults::Digest before = faults::digestOf(supervisor->database());
    auto code = rekeySite(*supervisor, [](RekeyStep step) {
        if (step == RekeyStep::RecordRekey) {
            FaultVfs::arm(Fault::WriteError, 1); // the record's first write
        }
    });
    const bool fired = FaultVfs::fired();
    FaultVfs::disarm();
    EXPECT_TRUE(fired);
    ASSERT_FALSE(code.ok()) << "the write error is reported";
    EXPECT_EQ(code.error().code, ErrorCode::IoError) << code.error().detail.toStdString();
    EXPECT_TRUE(faults::digestOf(supervisor->database()) == before) << "the session carries on under the old key";
    supervisor.reset();
    auto after = commune.supervisor(commune.site.paths().database); // the old code still opens it
    ASSERT_TRUE(after);
    EXPECT_TRUE(faults::digestOf(after->database()) == before);
    auto events = after->database().prepare("SELECT count(*) FROM audit_events WHERE action = 'site.rekeyed'");
    ASSERT_TRUE(events.step());
    EXPECT_EQ(events.integer(0), 0);
    expectSound(*after, QStringLiteral("after the refused re-key"));
    auto ring = keyring::loadKeyring(commune.site.paths().keyring);
    ASSERT_TRUE(ring.ok());
    EXPECT_FALSE(ring->hasPendingRekey()) << "the new key is forgotten";
}

// A hub with one enrolled commune and that commune's first bundle (its two checks), not yet imported; closed.
struct HubAndBundle {
    TestSite hub{SiteKind::Hub};
    Commune commune;
    QTemporaryDir exchange;
    QString bundle;
    std::unique_ptr<keyring::SiteKeys> keys;
    dc::crypto::SecureBuffer key;

    HubAndBundle() {
        EXPECT_TRUE(faults::enroll(commune.site, hub, exchange.path(), QStringLiteral("Dầu Tiếng/Thanh An")));
        {
            auto supervisor = commune.site.signInSupervisor();
            EXPECT_TRUE(supervisor);
            auto written = BundleService::exportBundle(*supervisor, exchange.path());
            EXPECT_TRUE(written.ok() && written->size() == 1u);
            bundle = written.ok() && !written->empty() ? written->front().file : QString();
        }
        auto province = hub.signInSupervisor();
        EXPECT_TRUE(province && province->siteKeys());
        keys = faults::copyOf(*province->siteKeys());
        key = faults::keyOfCode(hub.recoveryCode());
    }
    [[nodiscard]] std::unique_ptr<Session> province(const QString& database) const {
        return faults::openSession(database, key, QString::fromLatin1(TestSite::kSupervisor), {}, keys.get());
    }
    [[nodiscard]] Result<void> import(Session& s) const {
        auto imported = ImportService::importFiles(s, {bundle});
        if (!imported) {
            return imported.error();
        }
        if (imported->size() != 1 || imported->front().status != QLatin1String("imported")) {
            // A file refused for a failure of the hub's own disk would blame the bundle: not a clear error.
            ADD_FAILURE() << "the bundle was " << imported->front().status.toStdString() << ": "
                          << imported->front().reason.toStdString() << " " << imported->front().message.toStdString();
        }
        return {};
    }
    static void imported(Session& s) {
        auto status = ImportService::status(s);
        ASSERT_TRUE(status.ok());
        ASSERT_EQ(status->size(), 1u);
        EXPECT_EQ(status->front().entries, 2);
        EXPECT_EQ(status->front().sequence, 1);
    }
};

TEST_F(FaultSweepTest, ImportingABundle) {
    HubAndBundle exchange;
    ASSERT_FALSE(exchange.bundle.isEmpty());
    Operation op;
    op.templateDatabase = exchange.hub.paths().database;
    op.open = [&](const QString& db) { return exchange.province(db); };
    op.run = [&](Session& s) { return exchange.import(s); };
    op.reopen = [&](const QString& db, bool) { return exchange.province(db); };
    op.durable = &HubAndBundle::imported;
    sweepAll(op);
}

// The receipts are signed and sealed while the import's commit runs (Importer::prepareReceipts), before anything is
// durable: a commit that fails — each write and each flush it makes, in turn — must leave no receipt in the folder (nor
// a temporary file of one), announce none, and write nothing of the bundle.
TEST_F(FaultSweepTest, ACommitThatFailsLeavesNoReceipt) {
    HubAndBundle exchange;
    ASSERT_FALSE(exchange.bundle.isEmpty());
    for (const Fault fault : {Fault::WriteError, Fault::SyncError}) {
        SCOPED_TRACE(faultName(fault));
        // The writes or flushes an import makes before its commit starts (a statement trace sees the COMMIT), and in
        // all.
        int before = -1;
        int all = 0;
        {
            QTemporaryDir dir;
            faults::copyTree(exchange.hub.dir(), dir.path());
            auto province =
                exchange.province(QDir(dir.path()).filePath(QFileInfo(exchange.hub.paths().database).fileName()));
            ASSERT_TRUE(province);
            province->database().traceStatements([&before, fault](std::string_view sql) {
                if (before < 0 && sql.starts_with("COMMIT")) {
                    before = FaultVfs::calls(fault);
                }
            });
            FaultVfs::arm(fault, INT_MAX);
            auto imported = ImportService::importFiles(*province, {exchange.bundle});
            all = FaultVfs::calls(fault);
            FaultVfs::disarm();
            province->database().traceStatements({});
            ASSERT_TRUE(imported.ok());
            ASSERT_FALSE(imported->front().receipt.isEmpty());
        }
        ASSERT_GE(before, 0);
        int failed = 0;
        for (int n = before + 1; n <= all; ++n) {
            SCOPED_TRACE("call " + std::to_string(n));
            QTemporaryDir dir;
            faults::copyTree(exchange.hub.dir(), dir.path());
            const QString database = QDir(dir.path()).filePath(QFileInfo(exchange.hub.paths().database).fileName());
            {
                auto province = exchange.province(database);
                ASSERT_TRUE(province);
                FaultVfs::arm(fault, n);
                auto imported = ImportService::importFiles(*province, {exchange.bundle});
                const bool fired = FaultVfs::fired();
                FaultVfs::disarm();
                if (!fired) {
                    continue;
                }
                if (imported.ok() && imported->front().status == QLatin1String("imported")) {
                    continue; // the fault came after the commit was durable (its checkpoint): the receipt may follow
                }
                ++failed;
                if (imported.ok()) {
                    EXPECT_TRUE(imported->front().receipt.isEmpty()) << "a receipt announced for a failed import";
                }
            }
            const QDir receipts(QDir(dir.path()).filePath(QStringLiteral("receipts")));
            EXPECT_TRUE(receipts.entryList(QDir::Files | QDir::Hidden).isEmpty())
                << "left in the receipts' folder: " << receipts.entryList(QDir::Files).join(u' ').toStdString();
            auto after = exchange.province(database);
            ASSERT_TRUE(after);
            auto status = ImportService::status(*after);
            ASSERT_TRUE(status.ok());
            for (const HubCommune& site : status.value()) {
                EXPECT_EQ(site.entries, 0) << "the failed import wrote its rows";
            }
        }
        EXPECT_GT(failed, 0) << "no commit failed";
    }
}

// Regression (found by the read-eio sweep of ImportingABundle): a read error while the receipt was made, after the
// import had committed, answered IoError for a bundle that was imported — the operator told it failed, the hub holding
// it. Since 2026-12-04 everything a receipt says is read inside the import's transaction (Importer::prepareReceipts),
// so after the commit nothing is read from the database and such an error cannot come: this test holds that (a read
// added after the commit fails it), and that a read error in the last read before the commit leaves nothing written
// and announces no receipt.
TEST_F(FaultSweepTest, NothingIsReadAfterTheImportCommitsAndAReadErrorBeforeItWritesNothing) {
    HubAndBundle exchange;
    ASSERT_FALSE(exchange.bundle.isEmpty());
    // How many reads an import makes before its commit (a statement trace sees the COMMIT start), and after.
    int reads = -1;
    {
        QTemporaryDir dir;
        faults::copyTree(exchange.hub.dir(), dir.path());
        auto province =
            exchange.province(QDir(dir.path()).filePath(QFileInfo(exchange.hub.paths().database).fileName()));
        ASSERT_TRUE(province);
        province->database().traceStatements([&reads](std::string_view sql) {
            if (reads < 0 && sql.starts_with("COMMIT")) {
                reads = FaultVfs::reads();
            }
        });
        FaultVfs::arm(Fault::ReadError, INT_MAX);
        auto imported = ImportService::importFiles(*province, {exchange.bundle});
        FaultVfs::disarm();
        ASSERT_TRUE(imported.ok());
        ASSERT_EQ(imported->size(), 1u);
        EXPECT_EQ(imported->front().status, QStringLiteral("imported"));
        EXPECT_FALSE(imported->front().receipt.isEmpty()) << "no receipt";
        EXPECT_EQ(FaultVfs::reads(), reads) << "the database was read after the import's commit";
        province->database().traceStatements({});
    }
    ASSERT_GT(reads, 0);
    auto province = exchange.province(exchange.hub.paths().database);
    ASSERT_TRUE(province);
    FaultVfs::arm(Fault::ReadError, reads); // the last read before the commit
    auto imported = ImportService::importFiles(*province, {exchange.bundle});
    const bool fired = FaultVfs::fired();
    FaultVfs::disarm();
    EXPECT_TRUE(fired);
    if (imported.ok()) { // the read was a file's, whose savepoint went back: that file is refused
        ASSERT_EQ(imported->size(), 1u);
        EXPECT_NE(imported->front().status, QStringLiteral("imported"));
        EXPECT_TRUE(imported->front().receipt.isEmpty()) << "a receipt announced for a refused file";
    }
    province.reset();
    auto after = exchange.province(exchange.hub.paths().database);
    ASSERT_TRUE(after);
    auto status = ImportService::status(*after);
    ASSERT_TRUE(status.ok());
    for (const HubCommune& site : status.value()) {
        EXPECT_EQ(site.entries, 0) << "the failed import wrote its rows";
    }
    expectSound(*after, QStringLiteral("after the failed import"));
}

} // namespace
