// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of a training site's tables (schema 24): `training_pairs`, `training_books` and `training_keys`.
// The books themselves are ordinary rows of `books` (BookGateway). Functions throw store::StoreError.
class TrainingGateway {
public:
    explicit TrainingGateway(store::Database& db) : m_db(db) {}

    struct Pair {
        int number = 0;
        qint64 memberA = 0; // users.id
        qint64 memberB = 0;
    };
    void insertPair(const Pair& pair);
    // By number.
    [[nodiscard]] std::vector<Pair> pairs();
    [[nodiscard]] std::optional<Pair> pair(int number);
    // The pair `userId` belongs to, if any.
    [[nodiscard]] std::optional<Pair> pairOf(qint64 userId);

    struct Book {
        qint64 bookId = 0;
        int pairNumber = 0;
        quint64 seed = 0;
        QByteArray content; // core/training's bookToJson
        QString addedAt;
    };
    void insertBook(const Book& book);
    [[nodiscard]] std::optional<Book> book(qint64 bookId);
    // The pair a training book is for (nullopt: not a training book). For the logging path: reads no content.
    [[nodiscard]] std::optional<int> pairOfBook(qint64 bookId);
    // By book id; every pair's when `pairNumber` is nullopt.
    [[nodiscard]] std::vector<Book> books(std::optional<int> pairNumber);

    // The keys the logging screen counted for a check (set again: the newer count wins).
    void setKeys(const QString& checkUuid, int keys);
    [[nodiscard]] std::optional<int> keys(const QString& checkUuid);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
