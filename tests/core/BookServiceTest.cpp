// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/BookService.h"
#include "core/services/DemoSite.h"
#include "core/services/SignIn.h"
#include "tests/support/TestSite.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using dc::core::BookService;
using dc::core::ErrorCode;
using dc::core::NewBook;
using dc::core::RecordType;
using dc::test::TestSite;

namespace {

const QString kCommune = QStringLiteral("Phường Phú Cường");

TEST(BookServiceTest, SupervisorRegistersAndEveryoneLists) {
    TestSite site;
    site.addUser(QStringLiteral("lan"), "hoa-sen-no-sang-41");
    auto admin = site.signInSupervisor();
    auto book =
        BookService::createBook(*admin, NewBook{kCommune, RecordType::Birth, QStringLiteral("01"), 1998, 0, 1, 412});
    ASSERT_TRUE(book.ok()) << book.error().detail.toStdString();
    EXPECT_EQ(book->yearTo, 1998);
    auto volunteer = site.signIn(QStringLiteral("lan"), "hoa-sen-no-sang-41");
    auto books = BookService::listBooks(*volunteer);
    ASSERT_TRUE(books.ok());
    ASSERT_EQ(books->size(), 1u);
    EXPECT_EQ(books->at(0).commune, kCommune);
    EXPECT_EQ(books->at(0).lastEntry, 412);
    EXPECT_TRUE(books->at(0).open);
    EXPECT_EQ(BookService::createBook(*volunteer, NewBook{kCommune, RecordType::Death, QStringLiteral("01"), 2000})
                  .error()
                  .code,
              ErrorCode::NotPermitted);
}

TEST(BookServiceTest, BadBooksAreRefused) {
    TestSite site;
    auto admin = site.signInSupervisor();
    const NewBook bad[] = {
        {QString(), RecordType::Birth, QStringLiteral("01"), 1998},
        {kCommune, RecordType::Birth, QStringLiteral("  "), 1998},
        {kCommune, RecordType::Birth, QStringLiteral("01"), 1899},
        {kCommune, RecordType::Birth, QStringLiteral("01"), 2000, 1999},
        {kCommune, RecordType::Birth, QStringLiteral("01"), 2999},
        {kCommune, RecordType::Birth, QStringLiteral("01"), 1998, 1998, 0},
        {kCommune, RecordType::Birth, QStringLiteral("01"), 1998, 1998, 50, 10},
    };
    for (const NewBook& book : bad) {
        EXPECT_EQ(BookService::createBook(*admin, book).error().code, ErrorCode::InvalidInput);
    }
    ASSERT_TRUE(BookService::createBook(*admin, NewBook{kCommune, RecordType::Birth, QStringLiteral("01"), 1998}).ok());
    EXPECT_EQ(
        BookService::createBook(*admin, NewBook{kCommune, RecordType::Birth, QStringLiteral("01"), 1998}).error().code,
        ErrorCode::InvalidInput);
    EXPECT_EQ(BookService::listBooks(*admin)->size(), 1u);
}

TEST(DemoSiteTest, DemoAccountsSignInAndBooksAreThere) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    ASSERT_TRUE(dc::core::ensureDemoSite(path).ok());
    ASSERT_TRUE(dc::core::ensureDemoSite(path).ok()); // a second start reuses it
    for (const auto& account : dc::core::demoAccounts()) {
        auto session =
            dc::core::SignIn().signIn(path, QString::fromLatin1(account.userName), dc::test::secret(account.password));
        ASSERT_TRUE(session.ok()) << account.userName;
        EXPECT_EQ(session.value()->user().role, account.role);
        EXPECT_TRUE(session.value()->siteName().contains(QLatin1String("DEMO")));
        EXPECT_EQ(BookService::listBooks(*session.value())->size(), 4u);
    }
}

} // namespace
