// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The register inventory at a hub (`hub_registers`, migration 21; issue 16 part 3): each commune's paper books by
// record type, year and number with the range of entries they hold, as the office entered them. The only SQL of that
// table. Functions throw store::StoreError (a book already there: a constraint error; InventoryService looks first).
class RegisterGateway {
public:
    explicit RegisterGateway(store::Database& db) : m_db(db) {}

    struct Register {
        QString district;
        QString commune;
        QString recordType; // "birth", "marriage", "death"
        int year = 0;       // the book's first year
        QString bookNumber;
        int first = 0;
        int last = 0;
        QString enteredBy; // user name
        QString enteredAt;
    };

    void insert(const Register& r);
    [[nodiscard]] bool exists(const QString& district, const QString& commune, const QString& recordType, int year,
                              const QString& bookNumber);
    // Ordered by district, commune, record type, year, book number; a district and/or commune narrows (empty: all).
    [[nodiscard]] std::vector<Register> list(const QString& district, const QString& commune);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
