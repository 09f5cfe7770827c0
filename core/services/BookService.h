// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/domain/RecordType.h"
#include "core/services/Session.h"

#include <QString>

#include <optional>
#include <vector>

namespace dc::core {

using domain::RecordType;
using domain::recordTypeFromKey;
using domain::recordTypeKey;

// A paper register book at the commune: a book number (quyển số) for a year or a run of years.
struct Book {
    qint64 id = 0;
    QString uuid;
    QString commune;
    RecordType recordType = RecordType::Birth;
    QString bookNumber;
    int yearFrom = 0;
    int yearTo = 0;
    std::optional<int> firstEntry;
    std::optional<int> lastEntry;
    bool open = true;
    QString createdAt;
};

struct NewBook {
    QString commune;
    RecordType recordType = RecordType::Birth;
    QString bookNumber;
    int yearFrom = 0;
    int yearTo = 0; // 0: the same as yearFrom
    std::optional<int> firstEntry;
    std::optional<int> lastEntry;
};

// Register books. Supervisors register books; anyone signed in lists them. Opening and closing books for
// a pair's work, and their progress, come with the checking session.
class BookService {
public:
    // InvalidInput for an empty commune or book number, years outside 1900..this year or reversed, entry
    // numbers below 1 or reversed; UserExists is not used: a book registered twice is InvalidInput.
    [[nodiscard]] static Result<Book> createBook(Session& session, const NewBook& book);
    // Open books first, then by commune, record type, year and book number. A commune's: WrongSiteKind at a hub (it
    // keeps no register books of its own), as for listBooksWithProgress.
    [[nodiscard]] static Result<std::vector<Book>> listBooks(Session& session);
    // Supervisors only. A closed book takes no new entries (its log stays); reopening is for a book closed too early.
    [[nodiscard]] static Result<Book> closeBook(Session& session, qint64 bookId);
    [[nodiscard]] static Result<Book> reopenBook(Session& session, qint64 bookId);
    // For the book picker: each book with how many entries are logged and the highest entry number, in one query. A
    // trainee sees only its own pair's training books (access::picksBook).
    struct BookWithProgress {
        Book book;
        int logged = 0;
        int lastEntryNumber = 0;
    };
    [[nodiscard]] static Result<std::vector<BookWithProgress>> listBooksWithProgress(Session& session,
                                                                                     bool openOnly = true);
};

} // namespace dc::core
