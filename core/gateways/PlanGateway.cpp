// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/PlanGateway.h"

#include "core/SiteTime.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QHash>

namespace dc::core::gateways {

std::vector<PlanRow> PlanGateway::select(const char* sql, const QString& district, const QString& commune) {
    auto s = m_db.prepare(sql);
    if (!district.isEmpty()) {
        s.bind(1, district).bind(2, commune);
    }
    std::vector<PlanRow> out;
    QHash<QString, std::size_t> index;
    while (s.step()) {
        const QString person = s.text(0);
        if (!index.contains(person)) {
            index.insert(person, out.size());
            out.push_back({person, s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), {}});
        }
        if (!s.isNull(7)) {
            out[index.value(person)].days.push_back(QDate::fromString(s.text(7), Qt::ISODate));
        }
    }
    return out;
}

std::vector<PlanRow> PlanGateway::all() {
    return select(
        "SELECT p.person_uuid, s.full_name, p.district, p.commune, p.user_name, p.nearness, p.saved_at, d.day "
        "FROM hub_plan p JOIN persons s ON s.uuid = p.person_uuid "
        "LEFT JOIN hub_plan_days d ON d.person_uuid = p.person_uuid "
        "ORDER BY p.district, p.commune, p.user_name, d.day",
        {}, {});
}

std::vector<PlanRow> PlanGateway::ofCommune(const QString& district, const QString& commune) {
    return select(
        "SELECT p.person_uuid, s.full_name, p.district, p.commune, p.user_name, p.nearness, p.saved_at, d.day "
        "FROM hub_plan p JOIN persons s ON s.uuid = p.person_uuid "
        "LEFT JOIN hub_plan_days d ON d.person_uuid = p.person_uuid "
        "WHERE p.district = ?1 AND p.commune = ?2 ORDER BY p.user_name, d.day",
        district, commune);
}

void PlanGateway::replaceAll(const std::vector<PlanRow>& rows) {
    m_db.exec("DELETE FROM hub_plan_days; DELETE FROM hub_plan;");
    auto plan = m_db.prepare("INSERT INTO hub_plan (person_uuid, district, commune, user_name, nearness, saved_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto day = m_db.prepare("INSERT INTO hub_plan_days (person_uuid, day) VALUES (?1, ?2)");
    for (const PlanRow& r : rows) {
        plan.reset();
        plan.bind(1, r.personUuid)
            .bind(2, r.district)
            .bind(3, r.commune)
            .bind(4, r.userName)
            .bind(5, r.nearness)
            .bind(6, r.savedAt)
            .run();
        for (const QDate& d : r.days) {
            day.reset();
            day.bind(1, r.personUuid).bind(2, sitetime::dayKey(d)).run();
        }
    }
}

} // namespace dc::core::gateways
