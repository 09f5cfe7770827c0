// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/exchange/BundlePayload.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
class Statement;
} // namespace dc::core::store

namespace dc::core::gateways {

// The only SQL of the workstation's side of the exchange (docs/HUB.md "Bundles", "Receipts"): the bundles it wrote
// (`bundle_exports`), the receipts it recorded (`receipts`), the district's decisions they carried
// (`district_decisions`), and the reads of the travelling rows for a bundle's payload — every local id translated to
// a UUID by a join, in the column order of the payload's table specs (exchange/BundlePayload.h). Callers hold the
// transaction; functions throw store::StoreError.
class ExchangeGateway {
public:
    explicit ExchangeGateway(store::Database& db) : m_db(db) {}

    // For each travelling table (by its payload key), the largest local row id: what a bundle covers.
    using Watermarks = QJsonObject;
    [[nodiscard]] Watermarks currentWatermarks();
    // The rows after `from` and up to `to` (both watermarks; a key missing from `from` counts as 0), users and books
    // all of them, into `payload` (events are not read here: AuditGateway's).
    // `checkIds` receives the local id of each check read, in the payload's order (to split a large export).
    void readRows(const Watermarks& from, const Watermarks& to, exchange::BundlePayload& payload,
                  std::vector<qint64>& checkIds);

    struct Export {
        qint64 sequence = 0;
        qint64 epoch = 0;
        QString bundleId;
        qint64 firstEvent = 0;
        qint64 lastEvent = 0;
        Watermarks watermarks;
        qint64 checks = 0;
        QString fileName;
        QString exportedAt;
    };
    void insertExport(const Export& row);
    [[nodiscard]] std::optional<Export> lastExport();
    [[nodiscard]] std::optional<Export> exportBySequence(qint64 sequence);
    // The file name of every bundle exported, in sequence order (the end of the campaign looks for them).
    [[nodiscard]] std::vector<QString> exportFileNames();

    struct Receipt {
        qint64 sequence = 0;
        qint64 lastEvent = 0;
        qint64 checkpointSize = 0;
        qint64 entries = 0;
        QString issuedAt;
        QString receivedAt;
        QByteArray content;
    };
    // False when that receipt (sequence, issuedAt) was already recorded.
    bool insertReceipt(const Receipt& row);
    // The receipt acknowledging the highest sequence (the newest of those).
    [[nodiscard]] std::optional<Receipt> latestReceipt();

    struct Decision {
        QString uuid;
        QString checkUuid;
        QString decision;
        QString note;
        QString decidedBy;
        QString decidedAt;
    };
    // False when it was already recorded.
    bool insertDecision(const Decision& decision, const QString& receivedAt);

    // Schema 20: the hub's explanation of a volunteer (compact JSON), kept unless a newer receipt's is held already.
    // Returns whether it was stored.
    bool putExplanation(const QString& userName, const QByteArray& explanation, qint64 receiptSequence,
                        const QString& issuedAt, const QString& receivedAt);
    struct Explanation {
        QByteArray json;
        qint64 receiptSequence = 0;
        QString issuedAt;
        QString receivedAt;
    };
    [[nodiscard]] std::optional<Explanation> explanation(const QString& userName);
    [[nodiscard]] std::vector<Decision> decisions();

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
