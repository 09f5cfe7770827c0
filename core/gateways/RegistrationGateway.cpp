// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/RegistrationGateway.h"

#include "core/store/Database.h"

#include <string>

namespace dc::core::gateways {

namespace {

constexpr const char* kSelect =
    "SELECT r.person_uuid, p.full_name, r.unit, r.id_number, r.birth_year, r.sex, r.position, r.residence, "
    "r.id_issued, r.id_place, r.phone, r.email, r.agrees_dates, r.accepts_assignment, r.own_transport, r.computer, "
    "r.in_province, r.student, r.preferred_district, r.preferred_commune, r.strengths, r.unavailable_days, "
    "r.source_row, r.registered_by, r.registered_at, r.withdrawn_at, r.withdrawn_reason FROM registrations r JOIN "
    "persons p ON p.uuid = r.person_uuid ";

int answer(const store::Statement& s, int column) {
    return s.isNull(column) ? -1 : s.integer(column);
}

RegistrationRow read(const store::Statement& s) {
    RegistrationRow r;
    r.personUuid = s.text(0);
    r.fullName = s.text(1);
    r.unit = s.text(2);
    r.idNumber = s.text(3);
    r.birthYear = s.integer(4);
    r.sex = s.text(5);
    r.position = s.text(6);
    r.residence = s.text(7);
    r.idIssued = s.text(8);
    r.idPlace = s.text(9);
    r.phone = s.text(10);
    r.email = s.text(11);
    r.agreesDates = answer(s, 12);
    r.acceptsAssignment = answer(s, 13);
    r.ownTransport = answer(s, 14);
    r.computer = answer(s, 15);
    r.inProvince = answer(s, 16);
    r.student = answer(s, 17);
    r.preferredDistrict = s.text(18);
    r.preferredCommune = s.text(19);
    r.strengths = s.text(20);
    r.unavailableDays = s.text(21);
    r.sourceRow = s.integer(22);
    r.registeredBy = s.text(23);
    r.registeredAt = s.text(24);
    r.withdrawnAt = s.isNull(25) ? QString() : s.text(25);
    r.withdrawnReason = s.text(26);
    return r;
}

void bindAnswer(store::Statement& s, int index, int value) {
    if (value < 0) {
        s.bindNull(index);
    } else {
        s.bind(index, value);
    }
}

// The form's columns, ?3 (id_number) to ?21 (unavailable_days), numbered alike in the insert and the update.
void bindForm(store::Statement& s, const RegistrationRow& r) {
    s.bind(3, r.idNumber)
        .bind(4, r.birthYear)
        .bind(5, r.sex)
        .bind(6, r.position)
        .bind(7, r.residence)
        .bind(8, r.idIssued)
        .bind(9, r.idPlace)
        .bind(10, r.phone)
        .bind(11, r.email);
    bindAnswer(s, 12, r.agreesDates);
    bindAnswer(s, 13, r.acceptsAssignment);
    bindAnswer(s, 14, r.ownTransport);
    bindAnswer(s, 15, r.computer);
    bindAnswer(s, 16, r.inProvince);
    bindAnswer(s, 17, r.student);
    s.bind(18, r.preferredDistrict).bind(19, r.preferredCommune).bind(20, r.strengths).bind(21, r.unavailableDays);
}

} // namespace

void RegistrationGateway::insert(const RegistrationRow& r) {
    auto s = m_db.cached(
        "INSERT INTO registrations (person_uuid, unit, id_number, birth_year, sex, position, residence, id_issued, "
        "id_place, phone, email, agrees_dates, accepts_assignment, own_transport, computer, in_province, student, "
        "preferred_district, preferred_commune, strengths, unavailable_days, source_row, registered_by, registered_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
        "?23, ?24)");
    s->bind(1, r.personUuid).bind(2, r.unit);
    bindForm(*s, r);
    s->bind(22, r.sourceRow).bind(23, r.registeredBy).bind(24, r.registeredAt).run();
}

std::optional<RegistrationRow> RegistrationGateway::byIdNumber(const QString& idNumber) {
    static const std::string sql = std::string(kSelect) + "WHERE r.id_number = ?1";
    auto s = m_db.cached(sql);
    s->bind(1, idNumber);
    if (!s->step()) {
        return std::nullopt;
    }
    return read(*s);
}

std::vector<RegistrationRow> RegistrationGateway::all() {
    static const std::string sql = std::string(kSelect) + "ORDER BY r.unit, p.full_name, r.person_uuid";
    auto s = m_db.cached(sql);
    std::vector<RegistrationRow> out;
    while (s->step()) {
        out.push_back(read(*s));
    }
    return out;
}

std::optional<RegistrationRow> RegistrationGateway::byPerson(const QString& personUuid) {
    static const std::string sql = std::string(kSelect) + "WHERE r.person_uuid = ?1";
    auto s = m_db.cached(sql);
    s->bind(1, personUuid);
    if (!s->step()) {
        return std::nullopt;
    }
    return read(*s);
}

bool RegistrationGateway::withdraw(const QString& personUuid, const QString& at, const QString& by,
                                   const QString& reason) {
    auto s = m_db.cached("UPDATE registrations SET withdrawn_at = ?2, withdrawn_by = ?3, withdrawn_reason = ?4 "
                         "WHERE person_uuid = ?1 AND withdrawn_at IS NULL");
    s->bind(1, personUuid).bind(2, at).bind(3, by).bind(4, reason).run();
    return s->changes() > 0;
}

void RegistrationGateway::update(const RegistrationRow& r) {
    auto s = m_db.cached(
        "UPDATE registrations SET id_number = ?3, birth_year = ?4, sex = ?5, position = ?6, residence = ?7, "
        "id_issued = ?8, id_place = ?9, phone = ?10, email = ?11, agrees_dates = ?12, accepts_assignment = ?13, "
        "own_transport = ?14, computer = ?15, in_province = ?16, student = ?17, preferred_district = ?18, "
        "preferred_commune = ?19, strengths = ?20, unavailable_days = ?21 WHERE person_uuid = ?1");
    s->bind(1, r.personUuid);
    bindForm(*s, r);
    s->run();
}

} // namespace dc::core::gateways
