// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/PersonGateway.h"

#include "core/store/Database.h"

namespace dc::core::gateways {

// person_links.user_uuid holds the account's user name (see PersonLinkRow and docs/HUB.md "Persons"): the account is
// linked before the hub may know its UUID.

namespace {

// Columns: uuid, full_name, id_number, district, commune, created_at.
PersonRow readPerson(const store::Statement& s) {
    return PersonRow{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
}

// Columns: site_uuid, user_uuid, person_uuid, linked_by, linked_at.
PersonLinkRow readLink(const store::Statement& s) {
    return PersonLinkRow{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)};
}

} // namespace

void PersonGateway::insertPerson(const PersonRow& person) {
    m_db.prepare("INSERT INTO persons (uuid, full_name, id_number, district, commune, created_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, person.uuid)
        .bind(2, person.fullName)
        .bind(3, person.idNumber)
        .bind(4, person.district)
        .bind(5, person.commune)
        .bind(6, person.createdAt)
        .run();
}

std::optional<PersonRow> PersonGateway::person(const QString& uuid) {
    auto s =
        m_db.cached("SELECT uuid, full_name, id_number, district, commune, created_at FROM persons WHERE uuid = ?1");
    s->bind(1, uuid);
    if (!s->step()) {
        return std::nullopt;
    }
    return readPerson(*s);
}

std::vector<PersonRow> PersonGateway::persons() {
    auto s = m_db.cached(
        "SELECT uuid, full_name, id_number, district, commune, created_at FROM persons ORDER BY full_name, uuid");
    std::vector<PersonRow> out;
    while (s->step()) {
        out.push_back(readPerson(*s));
    }
    return out;
}

void PersonGateway::insertLink(const PersonLinkRow& link) {
    m_db.prepare("INSERT INTO person_links (site_uuid, user_uuid, person_uuid, linked_by, linked_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, link.siteUuid)
        .bind(2, link.userName)
        .bind(3, link.personUuid)
        .bind(4, link.linkedBy)
        .bind(5, link.linkedAt)
        .run();
}

std::optional<PersonLinkRow> PersonGateway::link(const QString& siteUuid, const QString& userName) {
    auto s = m_db.cached("SELECT site_uuid, user_uuid, person_uuid, linked_by, linked_at FROM person_links "
                         "WHERE site_uuid = ?1 AND user_uuid = ?2");
    s->bind(1, siteUuid).bind(2, userName);
    if (!s->step()) {
        return std::nullopt;
    }
    return readLink(*s);
}

std::vector<PersonLinkRow> PersonGateway::links() {
    auto s = m_db.cached("SELECT site_uuid, user_uuid, person_uuid, linked_by, linked_at FROM person_links "
                         "ORDER BY person_uuid, site_uuid, user_uuid");
    std::vector<PersonLinkRow> out;
    while (s->step()) {
        out.push_back(readLink(*s));
    }
    return out;
}

void PersonGateway::updateIdentity(const QString& uuid, const QString& fullName, const QString& idNumber) {
    auto s = m_db.cached("UPDATE persons SET full_name = ?2, id_number = ?3 WHERE uuid = ?1");
    s->bind(1, uuid).bind(2, fullName).bind(3, idNumber).run();
}

} // namespace dc::core::gateways
