// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Clock.h"
#include "core/domain/EntryValidator.h"
#include "core/services/Session.h"
#include "core/services/SiteSetup.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <string_view>

namespace dc::test {

// A real site in a fresh temporary folder: an SQLCipher database, its keyring and a supervisor account (a province
// account at a hub).
// Uses the RFC 9106 floor for Argon2id (the weakest the program allows) so tests stay quick.
class TestSite {
public:
    static constexpr const char* kSupervisor = "giamsat";
    static constexpr const char* kSupervisorPassword = "song-sai-gon-chay-mai-7";

    TestSite() : TestSite(core::SiteKind::Commune) {}
    // A province hub ("Tỉnh Đoàn Bình Dương") when `kind` is Hub: its first account, kSupervisor, is then a province
    // account.
    explicit TestSite(core::SiteKind kind);

    [[nodiscard]] QString dir() const { return m_dir.path(); }
    [[nodiscard]] const core::SitePaths& paths() const { return m_paths; }
    [[nodiscard]] const QString& databaseId() const { return m_databaseId; }
    // The recovery code shown at set-up, grouped.
    [[nodiscard]] const crypto::SecureBuffer& recoveryCode() const { return m_recoveryCode; }

    [[nodiscard]] std::unique_ptr<core::Session> signInSupervisor() const;
    [[nodiscard]] std::unique_ptr<core::Session> signIn(const QString& user, std::string_view password,
                                                        core::Clock clock = core::systemClock()) const;
    // Adds an account through the service, signed in as the supervisor.
    void addUser(const QString& user, std::string_view password, bool supervisor = false,
                 const QString& displayName = {}) const;
    // Registers a book through the service (as the supervisor) and returns its id.
    qint64 addBook(int firstEntry = 1, int lastEntry = 500, const QString& number = QStringLiteral("01"),
                   int year = 1998) const;
    // Two volunteers "lan" and "minh" (added on first use), signed in as a pair with a work session running
    // ("lan" reads first).
    [[nodiscard]] std::unique_ptr<core::Session> signInPair() const;
    // Any two volunteers already added, signed in as a pair with a work session running (`first` reads first).
    [[nodiscard]] std::unique_ptr<core::Session> signInPair(const QString& first, std::string_view firstPassword,
                                                            const QString& second, std::string_view secondPassword,
                                                            core::Clock clock = core::systemClock()) const;
    static constexpr const char* kLanPassword = "hoa-sen-no-sang-41";
    static constexpr const char* kMinhPassword = "trang-len-doi-thong-86";

private:
    QTemporaryDir m_dir;
    core::SitePaths m_paths;
    QString m_databaseId;
    crypto::SecureBuffer m_recoveryCode;
};

[[nodiscard]] crypto::SecureBuffer secret(std::string_view text);
// Runs tests/support/FaultAgent.cpp with `arguments` and returns its exit code (-1 if it did not exit normally).
[[nodiscard]] int runFaultAgent(const QStringList& arguments);
[[nodiscard]] QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

// The checking rules most tests log under: registers from 1 June 2017 to the campaign's last day, 31 December 2022.
inline const core::domain::ValidationContext kRules{QDate(2017, 6, 1), QDate(2022, 12, 31)};
// TestSite::kSupervisor as a QString.
inline const QString kSupervisorName = QString::fromLatin1(TestSite::kSupervisor);

} // namespace dc::test
