// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/CertificateGateway.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace dc::core::gateways {

QHash<QString, int> CertificateGateway::numbersOf(const QString& campaign) {
    auto s = m_db.prepare("SELECT person_uuid, number FROM hub_certificates WHERE campaign = ?1");
    s.bind(1, campaign);
    QHash<QString, int> out;
    while (s.step()) {
        out.insert(s.text(0), s.integer(1));
    }
    return out;
}

int CertificateGateway::highestNumber(const QString& campaign) {
    auto s = m_db.prepare("SELECT coalesce(max(number), 0) FROM hub_certificates WHERE campaign = ?1");
    s.bind(1, campaign);
    return s.step() ? s.integer(0) : 0;
}

void CertificateGateway::insert(const CertificateRow& row) {
    auto s = m_db.prepare("INSERT INTO hub_certificates (campaign, number, person_uuid, issued_at, issued_by) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)");
    s.bind(1, row.campaign).bind(2, row.number).bind(3, row.personUuid).bind(4, row.issuedAt).bind(5, row.issuedBy);
    s.run();
}

} // namespace dc::core::gateways
