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
// Exit: 0 done, 3 failed with an error (printed), 42 crashed on purpose, 2 usage.
#include "core/gateways/SiteGateway.h"
#include "core/keyring/RecoveryCode.h"
#include "core/services/LogService.h"
#include "core/services/RekeyService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteSetup.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr int kCrashed = 42;

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
    auto code = dc::core::rekeySite(*session.value(), [&](dc::core::RekeyStep step) {
        if (crashAt == QLatin1String(stepName(step))) {
            _exit(kCrashed);
        }
    });
    return code ? 0 : failed(code.error());
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

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const QStringList a = QCoreApplication::arguments().mid(1);
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
