// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QHash>
#include <QString>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// A certificate number given at the hub (schema 19).
struct CertificateRow {
    QString campaign; // the campaign's name
    int number = 0;   // 1, 2, … per campaign
    QString personUuid;
    QString issuedAt; // stored UTC
    QString issuedBy; // the user name of the province account
};

// The only SQL of `hub_certificates`.
class CertificateGateway {
public:
    explicit CertificateGateway(store::Database& db) : m_db(db) {}

    // person UUID → number, for every person numbered in `campaign`.
    [[nodiscard]] QHash<QString, int> numbersOf(const QString& campaign);
    // The highest number given in `campaign`, 0 when none.
    [[nodiscard]] int highestNumber(const QString& campaign);
    // Keeps a new number (the caller holds the transaction); a number or person given twice in a campaign throws.
    void insert(const CertificateRow& row);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
