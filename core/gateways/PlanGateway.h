// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// A volunteer of the saved allocation (schema 13): their commune, the user name chosen there, their roster days.
struct PlanRow {
    QString personUuid;
    QString fullName; // from persons
    QString district;
    QString commune;
    QString userName;
    QString nearness;
    QString savedAt;
    std::vector<QDate> days; // sorted
};

// The only SQL of `hub_plan` and `hub_plan_days`.
class PlanGateway {
public:
    explicit PlanGateway(store::Database& db) : m_db(db) {}

    // Every saved row, by district, commune and user name, with its days.
    [[nodiscard]] std::vector<PlanRow> all();
    // The rows of one commune, by user name, with their days.
    [[nodiscard]] std::vector<PlanRow> ofCommune(const QString& district, const QString& commune);
    // Replaces the saved plan with `rows` (the caller holds the transaction).
    void replaceAll(const std::vector<PlanRow>& rows);

private:
    std::vector<PlanRow> select(const char* sql, const QString& district, const QString& commune);
    store::Database& m_db;
};

} // namespace dc::core::gateways
