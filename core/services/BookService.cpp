// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/BookService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/Uuid.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/CheckGateway.h"
#include "core/services/SiteAccess.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

namespace dc::core {

namespace {

constexpr int kFirstRegisterYear = 1900;
constexpr int kMaxTextLength = 100;

Result<Book> setStatus(Session& session, qint64 bookId, bool open) {
    return access::guarded([&]() -> Result<Book> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "open or close books"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Supervisor, open ? "reopen books" : "close books");
            !allowed) {
            return allowed.error();
        }
        gateways::BookGateway books(session.database());
        auto book = books.byId(bookId);
        if (!book) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no such book"));
        }
        if (book->open == open) {
            return *book;
        }
        store::Transaction transaction(session.database());
        books.setOpen(bookId, open, session.user().id, toStoredTime(session.now()));
        access::record(session, open ? QStringLiteral("book.reopened") : QStringLiteral("book.closed"), book->uuid);
        transaction.commit();
        book->open = open;
        return *book;
    });
}

} // namespace

Result<Book> BookService::createBook(Session& session, const NewBook& request) {
    return access::guarded([&]() -> Result<Book> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "register books"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Supervisor, "register books"); !allowed) {
            return allowed.error();
        }
        Book book;
        book.commune = request.commune.normalized(QString::NormalizationForm_C).simplified();
        book.bookNumber = request.bookNumber.normalized(QString::NormalizationForm_C).simplified();
        book.recordType = request.recordType;
        book.yearFrom = request.yearFrom;
        book.yearTo = request.yearTo == 0 ? request.yearFrom : request.yearTo;
        book.firstEntry = request.firstEntry;
        book.lastEntry = request.lastEntry;
        const int thisYear = sitetime::dayOf(session.now()).year();
        if (book.commune.isEmpty() || book.commune.size() > kMaxTextLength || book.bookNumber.isEmpty() ||
            book.bookNumber.size() > kMaxTextLength) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a book needs a commune and a book number"));
        }
        if (book.yearFrom < kFirstRegisterYear || book.yearTo > thisYear || book.yearTo < book.yearFrom) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("book years must be within 1900..this year"));
        }
        if ((book.firstEntry && *book.firstEntry < 1) || (book.lastEntry && *book.lastEntry < 1) ||
            (book.firstEntry && book.lastEntry && *book.lastEntry < *book.firstEntry)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("entry numbers start at 1 and do not go back"));
        }
        book.uuid = newRowUuid();
        book.createdAt = toStoredTime(session.now());
        book.open = true;
        store::Transaction transaction(session.database());
        try {
            gateways::BookGateway(session.database()).insert(session.databaseId(), session.user().id, book);
        } catch (const store::StoreError& e) {
            if (e.isConstraintViolation()) {
                return makeError(ErrorCode::InvalidInput, QStringLiteral("that book is already registered"));
            }
            throw;
        }
        access::record(session, QStringLiteral("book.registered"), book.uuid,
                       {{QStringLiteral("recordType"), recordTypeKey(book.recordType)},
                        {QStringLiteral("bookNumber"), book.bookNumber},
                        {QStringLiteral("yearFrom"), book.yearFrom}});
        transaction.commit();
        return book;
    });
}

Result<std::vector<Book>> BookService::listBooks(Session& session) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "list register books"); !kind) {
        return kind.error();
    }
    return access::guarded(
        [&]() -> Result<std::vector<Book>> { return gateways::BookGateway(session.database()).all(); });
}

Result<Book> BookService::closeBook(Session& session, qint64 bookId) {
    return setStatus(session, bookId, false);
}

Result<Book> BookService::reopenBook(Session& session, qint64 bookId) {
    return setStatus(session, bookId, true);
}

Result<std::vector<BookService::BookWithProgress>> BookService::listBooksWithProgress(Session& session, bool openOnly) {
    auto books = listBooks(session);
    if (!books) {
        return books.error();
    }
    return access::guarded([&]() -> Result<std::vector<BookWithProgress>> {
        const auto progress = gateways::CheckGateway(session.database()).loggedPerBook();
        std::vector<BookWithProgress> out;
        for (Book& book : books.value()) {
            if ((openOnly && !book.open) || !access::picksBook(session, book.id)) {
                continue;
            }
            const auto p = progress.value(book.id);
            out.push_back(BookWithProgress{std::move(book), p.logged, p.highestEntry});
        }
        return out;
    });
}

} // namespace dc::core
