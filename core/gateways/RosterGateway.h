// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of the roster tables (schema 12, issue 14): the workstation's `roster_days` and `roster_packages`, the
// hub's `hub_roster_packages`. Callers hold the transaction; functions throw store::StoreError.
class RosterGateway {
public:
    explicit RosterGateway(store::Database& db) : m_db(db) {}

    // The workstation.
    struct Applied {
        qint64 sequence = 0;
        QString fileId;
        QString campaign;
        qint64 volunteers = 0;
        QString appliedAt;
    };
    [[nodiscard]] std::optional<Applied> latestApplied();
    void insertApplied(const Applied& applied, qint64 appliedBy);
    [[nodiscard]] std::vector<QDate> days(qint64 userId);
    // Replaces the account's days; true when they changed.
    bool setDays(qint64 userId, const std::vector<QDate>& days);

    // The hub.
    [[nodiscard]] qint64 lastBuiltSequence(const QString& district, const QString& commune);
    struct Built {
        QString district;
        QString commune;
        qint64 sequence = 0;
        QString site;
        qint64 epoch = 0;
        QString fileId;
        qint64 volunteers = 0;
        QString builtAt;
        QString builtBy; // the account's UUID
    };
    void insertBuilt(const Built& built);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
