// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/RegisterGateway.h"

#include "core/store/Database.h"

namespace dc::core::gateways {

void RegisterGateway::insert(const Register& r) {
    m_db.prepare("INSERT INTO hub_registers (district, commune, record_type, year, book_number, first_entry, "
                 "last_entry, entered_by, entered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, r.district)
        .bind(2, r.commune)
        .bind(3, r.recordType)
        .bind(4, r.year)
        .bind(5, r.bookNumber)
        .bind(6, r.first)
        .bind(7, r.last)
        .bind(8, r.enteredBy)
        .bind(9, r.enteredAt)
        .run();
}

bool RegisterGateway::exists(const QString& district, const QString& commune, const QString& recordType, int year,
                             const QString& bookNumber) {
    auto s = m_db.prepare("SELECT 1 FROM hub_registers WHERE district = ?1 AND commune = ?2 AND record_type = ?3 AND "
                          "book_number = ?4 AND year = ?5");
    s.bind(1, district).bind(2, commune).bind(3, recordType).bind(4, bookNumber).bind(5, year);
    return s.step();
}

std::vector<RegisterGateway::Register> RegisterGateway::list(const QString& district, const QString& commune) {
    auto s = m_db.prepare("SELECT district, commune, record_type, year, book_number, first_entry, last_entry, "
                          "entered_by, entered_at FROM hub_registers WHERE (?1 = '' OR district = ?1) AND (?2 = '' OR "
                          "commune = ?2) ORDER BY district, commune, record_type, year, book_number");
    s.bind(1, district).bind(2, commune);
    std::vector<Register> out;
    while (s.step()) {
        out.push_back({s.text(0), s.text(1), s.text(2), s.integer(3), s.text(4), s.integer(5), s.integer(6), s.text(7),
                       s.text(8)});
    }
    return out;
}

} // namespace dc::core::gateways
