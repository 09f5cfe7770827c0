// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/BookService.h"

#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of the table `books`, and its one row mapping. Functions throw store::StoreError (a book registered
// twice: a constraint violation).
class BookGateway {
public:
    explicit BookGateway(store::Database& db) : m_db(db) {}

    // Fills book.id.
    void insert(const QString& siteUuid, qint64 createdBy, Book& book);
    [[nodiscard]] std::optional<Book> byId(qint64 bookId);
    [[nodiscard]] std::optional<QString> uuidOf(qint64 bookId);
    // Open books first, then by commune, record type (birth, marriage, death), first year and book number.
    [[nodiscard]] std::vector<Book> all();
    // Open, or closed by `by` at `at`.
    void setOpen(qint64 bookId, bool open, qint64 by, const QString& at);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
