// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of `hub_wipes` (schema 23, issue 17 part 6; docs/HUB.md "The end of the campaign"): the wipe statements
// a hub recorded, one row per statement. Callers hold the transaction; functions throw store::StoreError.
class WipeGateway {
public:
    explicit WipeGateway(store::Database& db) : m_db(db) {}

    struct Wipe {
        QString statementId; // the statement's file id (exchange::fileId)
        QString siteUuid;
        qint64 epoch = 0;
        QString district;
        QString commune;
        qint64 lastSequence = 0; // the newest bundle the hub acknowledged, as the statement says
        qint64 lastEvent = 0;    // the chain up to this event is at the hub
        qint64 files = 0;
        qint64 bytes = 0;
        QString wipedAt;
        QString recordedAt;
        QString recordedBy; // the province account's UUID
        QByteArray statement;
    };
    // False when that statement was already recorded.
    bool insert(const Wipe& wipe);
    // The newest wipe recorded of the site (by its wiped_at), without the statement's bytes.
    [[nodiscard]] std::optional<Wipe> newestOf(const QString& siteUuid);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
