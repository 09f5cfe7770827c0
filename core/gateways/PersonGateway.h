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

// A person of the campaign, issued a UUID by the hub. The ID number is an attribute (digits, or empty), never a key.
struct PersonRow {
    QString uuid;
    QString fullName;
    QString idNumber;
    QString district;
    QString commune;
    QString createdAt;
};

// A workstation account linked to its person. The account is named by its site and its user name: a site never
// gives a user name twice (removed accounts keep theirs), and the hub may not have received the account yet.
struct PersonLinkRow {
    QString siteUuid;
    QString userName;
    QString personUuid;
    QString linkedBy; // the province account's UUID
    QString linkedAt;
};

// The only SQL of the tables `persons` and `person_links`. Callers hold the transaction; functions throw
// store::StoreError.
class PersonGateway {
public:
    explicit PersonGateway(store::Database& db) : m_db(db) {}

    void insertPerson(const PersonRow& person);
    [[nodiscard]] std::optional<PersonRow> person(const QString& uuid);
    // By full name, then UUID.
    [[nodiscard]] std::vector<PersonRow> persons();
    // A correction of the person's name and ID number (a registration edited at the hub).
    void updateIdentity(const QString& uuid, const QString& fullName, const QString& idNumber);

    void insertLink(const PersonLinkRow& link);
    [[nodiscard]] std::optional<PersonLinkRow> link(const QString& siteUuid, const QString& userName);
    // Every link, by person, site and user name.
    [[nodiscard]] std::vector<PersonLinkRow> links();

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
