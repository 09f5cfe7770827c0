// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/BookService.h"

#include "core/Clock.h"
#include "core/services/CheckRecords.h"
#include "core/services/SiteAccess.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <QDate>
#include <QHash>
#include <QUuid>

namespace dc::core {

namespace {
constexpr int kFirstRegisterYear = 1900;
constexpr int kMaxTextLength = 100;
} // namespace

Result<Book> BookService::createBook(Session& session, const NewBook& request) {
    return access::guarded([&]() -> Result<Book> {
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
        const int thisYear = QDate::currentDate().year();
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
        book.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        book.createdAt = toStoredTime(session.now());
        auto insert = session.database().prepare(
            "INSERT INTO books (uuid, site_uuid, commune, record_type, book_number, year_from, year_to, first_entry, "
            "last_entry, status, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'open', ?10, "
            "?11)");
        insert.bind(1, book.uuid)
            .bind(2, session.databaseId())
            .bind(3, book.commune)
            .bind(4, recordTypeKey(book.recordType))
            .bind(5, book.bookNumber)
            .bind(6, book.yearFrom)
            .bind(7, book.yearTo)
            .bind(10, session.user().id)
            .bind(11, book.createdAt);
        book.firstEntry ? insert.bind(8, *book.firstEntry) : insert.bindNull(8);
        book.lastEntry ? insert.bind(9, *book.lastEntry) : insert.bindNull(9);
        store::Transaction transaction(session.database());
        try {
            insert.run();
        } catch (const store::StoreError& e) {
            if (e.isConstraintViolation()) {
                return makeError(ErrorCode::InvalidInput, QStringLiteral("that book is already registered"));
            }
            throw;
        }
        auto id = session.database().prepare("SELECT last_insert_rowid()");
        (void)id.step();
        book.id = id.int64(0);
        access::record(session, QStringLiteral("book.registered"), book.uuid,
                       {{QStringLiteral("recordType"), recordTypeKey(book.recordType)},
                        {QStringLiteral("bookNumber"), book.bookNumber},
                        {QStringLiteral("yearFrom"), book.yearFrom}});
        transaction.commit();
        return book;
    });
}

Result<std::vector<Book>> BookService::listBooks(Session& session) {
    return access::guarded([&]() -> Result<std::vector<Book>> {
        auto s = session.database().prepare(
            "SELECT id, uuid, commune, record_type, book_number, year_from, year_to, first_entry, last_entry, status, "
            "created_at FROM books ORDER BY status = 'closed', commune, "
            "CASE record_type WHEN 'birth' THEN 0 WHEN 'marriage' THEN 1 ELSE 2 END, year_from, book_number");
        std::vector<Book> books;
        while (s.step()) {
            Book b;
            b.id = s.int64(0);
            b.uuid = s.text(1);
            b.commune = s.text(2);
            b.recordType = recordTypeFromKey(s.text(3)).value_or(RecordType::Birth);
            b.bookNumber = s.text(4);
            b.yearFrom = s.integer(5);
            b.yearTo = s.integer(6);
            if (!s.isNull(7)) {
                b.firstEntry = s.integer(7);
            }
            if (!s.isNull(8)) {
                b.lastEntry = s.integer(8);
            }
            b.open = s.text(9) == QLatin1String("open");
            b.createdAt = s.text(10);
            books.push_back(std::move(b));
        }
        return books;
    });
}

namespace {

Result<Book> setStatus(Session& session, qint64 bookId, bool open) {
    return access::guarded([&]() -> Result<Book> {
        if (auto allowed = access::requireRole(session, Role::Supervisor, open ? "reopen books" : "close books");
            !allowed) {
            return allowed.error();
        }
        auto book = checkrecords::loadBook(session.database(), bookId);
        if (!book) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no such book"));
        }
        if (book->open == open) {
            return *book;
        }
        store::Transaction transaction(session.database());
        auto update =
            session.database().prepare("UPDATE books SET status = ?2, closed_by = ?3, closed_at = ?4 WHERE id = ?1");
        update.bind(1, bookId).bind(2, open ? QStringLiteral("open") : QStringLiteral("closed"));
        if (open) {
            update.bindNull(3).bindNull(4);
        } else {
            update.bind(3, session.user().id).bind(4, toStoredTime(session.now()));
        }
        update.run();
        access::record(session, open ? QStringLiteral("book.reopened") : QStringLiteral("book.closed"), book->uuid);
        transaction.commit();
        book->open = open;
        return *book;
    });
}

} // namespace

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
        QHash<qint64, std::pair<int, int>> progress;
        // One row per book: the count kept beside entry_state, the highest entry from its primary key.
        auto s = session.database().prepare(
            "SELECT b.book_id, b.logged, (SELECT max(e.entry_number) FROM entry_state e WHERE e.book_id = b.book_id) "
            "FROM book_counts b");
        while (s.step()) {
            progress.insert(s.int64(0), {s.integer(1), s.integer(2)});
        }
        std::vector<BookWithProgress> out;
        for (Book& book : books.value()) {
            if (openOnly && !book.open) {
                continue;
            }
            const auto p = progress.value(book.id, {0, 0});
            out.push_back(BookWithProgress{std::move(book), p.first, p.second});
        }
        return out;
    });
}

} // namespace dc::core
