// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/TrainingGateway.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <span>

namespace dc::core::gateways {

namespace {

TrainingGateway::Pair pairFrom(const store::Statement& s) {
    return TrainingGateway::Pair{s.integer(0), s.int64(1), s.int64(2)};
}

TrainingGateway::Book bookFrom(const store::Statement& s) {
    TrainingGateway::Book book;
    book.bookId = s.int64(0);
    book.pairNumber = s.integer(1);
    book.seed = s.text(2).toULongLong();
    const std::vector<std::uint8_t> content = s.blob(3);
    book.content = QByteArray(reinterpret_cast<const char*>(content.data()), static_cast<qsizetype>(content.size()));
    book.addedAt = s.text(4);
    return book;
}

constexpr const char* kBookColumns = "SELECT book_id, pair_number, seed, content, added_at FROM training_books ";

} // namespace

void TrainingGateway::insertPair(const Pair& pair) {
    auto s = m_db.prepare("INSERT INTO training_pairs (pair_number, member_a, member_b) VALUES (?1, ?2, ?3)");
    s.bind(1, pair.number).bind(2, pair.memberA).bind(3, pair.memberB);
    s.run();
}

std::vector<TrainingGateway::Pair> TrainingGateway::pairs() {
    auto s = m_db.prepare("SELECT pair_number, member_a, member_b FROM training_pairs ORDER BY pair_number");
    std::vector<Pair> out;
    while (s.step()) {
        out.push_back(pairFrom(s));
    }
    return out;
}

std::optional<TrainingGateway::Pair> TrainingGateway::pair(int number) {
    auto s = m_db.prepare("SELECT pair_number, member_a, member_b FROM training_pairs WHERE pair_number = ?1");
    s.bind(1, number);
    if (!s.step()) {
        return std::nullopt;
    }
    return pairFrom(s);
}

std::optional<TrainingGateway::Pair> TrainingGateway::pairOf(qint64 userId) {
    auto s =
        m_db.prepare("SELECT pair_number, member_a, member_b FROM training_pairs WHERE member_a = ?1 OR member_b = ?1");
    s.bind(1, userId);
    if (!s.step()) {
        return std::nullopt;
    }
    return pairFrom(s);
}

void TrainingGateway::insertBook(const Book& book) {
    auto s = m_db.prepare(
        "INSERT INTO training_books (book_id, pair_number, seed, content, added_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    s.bind(1, book.bookId)
        .bind(2, book.pairNumber)
        .bind(3, QString::number(book.seed))
        .bindBlob(4, std::span(reinterpret_cast<const std::uint8_t*>(book.content.constData()),
                               static_cast<std::size_t>(book.content.size())))
        .bind(5, book.addedAt);
    s.run();
}

std::optional<TrainingGateway::Book> TrainingGateway::book(qint64 bookId) {
    auto s = m_db.prepare(std::string(kBookColumns) + "WHERE book_id = ?1");
    s.bind(1, bookId);
    if (!s.step()) {
        return std::nullopt;
    }
    return bookFrom(s);
}

std::optional<int> TrainingGateway::pairOfBook(qint64 bookId) {
    auto s = m_db.cached("SELECT pair_number FROM training_books WHERE book_id = ?1");
    s->bind(1, bookId);
    if (!s->step()) {
        return std::nullopt;
    }
    return s->integer(0);
}

std::vector<TrainingGateway::Book> TrainingGateway::books(std::optional<int> pairNumber) {
    auto s = m_db.prepare(std::string(kBookColumns) + "WHERE ?1 IS NULL OR pair_number = ?1 ORDER BY book_id");
    if (pairNumber) {
        s.bind(1, *pairNumber);
    } else {
        s.bindNull(1);
    }
    std::vector<Book> out;
    while (s.step()) {
        out.push_back(bookFrom(s));
    }
    return out;
}

void TrainingGateway::setKeys(const QString& checkUuid, int keys) {
    auto s = m_db.prepare("INSERT INTO training_keys (check_uuid, keys) VALUES (?1, ?2) "
                          "ON CONFLICT (check_uuid) DO UPDATE SET keys = excluded.keys");
    s.bind(1, checkUuid).bind(2, keys);
    s.run();
}

std::optional<int> TrainingGateway::keys(const QString& checkUuid) {
    auto s = m_db.prepare("SELECT keys FROM training_keys WHERE check_uuid = ?1");
    s.bind(1, checkUuid);
    if (!s.step()) {
        return std::nullopt;
    }
    return s.integer(0);
}

} // namespace dc::core::gateways
