// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/RosterGateway.h"

#include "core/store/Database.h"

namespace dc::core::gateways {

std::optional<RosterGateway::Applied> RosterGateway::latestApplied() {
    auto s = m_db.cached("SELECT sequence, file_id, campaign, volunteers, applied_at FROM roster_packages "
                         "ORDER BY sequence DESC LIMIT 1");
    if (!s->step()) {
        return std::nullopt;
    }
    return Applied{s->int64(0), s->text(1), s->text(2), s->int64(3), s->text(4)};
}

void RosterGateway::insertApplied(const Applied& applied, qint64 appliedBy) {
    m_db.cached("INSERT INTO roster_packages (sequence, file_id, campaign, volunteers, applied_at, applied_by) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        ->bind(1, applied.sequence)
        .bind(2, applied.fileId)
        .bind(3, applied.campaign)
        .bind(4, applied.volunteers)
        .bind(5, applied.appliedAt)
        .bind(6, appliedBy)
        .run();
}

std::vector<QDate> RosterGateway::days(qint64 userId) {
    auto s = m_db.cached("SELECT day FROM roster_days WHERE user_id = ?1 ORDER BY day");
    s->bind(1, userId);
    std::vector<QDate> days;
    while (s->step()) {
        days.push_back(QDate::fromString(s->text(0), Qt::ISODate));
    }
    return days;
}

bool RosterGateway::setDays(qint64 userId, const std::vector<QDate>& days) {
    if (this->days(userId) == days) {
        return false;
    }
    m_db.cached("DELETE FROM roster_days WHERE user_id = ?1")->bind(1, userId).run();
    for (const QDate& day : days) {
        m_db.cached("INSERT INTO roster_days (user_id, day) VALUES (?1, ?2)")
            ->bind(1, userId)
            .bind(2, day.toString(Qt::ISODate))
            .run();
    }
    return true;
}

qint64 RosterGateway::lastBuiltSequence(const QString& district, const QString& commune) {
    auto s = m_db.cached("SELECT coalesce(max(sequence), 0) FROM hub_roster_packages WHERE district = ?1 AND "
                         "commune = ?2");
    s->bind(1, district).bind(2, commune);
    (void)s->step();
    return s->int64(0);
}

void RosterGateway::insertBuilt(const Built& built) {
    m_db.cached("INSERT INTO hub_roster_packages (district, commune, sequence, site_uuid, epoch, file_id, volunteers, "
                "built_at, built_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        ->bind(1, built.district)
        .bind(2, built.commune)
        .bind(3, built.sequence)
        .bind(4, built.site)
        .bind(5, built.epoch)
        .bind(6, built.fileId)
        .bind(7, built.volunteers)
        .bind(8, built.builtAt)
        .bind(9, built.builtBy)
        .run();
}

} // namespace dc::core::gateways
