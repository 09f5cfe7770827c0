// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/BookGateway.h"

#include "core/store/Database.h"

namespace dc::core::gateways {

namespace {

// Columns: id, uuid, commune, record_type, book_number, year_from, year_to, first_entry, last_entry, status,
// created_at — the one mapping of a books row.
Book readBook(const store::Statement& s) {
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
    return b;
}

} // namespace

void BookGateway::insert(const QString& siteUuid, qint64 createdBy, Book& book) {
    auto insert = m_db.prepare(
        "INSERT INTO books (uuid, site_uuid, commune, record_type, book_number, year_from, year_to, first_entry, "
        "last_entry, status, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
        "RETURNING id");
    insert.bind(1, book.uuid)
        .bind(2, siteUuid)
        .bind(3, book.commune)
        .bind(4, recordTypeKey(book.recordType))
        .bind(5, book.bookNumber)
        .bind(6, book.yearFrom)
        .bind(7, book.yearTo)
        .bind(10, book.open ? QStringLiteral("open") : QStringLiteral("closed"))
        .bind(11, createdBy)
        .bind(12, book.createdAt);
    book.firstEntry ? insert.bind(8, *book.firstEntry) : insert.bindNull(8);
    book.lastEntry ? insert.bind(9, *book.lastEntry) : insert.bindNull(9);
    (void)insert.step();
    book.id = insert.int64(0);
    insert.run();
}

std::optional<Book> BookGateway::byId(qint64 bookId) {
    auto s = m_db.cached("SELECT id, uuid, commune, record_type, book_number, year_from, year_to, first_entry, "
                         "last_entry, status, created_at FROM books WHERE id = ?1");
    s->bind(1, bookId);
    if (!s->step()) {
        return std::nullopt;
    }
    return readBook(*s);
}

std::optional<QString> BookGateway::uuidOf(qint64 bookId) {
    auto s = m_db.cached("SELECT uuid FROM books WHERE id = ?1");
    s->bind(1, bookId);
    if (!s->step()) {
        return std::nullopt;
    }
    return s->text(0);
}

std::vector<Book> BookGateway::all() {
    auto s = m_db.cached("SELECT id, uuid, commune, record_type, book_number, year_from, year_to, first_entry, "
                         "last_entry, status, created_at FROM books ORDER BY status = 'closed', commune, "
                         "CASE record_type WHEN 'birth' THEN 0 WHEN 'marriage' THEN 1 ELSE 2 END, year_from, "
                         "book_number");
    std::vector<Book> books;
    while (s->step()) {
        books.push_back(readBook(*s));
    }
    return books;
}

void BookGateway::setOpen(qint64 bookId, bool open, qint64 by, const QString& at) {
    auto update = m_db.prepare("UPDATE books SET status = ?2, closed_by = ?3, closed_at = ?4 WHERE id = ?1");
    update.bind(1, bookId).bind(2, open ? QStringLiteral("open") : QStringLiteral("closed"));
    if (open) {
        update.bindNull(3).bindNull(4);
    } else {
        update.bind(3, by).bind(4, at);
    }
    update.run();
}

} // namespace dc::core::gateways
