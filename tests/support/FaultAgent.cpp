// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// A child process for fault tests: it runs one service operation and dies at a chosen step (_exit: no
// destructors, no flushing, as in a crash) or under a file-size limit (every write past it fails, as on a full
// disk). The test process then inspects what is left on disk. A separate process rather than fork(), because
// Botan's Argon2id runs on a thread pool that a forked child would not have.
//
//   doichieu-fault-agent rekey DB USER PASSWORD CRASH_STEP|none [FILE_SIZE_LIMIT]
//   doichieu-fault-agent init DB FILE_SIZE_LIMIT
//   doichieu-fault-agent log DB RECOVERY_CODE BOOK_ID
//       logs checks for the pair lan/minh until killed, printing "ACK <uuid>" after each committed check
//   doichieu-fault-agent log-one DB RECOVERY_CODE BOOK_ID ENTRY
//       logs one check of entry ENTRY for the pair lan/minh, printing "ACK <uuid>" after its commit
//   doichieu-fault-agent review DB RECOVERY_CODE CHECK_ID
//       the supervisor returns check CHECK_ID to its pair, printing "ACK" after the commit
//   doichieu-fault-agent import DB USER PASSWORD BUNDLE
//       signs in to a hub and imports BUNDLE, printing "READY" after the sign-in and "ACK" once it is imported
// Any of them may end with `--fault KIND N` (KIND as faultName in FaultVfs.h: read-eio, …, torn-page): the test VFS is
// installed and the fault armed at the nth call once the site is open, right before the operation. `rekey` prints
// "READY" after its sign-in and "ACK <new recovery code>" after the re-key.
// With DOICHIEU_CRASH_AT_RENAME=N in its environment, the agent dies right before its nth rename(2) (the moment an
// atomic write — QSaveFile, platform::writeFileAtomically — has written and flushed its temporary file and not yet
// put it in place): the keyring's crash between write and rename.
// Exit: 0 done, 3 failed with an error (printed), 42 crashed on purpose (a crash step, a torn page, a rename), 2 usage.
#include "core/gateways/SiteGateway.h"
#include "core/keyring/RecoveryCode.h"
#include "core/services/ImportService.h"
#include "core/services/LogService.h"
#include "core/services/RekeyService.h"
#include "core/services/ReviewService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteSetup.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "tests/support/FaultVfs.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr int kCrashed = 42;

// The fault given with --fault, armed by armFault() right before the operation.
bool faultGiven = false;
dc::test::Fault faultKind = dc::test::Fault::ReadError;
int faultStep = 0;

void armFault() {
    if (faultGiven) {
        dc::test::FaultVfs::arm(faultKind, faultStep);
    }
}

void limitFileSize(long bytes) {
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit {};
    limit.rlim_cur = static_cast<rlim_t>(bytes);
    limit.rlim_max = static_cast<rlim_t>(bytes);
    setrlimit(RLIMIT_FSIZE, &limit);
}

int failed(const dc::core::Error& error) {
    std::fprintf(stderr, "%s: %s\n", dc::core::errorCodeName(error.code), error.detail.toUtf8().constData());
    return 3;
}

const char* stepName(dc::core::RekeyStep step) {
    switch (step) {
    case dc::core::RekeyStep::SealPending:
        return "SealPending";
    case dc::core::RekeyStep::WritePendingKeyring:
        return "WritePendingKeyring";
    case dc::core::RekeyStep::RekeyDatabase:
        return "RekeyDatabase";
    case dc::core::RekeyStep::VerifyDatabase:
        return "VerifyDatabase";
    case dc::core::RekeyStep::RecordRekey:
        return "RecordRekey";
    case dc::core::RekeyStep::PromoteKeyring:
        return "PromoteKeyring";
    }
    return "?";
}

int rekey(const QStringList& a) {
    const QString crashAt = a.at(4);
    auto session = dc::core::SignIn().signIn(a.at(1), a.at(2), dc::crypto::SecureBuffer::copyOf(a.at(3).toStdString()));
    if (!session) {
        return failed(session.error());
    }
    if (a.size() > 5) {
        limitFileSize(a.at(5).toLong());
    }
    QTextStream out(stdout);
    out << "READY" << Qt::endl;
    armFault();
    auto code = dc::core::rekeySite(*session.value(), [&](dc::core::RekeyStep step) {
        if (crashAt == QLatin1String(stepName(step))) {
            _exit(kCrashed);
        }
    });
    if (!code) {
        return failed(code.error());
    }
    out << "ACK "
        << QString::fromLatin1(reinterpret_cast<const char*>(code->data()), static_cast<qsizetype>(code->size()))
        << Qt::endl;
    return 0;
}

// The site opened with the key of its recovery code (no Argon2id), as `userName` — with `partner` and a work session
// started when one is given.
std::unique_ptr<dc::core::Session> openWithCode(const QString& databasePath, const QString& recoveryCode,
                                                const QString& userName, const QString& partner = {}) {
    const auto code = dc::core::keyring::RecoveryCode::parse(recoveryCode.toStdString());
    if (!code) {
        return nullptr;
    }
    const dc::core::SitePaths paths = dc::core::SitePaths::forDatabase(databasePath);
    auto key = code->databaseKey();
    auto database = dc::core::store::Database::open(paths.database, key);
    dc::core::store::migrate(database);
    dc::core::gateways::SiteGateway people(database);
    const auto site = people.site();
    auto user = people.findUser(userName);
    const auto other = partner.isEmpty() ? std::nullopt : people.findUser(partner);
    if (!site || !user || (!partner.isEmpty() && !other)) {
        return nullptr;
    }
    auto session =
        std::make_unique<dc::core::Session>(paths, site->uuid, site->name, std::move(database), std::move(key), *user);
    session->setSiteKind(site->kind);
    if (other) {
        session->setPartner(*other);
        if (!dc::core::WorkSessionService::start(*session, user->id)) {
            return nullptr;
        }
    }
    return session;
}

int logOne(const QStringList& a) {
    auto session = openWithCode(a.at(1), a.at(2), QStringLiteral("lan"), QStringLiteral("minh"));
    if (!session) {
        return 3;
    }
    dc::core::CheckInput input;
    input.bookId = a.at(3).toLongLong();
    input.entryNumber = a.at(4).toInt();
    input.registrationDate = QStringLiteral("14/04/1998");
    input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    input.secondsSpent = 30;
    input.outcome = dc::core::Outcome::Corrected;
    input.corrections = {
        {QStringLiteral("subject.full_name"), QStringLiteral("Nguyen Thi Hong"), QStringLiteral("Nguyễn Thị Hồng")}};
    armFault();
    auto logged = dc::core::LogService::logCheck(*session, input);
    if (!logged) {
        return failed(logged.error());
    }
    QTextStream(stdout) << "ACK " << logged->check.uuid << Qt::endl;
    return 0;
}

int review(const QStringList& a) {
    auto session = openWithCode(a.at(1), a.at(2), QStringLiteral("giamsat"));
    if (!session) {
        return 3;
    }
    armFault();
    auto decided = dc::core::ReviewService::decide(*session, a.at(3).toLongLong(), dc::core::ReviewDecision::Return,
                                                   QStringLiteral("đọc lại họ tên"));
    if (!decided) {
        return failed(decided.error());
    }
    QTextStream(stdout) << "ACK" << Qt::endl;
    return 0;
}

int import(const QStringList& a) {
    auto session = dc::core::SignIn().signIn(a.at(1), a.at(2), dc::crypto::SecureBuffer::copyOf(a.at(3).toStdString()));
    if (!session) {
        return failed(session.error());
    }
    QTextStream out(stdout);
    out << "READY" << Qt::endl;
    armFault();
    auto imported = dc::core::ImportService::importFiles(*session.value(), {a.at(4)});
    if (!imported) {
        return failed(imported.error());
    }
    if (imported->size() != 1 || imported->front().status != QLatin1String("imported")) {
        std::fprintf(stderr, "not imported: %s\n", imported->empty() ? "" : qPrintable(imported->front().reason));
        return 3;
    }
    out << "ACK" << Qt::endl;
    return 0;
}

// Logs entry after entry as the pair would, as fast as it can, until it is killed. Opens the database with the key
// derived from the recovery code (no Argon2id: the test starts this a hundred times).
int logUntilKilled(const QStringList& a) {
    const auto code = dc::core::keyring::RecoveryCode::parse(a.at(2).toStdString());
    if (!code) {
        return 2;
    }
    const dc::core::SitePaths paths = dc::core::SitePaths::forDatabase(a.at(1));
    auto key = code->databaseKey();
    auto database = dc::core::store::Database::open(paths.database, key);
    dc::core::store::migrate(database);
    dc::core::gateways::SiteGateway people(database);
    const auto site = people.site();
    auto lan = people.findUser(QStringLiteral("lan"));
    auto minh = people.findUser(QStringLiteral("minh"));
    if (!site || !lan || !minh) {
        return 3;
    }
    dc::core::Session session(paths, site->uuid, site->name, std::move(database), std::move(key), *lan);
    session.setPartner(*minh);
    auto started = dc::core::WorkSessionService::start(session, lan->id);
    if (!started) {
        return failed(started.error());
    }
    const qint64 book = a.at(3).toLongLong();
    auto progress = dc::core::LogService::progress(session, book);
    if (!progress) {
        return failed(progress.error());
    }
    QTextStream out(stdout);
    for (int entry = progress->nextEntryNumber;; ++entry) {
        dc::core::CheckInput input;
        input.bookId = book;
        input.entryNumber = entry;
        input.registrationDate = QStringLiteral("14/04/1998");
        input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
        input.secondsSpent = 30;
        if (entry % 2 == 0) {
            input.outcome = dc::core::Outcome::Corrected;
            input.corrections = {{QStringLiteral("subject.full_name"), QStringLiteral("Nguyen Thi Hong"),
                                  QStringLiteral("Nguyễn Thị Hồng")},
                                 {QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")}};
        }
        auto logged = dc::core::LogService::logCheck(session, input);
        if (!logged) {
            return failed(logged.error());
        }
        // Acknowledged only now, after the commit: this line is the promise the test holds the program to.
        out << "ACK " << logged->check.uuid << Qt::endl;
        // As the GUI and the CLI do after an acknowledged save: the WAL copied when due, the high-water mark raised.
        dc::core::LogService::settle(session);
    }
}

int init(const QStringList& a) {
    limitFileSize(a.at(2).toLong());
    dc::core::SiteSetupRequest request;
    request.databasePath = a.at(1);
    request.siteName = QStringLiteral("Xã Thanh Tuyền");
    request.adminUserName = QStringLiteral("giamsat");
    request.adminPassword = dc::crypto::SecureBuffer::copyOf(std::string_view("song-sai-gon-chay-mai-7"));
    request.kdf = dc::crypto::kArgon2Floor;
    auto outcome = dc::core::createSite(std::move(request));
    return outcome ? 0 : failed(outcome.error());
}

} // namespace

// Interposes the C library's rename(2) for the whole process (Qt's included): the executable's definition comes first
// in the dynamic linker's lookup. Dies before the nth call when DOICHIEU_CRASH_AT_RENAME=N.
extern "C" int rename(const char* from, const char* to) {
    using Rename = int (*)(const char*, const char*);
    static const Rename real = reinterpret_cast<Rename>(dlsym(RTLD_NEXT, "rename"));
    static const int crashAt = [] {
        const char* n = std::getenv("DOICHIEU_CRASH_AT_RENAME");
        return n != nullptr ? std::atoi(n) : 0;
    }();
    static int calls = 0;
    if (crashAt > 0 && ++calls == crashAt) {
        _exit(kCrashed);
    }
    return real(from, to);
}

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QStringList a = QCoreApplication::arguments().mid(1);
    if (a.size() >= 3 && a.at(a.size() - 3) == QLatin1String("--fault")) {
        if (!dc::test::faultFromName(a.at(a.size() - 2).toLatin1().constData(), faultKind)) {
            return 2;
        }
        faultStep = a.at(a.size() - 1).toInt();
        faultGiven = true;
        a.resize(a.size() - 3);
        dc::test::FaultVfs::install();
    }
    try {
        if (a.size() == 5 && a.at(0) == QLatin1String("log-one")) {
            return logOne(a);
        }
        if (a.size() == 4 && a.at(0) == QLatin1String("review")) {
            return review(a);
        }
        if (a.size() == 5 && a.at(0) == QLatin1String("import")) {
            return import(a);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what()); // a store error while opening: no citizen data in it
        return 3;
    }
    if (a.size() >= 5 && a.at(0) == QLatin1String("rekey")) {
        return rekey(a);
    }
    if (a.size() == 4 && a.at(0) == QLatin1String("log")) {
        try {
            return logUntilKilled(a);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 3;
        }
    }
    if (a.size() == 3 && a.at(0) == QLatin1String("init")) {
        return init(a);
    }
    std::fprintf(stderr, "usage: see the comment at the top of FaultAgent.cpp\n");
    return 2;
}
