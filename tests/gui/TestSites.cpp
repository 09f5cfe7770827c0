// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/gui/TestSites.h"

#include "core/services/BookService.h"
#include "core/services/SignInThrottle.h"
#include "core/store/Migrations.h"
#include "tests/support/TestSite.h"

#include <QFile>
#include <QSettings>

namespace dc::test {

namespace {

constexpr const char* kVolunteer = "lan";
constexpr const char* kVolunteerPassword = "mat-khau-cua-lan";

bool addBooks(const TestSite& site) {
    auto session = site.signInSupervisor();
    if (!session) {
        return false;
    }
    const QString commune = QStringLiteral("Phường Phú Cường");
    const core::NewBook books[] = {
        {commune, core::RecordType::Birth, QStringLiteral("01"), 1998, 1998, 1, 412},
        {commune, core::RecordType::Marriage, QStringLiteral("01"), 2005, 2006, 1, 188},
        {commune, core::RecordType::Death, QStringLiteral("02"), 2010, 2010, std::nullopt, std::nullopt},
    };
    for (const core::NewBook& book : books) {
        if (!core::BookService::createBook(*session, book)) {
            return false;
        }
    }
    return true;
}

bool flipByte(const QString& path, qint64 offset) {
    QByteArray bytes = readAll(path);
    if (bytes.size() <= offset) {
        return false;
    }
    bytes[offset] = static_cast<char>(bytes.at(offset) ^ 0x5a);
    writeAll(path, bytes);
    return true;
}

} // namespace

TestSites::TestSites(QSettings& settings, QObject* parent) : QObject(parent), m_settings(settings) {}

TestSites::~TestSites() = default;

QVariantMap TestSites::site(const QString& kind) {
    if (auto found = m_described.find(kind); found != m_described.end()) {
        return found->second;
    }
    QVariantMap described;
    try {
        described = make(kind);
    } catch (const std::exception& error) {
        qWarning("TestSites: cannot make the '%s' site: %s", qPrintable(kind), error.what());
        return {};
    }
    if (!described.isEmpty()) {
        m_described[kind] = described;
    }
    return described;
}

void TestSites::resetSettings() {
    m_settings.clear();
    m_settings.sync();
}

QVariantMap TestSites::make(const QString& kind) {
    if (kind == QLatin1String("missing")) {
        return {{QStringLiteral("databasePath"), m_scratch.filePath(QStringLiteral("nowhere/site.db"))},
                {QStringLiteral("userName"), QString::fromLatin1(TestSite::kSupervisor)},
                {QStringLiteral("password"), QString::fromLatin1(TestSite::kSupervisorPassword)}};
    }
    auto site = std::make_unique<TestSite>();
    const core::SitePaths& paths = site->paths();
    QVariantMap described{
        {QStringLiteral("databasePath"), paths.database},
        {QStringLiteral("userName"), QString::fromLatin1(TestSite::kSupervisor)},
        {QStringLiteral("password"), QString::fromLatin1(TestSite::kSupervisorPassword)},
        {QStringLiteral("displayName"), QStringLiteral("Trần Văn Giám")},
        {QStringLiteral("siteName"), QStringLiteral("Phường Phú Cường")},
        {QStringLiteral("recoveryCode"), QString::fromLatin1(site->recoveryCode().chars())},
    };
    bool made = true;
    if (kind == QLatin1String("good")) {
        site->addUser(QString::fromLatin1(kVolunteer), kVolunteerPassword);
        made = addBooks(*site);
        described.insert(QStringLiteral("volunteerName"), QString::fromLatin1(kVolunteer));
        described.insert(QStringLiteral("volunteerPassword"), QString::fromLatin1(kVolunteerPassword));
        described.insert(QStringLiteral("volunteerDisplayName"), QString::fromLatin1(kVolunteer));
    } else if (kind == QLatin1String("noKeyring")) {
        made = QFile::remove(paths.keyring);
    } else if (kind == QLatin1String("damagedKeyring")) {
        writeAll(paths.keyring,
                 QByteArrayLiteral("{\"format\": \"doichieu-keyring\", \"version\": 1, \"slots\": [tor"));
    } else if (kind == QLatin1String("tooNew")) {
        auto session = site->signInSupervisor();
        made = session != nullptr;
        if (made) {
            session->database().exec("PRAGMA user_version = " + std::to_string(core::store::latestSchemaVersion() + 1));
            session.reset(); // closes (and checkpoints) the database
        }
    } else if (kind == QLatin1String("corrupt")) {
        made = flipByte(paths.database, 64);
    } else if (kind == QLatin1String("throttled")) {
        core::SignInThrottle throttle(paths.signInState, core::systemClock());
        for (int i = 0; i < core::ThrottlePolicy{}.freeAttempts; ++i) {
            throttle.recordFailure(QString::fromLatin1(TestSite::kSupervisor));
        }
    } else {
        qWarning("TestSites: unknown kind of site '%s'", qPrintable(kind));
        return {};
    }
    if (!made) {
        qWarning("TestSites: could not prepare the '%s' site", qPrintable(kind));
        return {};
    }
    m_sites[kind] = std::move(site);
    return described;
}

} // namespace dc::test
