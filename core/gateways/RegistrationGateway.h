// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// A registration as stored (migration 11), with its person's name. Yes/no answers: 1, 0, or -1 for unknown (NULL).
struct RegistrationRow {
    QString personUuid;
    QString fullName; // from persons
    QString unit;
    QString idNumber;
    int birthYear = 0;
    QString sex;
    QString position;
    QString residence;
    QString idIssued;
    QString idPlace;
    QString phone;
    QString email;
    int agreesDates = -1;
    int acceptsAssignment = -1;
    int ownTransport = -1;
    int computer = -1;
    int inProvince = -1;
    int student = -1;
    QString preferredDistrict;
    QString preferredCommune;
    QString strengths;
    QString unavailableDays; // "2022-12-05,2022-12-06" or empty
    int sourceRow = 0;
    QString registeredBy;
    QString registeredAt;
    QString withdrawnAt; // empty unless withdrawn (schema 15)
    QString withdrawnReason;
};

// The only SQL of the table `registrations`. Callers hold the transaction (the person row is PersonGateway's);
// functions throw store::StoreError.
class RegistrationGateway {
public:
    explicit RegistrationGateway(store::Database& db) : m_db(db) {}

    void insert(const RegistrationRow& row);
    [[nodiscard]] std::optional<RegistrationRow> byIdNumber(const QString& idNumber);
    // Every registration, by unit, name and person.
    [[nodiscard]] std::vector<RegistrationRow> all();
    [[nodiscard]] std::optional<RegistrationRow> byPerson(const QString& personUuid);
    // Marks the person's registration withdrawn unless it already is; false when nothing changed.
    bool withdraw(const QString& personUuid, const QString& at, const QString& by, const QString& reason);
    // Rewrites the registration's own columns from `row` (its person, unit, source row and registration stamps stay).
    void update(const RegistrationRow& row);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
