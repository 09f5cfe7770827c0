// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/support/TestSite.h"

#include "core/services/BookService.h"
#include "core/services/SignIn.h"
#include "core/services/UserService.h"
#include "core/services/WorkSessionService.h"

#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

#include <stdexcept>

namespace dc::test {

crypto::SecureBuffer secret(std::string_view text) {
    return crypto::SecureBuffer::copyOf(text);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        throw std::runtime_error("cannot write test file");
    }
}

int runFaultAgent(const QStringList& arguments) {
    QProcess agent;
    agent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    agent.start(QStringLiteral(DOICHIEU_FAULT_AGENT), arguments);
    if (!agent.waitForFinished(120000) || agent.exitStatus() != QProcess::NormalExit) {
        agent.kill();
        return -1;
    }
    return agent.exitCode();
}

TestSite::TestSite(core::SiteKind kind) {
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot create a temporary folder");
    }
    core::SiteSetupRequest request;
    request.databasePath = m_dir.filePath(QStringLiteral("site.db"));
    request.kind = kind;
    request.siteName =
        kind == core::SiteKind::Hub ? QStringLiteral("Tỉnh Đoàn Bình Dương") : QStringLiteral("Phường Phú Cường");
    request.adminUserName = QString::fromLatin1(kSupervisor);
    request.adminDisplayName = QStringLiteral("Trần Văn Giám");
    request.adminPassword = secret(kSupervisorPassword);
    request.kdf = crypto::kArgon2Floor;
    auto outcome = core::createSite(std::move(request));
    if (!outcome) {
        throw std::runtime_error("cannot create the test site: " + outcome.error().detail.toStdString());
    }
    m_paths = core::SitePaths::forDatabase(m_dir.filePath(QStringLiteral("site.db")));
    m_databaseId = outcome->databaseId;
    m_recoveryCode = std::move(outcome->recoveryCode);
}

std::unique_ptr<core::Session> TestSite::signIn(const QString& user, std::string_view password,
                                                core::Clock clock) const {
    core::SignIn signIn(std::move(clock));
    auto session = signIn.signIn(m_paths.database, user, secret(password));
    if (!session) {
        ADD_FAILURE() << "sign-in of a test account failed: " << core::errorCodeName(session.error().code) << " "
                      << session.error().detail.toStdString();
        return nullptr;
    }
    return std::move(session).value();
}

std::unique_ptr<core::Session> TestSite::signInSupervisor() const {
    return signIn(QString::fromLatin1(kSupervisor), kSupervisorPassword);
}

void TestSite::addUser(const QString& user, std::string_view password, bool supervisor,
                       const QString& displayName) const {
    auto session = signInSupervisor();
    ASSERT_TRUE(session);
    core::NewAccount account{user, displayName, supervisor ? core::Role::Supervisor : core::Role::Volunteer,
                             secret(password)};
    auto added = core::UserService::addUser(*session, account);
    ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
}

qint64 TestSite::addBook(int firstEntry, int lastEntry, const QString& number, int year) const {
    auto session = signInSupervisor();
    auto book = core::BookService::createBook(*session,
                                              core::NewBook{QStringLiteral("Phường Phú Cường"), core::RecordType::Birth,
                                                            number, year, year, firstEntry, lastEntry});
    if (!book) {
        ADD_FAILURE() << "cannot register a test book: " << book.error().detail.toStdString();
        return 0;
    }
    return book->id;
}

std::unique_ptr<core::Session> TestSite::signInPair() const {
    auto admin = signInSupervisor();
    auto users = core::UserService::listUsers(*admin);
    const bool haveLan = std::any_of(users->begin(), users->end(),
                                     [](const core::UserAccount& u) { return u.userName == QLatin1String("lan"); });
    admin.reset();
    if (!haveLan) {
        addUser(QStringLiteral("lan"), kLanPassword);
        addUser(QStringLiteral("minh"), kMinhPassword);
    }
    return signInPair(QStringLiteral("lan"), kLanPassword, QStringLiteral("minh"), kMinhPassword);
}

std::unique_ptr<core::Session> TestSite::signInPair(const QString& first, std::string_view firstPassword,
                                                    const QString& second, std::string_view secondPassword,
                                                    core::Clock clock) const {
    auto session = signIn(first, firstPassword, clock);
    if (!session) {
        return nullptr;
    }
    auto partner = core::SignIn(clock).addPartner(*session, second, secret(secondPassword));
    if (!partner) {
        ADD_FAILURE() << "partner sign-in failed: " << core::errorCodeName(partner.error().code);
        return nullptr;
    }
    auto started = core::WorkSessionService::start(*session, session->user().id);
    if (!started) {
        ADD_FAILURE() << "work session did not start: " << core::errorCodeName(started.error().code);
        return nullptr;
    }
    return session;
}

} // namespace dc::test
