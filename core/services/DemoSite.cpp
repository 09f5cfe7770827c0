// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/DemoSite.h"

#include "core/services/BookService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteSetup.h"
#include "core/services/UserService.h"

#include <QFileInfo>

namespace dc::core {

namespace {

constexpr DemoAccount kDemoAccounts[] = {
    {"giamsat", "Trần Văn Giám", Role::Supervisor, "giamsat-demo-2022"},
    {"lan", "Nguyễn Thị Lan", Role::Volunteer, "lan-demo-2022"},
    {"minh", "Lê Quang Minh", Role::Volunteer, "minh-demo-2022"},
};

const QString kCommune = QStringLiteral("Phường Phú Cường");

crypto::SecureBuffer password(const DemoAccount& account) {
    return crypto::SecureBuffer::copyOf(std::string_view(account.password));
}

} // namespace

std::span<const DemoAccount> demoAccounts() {
    return kDemoAccounts;
}

Result<void> ensureDemoSite(const QString& databasePath) {
    if (QFileInfo::exists(databasePath)) {
        return {};
    }
    const DemoAccount& supervisor = kDemoAccounts[0];
    SiteSetupRequest request;
    request.databasePath = databasePath;
    request.siteName = kCommune + QStringLiteral(" (DEMO)");
    request.adminUserName = QString::fromLatin1(supervisor.userName);
    request.adminDisplayName = QString::fromUtf8(supervisor.displayName);
    request.adminPassword = password(supervisor);
    request.kdf = crypto::kArgon2Floor;
    request.demo = true;
    auto created = createSite(std::move(request));
    if (!created) {
        return created.error();
    }
    auto session = SignIn().signIn(databasePath, QString::fromLatin1(supervisor.userName), password(supervisor));
    if (!session) {
        return session.error();
    }
    for (const DemoAccount& account : demoAccounts().subspan(1)) {
        auto added = UserService::addUser(*session.value(), NewAccount{QString::fromLatin1(account.userName),
                                                                       QString::fromUtf8(account.displayName),
                                                                       account.role, password(account)});
        if (!added) {
            return added.error();
        }
    }
    const NewBook books[] = {
        {kCommune, RecordType::Birth, QStringLiteral("01"), 1998, 1998, 1, 412},
        {kCommune, RecordType::Birth, QStringLiteral("02"), 1998, 1998, 413, 760},
        {kCommune, RecordType::Marriage, QStringLiteral("01"), 2005, 2006, 1, 188},
        {kCommune, RecordType::Death, QStringLiteral("01"), 2010, 2012, std::nullopt, std::nullopt},
    };
    for (const NewBook& book : books) {
        auto added = BookService::createBook(*session.value(), book);
        if (!added) {
            return added.error();
        }
    }
    return {};
}

} // namespace dc::core
